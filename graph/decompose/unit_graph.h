// The weighted dependency graph between units: symbol edges lifted to units and weighted by kind.
#pragma once

#include "graph/decompose/cluster.h"
#include "graph/decompose/config.h"
#include "graph/decompose/units.h"
#include "graph/model/facts.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace seams {

/// A directed dependency between two different units, summed over all entity-level edges.
struct UnitArc {
  std::uint32_t From = 0;
  std::uint32_t To = 0;
  double Weight = 0;  ///< Σ kind weight × damped count.
  unsigned Calls = 0; ///< Raw number of calls (for ICP), whatever the call weight.
  /// What the clustering sees of it: Weight with each edge scaled by its target's
  /// informativeness (EdgeWeights::Idf); equal to Weight when Idf is 0.
  double Cluster = 0;
  friend bool operator==(const UnitArc &, const UnitArc &) = default;
};

struct UnitArcProperty {
  double Weight = 0;
  unsigned Calls = 0;
};

/// The directed unit graph in Boost's CSR form, for BGL algorithms over the lifted weights.
using DirectedUnitGraph =
    boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, UnitArcProperty,
                                       boost::no_property, std::uint32_t, std::uint32_t>;

struct UnitGraph {
  std::size_t NumUnits = 0;
  /// Sorted by (From, To); no self arcs (a unit's internal edges are in Internal). Only edges
  /// between two project units: edges to external entities never reach the graph.
  std::vector<UnitArc> Arcs;
  DirectedUnitGraph Directed;        ///< The same arcs as a Boost CSR graph.
  std::vector<std::uint32_t> FanIn;  ///< Distinct other units with a weighted arc into the unit.
  std::vector<std::uint32_t> FanOut; ///< Distinct other units it has a weighted arc to.
  std::vector<double> Internal;      ///< Weight of the edges inside each unit.
  /// Undirected affinities that are not dependencies (lexical similarity, header/implementation
  /// pairing): they enter the clustering only, never metrics, service edges or hotspots.
  std::vector<WeightedEdge> Affinity;
  /// With W.IncludeSimilarity > 0: the include-neighbourhood pairs (signals.h,
  /// includeNeighbourEdges), weight the cosine, before their scaling into Affinity. The
  /// explanation of each service reads them, so it shows the clustering's own pairs.
  std::optional<std::vector<WeightedEdge>> IncludeNeighbours;
};

/// Lifts every edge of F whose both ends live in units of U (UnitSet::EntityUnit) to an arc
/// between the two units, weighted by W.edgeWeight(kind, count). Edges of weight 0 (contains, by
/// default) count only for Calls. The signals of W (Idf, Lexical, Pairing) set Cluster and
/// Affinity (signals.h). Pinned (per unit, or empty) marks the units the pins place
/// (constraints.h, placedByPins): namespace similarity links none of them, and the other units
/// choose their most similar among the rest. The team's pins say by name what a service holds,
/// and a unit they leave out (the shop's orders/shipping_rate_calculator, in `shop::orders` but
/// working for shipping) must join a service on its dependencies alone. The signal's weight
/// still follows the share of all units it links (namespaceTrust), pinned ones unlinked.
UnitGraph buildUnitGraph(const Facts &F, const UnitSet &U, const EdgeWeights &W,
                         const std::vector<bool> &Pinned = {});

/// How far namespace similarity is trusted, in [0, 1]: the square of the share of the NumUnits
/// units that Edges (namespaceEdges over those units, so every end below NumUnits) link. Code in
/// the global namespace or in one project-wide namespace has no edge; where namespaces name the
/// modules (every unit linked) the signal keeps its whole weight, and where a few units sit in a
/// namespace of their own (LevelDB's `leveldb::log`) it must not outweigh their dependencies
/// (docs/DECOMPOSITION.md).
double namespaceTrust(std::span<const WeightedEdge> Edges, std::size_t NumUnits);

/// The undirected clustering graph over nodes 0..NumNodes-1: arc u->v adds its weight to the
/// edge {NodeOf[u], NodeOf[v]} (both directions summed); arcs touching a unit mapped to NoUnit
/// are dropped; units sharing a node turn their arcs into a self-loop. Arcs enter with their
/// Cluster weight, and the affinities are added. Extra edges between
/// units (co-change, graph/decompose/change.h) are mapped and added the same way.
WeightedGraph undirectedGraph(const UnitGraph &G, const std::vector<std::uint32_t> &NodeOf,
                              std::size_t NumNodes, std::span<const WeightedEdge> Extra = {});

} // namespace seams
