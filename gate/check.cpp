// The boundary check: current cross-service dependencies against a baseline (new, stale,
// cycles via Boost strong_components, unassigned files, ratcheted limits) and its update.
#include "gate/check.h"

#include "graph/decompose/decomposition.h"
#include "graph/decompose/units.h"
#include "graph/model/error.h"
#include "graph/model/text_format.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <cmath>
#include <cstdio>
#include <deque>
#include <set>

namespace seams {
namespace {

bool inNamespace(std::string_view Name, std::string_view Ns) {
  return Name.size() > Ns.size() + 2 && Name.compare(0, Ns.size(), Ns) == 0 &&
         Name.substr(Ns.size(), 2) == "::";
}

bool isCode(const Entity &E) {
  return E.Kind != EntityKind::External && E.Kind != EntityKind::Namespace &&
         E.Kind != EntityKind::File && !homeFile(E).empty();
}

/// The file an entity stands for (a file entity) or lives in.
const std::string &fileOf(const Entity &E) {
  return E.Kind == EntityKind::File ? E.Name : homeFile(E);
}

bool isService(std::uint32_t S) { return S < ServiceMap::Shared; }

/// A macro named like an include guard (FOO_BAR_H, FOO_BAR_H_, FOO_HPP, FOO_INCLUDED...).
bool includeGuard(std::string_view Name) {
  while (!Name.empty() && Name.back() == '_')
    Name.remove_suffix(1);
  for (std::string_view Tail : {"_H", "_HPP", "_HH", "_HXX", "_INCLUDED"})
    if (Name.size() > Tail.size() && Name.substr(Name.size() - Tail.size()) == Tail)
      return true;
  return false;
}

double round4(double V) { return std::round(V * 10000) / 10000; }

/// "orders -> payments: shop::orders::X::f calls shop::payments::Y::g".
std::string describe(const DependencyKey &K, const std::string &FromFile) {
  std::string From = K.FromEntity == AnyFile && !FromFile.empty() ? FromFile : K.FromEntity;
  return K.FromService + " -> " + K.ToService + ": " + From + " " + std::string(edgeVerb(K.Kind)) +
         " " + K.ToEntity;
}

using ServiceGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

std::vector<int> components(std::size_t N,
                            const std::set<std::pair<std::uint32_t, std::uint32_t>> &Arcs) {
  ServiceGraph G(N);
  for (const auto &[A, B] : Arcs)
    boost::add_edge(A, B, G);
  std::vector<int> Comp(N);
  if (N)
    boost::strong_components(
        G, boost::make_iterator_property_map(Comp.begin(), boost::get(boost::vertex_index, G)));
  return Comp;
}

std::uint32_t serviceIndex(const Baseline &B, const std::string &Name) {
  auto It = std::lower_bound(B.Services.begin(), B.Services.end(), Name);
  return It != B.Services.end() && *It == Name ? static_cast<std::uint32_t>(It - B.Services.begin())
                                               : ServiceMap::Unassigned;
}

/// Baseline entry -> its index in B.Dependencies.
std::map<DependencyKey, std::size_t> entryIndex(const Baseline &B) {
  std::map<DependencyKey, std::size_t> Index;
  for (std::size_t I = 0; I < B.Dependencies.size(); ++I)
    Index.emplace(B.Dependencies[I], I);
  return Index;
}

/// The baseline entries (indices) that name U: its key or, for an include, the same key with
/// any other to entity that names the header (DependencyUse::ToAliases).
std::vector<std::size_t> matchingEntries(const std::map<DependencyKey, std::size_t> &Index,
                                         const DependencyUse &U) {
  std::vector<std::size_t> Out;
  if (auto It = Index.find(U.Key); It != Index.end())
    Out.push_back(It->second);
  DependencyKey K = U.Key;
  for (const std::string &Alias : U.ToAliases) {
    if (Alias == U.Key.ToEntity)
      continue;
    K.ToEntity = Alias;
    if (auto It = Index.find(K); It != Index.end())
      Out.push_back(It->second);
  }
  return Out;
}

} // namespace

ServiceMap::ServiceMap(const Baseline &B, const Facts &F) {
  auto Target = [&](const MemberRule &R) {
    if (R.Target == MemberTarget::Shared)
      return Shared;
    if (R.Target == MemberTarget::Ignored)
      return Ignored;
    return serviceIndex(B, R.Service);
  };
  // Project files and the qualified names of the code living in each.
  std::map<std::string, std::vector<const std::string *>> Living;
  std::set<std::string_view> Generated;
  for (const FileInfo &I : F.Files) {
    Living[I.Path];
    if (I.Generated)
      Generated.insert(I.Path);
  }
  for (const TuInfo &T : F.Tus)
    Living[T.File];
  for (const Entity &E : F.Entities) {
    if (E.Kind == EntityKind::File)
      Living[E.Name];
    else if (isCode(E))
      Living[homeFile(E)].push_back(&E.Name);
  }
  for (const auto &[Path, Names] : Living) {
    std::uint32_t S = Unassigned;
    for (const MemberRule &R : B.Members) {
      if (!R.Path.empty() && !memberPathMatch(R.Path, Path))
        continue;
      if (!R.Namespace.empty() &&
          std::none_of(Names.begin(), Names.end(),
                       [&](const std::string *N) { return inNamespace(*N, R.Namespace); }))
        continue;
      S = Target(R);
      break;
    }
    // A generated file no rule places is owned by nobody, as in the decomposition: ignored.
    FileService[Path] = S == Unassigned && Generated.count(Path) ? Ignored : S;
  }
  EntityService.assign(F.Entities.size(), Unassigned);
  for (std::size_t I = 0; I < F.Entities.size(); ++I) {
    const Entity &E = F.Entities[I];
    if (E.Kind == EntityKind::File) {
      EntityService[I] = ofFile(E.Name);
      continue;
    }
    if (!isCode(E))
      continue;
    for (const MemberRule &R : B.Members)
      if ((R.Path.empty() || memberPathMatch(R.Path, homeFile(E))) &&
          (R.Namespace.empty() || inNamespace(E.Name, R.Namespace))) {
        EntityService[I] = Target(R);
        break;
      }
    if (EntityService[I] == Unassigned && Generated.count(homeFile(E)))
      EntityService[I] = Ignored;
  }
  HasCode.assign(B.Services.size(), false);
  for (const auto &[Path, S] : FileService)
    if (isService(S))
      HasCode[S] = true;
  for (std::uint32_t S : EntityService)
    if (isService(S))
      HasCode[S] = true;
  placeByDependencies(F);
}

void ServiceMap::placeByDependencies(const Facts &F) {
  std::map<std::string, std::map<std::uint32_t, unsigned>> Votes;
  for (const Edge &E : F.Edges) {
    if (E.Kind == EdgeKind::Contains)
      continue;
    const Entity *A = F.findEntity(E.From), *T = F.findEntity(E.To);
    if (!A || !T || A->Kind == EntityKind::External || T->Kind == EntityKind::External)
      continue;
    std::uint32_t SA = ofEntity(A - F.Entities.data()), ST = ofEntity(T - F.Entities.data());
    if (ofFile(fileOf(*A)) == Unassigned && isService(ST))
      Votes[fileOf(*A)][ST] += E.Count;
    if (ofFile(fileOf(*T)) == Unassigned && isService(SA))
      Votes[fileOf(*T)][SA] += E.Count;
  }
  for (const auto &[Path, S] : FileService) {
    if (S != Unassigned)
      continue;
    auto It = Votes.find(Path);
    Unplaced[Path] =
        It == Votes.end()
            ? Unassigned
            : std::max_element(It->second.begin(), It->second.end(),
                               [](const auto &X, const auto &Y) { return X.second < Y.second; })
                  ->first;
  }
  for (const auto &[Path, S] : Unplaced)
    FileService[Path] = S;
  for (std::size_t I = 0; I < F.Entities.size(); ++I) {
    const Entity &E = F.Entities[I];
    if (EntityService[I] != Unassigned || (E.Kind != EntityKind::File && !isCode(E)))
      continue;
    if (auto It = Unplaced.find(fileOf(E)); It != Unplaced.end())
      EntityService[I] = It->second;
  }
}

const LayerRule *layerRule(const Baseline &B, const DependencyKey &K) {
  for (const LayerRule &R : B.Rules)
    if ((R.From == "*" || R.From == K.FromService) && (R.To == "*" || R.To == K.ToService))
      return &R;
  return nullptr;
}

bool allowedByRule(const Baseline &B, const DependencyKey &K) {
  const LayerRule *R = layerRule(B, K);
  return R && R->Allow;
}

std::uint32_t ServiceMap::ofFile(const std::string &Path) const {
  auto It = FileService.find(Path);
  return It == FileService.end() ? Unassigned : It->second;
}

Coupling collectDependencies(const Facts &F, const Baseline &B, const ServiceMap &M) {
  // What each header declares, for rename-stable include keys: the entities of its own service
  // first declared or defined in it.
  // Ranked by how well a name survives a rename: code first, then macros, then include
  // guards (their names usually spell the header's path).
  std::map<std::string, std::set<std::pair<int, std::string>>> Declares;
  for (std::size_t I = 0; I < F.Entities.size(); ++I) {
    const Entity &E = F.Entities[I];
    if (!isCode(E) || !isService(M.ofEntity(I)))
      continue;
    for (const std::string *File : {&E.File, &E.DefFile})
      if (!File->empty() && M.ofFile(*File) == M.ofEntity(I))
        Declares[*File].insert({E.Kind != EntityKind::Macro ? 0
                                : includeGuard(E.Name)      ? 2
                                                            : 1,
                                E.Name});
  }
  std::map<DependencyKey, DependencyUse> Uses;
  Coupling C;
  for (const Edge &E : F.Edges) {
    if (E.Kind == EdgeKind::Contains)
      continue;
    const Entity *A = F.findEntity(E.From), *T = F.findEntity(E.To);
    if (!A || !T)
      continue;
    std::uint32_t SA = M.ofEntity(A - F.Entities.data()), ST = M.ofEntity(T - F.Entities.data());
    if (!(isService(SA) || SA == ServiceMap::Shared) || !isService(ST))
      continue;
    if (E.Kind == EdgeKind::Call && isService(SA))
      C.Calls += E.Count;
    if (SA == ST)
      continue;
    DependencyKey K{SA == ServiceMap::Shared ? std::string(SharedLibrary) : B.Services[SA],
                    B.Services[ST], A->Kind == EntityKind::File ? std::string(AnyFile) : A->Name,
                    T->Name, E.Kind};
    const std::set<std::pair<int, std::string>> *Declared = nullptr;
    if (E.Kind == EdgeKind::Include && T->Kind == EntityKind::File)
      if (auto It = Declares.find(T->Name); It != Declares.end())
        Declared = &It->second;
    if (Declared && Declared->begin()->first < 2)
      K.ToEntity = Declared->begin()->second;
    DependencyUse &U = Uses[K];
    U.Key = K;
    U.Count += E.Count;
    if (E.Kind == EdgeKind::Include && T->Kind == EntityKind::File &&
        std::find(U.ToFiles.begin(), U.ToFiles.end(), T->Name) == U.ToFiles.end()) {
      U.ToFiles.push_back(T->Name);
      U.ToAliases.push_back(T->Name);
      if (Declared)
        for (const auto &[Rank, Name] : *Declared)
          U.ToAliases.push_back(Name);
    }
    for (const Occurrence &O : E.At)
      U.At.push_back({O.At.File, O.At.Line, 0});
    if (E.At.empty())
      U.At.push_back({fileOf(*A), A->Kind == EntityKind::File ? 1 : A->Line, 0});
  }
  for (auto &[K, U] : Uses) {
    std::sort(U.At.begin(), U.At.end());
    U.At.erase(std::unique(U.At.begin(), U.At.end()), U.At.end());
    for (std::vector<std::string> *V : {&U.ToAliases, &U.ToFiles}) {
      std::sort(V->begin(), V->end());
      V->erase(std::unique(V->begin(), V->end()), V->end());
    }
    C.Uses.push_back(std::move(U));
  }
  return C;
}

CouplingFigures couplingFigures(const Coupling &C,
                                const std::function<bool(const DependencyUse &)> &Counts) {
  CouplingFigures Figures;
  unsigned Calls = C.Calls, Crossing = 0;
  for (const DependencyUse &U : C.Uses) {
    bool BetweenServices = U.Key.Kind == EdgeKind::Call && U.Key.FromService != SharedLibrary;
    if (!Counts(U)) {
      Calls -= BetweenServices ? U.Count : 0;
      continue;
    }
    ++Figures.Dependencies;
    Figures.Occurrences += U.Count;
    Crossing += BetweenServices ? U.Count : 0;
  }
  Figures.ICP = Calls ? round4(static_cast<double>(Crossing) / Calls) : 0;
  return Figures;
}

Baseline makeBaseline(const Decomposition &D, const Facts &F) {
  Baseline B;
  for (const Service &S : D.Services)
    B.Services.push_back(S.Name);
  std::sort(B.Services.begin(), B.Services.end());
  B.Members = deriveMemberRules(D);
  ServiceMap M(B, F);
  for (std::uint32_t S = 0; S < B.Services.size(); ++S)
    if (!M.hasCode(S))
      throw Error("service \"" + B.Services[S] +
                  "\" of the decomposition owns no files, so no member rule can place its "
                  "code (class units?); decompose by file or component units, or write its "
                  "member rules by hand");
  Coupling C = collectDependencies(F, B, M);
  CouplingFigures Now = couplingFigures(C, [](const DependencyUse &) { return true; });
  for (DependencyUse &U : C.Uses)
    B.Dependencies.push_back(std::move(U.Key));
  // Only the count of dependencies: a ratchet on use sites fails a PR that repeats a tolerated
  // call (a duplicated log line), and one on the ICP fails a PR that deletes calls inside a
  // service. Neither is new coupling; a team that wants that freeze writes them by hand.
  B.Limit.Dependencies = Now.Dependencies;
  return B;
}

std::string_view findingId(FindingKind K) {
  switch (K) {
  case FindingKind::NewDependency:
    return "new-dependency";
  case FindingKind::NewCycle:
    return "new-cycle";
  case FindingKind::LimitExceeded:
    return "limit-exceeded";
  case FindingKind::StaleDependency:
    return "stale-dependency";
  case FindingKind::UnassignedFile:
    return "unassigned-file";
  case FindingKind::AllowedDependency:
    return "allowed-dependency";
  case FindingKind::Known:
    return "known-dependency";
  case FindingKind::EmptyService:
    return "empty-service";
  }
  return "unknown";
}

std::string_view severityName(Severity S) {
  return S == Severity::Error ? "error" : S == Severity::Warning ? "warning" : "note";
}

CheckResult checkBoundaries(const Facts &F, const Baseline &B, const CheckOptions &O) {
  CheckResult R;
  ServiceMap M(B, F);
  Coupling C = collectDependencies(F, B, M);
  const std::vector<DependencyUse> &Uses = C.Uses;
  std::map<DependencyKey, std::size_t> Index = entryIndex(B);
  std::vector<bool> Present(B.Dependencies.size(), false);
  std::vector<const DependencyUse *> New;

  for (const DependencyUse &U : Uses) {
    Finding X;
    X.At = U.At.front();
    X.Key = U.Key;
    X.Fingerprint = U.Key.fingerprint();
    std::string What = describe(U.Key, X.At.File);
    std::vector<std::size_t> Entries = matchingEntries(Index, U);
    for (std::size_t I : Entries)
      Present[I] = true;
    if (!Entries.empty()) {
      ++R.Tolerated;
      X.Kind = FindingKind::Known;
      X.Level = Severity::Note;
      X.Message = What + " (known, tolerated by the baseline)";
      R.Known.push_back(std::move(X));
      continue;
    }
    New.push_back(&U);
    const LayerRule *L = layerRule(B, U.Key);
    if (L && L->Allow) {
      X.Kind = FindingKind::AllowedDependency;
      X.Level = Severity::Note;
      X.Rule = L->Name;
      X.Message = What + " (new, allowed by rule \"" + L->Name + "\": " + L->Reason + ")";
    } else {
      X.Kind = FindingKind::NewDependency;
      X.Level = Severity::Error;
      X.Message = What + " (not in the baseline)";
      if (L) {
        X.Rule = L->Name;
        X.Message += "; breaks rule \"" + L->Name + "\": " + L->Reason;
      }
    }
    R.Findings.push_back(std::move(X));
  }
  // Limits count what the baseline governs: not what a rule allows.
  R.After = couplingFigures(C, [&](const DependencyUse &U) { return !allowedByRule(B, U.Key); });
  // A growth the new dependencies account for alone is theirs, already an error each: the limits
  // report what no other finding names (more use sites of a tolerated dependency).
  std::vector<bool> IsNew(Uses.size(), false);
  for (const DependencyUse *U : New)
    IsNew[static_cast<std::size_t>(U - Uses.data())] = true;
  const CouplingFigures WithoutNew = couplingFigures(C, [&](const DependencyUse &U) {
    return !allowedByRule(B, U.Key) && !IsNew[static_cast<std::size_t>(&U - Uses.data())];
  });

  // Stale: known dependencies that are gone.
  for (std::size_t I = 0; I < B.Dependencies.size(); ++I) {
    const DependencyKey &K = B.Dependencies[I];
    if (Present[I])
      continue;
    Finding X;
    X.Kind = FindingKind::StaleDependency;
    X.Level = O.FailOnStale ? Severity::Error : Severity::Warning;
    X.At = {O.BaselinePath, B.lineOf(I), 0};
    X.InBaseline = true;
    X.Key = K;
    X.Fingerprint = K.fingerprint();
    X.Message = describe(K, "") + " is gone; remove it with `seams baseline --update`";
    R.Findings.push_back(std::move(X));
  }

  // New cycles: a strongly connected set of services now that was not one before.
  std::size_t N = B.Services.size();
  std::set<std::pair<std::uint32_t, std::uint32_t>> NowArcs, ThenArcs;
  // Between services only: nothing depends on the shared library, so it closes no cycle.
  auto Arc = [&](const DependencyKey &K, std::set<std::pair<std::uint32_t, std::uint32_t>> &Arcs) {
    std::uint32_t A = serviceIndex(B, K.FromService), T = serviceIndex(B, K.ToService);
    if (A < N && T < N)
      Arcs.insert({A, T});
  };
  for (const DependencyUse &U : Uses)
    Arc(U.Key, NowArcs);
  for (const DependencyKey &K : B.Dependencies)
    Arc(K, ThenArcs);
  std::vector<int> Now = components(N, NowArcs), Then = components(N, ThenArcs);
  std::map<int, std::vector<std::uint32_t>> Groups;
  for (std::uint32_t S = 0; S < N; ++S)
    Groups[Now[S]].push_back(S);
  for (const auto &Group : Groups) {
    const int Comp = Group.first;
    const std::vector<std::uint32_t> &Members = Group.second;
    if (Members.size() < 2 || std::all_of(Members.begin(), Members.end(), [&](std::uint32_t S) {
          return Then[S] == Then[Members.front()];
        }))
      continue;
    // The first new dependency inside the cycle closes it; walk back to its start.
    auto Closing = std::find_if(New.begin(), New.end(), [&](const DependencyUse *U) {
      std::uint32_t A = serviceIndex(B, U->Key.FromService), T = serviceIndex(B, U->Key.ToService);
      return A < N && T < N && Now[A] == Comp && Now[T] == Comp;
    });
    if (Closing == New.end())
      continue;
    const DependencyUse &U = **Closing;
    std::uint32_t From = serviceIndex(B, U.Key.FromService), To = serviceIndex(B, U.Key.ToService);
    std::map<std::uint32_t, std::uint32_t> Prev{{To, To}};
    std::deque<std::uint32_t> Queue{To};
    while (!Queue.empty() && !Prev.count(From)) {
      std::uint32_t S = Queue.front();
      Queue.pop_front();
      for (auto It = NowArcs.lower_bound({S, 0}); It != NowArcs.end() && It->first == S; ++It)
        if (Now[It->second] == Comp && Prev.emplace(It->second, S).second)
          Queue.push_back(It->second);
    }
    if (!Prev.count(From))
      continue;
    // Prev leads from From back to To; the cycle is From -> To -> ... -> From.
    std::vector<std::string> Chain;
    for (std::uint32_t S = From;; S = Prev.at(S)) {
      Chain.push_back(B.Services[S]);
      if (S == To)
        break;
    }
    std::vector<std::string> Cycle{B.Services[From]};
    Cycle.insert(Cycle.end(), Chain.rbegin(), Chain.rend());
    std::string Text, Names;
    for (std::size_t I = 0; I < Cycle.size(); ++I)
      Text += (I ? " -> " : "") + Cycle[I];
    for (std::uint32_t S : Members)
      Names += (Names.empty() ? "" : ",") + B.Services[S];
    Finding X;
    X.Kind = FindingKind::NewCycle;
    X.Level = Severity::Error;
    X.At = U.At.front();
    X.Key = U.Key;
    X.Fingerprint = fingerprint("cycle|" + Names);
    X.Message = "new dependency cycle between services: " + Text + ", closed by " +
                describe(U.Key, X.At.File);
    R.Findings.push_back(std::move(X));
  }

  // Ratchet.
  const Limits &L = B.Limit;
  auto Limit = [&](const char *What, const std::string &Before, const std::string &After, bool Grew,
                   unsigned Line) {
    if (!Grew)
      return;
    Finding X;
    X.Kind = FindingKind::LimitExceeded;
    X.Level = Severity::Error;
    X.At = {O.BaselinePath, Line, 0};
    X.InBaseline = true;
    X.Fingerprint = fingerprint(std::string("limit|") + What);
    X.Message = std::string(What) + " grew " + Before + " -> " + After +
                " (the limit in the baseline may not grow)";
    R.Findings.push_back(std::move(X));
  };
  R.Limit = L;
  if (L.Dependencies)
    Limit("cross-service dependencies", std::to_string(*L.Dependencies),
          std::to_string(R.After.Dependencies), WithoutNew.Dependencies > *L.Dependencies,
          L.DependenciesLine);
  if (L.Occurrences)
    Limit("cross-service use sites", std::to_string(*L.Occurrences),
          std::to_string(R.After.Occurrences), WithoutNew.Occurrences > *L.Occurrences,
          L.OccurrencesLine);
  if (L.ICP) {
    R.Limit.ICP = round4(*L.ICP);
    Limit("ICP (share of calls crossing services)", fixedNumber(*R.Limit.ICP, 4),
          fixedNumber(R.After.ICP, 4), WithoutNew.ICP > *R.Limit.ICP + 1e-9, L.ICPLine);
  }

  // Declared services without code: their boundary guards nothing (code moved or deleted).
  for (std::uint32_t S = 0; S < N; ++S) {
    if (M.hasCode(S))
      continue;
    Finding X;
    X.Kind = FindingKind::EmptyService;
    X.Level = Severity::Error;
    X.At = {O.BaselinePath, B.serviceLine(S), 0};
    X.InBaseline = true;
    X.Fingerprint = fingerprint("empty|" + B.Services[S]);
    X.Message = "service \"" + B.Services[S] +
                "\" is declared but no code is assigned to it, so its boundary is not checked: "
                "fix its member rules if its code moved, or remove the service from the baseline";
    R.Findings.push_back(std::move(X));
  }

  // Unassigned files, checked as the service their dependencies suggest.
  for (const auto &[Path, S] : M.unplaced()) {
    ++R.Unassigned;
    Finding X;
    X.Kind = FindingKind::UnassignedFile;
    X.Level = O.FailOnUnassigned ? Severity::Error : Severity::Warning;
    X.At = {Path, 1, 0};
    X.Fingerprint = fingerprint("unassigned|" + Path);
    X.Message = "no member rule of the baseline matches this file";
    X.Message += S == ServiceMap::Unassigned
                     ? ", and no dependency links it to a service, so none is checked"
                     : "; its dependencies suggest service \"" + B.Services[S] +
                           "\", and they are checked as that service's";
    X.Message += " (add a member rule)";
    R.Findings.push_back(std::move(X));
  }

  std::stable_sort(R.Findings.begin(), R.Findings.end(), [](const Finding &A, const Finding &B) {
    return std::tie(A.Level, A.Kind, A.At, A.Message) < std::tie(B.Level, B.Kind, B.At, B.Message);
  });
  for (const Finding &X : R.Findings)
    ++(X.Level == Severity::Error ? R.Errors : X.Level == Severity::Warning ? R.Warnings : R.Notes);
  return R;
}

UpdateResult updateBaseline(const Baseline &B, const Facts &F, bool AllowAdditions) {
  UpdateResult U;
  U.Updated = B;
  ServiceMap M(B, F);
  Coupling C = collectDependencies(F, B, M);
  std::map<DependencyKey, std::size_t> Index = entryIndex(B);
  std::vector<bool> Present(B.Dependencies.size(), false);
  std::set<DependencyKey> Kept; // Keys of the updated baseline.
  std::set<const DependencyUse *> Counted;
  for (const DependencyUse &X : C.Uses) {
    std::vector<std::size_t> Entries = matchingEntries(Index, X);
    for (std::size_t I : Entries) {
      Present[I] = true;
      // An include keyed by its header's path (older baselines) gets the rename-stable key.
      const DependencyKey &K = B.Dependencies[I];
      bool ByPath = K.Kind == EdgeKind::Include &&
                    std::binary_search(X.ToFiles.begin(), X.ToFiles.end(), K.ToEntity);
      Kept.insert(ByPath ? X.Key : K);
    }
    if (!Entries.empty()) {
      Counted.insert(&X);
    } else if (!allowedByRule(B, X.Key)) {
      (AllowAdditions ? U.Added : U.Refused).push_back(X.Key);
      if (AllowAdditions) {
        Kept.insert(X.Key);
        Counted.insert(&X);
      }
    }
  }
  for (std::size_t I = 0; I < B.Dependencies.size(); ++I)
    if (!Present[I])
      U.Removed.push_back(B.Dependencies[I]);
  U.Updated.Dependencies.assign(Kept.begin(), Kept.end());
  U.Updated.DependencyLines.clear();
  // The figures of what the updated baseline records: refused additions and dependencies a
  // rule allows never count. The ratchet only turns one way unless additions are allowed.
  CouplingFigures Now = couplingFigures(
      C, [&](const DependencyUse &X) { return Counted.count(&X) && !allowedByRule(B, X.Key); });
  Limits &L = U.Updated.Limit;
  if (L.Dependencies)
    L.Dependencies =
        AllowAdditions ? Now.Dependencies : std::min(*L.Dependencies, Now.Dependencies);
  if (L.Occurrences)
    L.Occurrences = AllowAdditions ? Now.Occurrences : std::min(*L.Occurrences, Now.Occurrences);
  if (L.ICP)
    L.ICP = AllowAdditions ? Now.ICP : std::min(round4(*L.ICP), Now.ICP);
  return U;
}

} // namespace seams
