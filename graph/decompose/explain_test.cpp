// Tests for the per-service explanations: static weight inside and out, strongest pairs, co-change
// inside, identifier terms (never path names) and namespaces, written to and read from
// decomposition.json.
#include "graph/decompose/decomposition.h"
#include "graph/decompose/explain.h"
#include "graph/decompose/shared_library_test_world.h"

#include <gtest/gtest.h>
#include <sstream>

namespace seams {
namespace {

const Service &serviceOf(const Decomposition &D, const std::string &File) {
  return D.Services.at(D.serviceOfFile(File));
}

std::string unitId(const Decomposition &D, std::uint32_t U) { return D.Units.Units[U].Id; }

TEST(Explain, StaticWeightStrongestPairAndSharedIdentifierTerms) {
  Facts F = shared_test::World().facts();
  Decomposition D = decompose(F, {}, {});
  const Service &Catalog = serviceOf(D, "catalog/catalog.cpp");
  ASSERT_TRUE(Catalog.Why);
  const ServiceExplanation &W = *Catalog.Why;
  EXPECT_DOUBLE_EQ(W.Inside, Catalog.Metrics.InternalWeight);
  EXPECT_DOUBLE_EQ(W.Outside, Catalog.Metrics.Afferent + Catalog.Metrics.Efferent);
  EXPECT_GT(W.Inside, W.Outside);
  ASSERT_EQ(W.Strongest.size(), 1u);
  EXPECT_EQ(unitId(D, W.Strongest[0].A), "catalog/catalog");
  EXPECT_EQ(unitId(D, W.Strongest[0].B), "catalog/product");
  EXPECT_FALSE(W.Change); // no history
  // "shop" is in every unit (score 0); "catalog" and "product" are in both of its units only.
  EXPECT_EQ(W.Terms, (std::vector<ServiceExplanation::Term>{{"catalog", 2}, {"product", 2}}));
  // "warehouse" names a file, never an identifier: it is no reason.
  for (const ServiceExplanation::Term &T : serviceOf(D, "inventory/stock.cpp").Why->Terms)
    EXPECT_NE(T.Text, "warehouse");
}

TEST(Explain, CoChangeInsideAServiceOnlyWithAHistory) {
  Facts F = shared_test::World().facts();
  Decomposition D = decompose(F, {}, {});
  std::uint32_t Order = D.Units.unitOfFile("orders/order.cpp");
  std::uint32_t Checkout = D.Units.unitOfFile("orders/checkout.cpp");
  std::uint32_t Product = D.Units.unitOfFile("catalog/product.cpp");
  // One pair inside orders (support 4), one across services (not counted).
  D.UnitCoChange = {{std::min(Order, Checkout), std::max(Order, Checkout), 4, 5, 6},
                    {std::min(Order, Product), std::max(Order, Product), 3, 5, 4}};
  std::vector<ServiceExplanation> W = explainServices(F, D, true);
  const ServiceExplanation &Orders = W[D.serviceOfFile("orders/order.cpp")];
  ASSERT_TRUE(Orders.Change);
  EXPECT_EQ(Orders.Change->Pairs, 1u);
  EXPECT_EQ(Orders.Change->Support, 4u);
  ASSERT_TRUE(Orders.Change->Top);
  EXPECT_DOUBLE_EQ(Orders.Change->Top->Weight, 4);
  const ServiceExplanation &Catalog = W[D.serviceOfFile("catalog/product.cpp")];
  ASSERT_TRUE(Catalog.Change);
  EXPECT_EQ(Catalog.Change->Pairs, 0u);
  EXPECT_FALSE(Catalog.Change->Top);
  EXPECT_FALSE(explainServices(F, D, false)[0].Change);
}

TEST(Explain, NamespacesItsUnitsShareOnlyWhereNamespaceSimilarityWasUsed) {
  Facts F = shared_test::World().facts();
  for (const char *N : {"shop", "shop::catalog", "shop::common", "shop::inventory", "shop::orders",
                        "shop::payments"})
    F.Entities.push_back({std::string("ns:") + N, EntityKind::Namespace, N});
  Config Off;
  Off.Weights.NamespaceSimilarity = 0;
  EXPECT_FALSE(serviceOf(decompose(F, Off, {}), "catalog/catalog.cpp").Why->Namespaces);
  Config C;
  C.Weights.NamespaceSimilarity = 1;
  Decomposition D = decompose(F, C, {});
  const Service &Catalog = serviceOf(D, "catalog/catalog.cpp");
  ASSERT_TRUE(Catalog.Why && Catalog.Why->Namespaces);
  // "shop" holds every unit, so the signal skips it and so does the reason.
  EXPECT_EQ(*Catalog.Why->Namespaces,
            (std::vector<ServiceExplanation::Term>{{"shop::catalog", 2}}));
  std::ostringstream Out;
  writeDecompositionJson(D, Out);
  EXPECT_NE(Out.str().find("\"namespaces\":[{\"namespace\":\"shop::catalog\",\"units\":2}]"),
            std::string::npos);
  std::istringstream In(Out.str());
  Decomposition R = readDecompositionJson(In, "decomposition.json");
  for (std::size_t S = 0; S < D.Services.size(); ++S)
    EXPECT_EQ(R.Services[S].Why->Namespaces, D.Services[S].Why->Namespaces);
}

TEST(Explain, ReadBackFromDecompositionJson) {
  Facts F = shared_test::World().facts();
  Decomposition D = decompose(F, {}, {});
  std::ostringstream Out;
  writeDecompositionJson(D, Out);
  EXPECT_NE(Out.str().find("\"why\": {\"inside\":"), std::string::npos);
  std::istringstream In(Out.str());
  Decomposition R = readDecompositionJson(In, "decomposition.json");
  for (std::size_t S = 0; S < D.Services.size(); ++S) {
    ASSERT_TRUE(R.Services[S].Why);
    EXPECT_EQ(R.Services[S].Why->Terms, D.Services[S].Why->Terms);
    EXPECT_EQ(R.Services[S].Why->Strongest.size(), D.Services[S].Why->Strongest.size());
  }
  std::ostringstream Again;
  writeDecompositionJson(R, Again);
  EXPECT_EQ(Again.str(), Out.str());
}

} // namespace
} // namespace seams
