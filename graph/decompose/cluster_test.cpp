// Tests for community detection: every algorithm on known structures, determinism, fixed nodes.
#include "graph/decompose/cluster.h"
#include "graph/decompose/test_graphs.h"
#include "graph/model/error.h"

#include <cmath>
#include <gtest/gtest.h>

namespace seams {
namespace {

using testing::plantedPartition;
using testing::ringOfCliques;

std::vector<std::uint32_t> normalized(std::vector<std::uint32_t> M) {
  normalizeMembership(M);
  return M;
}

class EveryAlgorithm : public ::testing::TestWithParam<Algorithm> {};

TEST_P(EveryAlgorithm, RecoversTheCliquesOfARing) {
  auto P = ringOfCliques(8, 5);
  WeightedGraph G = WeightedGraph::fromEdges(P.NumNodes, P.Edges);
  ClusterOptions O;
  O.Algo = GetParam();
  EXPECT_EQ(cluster(G, O), normalized(P.Truth)) << algorithmName(O.Algo);
}

TEST_P(EveryAlgorithm, AGraphWithoutEdgesIsSingletons) {
  // Empty edge arrays: nothing may index them (the sanitizer job runs this).
  WeightedGraph G = WeightedGraph::fromEdges(6, {});
  ClusterOptions O;
  O.Algo = GetParam();
  if (O.Algo == Algorithm::GirvanNewman)
    O.Communities = 6;
  EXPECT_EQ(cluster(G, O), (std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5})) << algorithmName(O.Algo);
  EXPECT_EQ(modularity(G, cluster(G, O), 1.0), 0);
}

TEST_P(EveryAlgorithm, IsDeterministicForASeed) {
  auto P = plantedPartition(5, 12, 0.4, 0.05, 7);
  WeightedGraph G = WeightedGraph::fromEdges(P.NumNodes, P.Edges);
  ClusterOptions O;
  O.Algo = GetParam();
  O.Seed = 1234;
  EXPECT_EQ(cluster(G, O), cluster(G, O));
}

TEST_P(EveryAlgorithm, NeverPutsTwoFixedNodesTogether) {
  auto P = ringOfCliques(6, 4);
  WeightedGraph G = WeightedGraph::fromEdges(P.NumNodes, P.Edges);
  ClusterOptions O;
  O.Algo = GetParam();
  O.Fixed.assign(P.NumNodes, false);
  O.Fixed[0] = O.Fixed[1] = true; // same clique, but fixed apart
  auto M = cluster(G, O);
  EXPECT_NE(M[0], M[1]);
}

INSTANTIATE_TEST_SUITE_P(Clustering, EveryAlgorithm,
                         ::testing::Values(Algorithm::Leiden, Algorithm::Louvain,
                                           Algorithm::LabelPropagation, Algorithm::GirvanNewman),
                         [](const auto &Info) {
                           std::string N(algorithmName(Info.param));
                           N.erase(std::remove(N.begin(), N.end(), '-'), N.end());
                           return N;
                         });

TEST(Leiden, RecoversAPlantedPartitionWithClearSignal) {
  auto P = plantedPartition(10, 30, 0.4, 0.01, 3);
  WeightedGraph G = WeightedGraph::fromEdges(P.NumNodes, P.Edges);
  EXPECT_EQ(cluster(G, {}), normalized(P.Truth));
}

TEST(Leiden, HigherResolutionGivesMoreCommunities) {
  auto P = ringOfCliques(8, 5);
  WeightedGraph G = WeightedGraph::fromEdges(P.NumNodes, P.Edges);
  ClusterOptions Low, High;
  Low.Resolution = 0.05;
  High.Resolution = 20;
  auto Count = [](const std::vector<std::uint32_t> &M) {
    return *std::max_element(M.begin(), M.end()) + 1;
  };
  EXPECT_LT(Count(cluster(G, Low)), 8u);
  EXPECT_GT(Count(cluster(G, High)), 8u);
}

TEST(Leiden, KeepsFixedNodesInTheirCommunityAndLetsOthersJoin) {
  auto P = ringOfCliques(4, 5);
  WeightedGraph G = WeightedGraph::fromEdges(P.NumNodes, P.Edges);
  ClusterOptions O;
  O.Fixed.assign(P.NumNodes, false);
  O.Fixed[2] = true;
  auto M = cluster(G, O);
  for (std::uint32_t V = 0; V < 5; ++V)
    EXPECT_EQ(M[V], M[2]);
}

TEST(Modularity, MatchesAHandComputedValue) {
  // Two triangles joined by one edge: m = 7, each side L = 3, K = 7.
  std::vector<WeightedEdge> E = {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {3, 4, 1},
                                 {4, 5, 1}, {3, 5, 1}, {2, 3, 1}};
  WeightedGraph G = WeightedGraph::fromEdges(6, E);
  std::vector<std::uint32_t> M = {0, 0, 0, 1, 1, 1};
  EXPECT_NEAR(modularity(G, M), 2 * (3.0 / 7 - 0.25), 1e-12);
  EXPECT_NEAR(modularity(G, std::vector<std::uint32_t>(6, 0)), 0, 1e-12);
}

TEST(WeightedGraph, MergesParallelEdgesAndKeepsSelfLoops) {
  std::vector<WeightedEdge> E = {{0, 1, 1}, {1, 0, 2}, {2, 2, 4}, {0, 2, 0}};
  WeightedGraph G = WeightedGraph::fromEdges(3, E);
  ASSERT_EQ(G.Offsets[1] - G.Offsets[0], 1u);
  EXPECT_EQ(G.Weights[0], 3);
  EXPECT_EQ(G.SelfLoops[2], 4);
  EXPECT_EQ(G.TotalWeight, 7);
  EXPECT_EQ(G.strength(2), 8);
  EXPECT_THROW(WeightedGraph::fromEdges(2, E), Error);
}

TEST(GirvanNewman, RefusesLargeGraphsAndStopsAtARequestedCount) {
  WeightedGraph Big = WeightedGraph::fromEdges(GirvanNewmanMaxNodes + 1, {});
  ClusterOptions O;
  O.Algo = Algorithm::GirvanNewman;
  EXPECT_THROW(cluster(Big, O), Error);
  auto P = ringOfCliques(6, 4);
  WeightedGraph G = WeightedGraph::fromEdges(P.NumNodes, P.Edges);
  O.Communities = 3;
  auto M = cluster(G, O);
  EXPECT_EQ(*std::max_element(M.begin(), M.end()) + 1, 3u);
}

TEST(SeededRandom, IsPortableAndUnbiasedEnough) {
  SeededRandom A(42), B(42);
  std::vector<int> V = {1, 2, 3, 4, 5, 6, 7, 8}, W = V;
  A.shuffle(V);
  B.shuffle(W);
  EXPECT_EQ(V, W);
  SeededRandom R(1);
  for (int I = 0; I < 1000; ++I) {
    double U = R.unit();
    ASSERT_GE(U, 0.0);
    ASSERT_LT(U, 1.0);
    ASSERT_LT(R.below(3), 3u);
  }
}

TEST(Leiden, PassesBoundsTheMultiLevelPasses) {
  // A noisy planted partition, where a second pass still improves on the first.
  auto P = testing::plantedPartition(20, 40, 0.15, 0.02, 5);
  WeightedGraph G = WeightedGraph::fromEdges(P.NumNodes, P.Edges);
  ClusterOptions O;
  const std::vector<std::uint32_t> UntilStable = cluster(G, O);
  O.Passes = 1;
  const std::vector<std::uint32_t> One = cluster(G, O);
  EXPECT_NE(One, UntilStable);
  EXPECT_LE(modularity(G, One), modularity(G, UntilStable));
  O.Passes = 1000; // more than the cap of 20: the same as until stable
  EXPECT_EQ(cluster(G, O), UntilStable);
}

} // namespace
} // namespace seams
