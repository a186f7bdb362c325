// Tests for composition-root detection.
#include "graph/decompose/entry_points.h"

#include <gtest/gtest.h>
#include <set>
#include <string>

namespace seams {
namespace {

UnitGraph graph(std::size_t N, const std::vector<std::pair<std::uint32_t, std::uint32_t>> &Arcs) {
  UnitGraph G;
  G.NumUnits = N;
  for (auto [F, T] : Arcs)
    G.Arcs.push_back({F, T, 1.0, 0});
  return G;
}

TEST(EntryPoints, MainAndTheWiringOnlyItUsesAreTheRoot) {
  // 0 main -> 1 wiring, 2 driver; 1 -> 3,4,5,6 (domains); 2 -> 3; 3 -> 4; 5 -> 3; 7 shared.
  UnitGraph G = graph(8, {{0, 1},
                          {0, 2},
                          {1, 3},
                          {1, 4},
                          {1, 5},
                          {1, 6},
                          {2, 3},
                          {3, 4},
                          {3, 7},
                          {5, 3},
                          {4, 6},
                          {6, 5}});
  std::vector<bool> Shared(8, false), Fixed(8, false);
  Shared[7] = true;
  std::vector<bool> Programs(8, false);
  Programs[0] = true;
  std::vector<bool> E = entryUnits(G, Programs, Shared, Fixed, 0.25);
  EXPECT_EQ(E, (std::vector<bool>{true, true, true, false, false, false, false, false}));
}

TEST(EntryPoints, AFacadeWithoutMainIsNoRoot) {
  // A library's facade: 0 opens every format 1..4 and nothing uses it; 1..4 use the toolkit 5, 6.
  // It reaches everything, as main would, but defines no main: no root, no wiring taken.
  UnitGraph G = graph(7, {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {1, 5}, {2, 5}, {3, 6}, {4, 6}, {5, 6}});
  std::vector<bool> None(7, false), Programs(7, false);
  EXPECT_EQ(entryUnits(G, Programs, None, None, 0.25), None);
  Programs[0] = true;
  EXPECT_EQ(entryUnits(G, Programs, None, None, 0.25),
            (std::vector<bool>{true, true, true, true, true, false, false}));
  // A main that something depends on is not the program's entry point alone: no root either.
  Programs[0] = false;
  Programs[5] = true;
  EXPECT_EQ(entryUnits(G, Programs, None, None, 0.25), None);
}

TEST(EntryPoints, ProgramUnitsDefineAGlobalMain) {
  // Expected: app.cpp defines ::main; win.cpp ::WinMain. Not: a method or a namespace's function
  // named main, a main declared and never defined here, a variable named main.
  FactsBuilder B;
  for (const char *Path : {"app.cpp", "win.cpp", "tool.h", "tool.cpp", "decl.h", "var.cpp"})
    B.addFile({Path, 10, 0});
  B.addEntity({"c:@F@main#", EntityKind::Function, "main", "app.cpp", 1, "app.cpp", 1, 5});
  B.addEntity({"c:@F@WinMain#", EntityKind::Function, "WinMain", "win.cpp", 1, "win.cpp", 1, 5});
  B.addEntity(
      {"c:@S@Tool@F@main#", EntityKind::Method, "Tool::main", "tool.h", 2, "tool.cpp", 1, 3});
  B.addEntity(
      {"c:@N@cli@F@main#", EntityKind::Function, "cli::main", "tool.h", 3, "tool.cpp", 5, 3});
  B.addEntity({"c:@F@main#I#", EntityKind::Function, "main", "decl.h", 1, "", 0, 0});
  B.addEntity({"c:@main", EntityKind::Variable, "main", "var.cpp", 1, "var.cpp", 1, 1});
  Facts F = B.finish("programs", 0, false);
  UnitSet U = buildUnits(F, UnitKind::File, {});
  std::vector<bool> Programs = programUnits(F, U);
  std::set<std::string> Found;
  for (std::size_t I = 0; I < Programs.size(); ++I)
    if (Programs[I])
      Found.insert(U.Units[I].Id);
  EXPECT_EQ(Found, (std::set<std::string>{"app.cpp", "win.cpp"}));
}

TEST(EntryPoints, AnUnusedLeafClassIsNotARoot) {
  // 0 has no dependents but reaches only 1 of 8 units: below the reach threshold.
  UnitGraph G = graph(8, {{0, 1}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {6, 7}, {7, 2}});
  std::vector<bool> None(8, false);
  std::vector<bool> Programs(8, false);
  Programs[0] = true;
  std::vector<bool> E = entryUnits(G, Programs, None, None, 0.25);
  EXPECT_EQ(E, std::vector<bool>(8, false));
}

TEST(EntryPoints, PinnedUnitsAndZeroReachDisableIt) {
  UnitGraph G = graph(4, {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {2, 3}, {3, 1}});
  std::vector<bool> None(4, false), Fixed(4, false), Programs = {true, false, false, false};
  EXPECT_TRUE(entryUnits(G, Programs, None, None, 0.25)[0]);
  Fixed[0] = true;
  EXPECT_FALSE(entryUnits(G, Programs, None, Fixed, 0.25)[0]);
  EXPECT_FALSE(entryUnits(G, Programs, None, None, 0)[0]);
}

TEST(EntryPoints, ARootUnitOneServiceClaimsLeavesTheRootWiringStays) {
  // 0 main -> 1 wiring, 2 a domain helper only main uses; 1 -> 3 (community 0), 4 (community 1);
  // 2 -> 4 and 5, both community 1.
  UnitGraph G = graph(6, {{0, 1}, {0, 2}, {1, 3}, {1, 4}, {2, 4}, {2, 5}});
  std::vector<bool> Entry = {true, true, true, false, false, false};
  std::vector<std::uint32_t> Community = {StaysInRoot, StaysInRoot, StaysInRoot, 0, 1, 1};
  std::vector<std::uint32_t> Move = rootUnitsClaimed(G, Entry, Community, 0.75);
  EXPECT_EQ(Move, (std::vector<std::uint32_t>{StaysInRoot, StaysInRoot, 1, StaysInRoot, StaysInRoot,
                                              StaysInRoot}));
  // At a share the wiring reaches (half of its weight each way), it goes to the first.
  EXPECT_EQ(rootUnitsClaimed(G, Entry, Community, 0.5)[1], 0u);
  // main itself never moves, however concentrated its dependencies are.
  UnitGraph Direct = graph(3, {{0, 1}, {0, 2}});
  EXPECT_EQ(rootUnitsClaimed(Direct, {true, false, false}, {StaysInRoot, 0, 0}, 0.75)[0],
            StaysInRoot);
}

TEST(EntryPoints, CommunitiesOnlyTheRootUsesAreTheRoots) {
  // Root 0; community 0 = {1} used only by the root; community 1 = {2, 3}, used by the root and
  // by community 2 = {4}; community 3 = {5}, only the root uses it but it is pinned.
  UnitGraph G = graph(6, {{0, 1}, {0, 2}, {2, 3}, {4, 3}, {0, 5}});
  std::vector<bool> Entry = {true, false, false, false, false, false};
  std::vector<std::uint32_t> Community = {StaysInRoot, 0, 1, 1, 2, 3};
  EXPECT_EQ(communitiesOnlyTheRootUses(G, Entry, Community, {false, false, false, true}),
            (std::vector<bool>{true, false, false, false}));
}

} // namespace
} // namespace seams
