// The weighted dependency graph between units: symbol edges lifted to units and weighted by kind.
#include "graph/decompose/unit_graph.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace seams {

UnitGraph buildUnitGraph(const Facts &F, const UnitSet &U, const EdgeWeights &W) {
  UnitGraph G;
  G.NumUnits = U.Units.size();
  G.Internal.assign(G.NumUnits, 0);
  std::unordered_map<std::string_view, std::uint32_t> IndexOfId;
  IndexOfId.reserve(F.Entities.size());
  for (std::uint32_t I = 0; I < F.Entities.size(); ++I)
    IndexOfId.emplace(F.Entities[I].Id, I);
  auto UnitOf = [&](const std::string &Id) {
    auto It = IndexOfId.find(Id);
    return It == IndexOfId.end() ? UnitSet::NoUnit : U.EntityUnit[It->second];
  };
  std::map<std::pair<std::uint32_t, std::uint32_t>, UnitArc> Lifted;
  for (const Edge &E : F.Edges) {
    std::uint32_t From = UnitOf(E.From), To = UnitOf(E.To);
    if (From == UnitSet::NoUnit || To == UnitSet::NoUnit)
      continue;
    double Weight = W.edgeWeight(E.Kind, E.Count);
    unsigned Calls = E.Kind == EdgeKind::Call ? E.Count : 0;
    if (From == To) {
      G.Internal[From] += Weight;
      continue;
    }
    if (Weight <= 0 && Calls == 0)
      continue;
    UnitArc &A = Lifted[{From, To}];
    A.From = From;
    A.To = To;
    A.Weight += Weight;
    A.Calls += Calls;
  }
  G.FanIn.assign(G.NumUnits, 0);
  G.FanOut.assign(G.NumUnits, 0);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> Ends;
  std::vector<UnitArcProperty> Props;
  for (auto &[Key, A] : Lifted) {
    G.Arcs.push_back(A);
    Ends.push_back(Key);
    Props.push_back({A.Weight, A.Calls});
    if (A.Weight > 0) {
      ++G.FanIn[A.To];
      ++G.FanOut[A.From];
    }
  }
  G.Directed = DirectedUnitGraph(boost::edges_are_sorted, Ends.begin(), Ends.end(), Props.begin(),
                                 G.NumUnits);
  return G;
}

WeightedGraph undirectedGraph(const UnitGraph &G, const std::vector<std::uint32_t> &NodeOf,
                              std::size_t NumNodes, std::span<const WeightedEdge> Extra) {
  std::vector<WeightedEdge> Edges;
  Edges.reserve(G.Arcs.size() + Extra.size());
  auto Add = [&](std::uint32_t U, std::uint32_t V, double Weight) {
    std::uint32_t From = NodeOf[U], To = NodeOf[V];
    if (From != UnitSet::NoUnit && To != UnitSet::NoUnit && Weight > 0)
      Edges.push_back({From, To, Weight});
  };
  for (const UnitArc &A : G.Arcs)
    Add(A.From, A.To, A.Weight);
  for (const WeightedEdge &E : Extra)
    Add(E.From, E.To, E.Weight);
  return WeightedGraph::fromEdges(NumNodes, Edges);
}

} // namespace seams
