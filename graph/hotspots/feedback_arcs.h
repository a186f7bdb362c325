// Cycles of a weighted directed graph and the arcs to cut to break them: strongly connected
// components and a greedy minimum-weight feedback arc set (Eades, Lin and Smyth).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace seams {

/// Directed arcs (from, to) of a graph over vertices 0..N-1 and their weights.
using WeightedArcs = std::map<std::pair<std::uint32_t, std::uint32_t>, double>;

/// One cycle of a graph: a strongly connected component of two or more vertices and the arcs
/// whose removal leaves it acyclic.
struct CycleCut {
  std::vector<std::uint32_t> Members;                            ///< Ascending.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> Feedback; ///< Sorted by (from, to).
};

/// The cycles of a graph of N vertices in order of their smallest vertex, each with a feedback
/// arc set of low total weight: within each component, the arcs that point backwards in the
/// weighted Eades-Lin-Smyth order (sinks to the back, sources to the front, otherwise the vertex
/// of largest out-weight minus in-weight, lowest index on ties, to the front). Self-arcs are
/// never part of a cycle. Deterministic.
std::vector<CycleCut> cycleCuts(std::size_t N, const WeightedArcs &Arcs);

} // namespace seams
