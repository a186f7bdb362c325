// The extraction plan on a hand-made shop whose right order is known: the leaf with event-only
// inbound calls first, the services in a cycle last; and its JSON.
#include "graph/plan/plan.h"
#include "graph/plan/plan_test_world.h"

#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

namespace seams {
namespace {

using ::testing::ElementsAre;

struct Planned {
  Facts F = testing::planWorld();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, testing::uncapped());
  Plan P = computePlan(F, D, A, EdgeWeights{});
};

std::vector<std::string> order(const Plan &P) {
  std::vector<std::string> Out;
  for (const PlanStep &S : P.Steps)
    Out.push_back(S.Service);
  return Out;
}

TEST(Plan, LeafWithEventOnlyInboundFirstCycleLast) {
  Planned W;
  EXPECT_THAT(order(W.P), ElementsAre("notify", "catalog", "billing", "orders"));
  EXPECT_THAT(W.P.Steps[0].Rationale,
              "no cycle, no shared state, 0 synchronous inbound uses, 2 of 2 inbound uses "
              "event-able, effort 2 use sites in 1 file");
  EXPECT_EQ(W.P.Steps[1].Rationale,
            "no cycle, no shared state, 1 synchronous inbound use, 0 of 1 inbound uses "
            "event-able, effort 1 use site in 1 file");
  EXPECT_EQ(W.P.Steps[2].Rationale,
            "in a cycle with orders (1 edge to cut), shares 1 global or table, 1 synchronous "
            "inbound use, 0 of 1 inbound uses event-able, effort 3 use sites in 2 files");
  EXPECT_EQ(W.P.Steps[3].Number, 4u);
}

/// a -> b -> c (3 calls each) and c -> a (1 call), each service in its own directory.
Facts threeServiceCycle() {
  testing::HotspotWorld W;
  W.function("a::f", "a/x.cpp", 1);
  W.function("b::g", "b/y.cpp", 1);
  W.function("c::h", "c/z.cpp", 1);
  W.edge("a::f", "b::g", EdgeKind::Call, 3, 0, "a/x.cpp", 10);
  W.edge("b::g", "c::h", EdgeKind::Call, 3, 0, "b/y.cpp", 20);
  W.edge("c::h", "a::f", EdgeKind::Call, 1, 0, "c/z.cpp", 30);
  return W.facts();
}

TEST(Plan, AServiceInACycleWhoseCutsAreElsewhereSaysSo) {
  // a -> b -> c (3 calls each) and c -> a (1 call): the one arc to cut is c -> a, and b, in the
  // cycle too, has none of its own.
  Facts F = threeServiceCycle();
  Decomposition D = testing::pinnedByDirectory(F);
  Plan P = computePlan(F, D, computeHotspots(F, D, testing::uncapped()), EdgeWeights{});
  const PlanStep *B = stepOf(P, "b");
  ASSERT_NE(B, nullptr);
  EXPECT_THAT(B->Rationale, ::testing::StartsWith("in a cycle with a and c (none of its own edges "
                                                  "to cut), "));
  const PlanStep *A = stepOf(P, "a");
  ASSERT_NE(A, nullptr);
  EXPECT_THAT(A->Rationale, ::testing::StartsWith("in a cycle with b and c (1 edge to cut), "));
}

TEST(Plan, ALockCrossingTheBoundaryIsSaidToBeOne) {
  // b takes a's mutex, twice to a's once: the step of a lists it as a lock (decomposition.json
  // "lock"), not as a value to read or write through an accessor, owned by b as its hotspot says.
  testing::HotspotWorld W;
  W.lock("a::g_mutex", "a/lock.cpp", 1);
  W.function("a::f", "a/x.cpp", 1);
  W.function("b::g", "b/y.cpp", 1);
  W.edge("a::f", "a::g_mutex", EdgeKind::Write, 1, 0, "a/x.cpp", 5);
  W.edge("b::g", "a::g_mutex", EdgeKind::Write, 2, 0, "b/y.cpp", 5);
  Facts F = W.facts();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, testing::uncapped());
  Plan P = computePlan(F, D, A, EdgeWeights{});
  const PlanStep *S = stepOf(P, "a");
  ASSERT_NE(S, nullptr);
  ASSERT_EQ(S->Globals.size(), 1u);
  EXPECT_TRUE(S->Globals[0].Lock);
  std::ostringstream Json;
  writeDecompositionJson(D, A, P, Json);
  EXPECT_NE(Json.str().find("\"name\":\"a::g_mutex\",\"owner\":\"b\",\"declared_in\":\"a\","
                            "\"users\":[\"a\"],\"written\":true,\"mutable\":true,\"lock\":true"),
            std::string::npos);
}

TEST(Plan, ABlastRadiusThatCannotShrinkSaysWhy) {
  // In the cycle a -> b -> c -> a every service goes down with any other, apart or not; the
  // shop's leaf notify takes only itself down once apart.
  Facts F = threeServiceCycle();
  Decomposition D = testing::pinnedByDirectory(F);
  Plan P = computePlan(F, D, computeHotspots(F, D, testing::uncapped()), EdgeWeights{});
  ASSERT_EQ(P.Steps.size(), 3u);
  for (const PlanStep &S : P.Steps) {
    EXPECT_EQ(S.BlastAfter.Services, 3u) << S.Service;
    EXPECT_THAT(blastRemark(S), ::testing::StartsWith(": every other service depends on it"));
  }
  Planned Shop;
  ASSERT_EQ(Shop.P.Steps[0].Service, "notify");
  EXPECT_LT(Shop.P.Steps[0].BlastAfter.Services, Shop.P.Steps[0].BlastBefore.Services);
  EXPECT_EQ(blastRemark(Shop.P.Steps[0]), "");
}

TEST(Plan, AServiceNothingConnectsIsNotAStep) {
  // legacy/ is used by no service and uses none (Luanti's util/sha1, left in the build).
  Facts F = testing::planWorld();
  F.Files.push_back({"legacy/sha1.h", 40, 0});
  F.Entities.push_back({"legacy::sha1", EntityKind::Function, "legacy::sha1", "legacy/sha1.h", 3,
                        "legacy/sha1.h", 3, 5});
  std::sort(F.Files.begin(), F.Files.end(),
            [](const FileInfo &A, const FileInfo &B) { return A.Path < B.Path; });
  std::sort(F.Entities.begin(), F.Entities.end(),
            [](const Entity &A, const Entity &B) { return A.Id < B.Id; });
  Decomposition D = testing::pinnedByDirectory(F);
  ASSERT_EQ(D.Services.size(), 5u);
  Plan P = computePlan(F, D, computeHotspots(F, D, testing::uncapped()), EdgeWeights{});
  EXPECT_THAT(order(P), ElementsAre("notify", "catalog", "billing", "orders"));
  ASSERT_EQ(P.Skipped.size(), 1u);
  EXPECT_EQ(P.Skipped[0].Service, "legacy");
  EXPECT_THAT(P.Skipped[0].Reason, ::testing::StartsWith("unconnected: no other service uses it"));
  // A table it shares with orders connects it through the database: then it is a step.
  F.TableUses = {{"audit", "legacy::sha1", {"legacy/sha1.h", 4, 1}, true},
                 {"audit", "orders::place", {"orders/orders.cpp", 9, 1}, false}};
  P = computePlan(F, D, computeHotspots(F, D, testing::uncapped()), EdgeWeights{});
  EXPECT_TRUE(P.Skipped.empty());
  ASSERT_NE(stepOf(P, "legacy"), nullptr);
  EXPECT_EQ(stepOf(P, "legacy")->Tables.size(), 1u);
}

TEST(Plan, AGlobalIsOwnedByTheServiceItsHotspotGivesItTo) {
  // billing writes orders::g_open twice, orders once: the shared-state hotspot gives it to
  // billing, and so does the plan, which says where it is declared today.
  const Facts F = testing::planWorld(true);
  const Decomposition D = testing::pinnedByDirectory(F);
  const Assessment A = computeHotspots(F, D, testing::uncapped());
  const auto Shared = std::find_if(A.Hotspots.begin(), A.Hotspots.end(), [](const Hotspot &H) {
    return H.Kind == HotspotKind::SharedState;
  });
  ASSERT_NE(Shared, A.Hotspots.end());
  EXPECT_EQ(Shared->Owner, "billing");
  const Plan P = computePlan(F, D, A, EdgeWeights{});
  for (const char *S : {"billing", "orders"}) {
    const PlanStep *Step = stepOf(P, S);
    ASSERT_NE(Step, nullptr) << S;
    ASSERT_EQ(Step->Globals.size(), 1u) << S;
    const PlanGlobal &G = Step->Globals[0];
    EXPECT_EQ(G.Owner, "billing") << S;
    EXPECT_EQ(G.DeclaredIn, "orders") << S;
    EXPECT_THAT(G.Users, ElementsAre("orders")) << S;
    EXPECT_EQ(ownerPhrase(G), "owner billing, declared in orders");
  }
}

TEST(Plan, TheLastComponentOfAQualifiedName) {
  EXPECT_EQ(lastComponent("a::B<c::D>::f"), "f");
  EXPECT_EQ(lastComponent("a::B::f(int (*)(c::D))"), "f(int (*)(c::D))");
  EXPECT_EQ(lastComponent("f"), "f");
  // Operators whose symbol ends in '>' were read as closing a template argument.
  EXPECT_EQ(lastComponent("LinkGraph::BaseEdgeIterator::FakePointer::operator->"), "operator->");
  EXPECT_EQ(lastComponent("a::Stream::operator>>"), "operator>>");
  EXPECT_EQ(lastComponent("a::S::operator std::string"), "operator std::string");
  EXPECT_EQ(lastComponent("a::operator_table::f"), "f");
}

TEST(Plan, EachStepListsWhatToChange) {
  Planned W;
  const PlanStep &Notify = W.P.Steps[0];
  ASSERT_EQ(Notify.Events.size(), 1u);
  EXPECT_EQ(Notify.Events[0].Topic, "notify.send");
  EXPECT_THAT(Notify.Events[0].Publishers, ElementsAre("orders"));
  EXPECT_EQ(Notify.Events[0].UseSites, 2u);
  EXPECT_TRUE(Notify.Route.empty());
  EXPECT_TRUE(Notify.Rpcs.empty());
  EXPECT_EQ(Notify.BlastAfter.Services, 1u);
  EXPECT_EQ(Notify.BlastBefore.Services, 4u);

  const PlanStep &Billing = *stepOf(W.P, "billing");
  ASSERT_EQ(Billing.Route.size(), 1u);
  EXPECT_EQ(Billing.Route[0].From, "orders::place");
  EXPECT_EQ(Billing.Route[0].To, "billing::charge");
  EXPECT_THAT(Billing.Route[0].At, ElementsAre(Location{"orders/orders.cpp", 15, 0}));
  ASSERT_EQ(Billing.Outbound.size(), 1u);
  EXPECT_EQ(Billing.Outbound[0].To, "orders::status");
  ASSERT_EQ(Billing.Globals.size(), 1u);
  EXPECT_EQ(Billing.Globals[0].Name, "orders::g_open");
  EXPECT_EQ(Billing.Globals[0].Owner, "orders");
  EXPECT_THAT(Billing.Globals[0].Users, ElementsAre("billing"));
  EXPECT_FALSE(Billing.Globals[0].Written);
  EXPECT_TRUE(Billing.Globals[0].Mutable); // orders::place writes it
  EXPECT_EQ(globalsOf(Billing, true).size(), 1u);
  EXPECT_TRUE(globalsOf(Billing, false).empty()); // no constant: no "copy them" list
  PlanStep Constants = Billing;
  Constants.Globals[0].Mutable = false;
  EXPECT_TRUE(globalsOf(Constants, true).empty());
  EXPECT_EQ(globalsOf(Constants, false).size(), 1u);
  EXPECT_TRUE(Billing.InCycle);
  EXPECT_FALSE(Billing.CycleEdges.empty());
  ASSERT_EQ(Billing.Rpcs.size(), 1u);
  EXPECT_EQ(Billing.Rpcs[0].Function, "billing::charge");
  EXPECT_THAT(Billing.Rpcs[0].Callers, ElementsAre("orders"));
  EXPECT_EQ(Billing.UseSites, 3u);
  EXPECT_EQ(Billing.Files, 2u);
}

TEST(Plan, JsonIsDeterministicAndAfterTheHotspots) {
  Planned W, Again;
  std::ostringstream A, B;
  writeDecompositionJson(W.D, W.A, W.P, A);
  writeDecompositionJson(Again.D, Again.A, Again.P, B);
  EXPECT_EQ(A.str(), B.str());
  auto Doc = nlohmann::json::parse(A.str());
  ASSERT_TRUE(Doc.contains("plan"));
  EXPECT_EQ(Doc["plan"]["steps"][0]["service"], "notify");
  EXPECT_EQ(Doc["plan"]["steps"][0]["changes"]["events"][0]["topic"], "notify.send");
  EXPECT_EQ(Doc["plan"]["steps"][2]["changes"]["globals"][0]["name"], "orders::g_open");
  EXPECT_TRUE(Doc.contains("hotspots"));
}

TEST(Plan, SnakeCase) {
  EXPECT_EQ(snakeCase("sendReceipt"), "send_receipt");
  EXPECT_EQ(snakeCase("HTTPServer"), "http_server");
  EXPECT_EQ(snakeCase("db-memtable"), "db_memtable");
  EXPECT_EQ(snakeCase("operator()"), "operator");
}

} // namespace
} // namespace seams
