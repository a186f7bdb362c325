// clusterMany gives, whatever the thread count, exactly what cluster() gives run by run.
#include "graph/decompose/sweep.h"
#include "graph/decompose/test_graphs.h"

#include <gtest/gtest.h>

namespace seams {
namespace {

std::vector<ClusterOptions> sweepOf(std::size_t Runs) {
  std::vector<ClusterOptions> Out;
  Out.reserve(Runs);
  for (std::size_t I = 0; I < Runs; ++I) {
    ClusterOptions O;
    O.Resolution = 0.25 + 0.25 * static_cast<double>(I % 8);
    O.Seed = 1 + I / 8;
    Out.push_back(O);
  }
  return Out;
}

WeightedGraph plantedGraph(std::uint32_t Modules, std::uint32_t Size) {
  const testing::PlantedGraph P = testing::plantedPartition(Modules, Size, 0.3, 0.02, 7);
  return WeightedGraph::fromEdges(P.NumNodes, P.Edges);
}

std::size_t countOf(std::vector<std::uint32_t> M) { return normalizeMembership(M); }

TEST(ClusterMany, SameAsOneRunAtATimeWhateverTheThreads) {
  const WeightedGraph G = plantedGraph(6, 30);
  const std::vector<ClusterOptions> Runs = sweepOf(20);
  std::vector<std::vector<std::uint32_t>> Expected;
  Expected.reserve(Runs.size());
  for (const ClusterOptions &O : Runs)
    Expected.push_back(cluster(G, O));
  for (unsigned Jobs : {0U, 1U, 2U, 3U, 8U, 64U})
    EXPECT_EQ(clusterMany(G, Runs, Jobs), Expected) << "jobs " << Jobs;
  // The sweep is not trivially one partition: resolutions 0.25 .. 2 give different counts.
  EXPECT_NE(countOf(Expected.front()), countOf(Expected[7]));
}

TEST(ClusterMany, NoRunsGiveNoResults) {
  const WeightedGraph G = plantedGraph(2, 5);
  EXPECT_TRUE(clusterMany(G, {}, 4).empty());
}

TEST(ClusterMany, RethrowsARunsError) {
  const WeightedGraph G = plantedGraph(2, 5);
  std::vector<ClusterOptions> Runs = sweepOf(4);
  Runs[2].Fixed.assign(3, true); // wrong length: cluster() refuses it
  EXPECT_ANY_THROW(clusterMany(G, Runs, 2));
}

} // namespace
} // namespace seams
