// The canonical node order depends on the graph alone: renumbering the nodes changes nothing.
#include "graph/decompose/canonical_order.h"
#include "graph/decompose/test_graphs.h"

#include <gtest/gtest.h>

namespace seams {
namespace {

WeightedGraph plantedGraph() {
  testing::PlantedGraph P = testing::plantedPartition(5, 20, 0.3, 0.03, 11);
  // Weights from a few values, so weights alone do not tell nodes apart.
  for (std::size_t I = 0; I < P.Edges.size(); ++I)
    P.Edges[I].Weight = 1.0 + static_cast<double>(I % 3);
  return WeightedGraph::fromEdges(P.NumNodes, P.Edges);
}

/// G with its nodes renumbered by a fixed scrambling (what renaming every file does).
NodeOrder scrambled(std::size_t N) {
  NodeOrder O;
  for (std::uint32_t I = 0; I < N; ++I)
    O.Node.push_back(static_cast<std::uint32_t>((I * 37 + 11) % N));
  O.Rank.resize(N);
  for (std::uint32_t R = 0; R < N; ++R)
    O.Rank[O.Node[R]] = R;
  return O;
}

bool sameGraph(const WeightedGraph &A, const WeightedGraph &B) {
  return A.Offsets == B.Offsets && A.Targets == B.Targets && A.Weights == B.Weights &&
         A.SelfLoops == B.SelfLoops;
}

TEST(CanonicalOrder, RenumberedGraphsGetTheSameCanonicalGraph) {
  const WeightedGraph G = plantedGraph();
  ASSERT_EQ(G.size(), 100u);
  const WeightedGraph Renamed = permuted(G, scrambled(G.size()));
  ASSERT_FALSE(sameGraph(G, Renamed));
  EXPECT_TRUE(
      sameGraph(permuted(G, canonicalOrder(G)), permuted(Renamed, canonicalOrder(Renamed))));
}

TEST(CanonicalOrder, ClusteringInCanonicalOrderIgnoresTheNumbering) {
  const WeightedGraph G = plantedGraph();
  const NodeOrder Scramble = scrambled(G.size());
  const WeightedGraph Renamed = permuted(G, Scramble);
  const NodeOrder A = canonicalOrder(G), B = canonicalOrder(Renamed);
  // Each node's community in the canonical clustering, read back through both numberings.
  for (Algorithm Algo : {Algorithm::Leiden, Algorithm::Louvain, Algorithm::LabelPropagation}) {
    ClusterOptions O;
    O.Algo = Algo;
    const std::vector<std::uint32_t> MA = cluster(permuted(G, A), O);
    const std::vector<std::uint32_t> MB = cluster(permuted(Renamed, B), O);
    for (std::uint32_t Node = 0; Node < G.size(); ++Node)
      ASSERT_EQ(MA[A.Rank[Node]], MB[B.Rank[Scramble.Rank[Node]]]) << algorithmName(Algo);
  }
}

TEST(CanonicalOrder, ColoursGivenByTheCallerSeparateLikeNodes) {
  // A path a-b-c: a and c look alike (they tie, and keep their order); a colour on c puts it
  // apart from a.
  const std::vector<WeightedEdge> Edges{{0, 1, 1.0}, {1, 2, 1.0}};
  const WeightedGraph G = WeightedGraph::fromEdges(3, Edges);
  const NodeOrder Plain = canonicalOrder(G);
  EXPECT_LT(Plain.Rank[0], Plain.Rank[2]);
  std::vector<std::uint64_t> Colours{0, 0, 0}, Marked{0, 0, 7};
  EXPECT_EQ(canonicalOrder(G, Colours).Node, Plain.Node);
  const NodeOrder M = canonicalOrder(G, Marked);
  EXPECT_NE(M.Node, Plain.Node);
}

TEST(CanonicalOrder, WeightsThatDifferInTheirLastBitsAreAlike) {
  // 0.1 + 0.2 + 0.3 summed in two orders differs in the last bit; the order must not.
  const double X = (0.1 + 0.2) + 0.3, Y = 0.1 + (0.2 + 0.3);
  ASSERT_NE(X, Y);
  const std::vector<WeightedEdge> A{{0, 1, X}, {1, 2, 1.0}, {2, 3, 2.0}};
  const std::vector<WeightedEdge> B{{0, 1, Y}, {1, 2, 1.0}, {2, 3, 2.0}};
  EXPECT_EQ(canonicalOrder(WeightedGraph::fromEdges(4, A)).Node,
            canonicalOrder(WeightedGraph::fromEdges(4, B)).Node);
}

} // namespace
} // namespace seams
