// Community detection on a weighted undirected graph: Leiden (default), Louvain, label
// propagation and Girvan-Newman, deterministic for a seed and honouring fixed nodes.
#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <span>
#include <string_view>
#include <vector>

namespace seams {

struct WeightedEdge {
  std::uint32_t From = 0;
  std::uint32_t To = 0;
  double Weight = 0;
};

/// An undirected weighted graph in compressed sparse row form: the neighbours of node I are
/// Targets[Offsets[I] .. Offsets[I+1]), sorted, each undirected edge stored in both rows.
/// Self-loops are kept apart in SelfLoops (they appear after aggregation).
struct WeightedGraph {
  std::vector<std::uint64_t> Offsets{0};
  std::vector<std::uint32_t> Targets;
  std::vector<double> Weights;
  std::vector<double> SelfLoops;
  double TotalWeight = 0; ///< m: every undirected edge once, self-loops included.

  std::size_t size() const { return SelfLoops.size(); }
  /// Weighted degree: incident edge weights, self-loops counted twice (the usual convention).
  double strength(std::uint32_t Node) const;
  /// Sets TotalWeight from Weights and SelfLoops, summed in their stored order: every builder of
  /// a graph (fromEdges, aggregation, renumbering) sums the same way, so equal rows give equal
  /// bits.
  void sumTotalWeight();

  /// Builds the graph from an edge list in any order: parallel edges and both directions of a
  /// pair are summed, edges of weight <= 0 dropped, From == To becomes a self-loop.
  static WeightedGraph fromEdges(std::size_t NumNodes, std::span<const WeightedEdge> Edges);
};

enum class Algorithm : std::uint8_t { Leiden, Louvain, LabelPropagation, GirvanNewman };

std::string_view algorithmName(Algorithm A);
/// Accepts "leiden", "louvain", "label-propagation" (or "lpa") and "girvan-newman".
std::optional<Algorithm> parseAlgorithm(std::string_view S);

/// Girvan-Newman recomputes all betweenness after every edge removal (O(m²n)); it refuses
/// graphs with more nodes than this, with an Error that suggests Leiden.
inline constexpr std::size_t GirvanNewmanMaxNodes = 2000;

struct ClusterOptions {
  Algorithm Algo = Algorithm::Leiden;
  double Resolution = 1.0; ///< γ of modularity; higher gives more, smaller communities.
  std::uint64_t Seed = 42;
  /// Fixed[I] nodes never change community and no two fixed nodes ever share one; other nodes
  /// may join them. Empty means no node is fixed.
  std::vector<bool> Fixed;
  /// Girvan-Newman only: stop splitting at this many communities; without it the level of the
  /// dendrogram with the highest modularity is returned.
  std::optional<std::size_t> Communities;
  /// Leiden/Louvain: the partition to start from (same length as the graph); empty: singletons.
  std::vector<std::uint32_t> Initial;
  /// Leiden/Louvain: at most this many passes of the multi-level algorithm; 0 runs until a pass
  /// no longer gains (at most 20). One pass is what igraph runs per iteration: the benchmark
  /// compares them like for like.
  unsigned Passes = 0;
};

/// Clusters G. Returns the community of every node, numbered 0.. in order of each community's
/// first node, so equal partitions compare equal. Same graph, options and seed give the same
/// result on every platform (the random source is std::mt19937_64 with our own shuffling).
std::vector<std::uint32_t> cluster(const WeightedGraph &G, const ClusterOptions &O);

/// Weighted modularity Q = Σ_c [ L_c/m − γ (K_c / 2m)² ] (Newman 2004; with γ after Reichardt
/// and Bornholdt 2006). 0 for a graph without edges.
double modularity(const WeightedGraph &G, std::span<const std::uint32_t> Membership,
                  double Resolution = 1.0);

/// Renumbers Membership so communities are numbered 0.. in order of their first node; returns
/// the number of communities.
std::size_t normalizeMembership(std::vector<std::uint32_t> &Membership);

// Implementations, one per translation unit (leiden.cpp, girvan_newman.cpp, cluster.cpp).
std::vector<std::uint32_t> leiden(const WeightedGraph &G, const ClusterOptions &O, bool Refine);
std::vector<std::uint32_t> labelPropagation(const WeightedGraph &G, const ClusterOptions &O);
std::vector<std::uint32_t> girvanNewman(const WeightedGraph &G, const ClusterOptions &O);

/// A small, portable random source: std::mt19937_64 plus our own bounded integers and doubles,
/// because std::shuffle and the std distributions differ between standard libraries.
class SeededRandom {
public:
  explicit SeededRandom(std::uint64_t Seed) : Engine(Seed) {}
  /// Uniform in [0, Bound), Bound > 0, without modulo bias.
  std::uint64_t below(std::uint64_t Bound);
  /// Uniform in [0, 1).
  double unit();
  template <typename T> void shuffle(std::vector<T> &V) {
    for (std::size_t I = V.size(); I > 1; --I)
      std::swap(V[I - 1], V[below(I)]);
  }

private:
  std::mt19937_64 Engine;
};

} // namespace seams
