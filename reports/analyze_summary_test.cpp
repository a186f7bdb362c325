// Tests for the console summary of `seams analyze` on a hand-made world of four services.
#include "graph/hotspots/hotspots_test_util.h"
#include "reports/analyze_summary.h"

#include <gtest/gtest.h>
#include <sstream>

namespace seams {
namespace {

TEST(AnalyzeSummary, ServicesThenTopHotspots) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, {});
  std::ostringstream Out;
  writeAnalyzeSummary(D, A, Out, 2);
  // b/y is on the only path from d to a: betweenness 1 / (3 x 2) ordered pairs; its ties to
  // other services weigh 9.39 + 2 (a) + 2 (c) + 2 (d), times 0.5 for a split.
  EXPECT_EQ(Out.str(), "4 services:\n"
                       "  a          1 units     20 lines  cohesion 0.00\n"
                       "  b          1 units     20 lines  cohesion 0.00\n"
                       "  c          1 units     20 lines  cohesion 0.00\n"
                       "  d          1 units     20 lines  cohesion 0.00\n"
                       "top 2 of 10 hotspots:\n"
                       "c/z.cpp:6: shared-state: c writes a::g_count (owned by a) -> add a API "
                       "adjustCount()\n"
                       "b/y.h:1: hub: b/y (b) links 4 services (a, b, c, d), betweenness 0.17, "
                       "cross weight 15.39 -> split it along the services it serves\n");
}

} // namespace
} // namespace seams
