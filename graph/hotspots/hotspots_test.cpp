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
using testing::ofKind;
using testing::uncapped;

// Log-damped weights of the default config: 2 × (1 + ln count) for calls.
const double Call2 = 2 * (1 + std::log(2.0));
const double Call3 = 2 * (1 + std::log(3.0));

const Hotspot *find(const Assessment &D, HotspotKind K, const std::string &First) {
  for (const Hotspot &H : D.Hotspots)
    if (H.Kind == K && !H.Entities.empty() && H.Entities.front() == First)
      return &H;
  return nullptr;
}

/// The cross-service hotspot of (from service, to service, action), or null.
const Hotspot *decision(const Assessment &A, const std::string &From, const std::string &To,
                        const std::string &Action) {
  for (const Hotspot &H : A.Hotspots)
    if (H.Kind == HotspotKind::CrossService && H.Owner == To && H.Action == Action &&
        std::find(H.Services.begin(), H.Services.end(), From) != H.Services.end())
      return &H;
  return nullptr;
}

TEST(Hotspots, CrossServiceActionsFollowTheFacts) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, uncapped());
  ASSERT_EQ(A.Contracts.size(), D.Services.size());
  // One per (from service, to service, action); globals are shared-state, never cross-service.
  EXPECT_EQ(ofKind(A, HotspotKind::CrossService).size(), 6u);

  const Hotspot *Event = decision(A, "a", "b", "publish-event");
  ASSERT_NE(Event, nullptr);
  EXPECT_NEAR(Event->Weight, Call2, 1e-9);
  EXPECT_NEAR(Event->Score, 2 * Call2, 1e-9);
  EXPECT_EQ(hotspotLine(*Event),
            "a/x.cpp:11: cross-service: a -> b: a::f calls b::Svc::notify -> publish an event "
            "instead (the result is discarded at all 2 sites); b subscribes");
  ASSERT_EQ(Event->Edges.size(), 1u);
  EXPECT_EQ(Event->Edges[0].At, (std::vector<Location>{{"a/x.cpp", 11, 0}, {"a/x.cpp", 12, 0}}));
  // Discarded everywhere wins over "move" (p's only dependency is b).
  const Hotspot *OneSite = decision(A, "d", "b", "publish-event");
  ASSERT_NE(OneSite, nullptr);
  EXPECT_EQ(OneSite->Message, "d -> b: d::p calls b::Svc::notify -> publish an event instead (the "
                              "result is discarded at its one site); b subscribes");

  // Four callers in other services use two of Svc's three methods; a's two callers are one
  // decision, with both edges inside it.
  const Hotspot *Iface = decision(A, "a", "b", "extract-interface");
  ASSERT_NE(Iface, nullptr);
  EXPECT_EQ(Iface->Message, "a -> b: 2 sites call a few methods of b::Svc (a::f calls "
                            "b::Svc::run and 1 more) -> extract an interface of b::Svc (4 "
                            "callers in other services use 2 of its 3 methods)");
  EXPECT_EQ(Iface->Entities, (std::vector<std::string>{"b::Svc"}));
  ASSERT_EQ(Iface->Edges.size(), 2u);
  EXPECT_EQ(Iface->Edges[0].From, "a::f");
  EXPECT_EQ(Iface->Edges[1].From, "a::k"); // 50% of its weight goes to b: no move
  EXPECT_EQ(Iface->EdgeCount, 2u);
  // Effort: two use sites in one file.
  EXPECT_EQ(Iface->UseSites, 2u);
  EXPECT_EQ(Iface->FilesTouched, 1u);
  EXPECT_NEAR(Iface->Effort, 1 + std::log(3.0) + std::log(2.0), 1e-9);
  EXPECT_NEAR(Iface->Priority, Iface->Score / Iface->Effort, 1e-9);
  EXPECT_NE(decision(A, "c", "b", "extract-interface"), nullptr);

  // A field use counts as a use of its (data-only, small) struct.
  const Hotspot *Value = decision(A, "a", "b", "copy-value-type");
  ASSERT_NE(Value, nullptr);
  EXPECT_EQ(Value->Message,
            "a -> b: a::g uses fields of b::Dto -> copy the value type b::Dto into a (data only, 4 "
            "lines)");
  EXPECT_NEAR(Value->Score, 1.0, 1e-9);

  // All of run's dependency weight goes to a.
  const Hotspot *Move = decision(A, "b", "a", "move");
  ASSERT_NE(Move, nullptr);
  EXPECT_EQ(hotspotLine(*Move), "b/y.h:31: cross-service: b -> a: b::Svc::run calls a::g -> move "
                                "b::Svc::run to a (100% of its dependency weight goes there)");
}

TEST(Hotspots, OneDecisionPerServicePairAndActionWithEveryEdgeCounted) {
  // 60 functions of a, with names long enough to overflow any message, each call one function of
  // b once and a helper of their own three times: 60 call-api uses, one decision.
  HotspotWorld W;
  const std::string Long(120, 'x');
  W.function("a::helper", "a/x.cpp", 1);
  W.function("b::Root", "b/y.cpp", 1);
  for (unsigned I = 0; I < 60; ++I) {
    const std::string N = Long + std::to_string(100 + I);
    std::string A = "a::", B = "b::";
    A += N;
    B += N;
    W.function(A, I < 30 ? "a/x.cpp" : "a/w.cpp", 10 + I);
    W.function(B, I < 30 ? "b/y.cpp" : "b/z.cpp", 10 + I);
    W.edge(A, B, EdgeKind::Call, 1, 0, I < 30 ? "a/x.cpp" : "a/w.cpp", 100 + I);
    W.edge(A, "a::helper", EdgeKind::Call, 3, 0, I < 30 ? "a/x.cpp" : "a/w.cpp", 200 + 3 * I);
  }
  Facts F = W.facts();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, {});
  ASSERT_EQ(ofKind(A, HotspotKind::CrossService).size(), 1u);
  const Hotspot &H = *ofKind(A, HotspotKind::CrossService)[0];
  EXPECT_EQ(H.Action, "call-api");
  EXPECT_NEAR(H.Weight, 120, 1e-9); // 60 calls of weight 2
  EXPECT_EQ(H.EdgeCount, 60u);
  EXPECT_EQ(H.Edges.size(), HotspotOptions().MaxEdges); // the heaviest 50 are kept
  EXPECT_EQ(H.UseSites, 60u);
  EXPECT_EQ(H.FilesTouched, 2u); // a/x.cpp and a/w.cpp
  EXPECT_LE(H.Message.size(), MaxHotspotMessage);
  EXPECT_NE(H.Message.find("a -> b: 60 sites use 60 entities of b ("), std::string::npos)
      << H.Message;
  EXPECT_NE(H.Message.find(" and 59 more to the b API"), std::string::npos) << H.Message;
  for (const Hotspot &X : A.Hotspots)
    EXPECT_LE(X.Message.size(), MaxHotspotMessage) << X.Message;
}

TEST(Hotspots, AtMostTwoPerUnitTheBestRankedKept) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment All = computeHotspots(F, D, uncapped());
  Assessment Capped = computeHotspots(F, D, {});
  ASSERT_EQ(D.Units.Units.size(), 4u);
  ASSERT_EQ(All.Hotspots.size(), 9u);
  ASSERT_EQ(Capped.Hotspots.size(), 8u); // 2 x 4 units
  EXPECT_EQ(Capped.Omitted, 1u);
  EXPECT_EQ(All.Omitted, 0u);
  for (std::size_t I = 0; I < Capped.Hotspots.size(); ++I)
    EXPECT_EQ(hotspotLine(Capped.Hotspots[I]), hotspotLine(All.Hotspots[I]));
  HotspotOptions Half;
  Half.MaxPerUnit = 0.5;
  Assessment Two = computeHotspots(F, D, Half);
  ASSERT_EQ(Two.Hotspots.size(), 2u);
  EXPECT_EQ(Two.Omitted, 7u);
}

TEST(Hotspots, ALockSharedAcrossServicesGetsNoAccessor) {
  // LOCK(cs_main) reads or writes the mutex: every use takes it, so the owner is the service
  // locking it most (b: three, against a's one and c's one), and the decision is about what it
  // guards, not an adjustCsMain().
  testing::HotspotWorld W;
  W.lock("a::cs_main", "a/lock.cpp", 1);
  W.function("a::f", "a/x.cpp", 1);
  W.function("b::g", "b/y.cpp", 1);
  W.function("c::h", "c/z.cpp", 1);
  W.edge("a::f", "a::cs_main", EdgeKind::Write, 1, 0, "a/x.cpp", 5);
  W.edge("b::g", "a::cs_main", EdgeKind::Read, 3, 0, "b/y.cpp", 5);
  W.edge("c::h", "a::cs_main", EdgeKind::Write, 1, 0, "c/z.cpp", 5);
  Facts F = W.facts();
  Assessment A = computeHotspots(F, testing::pinnedByDirectory(F), uncapped());
  auto Shared = ofKind(A, HotspotKind::SharedState);
  ASSERT_EQ(Shared.size(), 1u);
  EXPECT_EQ(Shared[0]->Owner, "b");
  EXPECT_EQ(Shared[0]->Action, "own-guarded-state");
  EXPECT_EQ(hotspotLine(*Shared[0]),
            "a/x.cpp:5: shared-state: a and c take b's lock a::cs_main -> a lock cannot span "
            "services: give what it guards to b and call its API instead of locking");
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

/// Services a (a/x, a/y) and b (b/*, and a/v pinned to it): a/y's calls go mostly to b.
Facts misplacedWorld() {
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
  return W.facts();
}

TEST(Hotspots, MisplacedUnits) {
  Facts F = misplacedWorld();
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

TEST(Hotspots, AUnitInItsOwnDirectorysServiceIsNotMisplacedWhateverTheDirectoryAboveSays) {
  // m/ holds m/a and m/b (service m) and m/sub/s1..s4 (service sub, each using m/a once): most
  // of m/ is sub, yet m/a and m/b, which call each other, are where service m's files are (taglib's
  // mpeg/*.cpp while mpeg/id3v2/** is another service). Nothing to move.
  HotspotWorld W;
  W.function("m::a", "m/a.cpp", 1);
  W.function("m::b", "m/b.cpp", 1);
  W.edge("m::a", "m::b", EdgeKind::Call, 2, 0, "m/a.cpp", 5);
  W.edge("m::b", "m::a", EdgeKind::Call, 2, 0, "m/b.cpp", 5);
  for (int I = 1; I <= 4; ++I) {
    const std::string N = std::to_string(I);
    W.function("sub::s" + N, "m/sub/s" + N + ".cpp", 1);
    W.edge("sub::s" + N, "m::a", EdgeKind::Call, 1, 0, "m/sub/s" + N + ".cpp", 5);
  }
  for (int I = 1; I <= 4; ++I) // sub's units work together
    W.edge("sub::s" + std::to_string(I), "sub::s" + std::to_string(I % 4 + 1), EdgeKind::Call, 3, 0,
           "m/sub/s" + std::to_string(I) + ".cpp", 6);
  W.function("x::x", "x/x.cpp", 1); // another top-level directory, so m/ is one
  W.edge("x::x", "m::b", EdgeKind::Call, 1, 0, "x/x.cpp", 5);
  Facts F = W.facts();
  Decomposition D =
      testing::pinned(F, {{"m", {"m/a*", "m/b*"}}, {"sub", {"m/sub/**"}}, {"x", {"x/**"}}});
  Assessment A = computeHotspots(F, D, {});
  for (const Hotspot *H : ofKind(A, HotspotKind::Misplaced))
    ADD_FAILURE() << hotspotLine(*H);
}

TEST(Hotspots, NoUnitOfTheCompositionRootIsMisplaced) {
  // The world of MisplacedUnits, with service a as the composition root: main and its wiring
  // depend on every service by design, so a/y using b is no misplacement (as on ninja, where
  // ninja.cc's unit was told to move into graph). a/v, pinned to b, is not the root's unit.
  Facts F = misplacedWorld();
  Decomposition D = testing::pinned(F, {{"a", {"a/x*", "a/y*"}}, {"b", {"b/**", "a/v*"}}});
  ASSERT_EQ(D.Services[0].Name, "a");
  D.Services[0].CompositionRoot = true;
  Assessment A = computeHotspots(F, D, {});
  EXPECT_EQ(find(A, HotspotKind::Misplaced, "a/y"), nullptr);
  EXPECT_NE(find(A, HotspotKind::Misplaced, "a/v"), nullptr);
  EXPECT_EQ(ofKind(A, HotspotKind::Misplaced).size(), 1u);
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
  EXPECT_EQ(Hub->Message, "q/y (q) links 2 other services (p, r), betweenness 0.02, cross weight 4 "
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
  Assessment A = computeHotspots(F, D, uncapped());
  ASSERT_EQ(A.Hotspots.size(), 9u);
  for (std::size_t I = 1; I < A.Hotspots.size(); ++I)
    EXPECT_GE(A.Hotspots[I - 1].Priority, A.Hotspots[I].Priority);
  Decomposition Again = testing::pinnedByDirectory(F);
  Assessment AgainA = computeHotspots(F, Again, uncapped());
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
