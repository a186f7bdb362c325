// Tests of the change-coupling hotspot: unit pairs of two services that changed together.
#include "graph/hotspots/hotspots.h"
#include "graph/hotspots/hotspots_test_util.h"

#include <gtest/gtest.h>

namespace seams {
namespace {

using testing::fourServices;
using testing::ofKind;
using testing::pinnedByDirectory;
using testing::uncapped;

/// a/x and b/y changed together in 4 of their 5 commits; c/z changed alone.
ChangeHistory history() {
  ChangeHistory H;
  for (int I = 0; I < 4; ++I)
    H.Commits.push_back({"t" + std::to_string(I), {"a/x.cpp", "b/y.h"}});
  H.Commits.push_back({"a", {"a/x.cpp"}});
  H.Commits.push_back({"c", {"c/z.cpp"}});
  return H;
}

TEST(ChangeCoupling, UnitsOfTwoServicesThatChangedTogetherAreAHotspot) {
  Facts F = fourServices();
  Decomposition D = pinnedByDirectory(F);
  ChangeHistory H = history();
  D.UnitCoChange = unitCoChange(H, D.Units, {2, 2});
  Assessment A = computeHotspots(F, D, uncapped());
  auto Found = ofKind(A, HotspotKind::ChangeCoupling);
  ASSERT_EQ(Found.size(), 1u);
  const Hotspot &Hs = *Found[0];
  EXPECT_EQ(Hs.Message, "a/x and b/y changed together in 4 of their 5 commits: each change needs "
                        "both services released together -> merge a and b, or move b/y to a");
  EXPECT_EQ(Hs.Action, "merge-or-move");
  EXPECT_EQ(Hs.Entities, (std::vector<std::string>{"a/x", "b/y"}));
  EXPECT_EQ(Hs.Services, (std::vector<std::string>{"a", "b"}));
  EXPECT_DOUBLE_EQ(Hs.Weight, 4 * (8.0 / 9));
  EXPECT_DOUBLE_EQ(Hs.Score, 2 * Hs.Weight);
  EXPECT_EQ(Hs.At.File, "b/y.h");
}

TEST(ChangeCoupling, NoHistoryOrALooseCouplingGivesNone) {
  Facts F = fourServices();
  Decomposition D = pinnedByDirectory(F);
  EXPECT_TRUE(ofKind(computeHotspots(F, D, uncapped()), HotspotKind::ChangeCoupling).empty());
  D.UnitCoChange = unitCoChange(history(), D.Units, {2, 2});
  HotspotOptions O = uncapped();
  O.MinChangeDegree = 0.95;
  EXPECT_TRUE(ofKind(computeHotspots(F, D, O), HotspotKind::ChangeCoupling).empty());
}

} // namespace
} // namespace seams
