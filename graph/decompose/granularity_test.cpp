// Tests for automatic granularity: the adjusted Rand index and the stability choice.
#include "graph/decompose/granularity.h"
#include "graph/decompose/test_graphs.h"

#include <gtest/gtest.h>

namespace seams {
namespace {

TEST(Granularity, AdjustedRandIsOneForEqualPartitionsWhateverTheLabels) {
  std::vector<std::uint32_t> A{0, 0, 1, 1, 2, 2}, B{1, 1, 0, 0, 2, 2}, C{0, 1, 0, 1, 0, 1};
  EXPECT_DOUBLE_EQ(adjustedRand(A, B), 1.0);
  EXPECT_LT(adjustedRand(A, C), 0.1);
  std::vector<std::uint32_t> One(6, 0);
  EXPECT_DOUBLE_EQ(adjustedRand(One, One), 1.0);
}

TEST(Granularity, PlantedCliquesAreTheStableLevelWhateverTheThreads) {
  testing::PlantedGraph P = testing::ringOfCliques(6, 5);
  WeightedGraph G = WeightedGraph::fromEdges(P.NumNodes, P.Edges);
  ClusterOptions Base;
  GranularityOptions O;
  GranularityChoice One = chooseGranularity(G, Base, O);
  O.Jobs = 4;
  GranularityChoice Four = chooseGranularity(G, Base, O);
  EXPECT_EQ(One.Membership, Four.Membership);
  EXPECT_EQ(One.Resolution, Four.Resolution);
  EXPECT_DOUBLE_EQ(adjustedRand(One.Membership, P.Truth), 1.0);
  ASSERT_FALSE(One.Profile.empty());
  EXPECT_DOUBLE_EQ(One.Profile.front().Resolution, O.MinResolution);
}

} // namespace
} // namespace seams
