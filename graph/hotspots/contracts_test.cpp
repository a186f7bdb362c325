// Tests for the service contracts (api, owns, tables, depends_on, blast radius) and their
// round trip through decomposition.json.
#include "graph/hotspots/contracts.h"
#include "graph/hotspots/hotspots.h"
#include "graph/hotspots/hotspots_json.h"
#include "graph/hotspots/hotspots_test_util.h"
#include "graph/model/error.h"

#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace seams {
namespace {

/// The contract of the service called Name.
const ServiceContract &contract(const Decomposition &D, const std::vector<ServiceContract> &C,
                                const std::string &Name) {
  for (std::size_t S = 0; S < D.Services.size(); ++S)
    if (D.Services[S].Name == Name)
      return C.at(S);
  throw Error("no service " + Name);
}

TEST(Contracts, AServiceOwnsTheClassesItDefinesNotOnesItOnlyDeclares) {
  // Bitcoin Core's wallet/sqlite.h declares `struct sqlite3;`, defined by the SQLite library:
  // no data of the wallet's.
  testing::HotspotWorld W;
  W.entity("a::Store", EntityKind::Class, "a/store.h", 1);
  W.declared("sqlite3", "a/store.h", 10);
  W.function("a::open", "a/store.cpp", 1);
  W.function("b::use", "b/use.cpp", 1);
  W.edge("a::open", "a::Store", EdgeKind::Type, 1, 0, "a/store.cpp", 2);
  W.edge("a::open", "sqlite3", EdgeKind::Type, 1, 0, "a/store.cpp", 3);
  W.edge("b::use", "a::open", EdgeKind::Call, 1, 0, "b/use.cpp", 2);
  Facts F = W.facts();
  Decomposition D = testing::pinnedByDirectory(F);
  EXPECT_EQ(contract(D, computeContracts(F, D, EdgeWeights()), "a").OwnsClasses,
            std::vector<std::string>{"a::Store"});
}

TEST(Contracts, ACallAnsweredThroughItsArgumentsIsNoEvent) {
  // Every call discards the result of all three; split fills its std::vector<int>& and add
  // takes a Command*, so only log, whose one parameter is a const reference, could be an event.
  auto Shape = [](ShapeKind K, const std::string &Cpp, bool Const) {
    TypeShape T;
    T.Kind = K;
    T.Cpp = Cpp;
    T.Const = Const;
    return T;
  };
  testing::HotspotWorld W;
  W.function("a::use", "a/x.cpp", 1);
  W.function("b::split", "b/y.cpp", 1);
  W.function("b::add", "b/y.cpp", 5);
  W.function("b::log", "b/y.cpp", 9);
  W.edge("a::use", "b::split", EdgeKind::Call, 1, 1, "a/x.cpp", 2);
  W.edge("a::use", "b::add", EdgeKind::Call, 1, 1, "a/x.cpp", 3);
  W.edge("a::use", "b::log", EdgeKind::Call, 1, 1, "a/x.cpp", 4);
  Facts F = W.facts();
  auto Sign = [&](const std::string &Id, TypeShape T) {
    Entity *E = nullptr;
    for (Entity &X : F.Entities)
      if (X.Id == Id)
        E = &X;
    ASSERT_NE(E, nullptr);
    Signature Sig;
    Sig.Returns = Shape(ShapeKind::Builtin, "void", false);
    Param P;
    P.Name = "p";
    P.Type = std::move(T);
    Sig.Params.push_back(std::move(P));
    E->Sig = std::move(Sig);
  };
  Sign("b::split", Shape(ShapeKind::Reference, "std::vector<int> &", false));
  Sign("b::add", Shape(ShapeKind::Pointer, "Command *", false));
  Sign("b::log", Shape(ShapeKind::Reference, "const std::string &", true));
  Decomposition D = testing::pinnedByDirectory(F);
  const std::vector<ServiceContract> C = computeContracts(F, D, EdgeWeights());
  const ServiceContract &B = contract(D, C, "b");
  std::map<std::string, bool> Event;
  for (const ApiEntry &A : B.Api)
    Event[A.Name] = A.EventOnly;
  EXPECT_EQ(Event, (std::map<std::string, bool>{
                       {"b::add", false}, {"b::log", true}, {"b::split", false}}));
}

TEST(Contracts, ApiOwnsAndDependencies) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  std::vector<ServiceContract> C = computeContracts(F, D, EdgeWeights());

  const ServiceContract &B = contract(D, C, "b");
  ASSERT_EQ(B.Api.size(), 3u);
  EXPECT_EQ(B.Api[0].Name, "b::Dto::id");
  EXPECT_EQ(B.Api[0].Kind, EntityKind::Field);
  EXPECT_EQ(B.Api[1].Name, "b::Svc::notify");
  EXPECT_EQ(B.Api[1].Callers, (std::vector<std::string>{"a", "d"}));
  EXPECT_EQ(B.Api[1].Uses, 3u);
  EXPECT_TRUE(B.Api[1].EventOnly); // every call discards the result
  EXPECT_EQ(B.Api[2].Name, "b::Svc::run");
  EXPECT_EQ(B.Api[2].Callers, (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(B.Api[2].Uses, 3u);
  EXPECT_FALSE(B.Api[2].EventOnly);
  EXPECT_TRUE(B.OwnsClasses.empty()); // both classes are used from a

  const ServiceContract &A = contract(D, C, "a");
  ASSERT_EQ(A.Api.size(), 2u);
  EXPECT_EQ(A.Api[0].Name, "a::g");
  EXPECT_EQ(A.Api[1].Name, "a::g_count");
  EXPECT_TRUE(A.OwnsGlobals.empty()); // c writes it
  ASSERT_EQ(A.DependsOn.size(), 1u);
  const ServiceDependency &AB = A.DependsOn[0];
  EXPECT_EQ(AB.Service, "b");
  EXPECT_NEAR(AB.Weight, 2 * (1 + std::log(2.0)) + 2 + 2 + 2, 1e-9);
  EXPECT_EQ(AB.Calls, 4u);
  EXPECT_EQ(AB.Discarded, 2u);
  EXPECT_TRUE(AB.Sync);

  const ServiceContract &Dd = contract(D, C, "d");
  ASSERT_EQ(Dd.DependsOn.size(), 1u);
  EXPECT_FALSE(Dd.DependsOn[0].Sync); // d only fires notify and forgets
  EXPECT_EQ(Dd.DependsOn[0].Discarded, 1u);
}

TEST(Contracts, BlastRadiusTodayAndAfterTheCut) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  std::vector<ServiceContract> C = computeContracts(F, D, EdgeWeights());
  // Today one binary: everything (4 units, 4 services) goes down with any service.
  for (const ServiceContract &S : C) {
    EXPECT_EQ(S.Blast.UnitsToday, 4u);
    EXPECT_EQ(S.Blast.ServicesToday, 4u);
  }
  // After the cut: b is used synchronously by a and c (d only fires events at it); a by b, c.
  const BlastRadius &B = contract(D, C, "b").Blast;
  EXPECT_EQ(B.Dependents, (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(B.ServicesAfter, 3u);
  EXPECT_EQ(B.UnitsAfter, 3u);
  EXPECT_EQ(contract(D, C, "a").Blast.Dependents, (std::vector<std::string>{"b", "c"}));
  EXPECT_TRUE(contract(D, C, "c").Blast.Dependents.empty());
  EXPECT_EQ(contract(D, C, "c").Blast.ServicesAfter, 1u);
  EXPECT_EQ(contract(D, C, "d").Blast.UnitsAfter, 1u);
}

TEST(Contracts, TablesAndOwnership) {
  Facts F = testing::sharedTables();
  Decomposition D = testing::pinned(F, {{"a", {"a/**"}}, {"b", {"b/**"}}}, {"common/**"});
  std::vector<ServiceContract> C = computeContracts(F, D, EdgeWeights());
  const ServiceContract &A = contract(D, C, "a");
  EXPECT_EQ(A.OwnsTables, std::vector<std::string>{"log"});
  ASSERT_EQ(A.Tables.size(), 2u);
  EXPECT_EQ(A.Tables[1].Table, "orders");
  EXPECT_TRUE(A.Tables[1].Write);
  EXPECT_FALSE(A.Tables[1].Read);
  const ServiceContract &B = contract(D, C, "b");
  EXPECT_TRUE(B.OwnsTables.empty());
  ASSERT_EQ(B.Tables.size(), 1u);
  EXPECT_TRUE(B.Tables[0].Read);
}

TEST(Contracts, DecompositionJsonRoundTrip) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, {});
  std::ostringstream First;
  writeDecompositionJson(D, A, First);
  EXPECT_NE(First.str().find("\"blast_radius\": {\"today\":{\"units\":4,\"services\":4},"
                             "\"after_cut\":{\"units\":3,\"services\":3,\"dependents\":[\"a\","
                             "\"c\"]}}"),
            std::string::npos);
  std::istringstream In(First.str());
  nlohmann::json Doc = parseDecompositionJson(In, "d.json");
  Decomposition Back = readDecompositionJson(Doc, "d.json");
  std::optional<Assessment> BackA = readAssessmentJson(Doc, Back, "d.json");
  ASSERT_TRUE(BackA);
  ASSERT_EQ(BackA->Hotspots.size(), A.Hotspots.size());
  EXPECT_EQ(BackA->Hotspots[0].Message, A.Hotspots[0].Message);
  EXPECT_EQ(BackA->Hotspots[0].At, A.Hotspots[0].At);
  std::ostringstream Second;
  writeDecompositionJson(Back, *BackA, Second);
  EXPECT_EQ(First.str(), Second.str());

  // Without an assessment nothing of it is written or read back.
  Decomposition Plain = testing::pinnedByDirectory(F);
  std::ostringstream P;
  writeDecompositionJson(Plain, P);
  EXPECT_EQ(P.str().find("hotspots"), std::string::npos);
  EXPECT_EQ(P.str().find("blast_radius"), std::string::npos);
  std::istringstream PlainIn(P.str());
  nlohmann::json PlainDoc = parseDecompositionJson(PlainIn, "p.json");
  EXPECT_FALSE(readAssessmentJson(PlainDoc, readDecompositionJson(PlainDoc, "p.json"), "p.json"));

  nlohmann::json Bad =
      nlohmann::json::parse(R"({"schema":"seams-decomposition/1","unit":"component",)"
                            R"("algorithm":"leiden","seed":1,"services":[],)"
                            R"("hotspots":[{"kind":"nonsense"}]})");
  Decomposition BadD = readDecompositionJson(Bad, "bad.json");
  EXPECT_THROW(readAssessmentJson(Bad, BadD, "bad.json"), Error);
}

TEST(Contracts, ReadBackComponentDecompositionStillComputes) {
  // Component units read back from JSON have no entity map: it is rebuilt from the files.
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  std::ostringstream Out;
  writeDecompositionJson(D, Out);
  std::istringstream In(Out.str());
  Decomposition Back = readDecompositionJson(In, "d.json");
  Assessment BackA = computeHotspots(F, Back, {});
  Assessment A = computeHotspots(F, D, {});
  ASSERT_EQ(BackA.Hotspots.size(), A.Hotspots.size());
  for (std::size_t I = 0; I < A.Hotspots.size(); ++I)
    EXPECT_EQ(hotspotLine(BackA.Hotspots[I]), hotspotLine(A.Hotspots[I]));
}

} // namespace
} // namespace seams
