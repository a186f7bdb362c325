// ShopApp construction and the opening state of the sale day.
#include "app/wiring.h"

#include "common/logging.h"
#include "inventory/stock.h"
#include "payments/card_payment.h"
#include "payments/retry_policy.h"
#include "payments/wallet_payment.h"

namespace shop::app {

using common::Money;

ShopApp::ShopApp()
    : catalog(categories),
      prices(catalog),
      search(catalog),
      replenishment(reservations),
      loyalty(customers),
      notifier(templates, outbox, customers),
      shipments(carriers),
      tracking(shipments),
      shippingRates(carriers, zones, rates),
      payments(orders, fraud, ledger, payments::RetryPolicy::fromConfig()),
      refunds(payments, ledger),
      checkout(catalog, prices, reservations, warehouses, orders, payments, shippingRates, customers, notifier),
      manager(orders::Collaborators{catalog, search, reservations, warehouses, replenishment, orders, checkout,
                                    shippingRates, payments, refunds, shipments, tracking, carriers, customers,
                                    loyalty, notifier}) {}

payments::PaymentMethod* ShopApp::paymentMethod(const std::string& key) {
    auto it = wallet.find(key);
    return it == wallet.end() ? nullptr : it->second.get();
}

void seedOpeningStock(ShopApp& app) {
    struct Bin {
        const char* sku;
        int ewr;
        int dfw;
        int rno;
    };
    const Bin bins[] = {
        {"AUD-1001", 5, 4, 3}, {"AUD-1002", 8, 6, 6}, {"AUD-1003", 5, 5, 5}, {"CMP-2001", 2, 2, 2},
        {"CMP-2002", 4, 3, 3}, {"CMP-2003", 10, 10, 10}, {"KIT-3001", 1, 1, 1}, {"KIT-3002", 4, 4, 4},
        {"KIT-3003", 3, 3, 2}, {"OUT-4001", 1, 2, 1}, {"OUT-4002", 8, 8, 8}, {"APP-5001", 5, 5, 4},
        {"APP-5002", 3, 3, 3},
    };
    std::map<std::string, int> totals;
    for (const Bin& bin : bins) {
        app.warehouses.stockBin("EWR1", bin.sku, bin.ewr);
        app.warehouses.stockBin("DFW2", bin.sku, bin.dfw);
        app.warehouses.stockBin("RNO1", bin.sku, bin.rno);
        totals[bin.sku] = bin.ewr + bin.dfw + bin.rno;
    }
    inventory::seedStock(totals);
}

void seedPaymentMethods(ShopApp& app) {
    auto card = [&](const std::string& key, const std::string& holder, const std::string& number,
                    const std::string& postal) {
        app.wallet[key] = std::make_unique<payments::CardPayment>(holder, number, 8, 2027, postal);
    };
    auto ewallet = [&](const std::string& key, const std::string& provider, const std::string& id, Money balance,
                       const std::string& postal, int ageDays) {
        app.wallet[key] = std::make_unique<payments::WalletPayment>(provider, id, balance, postal, ageDays);
    };
    card("alice-visa", "Alice Moreno", "4242424242424242", "02110");
    card("bob-mc", "Bob Lindqvist", "5555555555554444", "73301");
    card("chen-declined", "Chen Wei", "4000000000000002", "94105");
    ewallet("chen-wallet", "paypal", "chen.wei@example.com", Money::fromDollars(900), "94105", 400);
    card("dana-amex", "Dana Okafor", "378282246310005", "60601");
    card("evan-prepaid", "Evan Price", "4000056655665556", "10001");
    ewallet("evan-wallet", "paypal", "evan@example.net", Money::fromDollars(300), "10001", 2);
    ewallet("faye-wallet", "applepay", "faye@example.org", Money::fromDollars(1200), "98101", 900);
    card("gus-flaky", "Gus Hendricks", "4000000000000119", "80202");
    card("hana-down", "Hana Novak", "4000000000000341", "10004");
    card("hana-visa", "Hana Novak", "4000000000000077", "10004");
}

std::unique_ptr<ShopApp> buildShop() {
    auto app = std::make_unique<ShopApp>();
    catalog::loadDefaultCategories(app->categories);
    catalog::loadSampleCatalog(app->catalog);
    catalog::loadSaleDayPricing(app->prices);
    app->search.rebuild();

    inventory::loadDefaultWarehouses(app->warehouses);
    inventory::loadDefaultReorderPolicies(app->replenishment);
    seedOpeningStock(*app);

    customers::loadSampleCustomers(app->customers);
    notifications::loadDefaultTemplates(app->templates);

    shipping::loadDefaultCarriers(app->carriers);
    shipping::loadDefaultRates(app->rates, app->carriers);

    seedPaymentMethods(*app);
    common::logInfo("app", "shop ready: " + std::to_string(app->catalog.size()) + " products, " +
                               std::to_string(app->customers.size()) + " customers");
    return app;
}

}  // namespace shop::app
