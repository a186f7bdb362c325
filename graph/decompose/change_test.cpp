// Tests of the independent change rate and of the co-change clustering edges.
#include "graph/decompose/change.h"

#include <cmath>
#include <gtest/gtest.h>

namespace seams {
namespace {

ChangeHistory history(std::vector<std::vector<std::string>> Commits) {
  ChangeHistory H;
  for (std::size_t I = 0; I < Commits.size(); ++I)
    H.Commits.push_back({std::to_string(I), Commits[I]});
  return H;
}

TEST(ChangeIndependence, CountsCommitsTouchingOneServiceOrMore) {
  Assignment A = {{"o/a.cpp", "orders"},
                  {"o/b.cpp", "orders"},
                  {"p/c.cpp", "payments"},
                  {"s/d.cpp", "shipping"},
                  {"common/e.cpp", SharedCluster}};
  ChangeHistory H = history({{"o/a.cpp", "o/b.cpp"},      // orders alone
                             {"o/a.cpp", "p/c.cpp"},      // orders + payments
                             {"p/c.cpp", "common/e.cpp"}, // payments alone: shared is no service
                             {"common/e.cpp"},            // no service: not counted
                             {"o/b.cpp", "p/c.cpp", "s/d.cpp"},
                             {"gone.cpp"}});
  ChangeIndependence C = changeIndependence(H, A);
  EXPECT_EQ(C.Commits, 4u);
  EXPECT_EQ(C.SingleService, 2u);
  EXPECT_EQ(C.MultiService, 2u);
  EXPECT_DOUBLE_EQ(C.independentShare(), 0.5);
  EXPECT_EQ(C.PerService.at("orders"), (ServiceChange{1, 2}));
  EXPECT_EQ(C.PerService.at("payments"), (ServiceChange{1, 2}));
  EXPECT_EQ(C.PerService.at("shipping"), (ServiceChange{0, 1}));
  EXPECT_EQ(C.together("payments", "orders"), 2u);
  EXPECT_EQ(C.together("orders", "shipping"), 1u);
  auto Partners = C.partners("orders");
  ASSERT_EQ(Partners.size(), 2u);
  EXPECT_EQ(Partners[0], std::make_pair(std::string("payments"), 2u));
  EXPECT_EQ(C.NoService, 2u); // common/e.cpp alone, gone.cpp
  EXPECT_EQ(independenceLine(C),
            "50% of 4 commits changed one service alone (2), 2 changed two or more; 2 more "
            "changed no service (only the shared library, or files no service holds)");
}

TEST(CoChangeEdges, WeightIsDegreeTimesDampedSupportAndZeroTurnsThemOff) {
  std::vector<CoChangePair> Pairs = {{0, 1, 4, 4, 4}, {1, 2, 1, 2, 2}};
  auto E = coChangeEdges(Pairs, 2);
  ASSERT_EQ(E.size(), 2u);
  EXPECT_DOUBLE_EQ(E[0].Weight, 2 * 1.0 * (1 + std::log(4.0)));
  EXPECT_DOUBLE_EQ(E[1].Weight, 2 * 0.5);
  EXPECT_TRUE(coChangeEdges(Pairs, 0).empty());
}

} // namespace
} // namespace seams
