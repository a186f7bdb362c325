// Builds the report model: symbol dependencies behind service and shared-library edges, service
// cycles and the edges to cut, the order in which the service map draws edges, unit order.
#include "reports/report_model.h"

#include "graph/hotspots/feedback_arcs.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace seams {
namespace {

/// Per entity (parallel to F.Entities): its service index, SharedService or NoService.
std::vector<std::uint32_t> serviceOfEntities(const Facts &F, const Decomposition &D) {
  std::vector<std::uint32_t> Out(F.Entities.size(), Decomposition::NoService);
  bool HaveMap = D.Units.EntityUnit.size() == F.Entities.size();
  for (std::size_t I = 0; I < F.Entities.size(); ++I) {
    const Entity &E = F.Entities[I];
    std::uint32_t U = UnitSet::NoUnit;
    if (HaveMap)
      U = D.Units.EntityUnit[I];
    else if (E.Kind != EntityKind::External && E.Kind != EntityKind::Namespace)
      U = D.Units.unitOfFile(homeFile(E));
    if (U != UnitSet::NoUnit && U < D.ServiceOfUnit.size())
      Out[I] = D.ServiceOfUnit[U];
  }
  return Out;
}

std::size_t entityIndex(const Facts &F, const std::string &Id) {
  const Entity *E = F.findEntity(Id);
  return E ? static_cast<std::size_t>(E - F.Entities.data()) : F.Entities.size();
}

void computeCycles(const Decomposition &D, ReportModel &M) {
  WeightedArcs Arcs;
  for (const ServiceEdge &E : D.ServiceEdges)
    Arcs[{E.From, E.To}] += E.Weight;
  std::vector<CycleCut> Cuts = cycleCuts(D.Services.size(), Arcs);
  M.CycleOfService.assign(D.Services.size(), -1);
  std::set<std::pair<std::uint32_t, std::uint32_t>> Feedback;
  for (std::size_t C = 0; C < Cuts.size(); ++C) {
    for (std::uint32_t S : Cuts[C].Members)
      M.CycleOfService[S] = static_cast<int>(C);
    Feedback.insert(Cuts[C].Feedback.begin(), Cuts[C].Feedback.end());
  }
  M.Cycles = static_cast<unsigned>(Cuts.size());
  M.Edges.resize(D.ServiceEdges.size());
  for (std::size_t I = 0; I < D.ServiceEdges.size(); ++I) {
    const ServiceEdge &E = D.ServiceEdges[I];
    M.Edges[I].InCycle = E.From != E.To && M.CycleOfService[E.From] >= 0 &&
                         M.CycleOfService[E.From] == M.CycleOfService[E.To];
    M.Edges[I].Feedback = Feedback.count({E.From, E.To}) > 0;
    M.FeedbackEdges += M.Edges[I].Feedback;
  }
}

/// The service <-> shared-library edges, lifted from the unit arcs.
void collectSharedEdges(const Decomposition &D, ReportModel &M) {
  std::map<std::pair<std::uint32_t, bool>, SharedLibraryEdge> Edges;
  for (const UnitArc &A : D.UnitArcs) {
    std::uint32_t SF = D.ServiceOfUnit[A.From], ST = D.ServiceOfUnit[A.To];
    bool ToShared = SF < D.Services.size() && ST == Decomposition::SharedService;
    bool FromShared = SF == Decomposition::SharedService && ST < D.Services.size();
    if (!ToShared && !FromShared)
      continue;
    SharedLibraryEdge &E = Edges[{ToShared ? SF : ST, ToShared}];
    E.Service = ToShared ? SF : ST;
    E.ToShared = ToShared;
    E.Weight += A.Weight;
    E.Calls += A.Calls;
    ++E.Arcs;
  }
  for (auto &[Key, E] : Edges)
    M.SharedEdges.push_back(std::move(E));
}

/// Orders the map's edges (see ReportModel::MapDefaultEdges); the shared library is node NS.
void rankMapEdges(const Decomposition &D, ReportModel &M) {
  struct Arc {
    std::uint32_t From, To;
    double Weight;
    ServiceEdgeDetail *Detail;
    unsigned Level = 0; ///< Place among its source's outgoing service edges, heaviest first.
  };
  const std::uint32_t NS = static_cast<std::uint32_t>(D.Services.size());
  std::vector<Arc> Arcs;
  for (std::size_t I = 0; I < D.ServiceEdges.size(); ++I)
    Arcs.push_back(
        {D.ServiceEdges[I].From, D.ServiceEdges[I].To, D.ServiceEdges[I].Weight, &M.Edges[I]});
  for (SharedLibraryEdge &E : M.SharedEdges)
    Arcs.push_back({E.ToShared ? E.Service : NS, E.ToShared ? NS : E.Service, E.Weight, &E.Detail});
  // Heaviest first, then in input order: the order of every ranking below.
  std::vector<std::size_t> ByWeight(Arcs.size());
  for (std::size_t I = 0; I < Arcs.size(); ++I)
    ByWeight[I] = I;
  std::stable_sort(ByWeight.begin(), ByWeight.end(),
                   [&](std::size_t A, std::size_t B) { return Arcs[A].Weight > Arcs[B].Weight; });
  // Levels rank service edges only: a dependency on the shared library is what a library is
  // for, so those edges come after every service edge (unless they keep a node connected).
  std::vector<unsigned> OutSoFar(NS, 0);
  unsigned MaxLevel = 0;
  for (std::size_t I : ByWeight)
    if (Arcs[I].From < NS && Arcs[I].To < NS) {
      Arcs[I].Level = OutSoFar[Arcs[I].From]++;
      MaxLevel = std::max(MaxLevel, Arcs[I].Level);
    }
  for (Arc &A : Arcs)
    if (A.From == NS || A.To == NS)
      A.Level = MaxLevel + 1;
  // The edges drawn when each node keeps its Levels heaviest outgoing edges: those, then the
  // heaviest edge of every node that has edges but none of them drawn.
  auto Drawn = [&](unsigned Levels) {
    std::vector<bool> In(Arcs.size(), false), Touched(NS + 1, false);
    for (std::size_t I = 0; I < Arcs.size(); ++I)
      if (Arcs[I].Level < Levels)
        In[I] = Touched[Arcs[I].From] = Touched[Arcs[I].To] = true;
    for (std::size_t I : ByWeight)
      if (!Touched[Arcs[I].From] || !Touched[Arcs[I].To])
        In[I] = Touched[Arcs[I].From] = Touched[Arcs[I].To] = true;
    return In;
  };
  const std::size_t Budget = std::size_t{ReportModel::MaxEdgesPerService} * std::max(NS, 1u);
  std::vector<bool> Default = Drawn(1);
  for (unsigned Levels = 2; Levels <= MaxLevel + 2; ++Levels) {
    std::vector<bool> More = Drawn(Levels);
    if (static_cast<std::size_t>(std::count(More.begin(), More.end(), true)) > Budget)
      break;
    Default = std::move(More);
  }
  // Default edges heaviest first, then the others by level, heaviest first within a level.
  std::vector<std::size_t> Order;
  for (std::size_t I : ByWeight)
    if (Default[I])
      Order.push_back(I);
  M.MapDefaultEdges = static_cast<unsigned>(Order.size());
  for (unsigned L = 0; L <= MaxLevel + 1; ++L)
    for (std::size_t I : ByWeight)
      if (!Default[I] && Arcs[I].Level == L)
        Order.push_back(I);
  for (std::size_t R = 0; R < Order.size(); ++R)
    Arcs[Order[R]].Detail->MapRank = static_cast<unsigned>(R);
}

void collectDependencies(const Facts &F, const Decomposition &D, ReportModel &M) {
  std::vector<std::uint32_t> ServiceOf = serviceOfEntities(F, D);
  std::map<std::pair<std::uint32_t, std::uint32_t>, ServiceEdgeDetail *> Detail;
  for (std::size_t I = 0; I < D.ServiceEdges.size(); ++I)
    Detail[{D.ServiceEdges[I].From, D.ServiceEdges[I].To}] = &M.Edges[I];
  for (SharedLibraryEdge &E : M.SharedEdges) {
    std::pair<std::uint32_t, std::uint32_t> Key{E.Service, Decomposition::SharedService};
    Detail[E.ToShared ? Key : std::make_pair(Key.second, Key.first)] = &E.Detail;
  }
  std::map<ServiceEdgeDetail *, std::vector<SymbolDependency>> All;
  for (const Edge &E : F.Edges) {
    if (E.Kind == EdgeKind::Contains)
      continue;
    std::size_t From = entityIndex(F, E.From), To = entityIndex(F, E.To);
    if (From >= F.Entities.size() || To >= F.Entities.size())
      continue;
    std::uint32_t SF = ServiceOf[From], ST = ServiceOf[To];
    if (SF == ST)
      continue;
    auto It = Detail.find({SF, ST});
    if (It == Detail.end())
      continue;
    SymbolDependency Dep;
    Dep.From = F.Entities[From].Name;
    Dep.To = F.Entities[To].Name;
    Dep.Kind = E.Kind;
    Dep.Count = E.Count;
    for (const Occurrence &O : E.At)
      Dep.At.push_back(Location{O.At.File, O.At.Line, 0});
    std::sort(Dep.At.begin(), Dep.At.end());
    All[It->second].push_back(std::move(Dep));
  }
  for (auto &[X, V] : All) {
    std::sort(V.begin(), V.end(), [](const SymbolDependency &A, const SymbolDependency &B) {
      if (A.Count != B.Count)
        return A.Count > B.Count;
      return std::tie(A.From, A.To, A.Kind) < std::tie(B.From, B.To, B.Kind);
    });
    X->TotalDependencies = static_cast<unsigned>(V.size());
    if (M.Options.MaxDepsPerEdge && V.size() > M.Options.MaxDepsPerEdge)
      V.resize(M.Options.MaxDepsPerEdge);
    X->Deps = std::move(V);
  }
}

void orderUnits(const Decomposition &D, ReportModel &M) {
  for (const Service &S : D.Services)
    M.UnitOrder.insert(M.UnitOrder.end(), S.Units.begin(), S.Units.end());
  M.UnitOrder.insert(M.UnitOrder.end(), D.SharedUnits.begin(), D.SharedUnits.end());
}

} // namespace

ReportModel buildReportModel(const Facts &F, const Decomposition &D, const Assessment *A,
                             const ReportOptions &O) {
  ReportModel M;
  M.F = &F;
  M.D = &D;
  M.Options = O;
  if (M.Options.Project.empty())
    M.Options.Project = F.Root.empty() ? "project" : F.Root;
  computeCycles(D, M);
  collectSharedEdges(D, M);
  rankMapEdges(D, M);
  collectDependencies(F, D, M);
  orderUnits(D, M);
  addHotspots(A, M);
  return M;
}

} // namespace seams
