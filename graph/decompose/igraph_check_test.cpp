// Cross-check of our Leiden against igraph's igraph_community_leiden (modularity objective, same
// resolution): the modularity reached must agree within 1%. Built only when igraph is found.
#include "graph/decompose/cluster.h"
#include "graph/decompose/igraph_bridge.h"
#include "graph/decompose/test_graphs.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

namespace seams {
namespace {

struct IgraphResult {
  double OurQ = 0;    ///< Our partition, scored by igraph_modularity.
  double TheirQ = 0;  ///< igraph's Leiden partition, scored by igraph_modularity.
  double OurOwnQ = 0; ///< Our partition, scored by seams::modularity.
  std::size_t OurK = 0, TheirK = 0;
};

IgraphResult compare(const testing::PlantedGraph &P, double Resolution) {
  WeightedGraph G = WeightedGraph::fromEdges(P.NumNodes, P.Edges);
  ClusterOptions O;
  O.Resolution = Resolution;
  std::vector<std::uint32_t> Ours = cluster(G, O);

  // Ten iterations: with -1 ("until stable") igraph 0.10.2 stops earlier and scores lower.
  IgraphCopy IG(G);
  std::vector<std::uint32_t> Theirs = IG.leiden(Resolution, 10);
  IgraphResult R;
  R.OurQ = IG.modularity(Ours, Resolution);
  R.TheirQ = IG.modularity(Theirs, Resolution);
  R.OurOwnQ = modularity(G, Ours, Resolution);
  R.OurK = *std::max_element(Ours.begin(), Ours.end()) + 1;
  R.TheirK = Theirs.empty() ? 0 : *std::max_element(Theirs.begin(), Theirs.end()) + 1;
  return R;
}

/// Within 1% both ways when the structure is clear; when Exact is false (noisy graphs with a
/// glassy modularity landscape) ours must only be no worse than igraph's by more than 1%.
void expectAgreement(const IgraphResult &R, const char *What, bool Exact = true) {
  std::printf("[ igraph   ] %s: ours Q=%.6f (%zu communities), igraph Q=%.6f (%zu), "
              "relative difference %.4f%%\n",
              What, R.OurQ, R.OurK, R.TheirQ, R.TheirK,
              100 * (R.OurQ - R.TheirQ) / std::abs(R.TheirQ));
  EXPECT_NEAR(R.OurOwnQ, R.OurQ, 1e-9) << "our modularity function disagrees with igraph's";
  EXPECT_GE(R.OurQ, R.TheirQ * 0.99) << What;
  if (Exact) {
    EXPECT_LE(std::abs(R.OurQ - R.TheirQ), 0.01 * std::abs(R.TheirQ)) << What;
  }
}

TEST(IgraphCheck, PlantedPartition) {
  expectAgreement(compare(testing::plantedPartition(12, 40, 0.3, 0.02, 11), 1.0), "planted");
}

TEST(IgraphCheck, NoisyPlantedPartitionAtTwoResolutions) {
  auto P = testing::plantedPartition(20, 30, 0.2, 0.03, 5);
  expectAgreement(compare(P, 1.0), "noisy planted, resolution 1", false);
  expectAgreement(compare(P, 2.0), "noisy planted, resolution 2", false);
}

TEST(IgraphCheck, RingOfCliques) {
  expectAgreement(compare(testing::ringOfCliques(30, 6), 1.0), "ring of cliques");
}

} // namespace
} // namespace seams
