// End-to-end: every planted tangle of the shop monolith is among the top hotspots, with the
// right kind, entities and line.
#include "e2e_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace seams::e2e {
namespace {

using nlohmann::json;
using ::testing::Contains;
using ::testing::HasSubstr;

class ShopHotspots : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    Dir = new ScratchDir();
    Run = new RunResult(runSeams("analyze -q -p " + std::string(SHOP_BUILD_DIR) + " -o " +
                                 Dir->path() + " --config " + SHOP_SOURCE_DIR +
                                 "/seams.toml --cache-dir " + Dir->path() + "/cache"));
    if (Run->Code == 0) {
      json D = json::parse(readFile(Dir->path() + "/decomposition.json"));
      for (std::size_t I = 0; I < D["hotspots"].size() && I < 10; ++I)
        Top.push_back(D["hotspots"][I]);
    }
  }
  static void TearDownTestSuite() {
    delete Run;
    delete Dir;
  }

  /// The first top-10 hotspot of Kind satisfying Pred, or null.
  template <typename Fn> static const json *find(const std::string &Kind, Fn Pred) {
    for (const json &H : Top)
      if (H["kind"] == Kind && Pred(H))
        return &H;
    return nullptr;
  }
  static bool hasEdge(const json &H, const std::string &From, const std::string &To,
                      const std::string &Site = "") {
    for (const json &E : H["edges"])
      if (E["from"] == From && E["to"] == To &&
          (Site.empty() || std::find(E["at"].begin(), E["at"].end(), Site) != E["at"].end()))
        return true;
    return false;
  }

  static ScratchDir *Dir;
  static RunResult *Run;
  static std::vector<json> Top;
};
ScratchDir *ShopHotspots::Dir;
RunResult *ShopHotspots::Run;
std::vector<json> ShopHotspots::Top;

TEST_F(ShopHotspots, RefundWritingTheStockTableIsSharedState) { // tangle 1
  ASSERT_EQ(Run->Code, 0) << Run->Err;
  EXPECT_THAT(Run->Out, HasSubstr("payments/refund.cpp:51: shared-state: payments writes "
                                  "shop::inventory::g_stock_levels (owned by inventory) -> add "
                                  "inventory API adjustStockLevels()"));
  const json *H =
      find("shared-state", [](const json &H) { return H["at"] == "payments/refund.cpp:51"; });
  ASSERT_NE(H, nullptr);
  EXPECT_EQ((*H)["owner"], "inventory");
  EXPECT_THAT((*H)["entities"], Contains("shop::inventory::g_stock_levels"));
}

TEST_F(ShopHotspots, OrdersPaymentsCycleIsCutAtMarkPaid) { // tangle 2
  const json *H = find("cycle", [](const json &H) {
    return hasEdge(H, "shop::payments::PaymentProcessor::charge",
                   "shop::orders::OrderStore::markPaid", "payments/payment_processor.cpp:112");
  });
  ASSERT_NE(H, nullptr);
  EXPECT_THAT((*H)["services"], Contains("orders"));
  EXPECT_THAT((*H)["services"], Contains("payments"));
}

TEST_F(ShopHotspots, OrderManagerIsAGodClass) { // tangle 3
  const json *H = find("hub", [](const json &H) { return H["at"] == "orders/order_manager.h:69"; });
  ASSERT_NE(H, nullptr);
  EXPECT_THAT((*H)["entities"], Contains("shop::orders::OrderManager"));
}

TEST_F(ShopHotspots, IgnoredNotificationResultsBecomeEvents) { // tangle 4
  const json *H = find("cross-service", [](const json &H) {
    return H["action"] == "publish-event" &&
           hasEdge(H, "shop::orders::CheckoutService::checkout",
                   "shop::notifications::Notifier::sendOrderConfirmation",
                   "orders/checkout.cpp:153");
  });
  ASSERT_NE(H, nullptr);
  EXPECT_EQ((*H)["owner"], "notifications");
}

TEST_F(ShopHotspots, OrdersTableIsASharedDataStore) { // tangle 5
  const json *H = find("shared-data", [](const json &H) {
    return std::find(H["entities"].begin(), H["entities"].end(), "orders") != H["entities"].end();
  });
  ASSERT_NE(H, nullptr);
  EXPECT_EQ((*H)["services"], json({"customers", "orders", "shipping"}));
}

TEST_F(ShopHotspots, ShippingRateCalculatorIsMisplaced) { // tangle 7
  const json *H = find(
      "misplaced", [](const json &H) { return H["at"] == "orders/shipping_rate_calculator.h:26"; });
  ASSERT_NE(H, nullptr);
  EXPECT_EQ((*H)["owner"], "shipping");
}

TEST_F(ShopHotspots, CommonHeadersGlueNothing) { // tangle 6
  for (const json &H : Top)
    EXPECT_EQ(H["at"].get<std::string>().rfind("common/", 0), std::string::npos) << H["message"];
}

} // namespace
} // namespace seams::e2e
