// How much of the code's modular structure its include graph carries, against its symbol graph.
#include "graph/decompose/include_structure.h"

#include "graph/decompose/canonical_order.h"
#include "graph/decompose/cluster.h"

namespace seams {

IncludeStructure IncludeStructure::of(double IncludeModularity, double SymbolModularity) {
  return {IncludeModularity, SymbolModularity,
          SymbolModularity > 0 ? IncludeModularity / SymbolModularity : 0};
}

bool IncludeStructure::carriesStructure(double Threshold) const {
  return Threshold <= 0 ||
         (IncludeModularity > 0 && IncludeModularity >= Threshold * SymbolModularity);
}

IncludeStructure includeStructure(const Facts &F, const UnitSet &U, const EdgeWeights &W,
                                  std::uint64_t Seed) {
  const EntityIndex Index = entityIndex(F);
  std::vector<WeightedEdge> Includes, Symbols;
  for (const Edge &E : F.Edges) {
    if (E.Kind == EdgeKind::Contains)
      continue;
    auto Ends = crossUnitEnds(Index, U, E);
    if (!Ends)
      continue;
    if (E.Kind == EdgeKind::Include)
      Includes.push_back({Ends->From, Ends->To, 1.0});
    else
      Symbols.push_back({Ends->From, Ends->To, W.edgeWeight(E.Kind, E.Count)});
  }
  // Clustered in the graph's canonical order, as every clustering is: names never decide.
  auto BestModularity = [&](const std::vector<WeightedEdge> &Edges) {
    WeightedGraph Named = WeightedGraph::fromEdges(U.Units.size(), Edges);
    WeightedGraph G = permuted(Named, canonicalOrder(Named));
    ClusterOptions O;
    O.Seed = Seed;
    return modularity(G, cluster(G, O), O.Resolution);
  };
  return IncludeStructure::of(BestModularity(Includes), BestModularity(Symbols));
}

} // namespace seams
