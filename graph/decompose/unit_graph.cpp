// The weighted dependency graph between units: symbol edges lifted to units and weighted by kind.
#include "graph/decompose/unit_graph.h"

#include "graph/decompose/signals.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <map>
#include <unordered_map>

namespace seams {

namespace {
/// Adds Edges to G's affinity edges, scaled so that together they weigh Share times the
/// dependency arcs' clustering weight (a similarity has no unit of its own). Without dependency
/// weight (every kind weighed 0) they keep their own: the similarity alone is the graph.
void addScaledAffinity(UnitGraph &G, std::vector<WeightedEdge> Edges, double Share) {
  double Deps = 0, Total = 0;
  for (const UnitArc &A : G.Arcs)
    Deps += A.Cluster;
  for (const WeightedEdge &E : Edges)
    Total += E.Weight;
  const double Scale = Deps > 0 && Total > 0 ? Share * Deps / Total : Share;
  for (WeightedEdge &E : Edges) {
    E.Weight *= Scale;
    G.Affinity.push_back(E);
  }
}
} // namespace

double namespaceTrust(std::span<const WeightedEdge> Edges, std::size_t NumUnits) {
  if (NumUnits == 0)
    return 0;
  std::vector<bool> Linked(NumUnits, false);
  for (const WeightedEdge &E : Edges)
    Linked[E.From] = Linked[E.To] = true;
  const double Coverage = static_cast<double>(std::count(Linked.begin(), Linked.end(), true)) /
                          static_cast<double>(NumUnits);
  return Coverage * Coverage;
}

UnitGraph buildUnitGraph(const Facts &F, const UnitSet &U, const EdgeWeights &W,
                         const std::vector<bool> &Pinned) {
  UnitGraph G;
  G.NumUnits = U.Units.size();
  G.Internal.assign(G.NumUnits, 0);
  const EntityIndex Index = entityIndex(F);
  std::vector<double> Informative;
  if (W.Idf > 0)
    Informative = entityInformativeness(F, U);
  std::map<std::pair<std::uint32_t, std::uint32_t>, UnitArc> Lifted;
  // Per unit pair, the clustering weight of its include edges (rescaled below by include_share).
  std::map<std::pair<std::uint32_t, std::uint32_t>, double> IncludePart;
  for (const Edge &E : F.Edges) {
    auto Ends = unitEnds(Index, U, E);
    if (!Ends)
      continue;
    std::uint32_t From = Ends->From, To = Ends->To, Target = Ends->ToEntity;
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
    double Cluster =
        Informative.empty() ? Weight : Weight * ((1 - W.Idf) + W.Idf * Informative[Target]);
    if (E.Kind == EdgeKind::Type || E.Kind == EdgeKind::Field)
      Cluster *= W.ClusterType;
    A.Cluster += Cluster;
    if (E.Kind == EdgeKind::Include && W.IncludeShare > 0)
      IncludePart[{From, To}] += Cluster;
    A.Calls += Calls;
  }
  if (W.IncludeShare > 0) {
    // Include edges carry IncludeShare of the clustering weight whatever their kind weight: the
    // include graph is what developers write along their modules, yet counted per edge it is
    // about 1% of the symbol weight (docs/EVALUATION.md).
    double Includes = 0, Others = 0;
    for (auto &[Key, A] : Lifted) {
      auto It = IncludePart.find(Key);
      double Inc = It == IncludePart.end() ? 0 : It->second;
      Includes += Inc;
      Others += A.Cluster - Inc;
    }
    double Scale = Includes > 0 && Others > 0
                       ? W.IncludeShare * Others / ((1 - W.IncludeShare) * Includes)
                       : 1;
    for (const auto &[Key, Inc] : IncludePart) {
      UnitArc &A = Lifted[Key];
      A.Cluster += (Scale - 1) * Inc;
    }
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
  if (W.Pairing > 0)
    for (WeightedEdge E : pairingEdges(F, U)) {
      E.Weight = W.Pairing * (1 + std::log(E.Weight));
      G.Affinity.push_back(E);
    }
  // Similarity edges are scale-free: in all they carry their weight times the dependency weight.
  if (W.IncludeSimilarity > 0) {
    G.IncludeNeighbours = includeNeighbourEdges(F, U, W.LexicalNeighbours);
    addScaledAffinity(G, *G.IncludeNeighbours, W.IncludeSimilarity);
  }
  if (W.NamespaceSimilarity > 0) {
    // Units alike by namespace are told apart by the weight between them (namespaceEdges).
    std::vector<WeightedEdge> Closeness;
    Closeness.reserve(G.Arcs.size());
    for (const UnitArc &A : G.Arcs)
      Closeness.push_back({A.From, A.To, A.Cluster});
    assert(Pinned.empty() || Pinned.size() == G.NumUnits);
    std::vector<WeightedEdge> Ns = namespaceEdges(F, U, W.LexicalNeighbours, Closeness, Pinned);
    const double Trust = namespaceTrust(Ns, G.NumUnits);
    addScaledAffinity(G, std::move(Ns), W.NamespaceSimilarity * Trust);
  }
  if (W.Lexical > 0)
    addScaledAffinity(G, lexicalEdges(F, U, W.LexicalNeighbours), W.Lexical);
  return G;
}

WeightedGraph undirectedGraph(const UnitGraph &G, const std::vector<std::uint32_t> &NodeOf,
                              std::size_t NumNodes, std::span<const WeightedEdge> Extra) {
  std::vector<WeightedEdge> Edges;
  Edges.reserve(G.Arcs.size() + G.Affinity.size() + Extra.size());
  auto Add = [&](std::uint32_t U, std::uint32_t V, double Weight) {
    std::uint32_t From = NodeOf[U], To = NodeOf[V];
    if (From != UnitSet::NoUnit && To != UnitSet::NoUnit && Weight > 0)
      Edges.push_back({From, To, Weight});
  };
  for (const UnitArc &A : G.Arcs)
    Add(A.From, A.To, A.Cluster);
  for (const WeightedEdge &E : G.Affinity)
    Add(E.From, E.To, E.Weight);
  for (const WeightedEdge &E : Extra)
    Add(E.From, E.To, E.Weight);
  return WeightedGraph::fromEdges(NumNodes, Edges);
}

} // namespace seams
