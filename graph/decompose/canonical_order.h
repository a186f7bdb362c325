// A node order computed from a graph's structure alone, so the clustering never sees names.
#pragma once

#include "graph/decompose/cluster.h"

#include <cstdint>
#include <span>
#include <vector>

namespace seams {

/// A permutation of a graph's nodes: Node[r] is the node of rank r, Rank[n] the rank of node n.
struct NodeOrder {
  std::vector<std::uint32_t> Node;
  std::vector<std::uint32_t> Rank;
};

/// Orders the nodes of G by a colour refined from the graph alone (1-dimensional
/// Weisfeiler-Leman: each round a node's colour becomes a hash of its colour and the multiset of
/// its neighbours' colours with the edge weights), starting from Colours (one per node, for
/// what the graph does not say, such as a pin; empty: all alike). Ties between nodes the
/// refinement cannot tell apart keep their order in G.
///
/// Why: the nodes of the unit graph are numbered by unit name, and the clustering breaks ties
/// and draws its random moves by node number. Clustering in this order instead makes the
/// proposal the same whatever the files and directories are called (issue: structure-blind
/// clustering). Weights are compared as floats, so sums that differ in their last bits (the
/// same facts summed in another order) still give the same colour.
NodeOrder canonicalOrder(const WeightedGraph &G, std::span<const std::uint64_t> Colours = {});

/// G with node n renumbered Order.Rank[n]; the weights are copied bit for bit.
WeightedGraph permuted(const WeightedGraph &G, const NodeOrder &Order);

} // namespace seams
