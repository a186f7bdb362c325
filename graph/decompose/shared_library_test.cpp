// Tests for the shared library: state owners and units depending on domain code are never shared,
// a domain type only a few services use joins its heaviest user, a service most others use and
// that uses none joins the library, and the 10-unit, 4-domain world gives 4 services with only
// the utilities shared.
#include "graph/decompose/decomposition.h"
#include "graph/decompose/shared_library.h"
#include "graph/decompose/shared_library_test_world.h"

#include <gtest/gtest.h>

namespace seams {
namespace {

UnitGraph graphOf(std::size_t N, const std::vector<UnitArc> &Arcs) {
  UnitGraph G;
  G.NumUnits = N;
  G.Arcs = Arcs;
  G.FanIn.assign(N, 0);
  for (const UnitArc &A : Arcs)
    ++G.FanIn[A.To];
  return G;
}

TEST(SharedLibrary, AUnitOwningAGlobalAnotherUnitWritesOwnsWrittenState) {
  Facts F = shared_test::World().facts();
  UnitSet U = buildUnits(F, UnitKind::Component, {});
  std::vector<bool> Owns = ownsWrittenState(F, U);
  for (std::uint32_t I = 0; I < U.Units.size(); ++I)
    EXPECT_EQ(Owns[I], U.Units[I].Id == "inventory/stock") << U.Units[I].Id;
}

TEST(SharedLibrary, ALibraryUnitDependingOnDomainCodeLeavesTheLibrary) {
  // 0 -> 1 -> 2: 1 and 2 are candidates, 2 is not; 1 depends on it, so 1 leaves too; 3 is kept.
  UnitGraph G = graphOf(4, {{0, 1, 1, 0, 1}, {1, 2, 1, 0, 1}, {2, 3, 1, 0, 1}});
  std::vector<bool> Shared{false, true, false, true};
  keepIndependent(G, Shared, {false, false, false, true});
  EXPECT_EQ(Shared, (std::vector<bool>{false, false, false, true}));
}

TEST(SharedLibrary, AUnitFewServicesUseJoinsItsHeaviestUserAndTiesGoToTheLowestCommunity) {
  // Units 0..3 in communities 0..3; unit 4 is shared and used by 0 (weight 1) and 2 (weight 3);
  // unit 5 is shared and used by 1 and 3 equally, and by 0 and 2: 4 of 4 services, it stays.
  // Unit 6 is shared, used by 1 and 3 with equal weight: it goes to 1.
  UnitGraph G = graphOf(7, {{0, 4, 1, 0, 1},
                            {0, 5, 1, 0, 1},
                            {1, 5, 1, 0, 1},
                            {1, 6, 2, 0, 1},
                            {2, 4, 3, 0, 1},
                            {2, 5, 1, 0, 1},
                            {3, 5, 1, 0, 1},
                            {3, 6, 2, 0, 1}});
  std::vector<bool> Shared{false, false, false, false, true, true, true};
  std::vector<std::uint32_t> Home{0, 1, 2, 3, 0, 0, 0};
  std::vector<std::uint32_t> Moved =
      unsharedAfterClustering(G, Shared, std::vector<bool>(7, false), Home, 4, 0.5);
  EXPECT_EQ(Moved, (std::vector<std::uint32_t>{StaysShared, StaysShared, StaysShared, StaysShared,
                                               2, StaysShared, 1}));
  // A configured library unit stays whoever uses it; a share of 0 turns the rule off.
  EXPECT_EQ(unsharedAfterClustering(G, Shared, {false, false, false, false, true, true, true}, Home,
                                    4, 0.5),
            std::vector<std::uint32_t>(7, StaysShared));
  EXPECT_EQ(unsharedAfterClustering(G, Shared, std::vector<bool>(7, false), Home, 4, 0),
            std::vector<std::uint32_t>(7, StaysShared));
}

TEST(SharedLibrary, WhatTheLibraryUsesStaysAndWhatDependsOnAServiceLeaves) {
  // 4 is used by service 0 only, but library unit 5 uses it: it stays. 5 is used by every
  // service and stays. 6 is used by every service but depends on unit 3 (service 2): it leaves,
  // for its heaviest user (service 1).
  UnitGraph G = graphOf(7, {{0, 4, 1, 0, 1},
                            {0, 5, 1, 0, 1},
                            {0, 6, 1, 0, 1},
                            {1, 5, 3, 0, 1},
                            {1, 6, 3, 0, 1},
                            {2, 5, 1, 0, 1},
                            {2, 6, 1, 0, 1},
                            {5, 4, 1, 0, 1},
                            {6, 3, 1, 0, 1}});
  std::vector<bool> Shared{false, false, false, false, true, true, true};
  std::vector<std::uint32_t> Home{0, 1, 2, 2, 0, 0, 0};
  std::vector<std::uint32_t> Moved =
      unsharedAfterClustering(G, Shared, std::vector<bool>(7, false), Home, 3, 0.5);
  EXPECT_EQ(Moved, (std::vector<std::uint32_t>{StaysShared, StaysShared, StaysShared, StaysShared,
                                               StaysShared, StaysShared, 1}));
}

TEST(SharedLibrary, AServiceMostOthersUseAndThatUsesNoneIsTheLibrary) {
  // Community 0 is a utility layer: 0 -> 1 -> 2, and 3 uses service 1 (unit 4). Services 1, 2
  // and 3 (units 4..9) each use the layer. Units 0..2 depend on no service and are used by 6 of
  // the 7 units outside them, from all 3 other services: they are the library. 3 is the rest.
  const std::vector<UnitArc> Arcs{
      {0, 1, 1, 0, 1}, {1, 2, 1, 0, 1}, {3, 4, 2, 0, 1}, {3, 6, 1, 0, 1}, {4, 0, 1, 0, 1},
      {5, 1, 1, 0, 1}, {6, 0, 1, 0, 1}, {7, 2, 1, 0, 1}, {8, 1, 1, 0, 1}, {9, 0, 1, 0, 1}};
  UnitGraph G = graphOf(10, Arcs);
  const std::vector<bool> None(10, false), All(10, true);
  const std::vector<std::uint32_t> Home{0, 0, 0, 0, 1, 1, 2, 2, 3, 3};
  const std::vector<bool> Layer{true, true, true, false, false, false, false, false, false, false};
  EXPECT_EQ(omnipresentServices(G, None, All, Home, 4, 0.5, 0.5), Layer);
  // The rest joins the service it depends on most: 3 to service 1.
  std::vector<std::uint32_t> Rest(10, StaysShared);
  Rest[3] = 1;
  EXPECT_EQ(leftoversOfLibraryServices(G, Layer, Home, 4), Rest);
  // A leftover that depends only on another leftover follows it once it has moved (10 after 3),
  // and one that depends only on the root (11, Home 0) goes to the root (4).
  std::vector<UnitArc> Chained(Arcs);
  Chained.push_back({10, 3, 1, 0, 1});
  Chained.push_back({11, 12, 1, 0, 1});
  std::vector<std::uint32_t> ChainedHome(Home);
  ChainedHome.insert(ChainedHome.end(), {0, 0, 4});
  std::vector<bool> ChainedLayer(Layer);
  ChainedLayer.insert(ChainedLayer.end(), {false, false, false});
  std::vector<std::uint32_t> ChainedRest(Rest);
  ChainedRest.insert(ChainedRest.end(), {1, 4, StaysShared});
  EXPECT_EQ(leftoversOfLibraryServices(graphOf(13, Chained), ChainedLayer, ChainedHome, 4),
            ChainedRest);
  // One unit pinned, or owning written state, keeps the whole layer a service.
  std::vector<bool> Pinned(All);
  Pinned[1] = false;
  EXPECT_EQ(omnipresentServices(G, None, Pinned, Home, 4, 0.5, 0.5), None);
  // Used by all 3 other services, not by more than all of them.
  EXPECT_EQ(omnipresentServices(G, None, All, Home, 4, 0.5, 1), None);
  // 6 users of 7 units: a unit threshold above that keeps it a service.
  EXPECT_EQ(omnipresentServices(G, None, All, Home, 4, 0.9, 0.5), None);
  // When most of the layer depends on a service (1 -> 4 as well: 0 and 1 leave, 2 alone is not
  // more than half of it), it is a service with a few independent units, not a library.
  std::vector<UnitArc> Tangled(Arcs);
  Tangled.push_back({1, 4, 1, 0, 1});
  EXPECT_EQ(omnipresentServices(graphOf(10, Tangled), None, All, Home, 4, 0.5, 0.5), None);
}

TEST(SharedLibrary, TheBottomOfAServiceMostServicesReachIsTheLibrary) {
  // Service 0 holds a value type 0, a type 1 built on it, code 2 using 1 and 3, and its own
  // domain type 3. Services 1, 2 and 3 are units 4, 5 and 6: 4 and 5 use 1, 6 uses 0 and 4
  // uses 7, service 3's other unit, which 5 and 6 use too. 0..3 depend on nothing outside
  // service 0: its bottom. 1 is reached by services 0 (through 2), 1 and 2: 3 of 4; 0 by all
  // 4, through 1 or directly; 2 by none, 3 by service 0 alone. 7 is reached by 3 services but
  // depends on 4, another service's unit.
  const std::vector<UnitArc> Arcs{
      {1, 0, 1, 0, 1}, {2, 1, 1, 0, 1}, {2, 3, 1, 0, 1}, {4, 1, 1, 0, 1}, {4, 7, 1, 0, 1},
      {5, 1, 1, 0, 1}, {5, 7, 1, 0, 1}, {6, 0, 1, 0, 1}, {6, 7, 1, 0, 1}, {7, 4, 1, 0, 1}};
  UnitGraph G = graphOf(8, Arcs);
  const std::vector<bool> None(8, false), All(8, true);
  const std::vector<std::uint32_t> Home{0, 0, 0, 0, 1, 2, 3, 3};
  const std::vector<bool> Bottom{true, true, false, false, false, false, false, false};
  EXPECT_EQ(bottomLayerLibrary(G, None, All, Home, 4, 0.5), Bottom);
  // More than 3 of 4: only the value type.
  std::vector<bool> ValueType(None);
  ValueType[0] = true;
  EXPECT_EQ(bottomLayerLibrary(G, None, All, Home, 4, 0.75), ValueType);
  // A value type owning written state (not eligible) is not taken, nor what is built on it.
  std::vector<bool> Owner(All);
  Owner[0] = false;
  EXPECT_EQ(bottomLayerLibrary(G, None, Owner, Home, 4, 0.5), None);
  // Once the value type is in the library, the type built on it is still bottom code.
  std::vector<bool> Type(None);
  Type[1] = true;
  EXPECT_EQ(bottomLayerLibrary(G, ValueType, All, Home, 4, 0.5), Type);
}

TEST(SharedLibrary, ADomainOneOfTwoOtherServicesUsesStaysAService) {
  // Service 1 (units 2, 3) depends on nothing and half the other units use it, but only one of
  // the two other services: a domain, not a library.
  UnitGraph G = graphOf(6, {{0, 2, 1, 0, 1}, {1, 3, 1, 0, 1}, {4, 5, 1, 0, 1}});
  const std::vector<std::uint32_t> Home{0, 0, 1, 1, 2, 2};
  const std::vector<bool> None(6, false), All(6, true);
  EXPECT_EQ(omnipresentServices(G, None, All, Home, 3, 0.5, 0.5), None);
  // With service 2 using it too, both other services use it: more than half.
  UnitGraph Wider = graphOf(6, {{0, 2, 1, 0, 1}, {1, 3, 1, 0, 1}, {4, 2, 1, 0, 1}});
  EXPECT_EQ(omnipresentServices(Wider, None, All, Home, 3, 0.5, 0.5),
            (std::vector<bool>{false, false, true, true, false, false}));
}

TEST(SharedLibrary, FourDomainsGiveFourServicesAndOnlyTheUtilitiesAreShared) {
  Facts F = shared_test::World().facts();
  Decomposition D = decompose(F, {}, {});
  ASSERT_EQ(D.Units.Units.size(), 10u);
  EXPECT_EQ(D.Services.size(), 4u);
  for (const Service &S : D.Services)
    EXPECT_FALSE(S.CompositionRoot) << S.Name;
  for (const std::string &Id : shared_test::DomainUnits)
    EXPECT_LT(D.serviceOfFile(Id + ".cpp"), D.Services.size()) << Id << " is not in a service";
  for (const std::string &Id : shared_test::UtilityUnits)
    EXPECT_EQ(D.serviceOfFile(Id + ".cpp"), Decomposition::SharedService) << Id;
  // Each domain is one service: its two units together, apart from the other domains.
  for (std::size_t I = 0; I < shared_test::DomainUnits.size(); I += 2) {
    std::uint32_t S = D.serviceOfFile(shared_test::DomainUnits[I] + ".cpp");
    EXPECT_EQ(D.serviceOfFile(shared_test::DomainUnits[I + 1] + ".cpp"), S);
    EXPECT_EQ(D.Services[S].Units.size(), 2u) << D.Services[S].Name;
  }
}

TEST(SharedLibrary, TheOldRulesWouldHaveSharedTheDomainTypes) {
  // What this test guards: with the service share off and every unit eligible as before, the
  // library closure takes the domain types (each used by two units), as the issue saw.
  Facts F = shared_test::World().facts();
  Config Old;
  Old.SharedServiceShare = 0;
  Decomposition D = decompose(F, Old, {});
  EXPECT_EQ(D.serviceOfFile("catalog/product.cpp"), Decomposition::SharedService);
  EXPECT_EQ(D.serviceOfFile("orders/order.cpp"), Decomposition::SharedService);
  // The state owner is never shared, whatever the share.
  EXPECT_LT(D.serviceOfFile("inventory/stock.cpp"), D.Services.size());
}

} // namespace
} // namespace seams
