// Builds the report model: symbol dependencies behind service edges, service cycles, unit order.
#include "reports/report_model.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <map>
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
  using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  G Graph(D.Services.size());
  for (const ServiceEdge &E : D.ServiceEdges)
    boost::add_edge(E.From, E.To, Graph);
  std::vector<int> Component(D.Services.size());
  boost::strong_components(Graph, boost::make_iterator_property_map(
                                      Component.begin(), boost::get(boost::vertex_index, Graph)));
  std::map<int, unsigned> Size;
  for (int C : Component)
    ++Size[C];
  // Renumber cycles in order of their first service, so numbering does not depend on Boost.
  std::map<int, int> Number;
  M.CycleOfService.assign(D.Services.size(), -1);
  for (std::size_t S = 0; S < D.Services.size(); ++S) {
    if (Size[Component[S]] < 2)
      continue;
    auto [It, New] = Number.try_emplace(Component[S], static_cast<int>(Number.size()));
    M.CycleOfService[S] = It->second;
  }
  M.Cycles = static_cast<unsigned>(Number.size());
  M.Edges.resize(D.ServiceEdges.size());
  for (std::size_t I = 0; I < D.ServiceEdges.size(); ++I) {
    const ServiceEdge &E = D.ServiceEdges[I];
    M.Edges[I].InCycle = E.From != E.To && M.CycleOfService[E.From] >= 0 &&
                         M.CycleOfService[E.From] == M.CycleOfService[E.To];
  }
}

void collectDependencies(const Facts &F, const Decomposition &D, ReportModel &M) {
  std::vector<std::uint32_t> ServiceOf = serviceOfEntities(F, D);
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> EdgeIndex;
  for (std::size_t I = 0; I < D.ServiceEdges.size(); ++I)
    EdgeIndex[{D.ServiceEdges[I].From, D.ServiceEdges[I].To}] = I;
  std::vector<std::vector<SymbolDependency>> All(D.ServiceEdges.size());
  for (const Edge &E : F.Edges) {
    if (E.Kind == EdgeKind::Contains)
      continue;
    std::size_t From = entityIndex(F, E.From), To = entityIndex(F, E.To);
    if (From >= F.Entities.size() || To >= F.Entities.size())
      continue;
    std::uint32_t SF = ServiceOf[From], ST = ServiceOf[To];
    if (SF == ST || SF >= D.Services.size() || ST >= D.Services.size())
      continue;
    auto It = EdgeIndex.find({SF, ST});
    if (It == EdgeIndex.end())
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
  for (std::size_t I = 0; I < All.size(); ++I) {
    auto &V = All[I];
    std::sort(V.begin(), V.end(), [](const SymbolDependency &A, const SymbolDependency &B) {
      if (A.Count != B.Count)
        return A.Count > B.Count;
      return std::tie(A.From, A.To, A.Kind) < std::tie(B.From, B.To, B.Kind);
    });
    M.Edges[I].TotalDependencies = static_cast<unsigned>(V.size());
    if (M.Options.MaxDepsPerEdge && V.size() > M.Options.MaxDepsPerEdge)
      V.resize(M.Options.MaxDepsPerEdge);
    M.Edges[I].Deps = std::move(V);
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
  collectDependencies(F, D, M);
  orderUnits(D, M);
  addHotspots(A, M);
  return M;
}

} // namespace seams
