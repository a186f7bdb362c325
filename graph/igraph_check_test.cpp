// Cross-check of our Leiden against igraph's igraph_community_leiden (modularity objective, same
// resolution): the modularity reached must agree within 1%. Built only when igraph is found.
#include "graph/cluster.h"
#include "graph/test_graphs.h"

#include <cmath>
#include <gtest/gtest.h>
#include <igraph/igraph.h>

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

  igraph_t IG;
  igraph_vector_int_t Ends;
  igraph_vector_t Weights, Strength;
  igraph_vector_int_init(&Ends, 0);
  igraph_vector_init(&Weights, 0);
  for (std::uint32_t V = 0; V < G.size(); ++V)
    for (std::uint64_t E = G.Offsets[V]; E < G.Offsets[V + 1]; ++E)
      if (G.Targets[E] > V) {
        igraph_vector_int_push_back(&Ends, V);
        igraph_vector_int_push_back(&Ends, G.Targets[E]);
        igraph_vector_push_back(&Weights, G.Weights[E]);
      }
  igraph_create(&IG, &Ends, static_cast<igraph_integer_t>(G.size()), IGRAPH_UNDIRECTED);
  igraph_vector_init(&Strength, 0);
  igraph_strength(&IG, &Strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &Weights);
  igraph_rng_seed(igraph_rng_default(), 42);
  igraph_vector_int_t Theirs;
  igraph_vector_int_init(&Theirs, 0);
  igraph_integer_t Clusters = 0;
  igraph_real_t Quality = 0;
  // Modularity as igraph's Python/R wrappers pose it: node weights = strengths, γ / 2m. Ten
  // iterations: with -1 ("until stable") igraph 0.10.2 stops earlier and scores lower.
  igraph_community_leiden(&IG, &Weights, &Strength, Resolution / (2 * G.TotalWeight), 0.01, false,
                          10, &Theirs, &Clusters, &Quality);

  IgraphResult R;
  igraph_vector_int_t Mine;
  igraph_vector_int_init(&Mine, static_cast<igraph_integer_t>(Ours.size()));
  for (std::size_t I = 0; I < Ours.size(); ++I)
    VECTOR(Mine)[I] = Ours[I];
  igraph_modularity(&IG, &Mine, &Weights, Resolution, false, &R.OurQ);
  igraph_modularity(&IG, &Theirs, &Weights, Resolution, false, &R.TheirQ);
  R.OurOwnQ = modularity(G, Ours, Resolution);
  R.OurK = *std::max_element(Ours.begin(), Ours.end()) + 1;
  R.TheirK = static_cast<std::size_t>(Clusters);
  igraph_vector_int_destroy(&Mine);
  igraph_vector_int_destroy(&Theirs);
  igraph_vector_destroy(&Strength);
  igraph_vector_destroy(&Weights);
  igraph_vector_int_destroy(&Ends);
  igraph_destroy(&IG);
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
