// The extraction plan: per service what crosses its boundary (calls to route, globals, tables,
// cycle arcs, event-able calls), then a deterministic cheapest-and-safest-first order.
#include "graph/plan/plan.h"

#include "graph/hotspots/coupling.h"
#include "graph/hotspots/feedback_arcs.h"
#include "graph/model/text_format.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <set>
#include <tuple>

namespace seams {
namespace {

void addSamples(std::vector<Location> &Into, const Edge &E) {
  for (const Occurrence &O : E.At)
    Into.push_back({O.At.File, O.At.Line, 0});
}

void sortUnique(std::vector<Location> &L) {
  std::sort(L.begin(), L.end());
  L.erase(std::unique(L.begin(), L.end()), L.end());
}

/// Everything the plan needs about one service before ordering.
struct Draft {
  PlanStep Step;
  std::set<std::uint32_t> Edges; ///< Cross edges counted in its effort.
  std::set<std::string> Files;
};

std::string rationale(const PlanStep &S) {
  // In a cycle of three or more, the arcs to cut may all be between the others.
  std::string Cut = S.CycleEdges.empty() ? "none of its own edges to cut"
                                         : plural(S.CycleEdges.size(), "edge", "edges") + " to cut";
  std::string Out =
      S.InCycle ? "in a cycle with " + listNames(S.CycleWith) + " (" + Cut + ")" : "no cycle";
  Out += S.SharedState ? ", shares " + plural(S.SharedState, "global or table", "globals or tables")
                       : ", no shared state";
  unsigned Inbound = S.InboundSync + S.InboundEvent;
  Out += ", " + plural(S.InboundSync, "synchronous inbound use", "synchronous inbound uses");
  if (Inbound)
    Out += ", " + std::to_string(S.InboundEvent) + " of " + std::to_string(Inbound) +
           " inbound uses event-able";
  Out += ", effort " + plural(S.UseSites, "use site", "use sites") + " in " +
         plural(S.Files, "file", "files");
  return Out;
}

} // namespace

std::string lastComponent(const std::string &Name) {
  // An operator is the last component whatever its symbol: the '>' of operator-> or operator>>
  // is no template argument (OpenTTD's FakePointer::operator-> became an rpc named after its
  // whole qualified name).
  if (const std::size_t Op = Name.rfind("operator");
      Op != std::string::npos && (Op == 0 || (Op >= 2 && Name.compare(Op - 2, 2, "::") == 0)) &&
      Op + 8 < Name.size() && !std::isalnum(static_cast<unsigned char>(Name[Op + 8])) &&
      Name[Op + 8] != '_')
    return Name.substr(Op);
  int Depth = 0; // the last "::" outside template arguments and parentheses
  for (std::size_t I = Name.size(); I-- > 0;) {
    char C = Name[I];
    if (C == '>' || C == ')')
      ++Depth;
    else if ((C == '<' || C == '(') && Depth > 0)
      --Depth;
    else if (Depth == 0 && C == ':' && I > 0 && Name[I - 1] == ':')
      return Name.substr(I + 1);
  }
  return Name;
}

std::string snakeCase(std::string_view Name) {
  std::string Out;
  for (std::size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    bool Upper = C >= 'A' && C <= 'Z';
    bool Alnum = Upper || (C >= 'a' && C <= 'z') || (C >= '0' && C <= '9');
    if (!Alnum) {
      if (!Out.empty() && Out.back() != '_')
        Out += '_';
      continue;
    }
    if (Upper && I > 0 && !Out.empty() && Out.back() != '_') {
      char P = Name[I - 1];
      bool NextLower = I + 1 < Name.size() && Name[I + 1] >= 'a' && Name[I + 1] <= 'z';
      if ((P >= 'a' && P <= 'z') || (P >= '0' && P <= '9') || (P >= 'A' && P <= 'Z' && NextLower))
        Out += '_';
    }
    Out += Upper ? static_cast<char>(C - 'A' + 'a') : C;
  }
  while (!Out.empty() && Out.back() == '_')
    Out.pop_back();
  return Out;
}

Plan computePlan(const Facts &F, const Decomposition &D, const Assessment &A,
                 const EdgeWeights &W) {
  CouplingModel M(F, D, W);
  const std::size_t NS = D.Services.size();
  std::vector<Draft> Drafts(NS);
  for (std::uint32_t S = 0; S < NS; ++S)
    Drafts[S].Step.Service = D.Services[S].Name;

  // Cycles: the service graph of every cross edge, as the cycle hotspots see it.
  WeightedArcs Arcs;
  for (const CrossEdge &C : M.Cross)
    Arcs[{C.FromService, C.ToService}] += C.Weight;
  std::set<std::pair<std::uint32_t, std::uint32_t>> CutArcs;
  for (const CycleCut &Cycle : cycleCuts(NS, Arcs)) {
    for (std::uint32_t S : Cycle.Members) {
      Drafts[S].Step.InCycle = true;
      for (std::uint32_t T : Cycle.Members)
        if (T != S)
          Drafts[S].Step.CycleWith.push_back(M.serviceName(T));
      std::sort(Drafts[S].Step.CycleWith.begin(), Drafts[S].Step.CycleWith.end());
    }
    CutArcs.insert(Cycle.Feedback.begin(), Cycle.Feedback.end());
  }

  // Globals, events and rpcs are grouped by entity before they become step items.
  struct GlobalAcc {
    std::set<std::string> Users;
    bool Written = false;
    unsigned Uses = 0;
    std::vector<Location> At;
  };
  struct CallAcc {
    std::set<std::uint32_t> Callers;
    unsigned Uses = 0;
    std::vector<Location> At;
  };
  std::vector<std::map<std::uint32_t, GlobalAcc>> Globals(NS); // per service touching it
  std::map<std::uint32_t, CallAcc> Events, Rpcs;               // by callee entity
  for (std::uint32_t I = 0; I < M.Cross.size(); ++I) {
    const CrossEdge &C = M.Cross[I];
    const Edge &E = F.Edges[C.Edge];
    HotspotEdge H = M.describe(C);
    for (std::uint32_t S : {C.FromService, C.ToService}) {
      Draft &Dr = Drafts[S];
      Dr.Edges.insert(I);
      for (const Location &L : H.At)
        Dr.Files.insert(L.File);
    }
    if (CutArcs.count({C.FromService, C.ToService})) {
      Drafts[C.FromService].Step.CycleEdges.push_back(H);
      Drafts[C.ToService].Step.CycleEdges.push_back(H);
    }
    if (E.Kind == EdgeKind::Read || E.Kind == EdgeKind::Write) {
      for (std::uint32_t S : {C.FromService, C.ToService}) {
        GlobalAcc &G = Globals[S][C.To];
        G.Users.insert(M.serviceName(C.FromService));
        G.Written = G.Written || E.Kind == EdgeKind::Write;
        G.Uses += E.Count;
        addSamples(G.At, E);
      }
      continue;
    }
    if (!C.Sync) {
      CallAcc &Ev = Events[C.To];
      Ev.Callers.insert(C.FromService);
      Ev.Uses += E.Count;
      addSamples(Ev.At, E);
      Drafts[C.ToService].Step.InboundEvent += E.Count;
      continue;
    }
    Drafts[C.ToService].Step.InboundSync += E.Count;
    Drafts[C.ToService].Step.Route.push_back(H);
    Drafts[C.FromService].Step.Outbound.push_back(H);
    const Entity &To = M.entity(C.To);
    if (E.Kind == EdgeKind::Call &&
        (To.Kind == EntityKind::Function || To.Kind == EntityKind::Method)) {
      CallAcc &R = Rpcs[C.To];
      R.Callers.insert(C.FromService);
      R.Uses += E.Count;
    }
  }

  std::set<std::string> Written; // variables some code writes: mutable state
  for (const Edge &E : F.Edges)
    if (E.Kind == EdgeKind::Write)
      Written.insert(E.To);
  const std::map<std::uint32_t, std::uint32_t> Owners = stateOwners(M);
  for (std::uint32_t S = 0; S < NS; ++S)
    for (auto &[Var, G] : Globals[S]) {
      PlanGlobal P;
      P.Name = M.name(Var);
      P.Owner = M.serviceOf(Var);
      if (auto It = Owners.find(Var); It != Owners.end() && M.serviceName(It->second) != P.Owner) {
        P.DeclaredIn = P.Owner; // it uses it too, and gives it up
        P.Owner = M.serviceName(It->second);
        G.Users.insert(P.DeclaredIn);
      }
      G.Users.erase(P.Owner);
      P.Users.assign(G.Users.begin(), G.Users.end());
      P.Written = G.Written;
      P.Mutable = Written.count(M.entity(Var).Id) > 0;
      P.Lock = M.entity(Var).Lock;
      P.UseSites = G.Uses;
      P.At = std::move(G.At);
      sortUnique(P.At);
      Drafts[S].Step.Globals.push_back(std::move(P));
    }

  // Events: one group per called function; the consumer and every publisher list it.
  for (auto &[Fn, Ev] : Events) {
    PlanEvent P;
    P.Function = M.name(Fn);
    P.FunctionId = M.entity(Fn).Id;
    std::uint32_t Consumer = M.EntityService[Fn];
    P.Consumer = M.serviceName(Consumer);
    std::set<std::string> Pubs;
    for (std::uint32_t S : Ev.Callers)
      Pubs.insert(M.serviceName(S));
    P.Publishers.assign(Pubs.begin(), Pubs.end());
    P.Topic = snakeCase(P.Consumer) + "." + snakeCase(lastComponent(P.Function));
    P.UseSites = Ev.Uses;
    P.At = std::move(Ev.At);
    sortUnique(P.At);
    Drafts[Consumer].Step.Events.push_back(P);
    for (std::uint32_t S : Ev.Callers)
      if (S != Consumer)
        Drafts[S].Step.Events.push_back(P);
  }
  for (const auto &[Fn, R] : Rpcs) {
    std::set<std::string> Callers;
    for (std::uint32_t S : R.Callers)
      Callers.insert(M.serviceName(S));
    Drafts[M.EntityService[Fn]].Step.Rpcs.push_back(
        {M.name(Fn), M.entity(Fn).Id, std::vector<std::string>(Callers.begin(), Callers.end()),
         R.Uses});
  }

  // Tables: those the service shares (every table it touches that it does not own).
  std::map<std::string, std::set<std::string>> TableUsers;
  for (std::uint32_t S = 0; S < NS && S < A.Contracts.size(); ++S)
    for (const TableAccess &T : A.Contracts[S].Tables)
      TableUsers[T.Table].insert(D.Services[S].Name);
  for (const TableUse &T : F.TableUses) {
    std::uint32_t From = M.index(T.From);
    std::uint32_t S =
        From == CouplingModel::NoEntity ? Decomposition::NoService : M.EntityService[From];
    if (!M.isService(S) || TableUsers[T.Table].size() < 2)
      continue;
    auto &Tables = Drafts[S].Step.Tables;
    if (Tables.empty() || Tables.back().Table != T.Table)
      Tables.push_back(
          {T.Table,
           std::vector<std::string>(TableUsers[T.Table].begin(), TableUsers[T.Table].end()),
           false,
           0,
           {}});
    PlanTable &P = Tables.back();
    P.Write = P.Write || T.Write;
    ++P.UseSites;
    P.At.push_back({T.At.File, T.At.Line, 0});
    Drafts[S].Files.insert(T.At.File);
  }

  const std::vector<bool> Unconnected = unconnectedServices(D, A);

  Plan Out;
  std::vector<std::uint32_t> Order;
  for (std::uint32_t S = 0; S < NS; ++S) {
    Draft &Dr = Drafts[S];
    PlanStep &St = Dr.Step;
    if (D.Services[S].CompositionRoot) {
      Out.Skipped.push_back({St.Service, "composition root: main and its wiring stay in the "
                                         "monolith until every service is out"});
      continue;
    }
    if (Unconnected[S]) {
      Out.Skipped.push_back(
          {St.Service, "unconnected: no other service uses it and it uses none, so it is apart "
                       "already; check whether anything still builds or calls it (dead code?)"});
      continue;
    }
    for (auto *List : {&St.Route, &St.Outbound, &St.CycleEdges})
      sortHotspotEdges(*List);
    std::sort(St.Globals.begin(), St.Globals.end(),
              [](const PlanGlobal &A, const PlanGlobal &B) { return A.Name < B.Name; });
    std::sort(St.Events.begin(), St.Events.end(), [](const PlanEvent &A, const PlanEvent &B) {
      return std::tie(A.Topic, A.Function) < std::tie(B.Topic, B.Function);
    });
    std::sort(St.Rpcs.begin(), St.Rpcs.end(), [](const PlanRpc &A, const PlanRpc &B) {
      return std::tie(A.Function, A.FunctionId) < std::tie(B.Function, B.FunctionId);
    });
    for (PlanTable &T : St.Tables)
      sortUnique(T.At);
    St.SharedState = static_cast<unsigned>(
        St.Tables.size() + std::count_if(St.Globals.begin(), St.Globals.end(),
                                         [](const PlanGlobal &G) { return G.Mutable; }));
    for (std::uint32_t I : Dr.Edges)
      St.UseSites += F.Edges[M.Cross[I].Edge].Count;
    for (const PlanTable &T : St.Tables)
      St.UseSites += T.UseSites;
    St.Files = static_cast<unsigned>(Dr.Files.size());
    St.Effort = hotspotEffort(St.UseSites, St.Files);
    if (S < A.Contracts.size()) {
      const BlastRadius &B = A.Contracts[S].Blast;
      St.BlastBefore = {B.UnitsToday, B.ServicesToday};
      St.BlastAfter = {B.UnitsAfter, B.ServicesAfter};
    }
    St.Rationale = rationale(St);
    Order.push_back(S);
  }
  auto Key = [&](std::uint32_t S) {
    const PlanStep &St = Drafts[S].Step;
    unsigned Inbound = St.InboundSync + St.InboundEvent;
    // The sync share of inbound uses, in parts per million: fewer is safer (none inbound: 0).
    unsigned long SyncShare = Inbound ? St.InboundSync * 1000000UL / Inbound : 0;
    return std::make_tuple(St.InCycle, St.SharedState > 0, St.InboundSync, SyncShare, St.Effort,
                           St.Service);
  };
  std::sort(Order.begin(), Order.end(),
            [&](std::uint32_t A, std::uint32_t B) { return Key(A) < Key(B); });
  for (std::uint32_t S : Order) {
    Out.Steps.push_back(std::move(Drafts[S].Step));
    Out.Steps.back().Number = static_cast<unsigned>(Out.Steps.size());
  }
  return Out;
}

std::vector<bool> unconnectedServices(const Decomposition &D, const Assessment &A) {
  const std::size_t NS = D.Services.size();
  std::vector<bool> Unconnected(NS, NS >= 2);
  for (const ServiceEdge &E : D.ServiceEdges)
    if (E.From != E.To && E.From < NS && E.To < NS)
      Unconnected[E.From] = Unconnected[E.To] = false;
  // A table another service touches too connects them through the database.
  for (std::size_t S = 0; S < NS && S < A.Contracts.size(); ++S)
    if (A.Contracts[S].Tables.size() != A.Contracts[S].OwnsTables.size())
      Unconnected[S] = false;
  return Unconnected;
}

const PlanStep *stepOf(const Plan &P, const std::string &Service) {
  for (const PlanStep &S : P.Steps)
    if (S.Service == Service)
      return &S;
  return nullptr;
}

std::vector<PlanGlobal> globalsOf(const PlanStep &S, bool Mutable) {
  std::vector<PlanGlobal> Out;
  std::copy_if(S.Globals.begin(), S.Globals.end(), std::back_inserter(Out),
               [&](const PlanGlobal &G) { return G.Mutable == Mutable; });
  return Out;
}

std::string blastRemark(const PlanStep &S) {
  if (S.BlastBefore.Services < 2 || S.BlastAfter.Services < S.BlastBefore.Services)
    return "";
  return ": every other service depends on it synchronously, directly or through the others, "
         "until their cycle edges are cut or their calls become events";
}

std::string ownerPhrase(const PlanGlobal &G) {
  return "owner " + G.Owner + (G.DeclaredIn.empty() ? "" : ", declared in " + G.DeclaredIn);
}

} // namespace seams
