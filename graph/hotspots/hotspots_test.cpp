// Tests for the coupling hotspots: every kind on small hand-made graphs with hand-checked scores,
// actions, locations and feedback edges; the summary format; table uses in the facts file.
#include "graph/hotspots/hotspots.h"
#include "graph/hotspots/hotspots_json.h"
#include "graph/hotspots/hotspots_test_util.h"
#include "graph/model/error.h"
#include "graph/model/facts_json.h"

#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <sstream>

namespace seams {
namespace {

using testing::HotspotWorld;

// Log-damped weights of the default config: 2 × (1 + ln count) for calls.
const double Call2 = 2 * (1 + std::log(2.0));
const double Call3 = 2 * (1 + std::log(3.0));

std::vector<const Hotspot *> ofKind(const Assessment &D, HotspotKind K) {
  std::vector<const Hotspot *> Out;
  for (const Hotspot &H : D.Hotspots)
    if (H.Kind == K)
      Out.push_back(&H);
  return Out;
}

const Hotspot *find(const Assessment &D, HotspotKind K, const std::string &First) {
  for (const Hotspot &H : D.Hotspots)
    if (H.Kind == K && !H.Entities.empty() && H.Entities.front() == First)
      return &H;
  return nullptr;
}

TEST(Hotspots, CrossServiceActionsFollowTheFacts) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, {});
  ASSERT_EQ(A.Contracts.size(), D.Services.size());

  std::map<std::pair<std::string, std::string>, const Hotspot *> Cross;
  for (const Hotspot *H : ofKind(A, HotspotKind::CrossService))
    Cross[{H->Entities[0], H->Entities[1]}] = H;
  // Globals are shared-state, never cross-service.
  EXPECT_EQ(Cross.size(), 7u);

  const Hotspot *Event = Cross.at({"a::f", "b::Svc::notify"});
  EXPECT_EQ(Event->Action, "publish-event");
  EXPECT_NEAR(Event->Weight, Call2, 1e-9);
  EXPECT_NEAR(Event->Score, 2 * Call2, 1e-9);
  EXPECT_EQ(hotspotLine(*Event),
            "a/x.cpp:11: cross-service: a -> b: a::f calls b::Svc::notify -> publish an event "
            "instead (the result is discarded at all 2 sites); b subscribes");
  ASSERT_EQ(Event->Edges.size(), 1u);
  EXPECT_EQ(Event->Edges[0].At, (std::vector<Location>{{"a/x.cpp", 11, 0}, {"a/x.cpp", 12, 0}}));
  // Discarded everywhere wins over "move" (p's only dependency is b).
  EXPECT_EQ(Cross.at({"d::p", "b::Svc::notify"})->Action, "publish-event");

  // Four callers in other services use two of Svc's three methods.
  const Hotspot *Iface = Cross.at({"a::f", "b::Svc::run"});
  EXPECT_EQ(Iface->Action, "extract-interface");
  EXPECT_EQ(Iface->Message, "a -> b: a::f calls b::Svc::run -> extract an interface of b::Svc (4 "
                            "callers in other services use 2 of its 3 methods)");
  EXPECT_EQ(Cross.at({"c::h", "b::Svc::run"})->Action, "extract-interface");
  EXPECT_EQ(Cross.at({"a::k", "b::Svc::run"})->Action, "extract-interface"); // 50%: no move

  // A field use counts as a use of its (data-only, small) struct.
  const Hotspot *Value = Cross.at({"a::g", "b::Dto"});
  EXPECT_EQ(Value->Action, "copy-value-type");
  EXPECT_EQ(Value->Message,
            "a -> b: a::g uses fields of b::Dto -> copy the value type b::Dto into a (data only, 4 "
            "lines)");
  EXPECT_NEAR(Value->Score, 1.0, 1e-9);

  // All of run's dependency weight goes to a.
  const Hotspot *Move = Cross.at({"b::Svc::run", "a::g"});
  EXPECT_EQ(Move->Action, "move");
  EXPECT_EQ(Move->Owner, "a");
  EXPECT_EQ(hotspotLine(*Move), "b/y.h:31: cross-service: b -> a: b::Svc::run calls a::g -> move "
                                "b::Svc::run to a (100% of its dependency weight goes there)");
}

TEST(Hotspots, SharedStateNamesTheOwnerAndTheAccessor) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, {});
  auto Shared = ofKind(A, HotspotKind::SharedState);
  ASSERT_EQ(Shared.size(), 1u);
  // a and c write g_count once each: the tie goes to a, which declares it.
  EXPECT_EQ(hotspotLine(*Shared[0]), "c/z.cpp:6: shared-state: c writes a::g_count (owned by a) -> "
                                     "add a API adjustCount()");
  EXPECT_EQ(Shared[0]->Owner, "a");
  EXPECT_EQ(Shared[0]->Services, (std::vector<std::string>{"a", "c"}));
  EXPECT_DOUBLE_EQ(Shared[0]->Weight, 4);
  EXPECT_DOUBLE_EQ(Shared[0]->Score, 16);
  // The highest score of this world.
  EXPECT_EQ(&A.Hotspots.front(), Shared[0]);
}

TEST(Hotspots, CycleListsTheCheapestFeedbackArcs) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, {});
  auto Cycles = ofKind(A, HotspotKind::Cycle);
  ASSERT_EQ(Cycles.size(), 1u);
  const Hotspot &H = *Cycles[0];
  EXPECT_EQ(H.Services, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(H.Cut.size(), 1u); // a -> b weighs 9.39, b -> a 2: Eades-Lin-Smyth cuts b -> a
  EXPECT_EQ(H.Cut[0].From, "b");
  EXPECT_EQ(H.Cut[0].To, "a");
  EXPECT_DOUBLE_EQ(H.Cut[0].Weight, 2);
  EXPECT_DOUBLE_EQ(H.Score, 6);
  EXPECT_EQ(hotspotLine(H), "b/y.h:31: cycle: cycle between a, b -> cut b -> a (weight 2, 1 edge: "
                            "b::Svc::run calls a::g)");
  ASSERT_EQ(H.Edges.size(), 1u);
  EXPECT_EQ(H.Edges[0].FromService, "b");
}

TEST(Hotspots, GreedyFeedbackArcSetOnThreeServices) {
  // a -> b (3 calls), b -> c (3), c -> a (1), b -> a (1). Eades-Lin-Smyth: no sink or source;
  // b has the largest out - in (6.20 - 4.20) and goes first; then a and c become sinks: order
  // b, c, a, and the one backward arc is a -> b.
  HotspotWorld W;
  W.function("a::f", "a/x.cpp", 1);
  W.function("b::g", "b/y.cpp", 1);
  W.function("c::h", "c/z.cpp", 1);
  W.edge("a::f", "b::g", EdgeKind::Call, 3, 0, "a/x.cpp", 10);
  W.edge("b::g", "c::h", EdgeKind::Call, 3, 0, "b/y.cpp", 10);
  W.edge("c::h", "a::f", EdgeKind::Call, 1, 0, "c/z.cpp", 10);
  W.edge("b::g", "a::f", EdgeKind::Call, 1, 0, "b/y.cpp", 20);
  Facts F = W.facts();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, {});
  auto Cycles = ofKind(A, HotspotKind::Cycle);
  ASSERT_EQ(Cycles.size(), 1u);
  EXPECT_EQ(Cycles[0]->Services, (std::vector<std::string>{"a", "b", "c"}));
  ASSERT_EQ(Cycles[0]->Cut.size(), 1u);
  EXPECT_EQ(Cycles[0]->Cut[0].From, "a");
  EXPECT_EQ(Cycles[0]->Cut[0].To, "b");
  EXPECT_NEAR(Cycles[0]->Score, 3 * Call3, 1e-9);
  EXPECT_EQ(Cycles[0]->At, (Location{"a/x.cpp", 10, 0}));
}

TEST(Hotspots, MisplacedUnits) {
  HotspotWorld W;
  W.function("a::x1", "a/x.cpp", 1);
  W.function("a::m", "a/y.cpp", 1);
  W.function("a::v", "a/v.cpp", 1);
  W.function("b::z", "b/z.cpp", 1);
  W.function("b::q", "b/q.cpp", 1);
  W.edge("a::x1", "a::m", EdgeKind::Call, 1, 0, "a/x.cpp", 5);
  W.edge("a::m", "b::z", EdgeKind::Call, 3, 0, "a/y.cpp", 5);
  W.edge("a::v", "b::z", EdgeKind::Call, 1, 0, "a/v.cpp", 5);
  W.edge("b::q", "b::z", EdgeKind::Call, 1, 0, "b/q.cpp", 5);
  Facts F = W.facts();
  // a/v sits in a/ but is pinned to b.
  Decomposition D = testing::pinned(F, {{"a", {"a/x*", "a/y*"}}, {"b", {"b/**", "a/v*"}}});
  Assessment A = computeHotspots(F, D, {});
  const Hotspot *ByDirectory = find(A, HotspotKind::Misplaced, "a/v");
  ASSERT_NE(ByDirectory, nullptr);
  EXPECT_EQ(hotspotLine(*ByDirectory),
            "a/v.cpp:1: misplaced: a/v is in a/ (service a) but its dependencies put it in b "
            "(weight 2 vs 0) -> move its files to b");
  EXPECT_DOUBLE_EQ(ByDirectory->Score, 2);
  const Hotspot *ByDependencies = find(A, HotspotKind::Misplaced, "a/y");
  ASSERT_NE(ByDependencies, nullptr);
  EXPECT_EQ(ByDependencies->Message, "a/y is in service a but its dependencies go to b (weight "
                                     "4.2 vs 2 inside) -> move it to b");
  EXPECT_NEAR(ByDependencies->Score, Call3 - 2, 1e-9);
  EXPECT_EQ(ByDependencies->Entities, (std::vector<std::string>{"a/y", "a::m"}));
  EXPECT_EQ(ofKind(A, HotspotKind::Misplaced).size(), 2u);
}

TEST(Hotspots, GodClassAndBetweennessHub) {
  HotspotWorld W;
  W.entity("a::Big", EntityKind::Class, "a/big.h", 3, 30);
  for (auto [M, To] : {std::pair{"m1", "b::f"}, {"m2", "c::g"}, {"m3", "d::h"}}) {
    W.member("a::Big", std::string("a::Big::") + M, EntityKind::Method, "a/big.h", 4);
    W.function(To, std::string(1, To[0]) + "/f.cpp", 1);
    W.edge(std::string("a::Big::") + M, To, EdgeKind::Call, 1, 0, "a/big.h", 10);
  }
  W.function("a::main", "a/main.cpp", 1);
  W.edge("a::main", "a::Big::m1", EdgeKind::Call, 1, 0, "a/main.cpp", 2);
  // p -> q -> r: q/y lies on the only path from p to r.
  W.function("p::x", "p/x.cpp", 1);
  W.function("q::y", "q/y.cpp", 1);
  W.function("r::z", "r/z.cpp", 1);
  W.edge("p::x", "q::y", EdgeKind::Call, 1, 0, "p/x.cpp", 2);
  W.edge("q::y", "r::z", EdgeKind::Call, 1, 0, "q/y.cpp", 2);
  Facts F = W.facts();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, {});
  const Hotspot *God = find(A, HotspotKind::Hub, "a::Big");
  ASSERT_NE(God, nullptr);
  EXPECT_EQ(God->Action, "split-class");
  EXPECT_EQ(hotspotLine(*God), "a/big.h:3: hub: a::Big (a) reaches 3 services (b, c, d), fan-in 1 "
                               "x fan-out 3 = 3 -> split it by the services it drives");
  EXPECT_DOUBLE_EQ(God->Weight, 6);
  EXPECT_DOUBLE_EQ(God->Score, 3);
  const Hotspot *Hub = find(A, HotspotKind::Hub, "q/y");
  ASSERT_NE(Hub, nullptr);
  EXPECT_EQ(Hub->Action, "split-unit");
  // Betweenness 1 (the pair p/x, r/z) over (n-1)(n-2) = 42 for the 8 units of services.
  EXPECT_EQ(Hub->Message, "q/y (q) links 3 services (p, q, r), betweenness 0.02, cross weight 4 "
                          "-> split it along the services it serves");
  EXPECT_EQ(ofKind(A, HotspotKind::Hub).size(), 2u); // a/big holds the god class: not repeated
}

TEST(Hotspots, SharedDataNamesTheOwningService) {
  Facts F = testing::sharedTables();
  Decomposition D = testing::pinned(F, {{"a", {"a/**"}}, {"b", {"b/**"}}}, {"common/**"});
  Assessment A = computeHotspots(F, D, {});
  auto Data = ofKind(A, HotspotKind::SharedData);
  ASSERT_EQ(Data.size(), 1u);
  EXPECT_EQ(hotspotLine(*Data[0]),
            "b/y.cpp:7: shared-data: table orders is used by a (writes), b (reads) (owned by a) -> "
            "expose orders through a API");
  EXPECT_EQ(Data[0]->Entities, (std::vector<std::string>{"orders", "common::Database"}));
  EXPECT_DOUBLE_EQ(Data[0]->Weight, 2);
  EXPECT_DOUBLE_EQ(Data[0]->Score, 6);
  ASSERT_EQ(Data[0]->Edges.size(), 2u);
  EXPECT_EQ(Data[0]->Edges[0].From, "a::f"); // two writes outweigh one read
  EXPECT_EQ(Data[0]->Edges[0].At.size(), 2u);
}

TEST(Hotspots, RankedAndDeterministic) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, {});
  ASSERT_EQ(A.Hotspots.size(), 10u);
  for (std::size_t I = 1; I < A.Hotspots.size(); ++I)
    EXPECT_GE(A.Hotspots[I - 1].Score, A.Hotspots[I].Score);
  Decomposition Again = testing::pinnedByDirectory(F);
  Assessment AgainA = computeHotspots(F, Again, {});
  std::ostringstream First, Second;
  writeDecompositionJson(D, A, First);
  writeDecompositionJson(Again, AgainA, Second);
  EXPECT_EQ(First.str(), Second.str());
}

TEST(Hotspots, TableUsesInTheFactsFile) {
  FactsBuilder B;
  B.addEntity({"f", EntityKind::Function, "f", "a.cpp", 1, "a.cpp", 1, 3});
  B.addTableUse({"orders", "f", {"a.cpp", 2, 5}, true});
  B.addTableUse({"orders", "f", {"a.cpp", 2, 9}, true}); // same line: one use without columns
  B.addTableUse({"log", "f", {"a.cpp", 3, 1}, false});
  Facts F = B.finish("t", 0, false);
  ASSERT_EQ(F.TableUses.size(), 2u);
  EXPECT_EQ(F.TableUses[0].Table, "log");
  std::ostringstream Out;
  writeFacts(F, Out);
  EXPECT_NE(Out.str().find("\"tables\":[\n{\"table\":\"log\",\"from\":\"f\",\"file\":\"a.cpp\","
                           "\"line\":3,\"access\":\"read\"}"),
            std::string::npos);
  std::istringstream In(Out.str());
  Facts Back = readFacts(In, "t.json");
  EXPECT_EQ(Back.TableUses, F.TableUses);
  EXPECT_EQ(tableUses(Back), F.TableUses);
  std::istringstream Bad(R"({"schema":"seams-facts/1","tables":[{"table":"t","from":"nope",)"
                         R"("file":"a.cpp","line":1,"access":"read"}]})");
  EXPECT_THROW(readFacts(Bad, "bad.json"), Error);
}

} // namespace
} // namespace seams
