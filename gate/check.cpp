// The boundary check: current cross-service dependencies against a baseline (new, stale,
// cycles via Boost strong_components, unassigned files, ratcheted limits) and its update.
#include "gate/check.h"

#include "graph/decompose/decomposition.h"
#include "graph/decompose/units.h"
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

double round4(double V) { return std::round(V * 10000) / 10000; }

/// "orders -> payments: shop::orders::X::f calls shop::payments::Y::g".
std::string describe(const DependencyKey &K, const std::string &FromFile) {
  std::string From = K.FromEntity == AnyFile && !FromFile.empty() ? FromFile : K.FromEntity;
  return K.FromService + " -> " + K.ToService + ": " + From + " " + std::string(edgeVerb(K.Kind)) +
         " " + K.ToEntity;
}

const LayerRule *layerRule(const Baseline &B, const DependencyKey &K) {
  for (const LayerRule &R : B.Rules)
    if ((R.From == "*" || R.From == K.FromService) && (R.To == "*" || R.To == K.ToService))
      return &R;
  return nullptr;
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
  for (const FileInfo &I : F.Files)
    Living[I.Path];
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
    FileService[Path] = S;
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
  }
}

std::uint32_t ServiceMap::ofFile(const std::string &Path) const {
  auto It = FileService.find(Path);
  return It == FileService.end() ? Unassigned : It->second;
}

std::vector<DependencyUse> collectDependencies(const Facts &F, const Baseline &B,
                                               const ServiceMap &M, CouplingFigures &Figures) {
  std::map<DependencyKey, DependencyUse> Uses;
  unsigned Calls = 0, CrossingCalls = 0;
  Figures = {};
  for (const Edge &E : F.Edges) {
    if (E.Kind == EdgeKind::Contains)
      continue;
    const Entity *A = F.findEntity(E.From), *T = F.findEntity(E.To);
    if (!A || !T)
      continue;
    std::uint32_t SA = M.ofEntity(A - F.Entities.data()), ST = M.ofEntity(T - F.Entities.data());
    if (!isService(SA) || !isService(ST))
      continue;
    if (E.Kind == EdgeKind::Call) {
      Calls += E.Count;
      CrossingCalls += SA != ST ? E.Count : 0;
    }
    if (SA == ST)
      continue;
    DependencyKey K{B.Services[SA], B.Services[ST],
                    A->Kind == EntityKind::File ? std::string(AnyFile) : A->Name, T->Name, E.Kind};
    DependencyUse &U = Uses[K];
    U.Key = K;
    U.Count += E.Count;
    for (const Occurrence &O : E.At)
      U.At.push_back({O.At.File, O.At.Line, 0});
    if (E.At.empty())
      U.At.push_back({fileOf(*A), A->Kind == EntityKind::File ? 1 : A->Line, 0});
  }
  std::vector<DependencyUse> Out;
  for (auto &[K, U] : Uses) {
    std::sort(U.At.begin(), U.At.end());
    U.At.erase(std::unique(U.At.begin(), U.At.end()), U.At.end());
    Figures.Occurrences += U.Count;
    Out.push_back(std::move(U));
  }
  Figures.Dependencies = static_cast<unsigned>(Out.size());
  Figures.ICP = Calls ? round4(static_cast<double>(CrossingCalls) / Calls) : 0;
  return Out;
}

Baseline makeBaseline(const Decomposition &D, const Facts &F) {
  Baseline B;
  for (const Service &S : D.Services)
    B.Services.push_back(S.Name);
  std::sort(B.Services.begin(), B.Services.end());
  B.Members = deriveMemberRules(D);
  ServiceMap M(B, F);
  CouplingFigures Now;
  for (DependencyUse &U : collectDependencies(F, B, M, Now))
    B.Dependencies.push_back(std::move(U.Key));
  B.Limit.Dependencies = Now.Dependencies;
  B.Limit.Occurrences = Now.Occurrences;
  B.Limit.ICP = Now.ICP;
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
  }
  return "unknown";
}

std::string_view severityName(Severity S) {
  return S == Severity::Error ? "error" : S == Severity::Warning ? "warning" : "note";
}

CheckResult checkBoundaries(const Facts &F, const Baseline &B, const CheckOptions &O) {
  CheckResult R;
  ServiceMap M(B, F);
  std::vector<DependencyUse> Uses = collectDependencies(F, B, M, R.After);
  std::set<DependencyKey> Known(B.Dependencies.begin(), B.Dependencies.end());
  std::set<DependencyKey> Present;
  std::vector<const DependencyUse *> New;

  for (const DependencyUse &U : Uses) {
    Present.insert(U.Key);
    Finding X;
    X.At = U.At.front();
    X.Key = U.Key;
    X.Fingerprint = U.Key.fingerprint();
    std::string What = describe(U.Key, X.At.File);
    if (Known.count(U.Key)) {
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

  // Stale: known dependencies that are gone.
  for (std::size_t I = 0; I < B.Dependencies.size(); ++I) {
    const DependencyKey &K = B.Dependencies[I];
    if (Present.count(K))
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
  for (const DependencyUse &U : Uses)
    NowArcs.insert({serviceIndex(B, U.Key.FromService), serviceIndex(B, U.Key.ToService)});
  for (const DependencyKey &K : B.Dependencies)
    ThenArcs.insert({serviceIndex(B, K.FromService), serviceIndex(B, K.ToService)});
  std::vector<int> Now = components(N, NowArcs), Then = components(N, ThenArcs);
  std::map<int, std::vector<std::uint32_t>> Groups;
  for (std::uint32_t S = 0; S < N; ++S)
    Groups[Now[S]].push_back(S);
  for (const auto &[C, Members] : Groups) {
    if (Members.size() < 2 || std::all_of(Members.begin(), Members.end(), [&](std::uint32_t S) {
          return Then[S] == Then[Members.front()];
        }))
      continue;
    // The first new dependency inside the cycle closes it; walk back to its start.
    auto Closing = std::find_if(New.begin(), New.end(), [&](const DependencyUse *U) {
      std::uint32_t A = serviceIndex(B, U->Key.FromService), T = serviceIndex(B, U->Key.ToService);
      return Now[A] == C && Now[T] == C;
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
        if (Now[It->second] == C && Prev.emplace(It->second, S).second)
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
  R.Before = R.After;
  if (L.Dependencies) {
    R.Before.Dependencies = *L.Dependencies;
    Limit("cross-service dependencies", std::to_string(*L.Dependencies),
          std::to_string(R.After.Dependencies), R.After.Dependencies > *L.Dependencies,
          L.DependenciesLine);
  }
  if (L.Occurrences) {
    R.Before.Occurrences = *L.Occurrences;
    Limit("cross-service use sites", std::to_string(*L.Occurrences),
          std::to_string(R.After.Occurrences), R.After.Occurrences > *L.Occurrences,
          L.OccurrencesLine);
  }
  if (L.ICP) {
    R.Before.ICP = round4(*L.ICP);
    Limit("ICP (share of calls crossing services)", fixedNumber(R.Before.ICP, 4),
          fixedNumber(R.After.ICP, 4), R.After.ICP > R.Before.ICP + 1e-9, L.ICPLine);
  }

  // Unassigned files, with the service their dependencies suggest.
  std::map<std::string, std::map<std::uint32_t, unsigned>> Suggest;
  for (const Edge &E : F.Edges) {
    if (E.Kind == EdgeKind::Contains)
      continue;
    const Entity *A = F.findEntity(E.From), *T = F.findEntity(E.To);
    if (!A || !T || A->Kind == EntityKind::External || T->Kind == EntityKind::External)
      continue;
    std::uint32_t SA = M.ofEntity(A - F.Entities.data()), ST = M.ofEntity(T - F.Entities.data());
    if (M.ofFile(fileOf(*A)) == ServiceMap::Unassigned && isService(ST))
      Suggest[fileOf(*A)][ST] += E.Count;
    if (M.ofFile(fileOf(*T)) == ServiceMap::Unassigned && isService(SA))
      Suggest[fileOf(*T)][SA] += E.Count;
  }
  for (const auto &[Path, S] : M.files()) {
    if (S != ServiceMap::Unassigned)
      continue;
    ++R.Unassigned;
    Finding X;
    X.Kind = FindingKind::UnassignedFile;
    X.Level = O.FailOnUnassigned ? Severity::Error : Severity::Warning;
    X.At = {Path, 1, 0};
    X.Fingerprint = fingerprint("unassigned|" + Path);
    X.Message = "no member rule of the baseline matches this file, so its dependencies are not "
                "checked";
    if (auto It = Suggest.find(Path); It != Suggest.end() && !It->second.empty()) {
      auto Best =
          std::max_element(It->second.begin(), It->second.end(),
                           [](const auto &A, const auto &B) { return A.second < B.second; });
      X.Message += "; its dependencies suggest service \"" + B.Services[Best->first] + "\"";
    }
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
  CouplingFigures Now;
  std::vector<DependencyUse> Uses = collectDependencies(F, B, M, Now);
  std::set<DependencyKey> Present, Known(B.Dependencies.begin(), B.Dependencies.end());
  for (const DependencyUse &X : Uses)
    Present.insert(X.Key);
  U.Updated.Dependencies.clear();
  U.Updated.DependencyLines.clear();
  for (const DependencyKey &K : B.Dependencies)
    (Present.count(K) ? U.Updated.Dependencies : U.Removed).push_back(K);
  for (const DependencyUse &X : Uses)
    if (!Known.count(X.Key)) {
      (AllowAdditions ? U.Added : U.Refused).push_back(X.Key);
      if (AllowAdditions)
        U.Updated.Dependencies.push_back(X.Key);
    }
  std::sort(U.Updated.Dependencies.begin(), U.Updated.Dependencies.end());
  // The ratchet only turns one way unless additions are allowed.
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
