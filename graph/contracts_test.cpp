// Tests for the service contracts (api, owns, tables, depends_on, blast radius) and their
// round trip through decomposition.json.
#include "graph/contracts.h"
#include "graph/error.h"
#include "graph/hotspots.h"
#include "graph/hotspots_test_util.h"

#include <cmath>
#include <gtest/gtest.h>
#include <sstream>

namespace seams {
namespace {

const Service &service(const Decomposition &D, const std::string &Name) {
  for (const Service &S : D.Services)
    if (S.Name == Name)
      return S;
  throw Error("no service " + Name);
}

TEST(Contracts, ApiOwnsAndDependencies) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  computeContracts(F, D, EdgeWeights());

  const ServiceContract &B = service(D, "b").Contract;
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

  const ServiceContract &A = service(D, "a").Contract;
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

  const ServiceContract &Dd = service(D, "d").Contract;
  ASSERT_EQ(Dd.DependsOn.size(), 1u);
  EXPECT_FALSE(Dd.DependsOn[0].Sync); // d only fires notify and forgets
  EXPECT_EQ(Dd.DependsOn[0].Discarded, 1u);
}

TEST(Contracts, BlastRadiusTodayAndAfterTheCut) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  computeContracts(F, D, EdgeWeights());
  // Today one binary: everything (4 units, 4 services) goes down with any service.
  for (const Service &S : D.Services) {
    EXPECT_EQ(S.Contract.Blast.UnitsToday, 4u);
    EXPECT_EQ(S.Contract.Blast.ServicesToday, 4u);
  }
  // After the cut: b is used synchronously by a and c (d only fires events at it); a by b, c.
  const BlastRadius &B = service(D, "b").Contract.Blast;
  EXPECT_EQ(B.Dependents, (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(B.ServicesAfter, 3u);
  EXPECT_EQ(B.UnitsAfter, 3u);
  EXPECT_EQ(service(D, "a").Contract.Blast.Dependents, (std::vector<std::string>{"b", "c"}));
  EXPECT_TRUE(service(D, "c").Contract.Blast.Dependents.empty());
  EXPECT_EQ(service(D, "c").Contract.Blast.ServicesAfter, 1u);
  EXPECT_EQ(service(D, "d").Contract.Blast.UnitsAfter, 1u);
}

TEST(Contracts, TablesAndOwnership) {
  Facts F = testing::sharedTables();
  Decomposition D = testing::pinned(F, {{"a", {"a/**"}}, {"b", {"b/**"}}}, {"common/**"});
  computeContracts(F, D, EdgeWeights());
  const ServiceContract &A = service(D, "a").Contract;
  EXPECT_EQ(A.OwnsTables, std::vector<std::string>{"log"});
  ASSERT_EQ(A.Tables.size(), 2u);
  EXPECT_EQ(A.Tables[1].Table, "orders");
  EXPECT_TRUE(A.Tables[1].Write);
  EXPECT_FALSE(A.Tables[1].Read);
  const ServiceContract &B = service(D, "b").Contract;
  EXPECT_TRUE(B.OwnsTables.empty());
  ASSERT_EQ(B.Tables.size(), 1u);
  EXPECT_TRUE(B.Tables[0].Read);
}

TEST(Contracts, DecompositionJsonRoundTrip) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  computeHotspots(F, D, {});
  std::ostringstream First;
  writeDecompositionJson(D, First);
  EXPECT_NE(First.str().find("\"blast_radius\": {\"today\":{\"units\":4,\"services\":4},"
                             "\"after_cut\":{\"units\":3,\"services\":3,\"dependents\":[\"a\","
                             "\"c\"]}}"),
            std::string::npos);
  std::istringstream In(First.str());
  Decomposition Back = readDecompositionJson(In, "d.json");
  EXPECT_TRUE(Back.HasHotspots);
  ASSERT_EQ(Back.Hotspots.size(), D.Hotspots.size());
  EXPECT_EQ(Back.Hotspots[0].Message, D.Hotspots[0].Message);
  EXPECT_EQ(Back.Hotspots[0].At, D.Hotspots[0].At);
  std::ostringstream Second;
  writeDecompositionJson(Back, Second);
  EXPECT_EQ(First.str(), Second.str());

  // Without computeHotspots nothing is written, so existing output does not change.
  Decomposition Plain = testing::pinnedByDirectory(F);
  std::ostringstream P;
  writeDecompositionJson(Plain, P);
  EXPECT_EQ(P.str().find("hotspots"), std::string::npos);
  EXPECT_EQ(P.str().find("blast_radius"), std::string::npos);

  std::istringstream Bad(R"({"schema":"seams-decomposition/1","unit":"component",)"
                         R"("algorithm":"leiden","seed":1,"services":[],)"
                         R"("hotspots":[{"kind":"nonsense"}]})");
  EXPECT_THROW(readDecompositionJson(Bad, "bad.json"), Error);
}

TEST(Contracts, ReadBackComponentDecompositionStillComputes) {
  // Component units read back from JSON have no entity map: it is rebuilt from the files.
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  std::ostringstream Out;
  writeDecompositionJson(D, Out);
  std::istringstream In(Out.str());
  Decomposition Back = readDecompositionJson(In, "d.json");
  computeHotspots(F, Back, {});
  computeHotspots(F, D, {});
  ASSERT_EQ(Back.Hotspots.size(), D.Hotspots.size());
  for (std::size_t I = 0; I < D.Hotspots.size(); ++I)
    EXPECT_EQ(hotspotLine(Back.Hotspots[I]), hotspotLine(D.Hotspots[I]));
}

} // namespace
} // namespace seams
