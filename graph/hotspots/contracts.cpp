// Service contracts: what each proposed service exposes (api), owns, depends on, and what goes
// down with it (blast radius), computed from the cross-service symbol edges.
#include "graph/hotspots/contracts.h"

#include "graph/hotspots/coupling.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace seams {
namespace {

constexpr std::array<std::string_view, 7> HotspotKindNames = {
    "cross-service", "shared-state", "cycle", "misplaced", "hub", "shared-data", "change-coupling"};

bool isClassLike(EntityKind K) {
  return K == EntityKind::Class || K == EntityKind::Struct || K == EntityKind::Union ||
         K == EntityKind::Enum;
}

/// Services that reach S through synchronous arcs, transitively (S itself excluded).
std::vector<std::uint32_t> syncDependents(std::uint32_t S,
                                          const std::vector<std::set<std::uint32_t>> &SyncIn) {
  std::vector<bool> Seen(SyncIn.size(), false);
  std::vector<std::uint32_t> Stack = {S}, Out;
  Seen[S] = true;
  while (!Stack.empty()) {
    std::uint32_t X = Stack.back();
    Stack.pop_back();
    for (std::uint32_t Y : SyncIn[X])
      if (!Seen[Y]) {
        Seen[Y] = true;
        Out.push_back(Y);
        Stack.push_back(Y);
      }
  }
  std::sort(Out.begin(), Out.end());
  return Out;
}

} // namespace

std::string_view hotspotKindName(HotspotKind K) {
  return HotspotKindNames[static_cast<std::size_t>(K)];
}

std::optional<HotspotKind> parseHotspotKind(std::string_view S) {
  for (std::size_t I = 0; I < HotspotKindNames.size(); ++I)
    if (HotspotKindNames[I] == S)
      return static_cast<HotspotKind>(I);
  return std::nullopt;
}

std::vector<ServiceContract> contractsOf(const CouplingModel &M) {
  const Decomposition &D = M.D;
  const std::size_t NS = D.Services.size();
  std::vector<ServiceContract> Out(NS);

  // api: every entity another service uses, overloads merged by (name, kind).
  struct ApiAcc {
    std::set<std::string> Callers;
    unsigned Uses = 0;
    bool EventOnly = true;
  };
  std::vector<std::map<std::pair<std::string, EntityKind>, ApiAcc>> Api(NS);
  std::vector<bool> UsedOutside(M.F.Entities.size(), false);
  std::map<std::pair<std::uint32_t, std::uint32_t>, ServiceDependency> Deps;
  std::vector<std::set<std::uint32_t>> SyncIn(NS); // per service: services depending sync on it
  for (const CrossEdge &C : M.Cross) {
    const Edge &E = M.F.Edges[C.Edge];
    const Entity &To = M.entity(C.To);
    ApiAcc &A = Api[C.ToService][{To.Name, To.Kind}];
    A.Callers.insert(M.serviceName(C.FromService));
    A.Uses += E.Count;
    A.EventOnly = A.EventOnly && !C.Sync;
    UsedOutside[C.To] = true;
    if (M.ClassOf[C.To] != CouplingModel::NoEntity)
      UsedOutside[M.ClassOf[C.To]] = true;
    ServiceDependency &Dep = Deps[{C.FromService, C.ToService}];
    Dep.Weight += C.Weight;
    if (E.Kind == EdgeKind::Call) {
      Dep.Calls += E.Count;
      Dep.Discarded += std::min(E.Discarded, E.Count);
    }
    if (C.Sync)
      SyncIn[C.ToService].insert(C.FromService);
  }
  for (std::size_t S = 0; S < NS; ++S)
    for (const auto &[Key, A] : Api[S])
      Out[S].Api.push_back({Key.first, Key.second,
                            std::vector<std::string>(A.Callers.begin(), A.Callers.end()), A.Uses,
                            A.EventOnly});
  for (auto &[Key, Dep] : Deps) {
    Dep.Service = M.serviceName(Key.second);
    Dep.Sync = SyncIn[Key.second].count(Key.first) > 0;
    Out[Key.first].DependsOn.push_back(Dep);
  }

  // owns: classes the service defines and globals of it that no other service uses.
  std::vector<std::set<std::string>> Classes(NS), Globals(NS);
  for (std::uint32_t I = 0; I < M.F.Entities.size(); ++I) {
    std::uint32_t S = M.EntityService[I];
    const Entity &E = M.entity(I);
    if (!M.isService(S) || UsedOutside[I] || E.Name.empty())
      continue;
    if (isClassLike(E.Kind) && !E.DefFile.empty()) // `struct sqlite3;` is not its data
      Classes[S].insert(E.Name);
    else if (E.Kind == EntityKind::Variable)
      Globals[S].insert(E.Name);
  }

  // tables: who reads and writes what; a table only one service touches is owned by it.
  std::map<std::string, std::map<std::uint32_t, TableAccess>> Tables;
  for (const TableUse &T : M.F.TableUses) {
    std::uint32_t From = M.index(T.From);
    std::uint32_t S =
        From == CouplingModel::NoEntity ? Decomposition::NoService : M.EntityService[From];
    if (!M.isService(S))
      continue;
    TableAccess &A = Tables[T.Table][S];
    A.Table = T.Table;
    (T.Write ? A.Write : A.Read) = true;
  }
  for (const auto &[Table, Users] : Tables)
    for (const auto &[S, A] : Users) {
      Out[S].Tables.push_back(A);
      if (Users.size() == 1)
        Out[S].OwnsTables.push_back(Table);
    }

  for (std::uint32_t S = 0; S < NS; ++S) {
    ServiceContract &C = Out[S];
    C.OwnsClasses.assign(Classes[S].begin(), Classes[S].end());
    C.OwnsGlobals.assign(Globals[S].begin(), Globals[S].end());
    BlastRadius &B = C.Blast;
    B.UnitsToday = static_cast<unsigned>(D.Units.Units.size());
    B.ServicesToday = static_cast<unsigned>(NS);
    std::vector<std::uint32_t> Dependents = syncDependents(S, SyncIn);
    B.ServicesAfter = static_cast<unsigned>(Dependents.size() + 1);
    B.UnitsAfter = static_cast<unsigned>(D.Services[S].Units.size());
    for (std::uint32_t X : Dependents) {
      B.UnitsAfter += static_cast<unsigned>(D.Services[X].Units.size());
      B.Dependents.push_back(M.serviceName(X));
    }
    std::sort(B.Dependents.begin(), B.Dependents.end());
  }
  return Out;
}

std::vector<ServiceContract> computeContracts(const Facts &F, const Decomposition &D,
                                              const EdgeWeights &W) {
  return contractsOf(CouplingModel(F, D, W));
}

} // namespace seams
