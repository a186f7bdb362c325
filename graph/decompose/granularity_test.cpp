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

TEST(Granularity, ConsensusOverSeedsRecoversPlantedModulesWhateverTheThreads) {
  testing::PlantedGraph P = testing::plantedPartition(4, 12, 0.5, 0.06, 7);
  WeightedGraph G = WeightedGraph::fromEdges(P.NumNodes, P.Edges);
  ClusterOptions Base;
  std::vector<std::uint32_t> One = consensusCluster(G, Base, 10, 1);
  EXPECT_EQ(One, consensusCluster(G, Base, 10, 4));
  EXPECT_GT(adjustedRand(One, P.Truth), 0.9);
  // One run is no consensus: the plain clustering.
  EXPECT_EQ(consensusCluster(G, Base, 1, 1), cluster(G, Base));
}

TEST(Granularity, ATolerancePicksACoarserOrEqualLevel) {
  testing::PlantedGraph P = testing::plantedPartition(6, 8, 0.6, 0.08, 3);
  WeightedGraph G = WeightedGraph::fromEdges(P.NumNodes, P.Edges);
  ClusterOptions Base;
  GranularityOptions O;
  GranularityChoice Best = chooseGranularity(G, Base, O);
  O.Tolerance = 10; // every eligible level is within it: the coarsest eligible one wins
  GranularityChoice Coarse = chooseGranularity(G, Base, O);
  EXPECT_LE(Coarse.Resolution, Best.Resolution);
  for (const ResolutionScore &S : Coarse.Profile)
    if (S.Eligible) {
      EXPECT_DOUBLE_EQ(Coarse.Resolution, S.Resolution);
      break;
    }
}

} // namespace
} // namespace seams
