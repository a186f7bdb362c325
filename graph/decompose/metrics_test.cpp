// Tests for the decomposition metrics on a hand-computed four-unit example.
#include "graph/decompose/metrics.h"

#include <gtest/gtest.h>

namespace seams {
namespace {

// Services S0 = {0, 1}, S1 = {2, 3}; unit 4 is shared.
// Arcs: 0->1 (2, 1 call), 1->0 (1), 2->3 (3, 2 calls), 1->2 (1, 1 call), 0->4 (5).
MetricsResult example(std::vector<unsigned> InternalCalls = {}) {
  static const std::vector<UnitArc> Arcs = {
      {0, 1, 2, 1}, {0, 4, 5, 0}, {1, 0, 1, 0}, {1, 2, 1, 1}, {2, 3, 3, 2}};
  PartitionInput In;
  In.NumUnits = 5;
  In.Arcs = &Arcs;
  In.ServiceOf = {0, 0, 1, 1, PartitionInput::NotClustered};
  In.Shared = {false, false, false, false, true};
  In.NumServices = 2;
  In.UnitLines = {10, 20, 30, 40, 50};
  In.UnitFiles = {1, 2, 1, 1, 1};
  In.Interfaces = {0, 1};
  In.InternalCalls = std::move(InternalCalls);
  return computeMetrics(In);
}

TEST(Metrics, WholeDecompositionMatchesHandComputedValues) {
  DecompositionMetrics M = example().Overall;
  // m = 7; each service: internal 3, strength 7: Q = 2 (3/7 - (7/14)^2).
  EXPECT_NEAR(M.Modularity, 6.0 / 7 - 0.5, 1e-12);
  // CF = 2*3 / (2*3 + 1) for both.
  EXPECT_NEAR(M.TurboMQ, 12.0 / 7, 1e-12);
  // Directed arcs: A = 2/4 + 1/4, E_01 = 1 / (2*2*2): MQ = 0.75/2 - 0.125.
  EXPECT_NEAR(M.BasicMQ, 0.25, 1e-12);
  // Undirected pairs {0,1} {2,3} {1,2}: (1/4 + 1/4)/2 - 1/8.
  EXPECT_NEAR(M.SM, 0.125, 1e-12);
  EXPECT_NEAR(M.ICP, 0.25, 1e-12); // 1 of 4 calls crosses
  EXPECT_NEAR(M.IFN, 0.5, 1e-12);
  EXPECT_NEAR(M.NED, 1.0, 1e-12); // both services have fewer than 5 units
  EXPECT_EQ(M.Services, 2u);
  EXPECT_EQ(M.ClusteredUnits, 4u);
}

TEST(Metrics, IcpCountsTheCallsInsideUnitsButNotInsideTheSharedLibrary) {
  // Units 0 and 3 make 3 and 2 calls inside themselves; the shared unit 4 makes 7, which are
  // not between clustered code: 1 crossing call of 4 + 5.
  EXPECT_NEAR(example({3, 0, 0, 2, 7}).Overall.ICP, 1.0 / 9, 1e-12);
}

TEST(Metrics, PerServiceSizeCohesionAndCoupling) {
  MetricsResult R = example();
  const ServiceMetrics &S0 = R.PerService[0], &S1 = R.PerService[1];
  EXPECT_EQ(S0.Units, 2u);
  EXPECT_EQ(S0.Files, 3u);
  EXPECT_EQ(S0.Lines, 30u);
  EXPECT_NEAR(S0.Cohesion, 0.75, 1e-12);
  EXPECT_NEAR(S0.Efferent, 1, 1e-12);
  EXPECT_NEAR(S0.Afferent, 0, 1e-12);
  EXPECT_NEAR(S0.Instability, 1, 1e-12);
  EXPECT_EQ(S0.EfferentServices, 1u);
  EXPECT_NEAR(S0.SharedWeight, 5, 1e-12);
  EXPECT_NEAR(S1.Instability, 0, 1e-12);
  EXPECT_EQ(S1.AfferentServices, 1u);
  EXPECT_EQ(S1.Interfaces, 1u);
}

} // namespace
} // namespace seams
