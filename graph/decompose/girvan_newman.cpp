// Girvan-Newman divisive clustering through Boost's betweenness_centrality_clustering.
#include "graph/decompose/cluster.h"
#include "graph/model/error.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/bc_clustering.hpp>
#include <boost/graph/connected_components.hpp>

namespace seams {
namespace {

using GnGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          boost::property<boost::edge_centrality_t, double>>;

/// Watches the edge removals: every time the graph falls into more pieces, records the pieces
/// when they respect the fixed nodes, keeping the one with the best modularity (or the first
/// with the requested count).
struct LevelRecorder {
  const WeightedGraph &Original;
  const ClusterOptions &Options;
  std::size_t LastCount = 0;
  double BestQ = -2;
  std::vector<std::uint32_t> Best;
  bool Reached = false;

  bool consider(const GnGraph &G) {
    std::vector<std::uint32_t> Comp(boost::num_vertices(G));
    std::size_t Count = boost::connected_components(G, Comp.data());
    if (Count == LastCount)
      return false;
    LastCount = Count;
    if (!Options.Fixed.empty()) {
      std::vector<char> HasFixed(Count, 0);
      for (std::size_t V = 0; V < Comp.size(); ++V)
        if (Options.Fixed[V] && HasFixed[Comp[V]]++)
          return false; // two fixed nodes in one piece: not a valid level
    }
    if (Options.Communities) {
      if (Count >= *Options.Communities && !Reached) {
        Best = Comp;
        Reached = true;
      }
      return Reached;
    }
    double Q = modularity(Original, Comp, Options.Resolution);
    if (Q > BestQ + 1e-12) {
      BestQ = Q;
      Best = Comp;
    }
    return false;
  }
};

} // namespace

std::vector<std::uint32_t> girvanNewman(const WeightedGraph &G, const ClusterOptions &O) {
  const std::size_t N = G.size();
  if (N > GirvanNewmanMaxNodes)
    throw Error("girvan-newman recomputes every betweenness after each edge removal and is "
                "limited to " +
                std::to_string(GirvanNewmanMaxNodes) + " units; this graph has " +
                std::to_string(N) + " (use --algorithm leiden)");
  // Boost's clustering is topological: edge weights do not enter the betweenness; the choice of
  // the level (modularity) does use them.
  GnGraph B(N);
  for (std::uint32_t V = 0; V < N; ++V)
    for (std::uint64_t E = G.Offsets[V]; E < G.Offsets[V + 1]; ++E)
      if (G.Targets[E] > V)
        boost::add_edge(V, G.Targets[E], B);
  LevelRecorder Rec{G, O};
  Rec.consider(B);
  if (!Rec.Reached && boost::num_edges(B) > 0)
    boost::betweenness_centrality_clustering(
        B, [&](double, auto, const GnGraph &Now) { return Rec.consider(Now); },
        boost::get(boost::edge_centrality, B));
  if (!Rec.Reached)
    Rec.consider(B);      // after the last removal
  if (Rec.Best.empty()) { // every level put two fixed nodes together: singletons are valid
    Rec.Best.resize(N);
    for (std::uint32_t V = 0; V < N; ++V)
      Rec.Best[V] = V;
  }
  return Rec.Best;
}

} // namespace seams
