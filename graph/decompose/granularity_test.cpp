// Tests for automatic granularity: the adjusted Rand index, the stability choice and the
// consensus across resolutions.
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

TEST(Granularity, ConsensusAcrossResolutionsFindsThePlantedModulesOverAWideFinalRange) {
  testing::PlantedGraph P = testing::plantedPartition(8, 10, 0.7, 0.02, 11);
  WeightedGraph G = WeightedGraph::fromEdges(P.NumNodes, P.Edges);
  for (double Final : {0.125, 0.5, 1.0, 2.0}) {
    ClusterOptions Base;
    Base.Resolution = Final;
    std::vector<std::uint32_t> M = resolutionConsensus(G, Base);
    EXPECT_DOUBLE_EQ(adjustedRand(M, P.Truth), 1.0) << "final resolution " << Final;
  }
  // One run at the ends of the grid misses them: too coarse merges modules, too fine splits
  // them. The consensus does not depend on one resolution being right.
  ClusterOptions Coarse, Fine;
  Coarse.Resolution = 0.125;
  Fine.Resolution = 8;
  EXPECT_LT(adjustedRand(cluster(G, Coarse), P.Truth), 0.9);
  EXPECT_LT(adjustedRand(cluster(G, Fine), P.Truth), 0.9);
}

TEST(Granularity, ConsensusAcrossResolutionsIsTheSameWhateverTheThreads) {
  testing::PlantedGraph P = testing::plantedPartition(5, 9, 0.4, 0.08, 5);
  WeightedGraph G = WeightedGraph::fromEdges(P.NumNodes, P.Edges);
  ClusterOptions Base;
  ResolutionConsensusOptions O;
  std::vector<std::uint32_t> One = resolutionConsensus(G, Base, O);
  O.Jobs = 4;
  EXPECT_EQ(One, resolutionConsensus(G, Base, O));
  EXPECT_EQ(resolutionGrid(0.125, 8, 2), (std::vector<double>{0.125, 0.25, 0.5, 1, 2, 4, 8}));
}

} // namespace
} // namespace seams
