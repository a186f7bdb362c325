// Tests for cycleCuts: the lighter arc of a cycle is cut, components are numbered by their
// smallest vertex, and what remains after the cut is acyclic on a dense pseudo-random graph.
#include "graph/hotspots/feedback_arcs.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <random>

namespace seams {
namespace {

using Arc = std::pair<std::uint32_t, std::uint32_t>;

/// True when the graph has no directed cycle once Removed is taken out (Kahn's algorithm).
bool acyclicWithout(std::size_t N, const WeightedArcs &Arcs, const std::vector<Arc> &Removed) {
  std::vector<unsigned> In(N, 0);
  std::vector<std::vector<std::uint32_t>> Next(N);
  for (const auto &[K, W] : Arcs) {
    if (K.first == K.second || std::find(Removed.begin(), Removed.end(), K) != Removed.end())
      continue;
    Next[K.first].push_back(K.second);
    ++In[K.second];
  }
  std::vector<std::uint32_t> Ready;
  for (std::uint32_t V = 0; V < N; ++V)
    if (!In[V])
      Ready.push_back(V);
  std::size_t Seen = 0;
  while (!Ready.empty()) {
    std::uint32_t V = Ready.back();
    Ready.pop_back();
    ++Seen;
    for (std::uint32_t W : Next[V])
      if (!--In[W])
        Ready.push_back(W);
  }
  return Seen == N;
}

TEST(CycleCuts, CutsTheLighterArcOfATwoCycle) {
  WeightedArcs Arcs{{{0, 1}, 5}, {{1, 0}, 1}, {{1, 2}, 4}};
  std::vector<CycleCut> C = cycleCuts(3, Arcs);
  ASSERT_EQ(C.size(), 1u);
  EXPECT_EQ(C[0].Members, (std::vector<std::uint32_t>{0, 1}));
  EXPECT_EQ(C[0].Feedback, (std::vector<Arc>{{1, 0}}));
}

TEST(CycleCuts, KeepsTheHeavyPathOfATriangle) {
  // 0 -> 1 -> 2 -> 0 closes through the light 2 -> 0: that is the arc to cut, not a heavy one.
  WeightedArcs Arcs{{{0, 1}, 6}, {{1, 2}, 6}, {{2, 0}, 1}, {{2, 3}, 2}};
  std::vector<CycleCut> C = cycleCuts(4, Arcs);
  ASSERT_EQ(C.size(), 1u);
  EXPECT_EQ(C[0].Members, (std::vector<std::uint32_t>{0, 1, 2}));
  EXPECT_EQ(C[0].Feedback, (std::vector<Arc>{{2, 0}}));
}

TEST(CycleCuts, NumbersCyclesBySmallestVertexAndIgnoresSelfArcs) {
  WeightedArcs Arcs{{{4, 1}, 2}, {{1, 4}, 3}, {{2, 0}, 1}, {{0, 2}, 1}, {{3, 3}, 9}, {{0, 3}, 1}};
  std::vector<CycleCut> C = cycleCuts(5, Arcs);
  ASSERT_EQ(C.size(), 2u);
  EXPECT_EQ(C[0].Members, (std::vector<std::uint32_t>{0, 2}));
  EXPECT_EQ(C[1].Members, (std::vector<std::uint32_t>{1, 4}));
  EXPECT_EQ(C[1].Feedback, (std::vector<Arc>{{4, 1}}));
  EXPECT_TRUE(cycleCuts(4, {{{0, 1}, 1}, {{1, 2}, 1}, {{3, 3}, 1}}).empty());
  EXPECT_TRUE(cycleCuts(0, {}).empty());
}

TEST(CycleCuts, LeavesADenseGraphAcyclicAndCutsLessThanHalfItsWeight) {
  std::mt19937 Rng(7);
  const std::size_t N = 25;
  WeightedArcs Arcs;
  for (std::uint32_t A = 0; A < N; ++A)
    for (std::uint32_t B = 0; B < N; ++B)
      if (A != B && Rng() % 4 == 0)
        Arcs[{A, B}] = 1 + Rng() % 50;
  std::vector<Arc> Cut;
  double Total = 0, CutWeight = 0;
  for (const auto &[K, W] : Arcs)
    Total += W;
  for (const CycleCut &C : cycleCuts(N, Arcs))
    for (const Arc &K : C.Feedback) {
      EXPECT_TRUE(std::binary_search(C.Members.begin(), C.Members.end(), K.first));
      EXPECT_TRUE(std::binary_search(C.Members.begin(), C.Members.end(), K.second));
      Cut.push_back(K);
      CutWeight += Arcs.at(K);
    }
  EXPECT_FALSE(acyclicWithout(N, Arcs, {}));
  EXPECT_TRUE(acyclicWithout(N, Arcs, Cut));
  // Any order cuts at most half the weight (an order or its reverse); the heuristic does better.
  EXPECT_LT(CutWeight, Total / 2);
}

} // namespace
} // namespace seams
