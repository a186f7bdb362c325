// Tests for the structural hotspots: a cycle broken into one hotspot per arc to cut, and hub
// classes that live outside every service (shared library, excluded files) under each unit kind.
#include "graph/hotspots/hotspots.h"
#include "graph/hotspots/hotspots_test_util.h"

#include <gtest/gtest.h>
#include <tuple>

namespace seams {
namespace {

using testing::HotspotWorld;
using testing::ofKind;
using testing::uncapped;

TEST(HotspotStructure, EachArcToCutIsItsOwnHotspot) {
  // a -> b and a -> c (3 calls each), b -> a and c -> a (1 each): a has the largest out - in
  // and goes first; b and c become sinks; the arcs to cut are b -> a and c -> a, weight 2 each.
  HotspotWorld W;
  W.function("a::f", "a/x.cpp", 1);
  W.function("b::g", "b/y.cpp", 1);
  W.function("c::h", "c/z.cpp", 1);
  W.edge("a::f", "b::g", EdgeKind::Call, 3, 0, "a/x.cpp", 10);
  W.edge("a::f", "c::h", EdgeKind::Call, 3, 0, "a/x.cpp", 20);
  W.edge("b::g", "a::f", EdgeKind::Call, 1, 0, "b/y.cpp", 30);
  W.edge("c::h", "a::f", EdgeKind::Call, 1, 0, "c/z.cpp", 40);
  Facts F = W.facts();
  Assessment A = computeHotspots(F, testing::pinnedByDirectory(F), uncapped());
  auto Cycles = ofKind(A, HotspotKind::Cycle);
  ASSERT_EQ(Cycles.size(), 2u);
  EXPECT_EQ(hotspotLine(*Cycles[0]), "b/y.cpp:30: cycle: cycle between a, b, c -> cut b -> a "
                                     "(weight 2, 1 edge, arc 1 of 2 to cut: b::g calls a::f)");
  EXPECT_EQ(hotspotLine(*Cycles[1]), "c/z.cpp:40: cycle: cycle between a, b, c -> cut c -> a "
                                     "(weight 2, 1 edge, arc 2 of 2 to cut: c::h calls a::f)");
  for (const Hotspot *H : Cycles) {
    EXPECT_EQ(H->Services, (std::vector<std::string>{"a", "b", "c"}));
    ASSERT_EQ(H->Cut.size(), 1u);
    EXPECT_EQ(H->Cut[0].To, "a");
    EXPECT_DOUBLE_EQ(H->Score, 6);
    ASSERT_EQ(H->Edges.size(), 1u); // only the edges of its own arc
    EXPECT_EQ(H->Edges[0].From, H->Cut[0].From + "::" + (H->Cut[0].From == "b" ? "g" : "h"));
  }
}

TEST(HotspotStructure, ALongCycleIsCountedNotNamedOnEachCut) {
  // a -> b -> c -> d -> e -> a, and e -> b: five services, their names once per cut would be
  // the same list again on every line (Bitcoin Core: nine services, eight cuts).
  HotspotWorld W;
  const std::string S[] = {"a", "b", "c", "d", "e"};
  for (const std::string &X : S)
    W.function(X + "::f", X + "/x.cpp", 1);
  for (int I = 0; I < 5; ++I)
    W.edge(S[I] + "::f", S[(I + 1) % 5] + "::f", EdgeKind::Call, I == 4 ? 1 : 3, 0, S[I] + "/x.cpp",
           10);
  W.edge("e::f", "b::f", EdgeKind::Call, 1, 0, "e/x.cpp", 20);
  Facts F = W.facts();
  Assessment A = computeHotspots(F, testing::pinnedByDirectory(F), uncapped());
  auto Cycles = ofKind(A, HotspotKind::Cycle);
  ASSERT_FALSE(Cycles.empty());
  for (const Hotspot *H : Cycles) {
    EXPECT_EQ(H->Services, (std::vector<std::string>{"a", "b", "c", "d", "e"}));
    EXPECT_EQ(H->Message.rfind("cycle of 5 services -> cut ", 0), 0u) << H->Message;
  }
}

TEST(HotspotStructure, AHubReachesOnlyServicesOtherThanItsOwn) {
  // a::Big is declared in a/big.h and its members are defined in e/big.cpp (SFML's
  // RenderTarget.hpp and RenderTarget.cpp, proposed apart): they call a::helper in its own
  // service a and one function in each of b, c and d. It drives b, c and d, not a.
  HotspotWorld W;
  W.entity("a::Big", EntityKind::Class, "a/big.h", 3, 30);
  W.function("a::helper", "a/helper.cpp", 1);
  const char *Targets[] = {"a::helper", "b::f", "c::g", "d::h"};
  for (int I = 0; I < 4; ++I) {
    std::string M = "m" + std::to_string(I + 1), To = Targets[I];
    if (I > 0)
      W.function(To, std::string(1, To[0]) + "/f.cpp", 1);
    W.definedMember("a::Big", "a::Big::" + M, "a/big.h", 4 + I, "e/big.cpp", 10 + 10 * I);
    W.edge("a::Big::" + M, To, EdgeKind::Call, 1, 0, "e/big.cpp", 11 + 10 * I);
  }
  Facts F = W.facts();
  Decomposition D = testing::pinned(
      F, {{"a", {"a/**"}}, {"b", {"b/**"}}, {"c", {"c/**"}}, {"d", {"d/**"}}, {"e", {"e/**"}}}, {},
      UnitKind::File, {});
  Assessment A = computeHotspots(F, D, uncapped());
  auto Hubs = ofKind(A, HotspotKind::Hub);
  ASSERT_EQ(Hubs.size(), 1u);
  EXPECT_EQ(hotspotLine(*Hubs[0]), "a/big.h:3: hub: a::Big (a) reaches 3 services (b, c, d), "
                                   "fan-in 0 x fan-out 4 = 0 -> split it by the services it "
                                   "drives");
  EXPECT_EQ(Hubs[0]->Services, (std::vector<std::string>{"a", "b", "c", "d"}));
}

/// Where the hub class common::Big lives, and the unit kind.
struct Outside {
  UnitKind Unit;
  bool Excluded; ///< common/ excluded rather than shared.
};

class HubClassOutsideServices : public ::testing::TestWithParam<Outside> {};

TEST_P(HubClassOutsideServices, IsNeverAHotspotAndDoesNotCrash) {
  // common::Big is declared in common/big.h (shared or excluded); its three methods are defined
  // in a/big.cpp and each calls another service. a::Big, all in a/, does the same.
  HotspotWorld W;
  W.entity("common::Big", EntityKind::Class, "common/big.h", 3, 30);
  W.entity("a::Big", EntityKind::Class, "a/own.h", 3, 30);
  const char *Targets[] = {"b::f", "c::g", "d::h"};
  for (int I = 0; I < 3; ++I) {
    std::string M = "m" + std::to_string(I + 1), To = Targets[I];
    W.function(To, std::string(1, To[0]) + "/f.cpp", 1);
    W.definedMember("common::Big", "common::Big::" + M, "common/big.h", 4 + I, "a/big.cpp",
                    10 + 10 * I);
    W.edge("common::Big::" + M, To, EdgeKind::Call, 1, 0, "a/big.cpp", 11 + 10 * I);
    W.member("a::Big", "a::Big::" + M, EntityKind::Method, "a/own.h", 4 + I);
    W.edge("a::Big::" + M, To, EdgeKind::Call, 1, 0, "a/own.h", 11 + I);
  }
  Facts F = W.facts();
  auto [Unit, Excluded] = GetParam();
  std::vector<std::string> Common = {"common/**"};
  Decomposition D =
      testing::pinned(F, {{"a", {"a/**"}}, {"b", {"b/**"}}, {"c", {"c/**"}}, {"d", {"d/**"}}},
                      Excluded ? std::vector<std::string>{} : Common, Unit,
                      Excluded ? Common : std::vector<std::string>{});
  Assessment A = computeHotspots(F, D, uncapped());
  auto Hubs = ofKind(A, HotspotKind::Hub);
  ASSERT_EQ(Hubs.size(), 1u);
  EXPECT_EQ(hotspotLine(*Hubs[0]), "a/own.h:3: hub: a::Big (a) reaches 3 services (b, c, d), "
                                   "fan-in 0 x fan-out 3 = 0 -> split it by the services it "
                                   "drives");
  for (const Hotspot &H : A.Hotspots) {
    EXPECT_TRUE(std::find(H.Entities.begin(), H.Entities.end(), "common::Big") == H.Entities.end())
        << hotspotLine(H);
    for (const std::string &S : H.Services)
      EXPECT_TRUE(S == "a" || S == "b" || S == "c" || S == "d") << hotspotLine(H);
  }
}

INSTANTIATE_TEST_SUITE_P(
    UnitKinds, HubClassOutsideServices,
    ::testing::Values(Outside{UnitKind::File, false}, Outside{UnitKind::File, true},
                      Outside{UnitKind::Component, false}, Outside{UnitKind::Class, true}),
    [](const ::testing::TestParamInfo<Outside> &I) {
      return std::string(unitKindName(I.param.Unit)) + (I.param.Excluded ? "_excluded" : "_shared");
    });

} // namespace
} // namespace seams
