// Tests for the message helpers every hotspot finder shares: short lists and messages that keep
// what to do in view whatever the length of the names.
#include "graph/hotspots/coupling.h"

#include <gtest/gtest.h>

namespace seams {
namespace {

TEST(Coupling, ListNamesCountsWhatItLeavesOut) {
  EXPECT_EQ(listNames({"a"}), "a");
  EXPECT_EQ(listNames({"a", "b"}), "a and b");
  EXPECT_EQ(listNames({"a", "b", "c"}), "a, b and c");
  EXPECT_EQ(listNames({"a", "b", "c", "d", "e"}), "a, b, c and 2 more");
  EXPECT_EQ(listNames({"a", "b", "c", "d", "e"}, 1), "a and 4 more");
  // Long names: as many as fit in the character budget, always the first.
  std::string L(80, 'x');
  EXPECT_EQ(listNames({L + "1", L + "2", L + "3"}), L + "1 and 2 more");
}

TEST(Coupling, DecisionMessageKeepsTheActionInView) {
  EXPECT_EQ(decisionMessage("a uses b", "move it"), "a uses b -> move it");
  std::string What(400, 'w'), Do(50, 'd');
  std::string M = decisionMessage(What, Do);
  EXPECT_EQ(M.size(), MaxHotspotMessage);
  EXPECT_TRUE(M.ends_with("... -> " + Do)) << M;
  // Both sides too long: what is wrong keeps a third of the room, what to do the rest.
  std::string Both = decisionMessage(What, std::string(400, 'd'));
  EXPECT_EQ(Both.size(), MaxHotspotMessage);
  EXPECT_EQ(Both.find(" -> "), (MaxHotspotMessage - 4) / 3);
  // Never inside a UTF-8 sequence: 2-byte characters cut at a character boundary.
  std::string Wide;
  for (int I = 0; I < 200; ++I)
    Wide += "\xc3\xa9";
  std::string U = decisionMessage(Wide, "do");
  EXPECT_LE(U.size(), MaxHotspotMessage);
  std::string Kept = U.substr(0, U.find("..."));
  EXPECT_EQ(Kept.size() % 2, 0u);
}

} // namespace
} // namespace seams
