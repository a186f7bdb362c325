// Tests for shard balancing and header owners.
#include "analyzer/claims.h"
#include "analyzer/shard_plan.h"

#include <gtest/gtest.h>

namespace seams {
namespace {

TEST(BalanceShards, HeavyGroupsSpreadByCostNotCount) {
  // Two heavy groups side by side: a split by count would put both in shard 0.
  std::vector<unsigned> Plan = balanceShards({90, 80, 10, 10, 10, 10, 10, 10}, 2);
  std::vector<std::uint64_t> Load(2, 0);
  std::vector<std::uint64_t> Costs = {90, 80, 10, 10, 10, 10, 10, 10};
  for (std::size_t G = 0; G < Plan.size(); ++G)
    Load[Plan[G]] += Costs[G];
  EXPECT_NE(Plan[0], Plan[1]);
  EXPECT_EQ(Load[0] + Load[1], 230u);
  EXPECT_LE(std::max(Load[0], Load[1]) - std::min(Load[0], Load[1]), 10u);
}

TEST(BalanceShards, EqualCostsKeepTheirOrderAndEveryShardIsUsed) {
  EXPECT_EQ(balanceShards({5, 5, 5, 5, 5}, 3), (std::vector<unsigned>{0, 1, 2, 0, 1}));
  EXPECT_EQ(balanceShards({7, 3}, 1), (std::vector<unsigned>{0, 0}));
  EXPECT_TRUE(balanceShards({}, 4).empty());
}

TEST(FileOwners, TheLowestRankReadingAFileOwnsIt) {
  std::vector<std::string> ReadA = {"/p/a.cpp", "/p/h.h"}, ReadB = {"/p/b.cpp", "/p/h.h", "/p/g.h"};
  std::vector<std::string> OwnedA = {"/p/a.cpp"}, OwnedB = {"/p/b.cpp", "/p/g.h", "/p/h.h"};
  std::vector<TuFiles> Group = {{7, "/p/b.cpp", &ReadB, &OwnedB}, {3, "/p/a.cpp", &ReadA, &OwnedA}};
  auto Owners = fileOwners(Group);
  EXPECT_EQ(Owners.at("/p/h.h"), 3u);
  EXPECT_EQ(Owners.at("/p/g.h"), 7u);
  // a.cpp (rank 3) did not report h.h, which it owns; b.cpp reported h.h, which it does not.
  EXPECT_TRUE(misowned(Group[1], Owners));
  EXPECT_TRUE(misowned(Group[0], Owners));
  std::vector<std::string> FixedA = {"/p/a.cpp", "/p/h.h"}, FixedB = {"/p/b.cpp", "/p/g.h"};
  Group[1].Owned = &FixedA;
  Group[0].Owned = &FixedB;
  EXPECT_FALSE(misowned(Group[1], Owners));
  EXPECT_FALSE(misowned(Group[0], Owners));
}

TEST(ClaimRegistry, ALowerRankTakesAFileOverWhateverTheOrder) {
  ClaimRegistry Claims;
  EXPECT_TRUE(Claims.as(5).claim("/p/h.h"));
  EXPECT_FALSE(Claims.as(9).claim("/p/h.h"));
  EXPECT_TRUE(Claims.as(2).claim("/p/h.h"));
  EXPECT_FALSE(Claims.as(5).claim("/p/h.h"));
  EXPECT_TRUE(Claims.as(2).claim("/p/h.h")); // the holder again
  EXPECT_EQ(Claims.holder("/p/h.h"), 2u);
  ClaimRegistry FirstCome;
  EXPECT_TRUE(FirstCome.claim("/p/x.h"));
  EXPECT_FALSE(FirstCome.claim("/p/x.h"));
}

TEST(GroupScheduler, EachWorkerWorksThroughItsOwnGroupInOrder) {
  GroupScheduler S({{0, 1, 2, 3, 4, 5, 6}, {7, 8}, {}}, 2);
  EXPECT_EQ(S.next(0), 0u);
  EXPECT_EQ(S.next(1), 7u);
  EXPECT_EQ(S.next(0), 1u);
  EXPECT_EQ(S.next(1), 8u);
  // Group 1 is done and group 0 is taken: worker 1 takes group 0's last item.
  EXPECT_EQ(S.next(1), 6u);
  EXPECT_EQ(S.next(0), 2u);
  // Three left: not worth taking from the group's worker.
  EXPECT_EQ(S.next(1), std::nullopt);
  EXPECT_EQ(S.next(0), 3u);
  EXPECT_EQ(S.next(0), 4u);
  EXPECT_EQ(S.next(0), 5u);
  EXPECT_EQ(S.next(0), std::nullopt);
}

TEST(GroupScheduler, ASmallGroupIsWorkedThroughByOneWorker) {
  GroupScheduler S({{0, 1, 2}}, 2);
  EXPECT_EQ(S.next(0), 0u);
  EXPECT_EQ(S.next(1), std::nullopt);
  EXPECT_EQ(S.next(0), 1u);
  EXPECT_EQ(S.next(0), 2u);
  EXPECT_EQ(S.next(0), std::nullopt);
}

} // namespace
} // namespace seams
