// Tests of the co-change figures: support, revisions, confidence, degree and the thresholds.
#include "graph/model/error.h"
#include "graph/model/history.h"

#include <gtest/gtest.h>
#include <sstream>

namespace seams {
namespace {

TEST(CoChangePairs, CountsSupportAndRevisionsPerPair) {
  // Items 0 and 1 change together 3 times; 2 joins once; 3 changes alone.
  std::vector<std::vector<std::uint32_t>> Commits = {{0, 1}, {0, 1, 2}, {0, 1}, {0}, {3}};
  auto Pairs = coChangePairs(Commits, 4, {1, 1});
  ASSERT_EQ(Pairs, (std::vector<CoChangePair>{{0, 1, 3, 4, 3}, {0, 2, 1, 4, 1}, {1, 2, 1, 3, 1}}));
  EXPECT_DOUBLE_EQ(Pairs[0].confidenceAB(), 0.75);
  EXPECT_DOUBLE_EQ(Pairs[0].confidenceBA(), 1);
  EXPECT_DOUBLE_EQ(Pairs[0].degree(), 6.0 / 7);
}

TEST(CoChangePairs, ThresholdsDropRareItemsAndWeakPairs) {
  std::vector<std::vector<std::uint32_t>> Commits = {{0, 1}, {0, 1, 2}, {0, 1}, {0}, {3}};
  EXPECT_EQ(coChangePairs(Commits, 4, {1, 2}).size(), 1u); // only 0+1 has support 2 or more
  EXPECT_EQ(coChangePairs(Commits, 4, {4, 1}).size(), 0u); // only item 0 has 4 revisions
  EXPECT_EQ(coChangePairs({}, 0, {1, 1}).size(), 0u);
}

TEST(HistoryJson, RefusesOtherFiles) {
  std::istringstream NotJson("nope"), Other(R"({"schema": "seams-facts/1"})");
  EXPECT_THROW(readHistoryJson(NotJson, "h.json"), Error);
  EXPECT_THROW(readHistoryJson(Other, "h.json"), Error);
}

} // namespace
} // namespace seams
