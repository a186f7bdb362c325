// Sale-day script: who buys what and when, plus the periodic back-office jobs.
#include "app/sale_day.h"

#include <utility>

#include "common/clock.h"
#include "common/logging.h"
#include "orders/cart.h"

namespace shop::app {

namespace {

using shipping::ServiceLevel;

struct ScriptedOrder {
    int minute;
    const char* label;
    const char* customer;
    std::vector<std::pair<std::string, int>> items;
    const char* promo;
    const char* method;
    ServiceLevel level;
    long long redeemPoints;
};

const std::vector<ScriptedOrder>& script() {
    static const std::vector<ScriptedOrder> orders = {
        {480, "o01", "CUS-ALICE", {{"AUD-1001", 1}}, "", "alice-visa", ServiceLevel::Ground, 0},
        {482, "o02", "CUS-BOB", {{"AUD-1001", 2}, {"CMP-2003", 1}}, "SALE15", "bob-mc", ServiceLevel::Ground, 0},
        {485, "o03", "CUS-CHEN", {{"KIT-3001", 1}}, "", "chen-declined", ServiceLevel::Ground, 0},
        {487, "o04", "CUS-CHEN", {{"KIT-3001", 1}}, "", "chen-wallet", ServiceLevel::Express, 0},
        {490, "o05", "CUS-DANA", {{"CMP-2001", 1}, {"CMP-2002", 1}}, "TENOFF", "dana-amex", ServiceLevel::Ground, 0},
        {492, "o06", "CUS-EVAN", {{"CMP-2001", 2}}, "", "evan-prepaid", ServiceLevel::Ground, 0},
        {495, "o07", "CUS-FAYE", {{"OUT-4002", 3}, {"APP-5002", 1}}, "", "faye-wallet", ServiceLevel::Ground, 0},
        {500, "o08", "CUS-GUS", {{"AUD-1003", 1}, {"CMP-2003", 2}}, "", "gus-flaky", ServiceLevel::Ground, 0},
        {505, "o09", "CUS-HANA", {{"KIT-3002", 1}, {"KIT-3003", 1}}, "CHEF5", "hana-down", ServiceLevel::Ground, 0},
        {507, "o10", "CUS-HANA", {{"KIT-3002", 1}, {"KIT-3003", 1}}, "CHEF5", "hana-visa", ServiceLevel::Ground, 0},
        {515, "o11", "CUS-ALICE", {{"KIT-3001", 1}}, "", "alice-visa", ServiceLevel::Overnight, 0},
        {520, "o12", "CUS-DANA", {{"AUD-1001", 3}}, "", "dana-amex", ServiceLevel::Ground, 0},
        {525, "o13", "CUS-FAYE", {{"KIT-3001", 2}}, "", "faye-wallet", ServiceLevel::Ground, 0},
        {530, "o14", "CUS-GUS", {{"OUT-4001", 1}}, "", "gus-flaky", ServiceLevel::Express, 0},
        {540, "o15", "CUS-EVAN", {{"AUD-1003", 1}}, "", "evan-wallet", ServiceLevel::Ground, 0},
        {545, "o16", "CUS-BOB", {{"APP-5001", 2}, {"APP-5002", 1}}, "SALE15", "bob-mc", ServiceLevel::Ground, 0},
        {550, "o17", "CUS-CHEN", {{"AUD-1002", 2}}, "", "chen-wallet", ServiceLevel::Ground, 0},
        {555, "o18", "CUS-ALICE", {{"AUD-1001", 2}}, "", "alice-visa", ServiceLevel::Ground, 0},
        {560, "o19", "CUS-HANA", {{"CMP-2002", 1}}, "TENOFF", "hana-visa", ServiceLevel::Ground, 0},
        {570, "o20", "CUS-DANA", {{"OUT-4002", 6}}, "", "dana-amex", ServiceLevel::Ground, 0},
        {580, "o21", "CUS-FAYE", {{"KIT-3001", 1}}, "", "faye-wallet", ServiceLevel::Ground, 0},
        {585, "o22", "CUS-GUS", {{"AUD-1001", 1}}, "", "gus-flaky", ServiceLevel::Ground, 0},
        {600, "o23", "CUS-ALICE", {{"CMP-2001", 1}}, "SALE15", "alice-visa", ServiceLevel::Express, 0},
        {610, "o24", "CUS-BOB", {{"KIT-3003", 2}}, "CHEF5", "bob-mc", ServiceLevel::Ground, 0},
        {620, "o25", "CUS-CHEN", {{"AUD-1003", 2}}, "", "chen-wallet", ServiceLevel::Ground, 0},
        {630, "o26", "CUS-HANA", {{"AUD-1001", 2}}, "", "hana-visa", ServiceLevel::Ground, 0},
        {640, "o27", "CUS-EVAN", {{"APP-5001", 1}}, "BOGUS", "evan-wallet", ServiceLevel::Ground, 0},
        {650, "o28", "CUS-DANA", {{"AUD-1001", 5}}, "", "dana-amex", ServiceLevel::Ground, 0},
        {690, "o29", "CUS-FAYE", {{"OUT-4001", 1}, {"OUT-4002", 1}}, "", "faye-wallet", ServiceLevel::Ground, 0},
        {735, "o30", "CUS-GUS", {{"CMP-2003", 3}}, "", "gus-flaky", ServiceLevel::Ground, 150},
        {780, "o31", "CUS-ALICE", {{"APP-5002", 1}}, "", "alice-visa", ServiceLevel::Ground, 300},
        {840, "o32", "CUS-GUS", {{"KIT-3001", 1}}, "", "gus-flaky", ServiceLevel::Ground, 0},
        {870, "o33", "CUS-HANA", {{"KIT-3002", 2}}, "CHEF5", "hana-visa", ServiceLevel::Ground, 0},
        {900, "o34", "CUS-BOB", {{"AUD-1002", 1}}, "", "bob-mc", ServiceLevel::Ground, 0},
        {990, "o35", "CUS-CHEN", {{"APP-5001", 1}}, "", "chen-wallet", ServiceLevel::Ground, 0},
    };
    return orders;
}

struct Browse {
    int minute;
    const char* query;
    long long maxPriceCents;
};

const Browse kBrowsing[] = {
    {470, "wireless headphones", 0}, {472, "espresso", 0},         {475, "usb hub", 5000},
    {478, "tent camping", 0},        {533, "laptop", 100000},      {601, "bottle", 0},
    {700, "wool sweater", 0},        {845, "chef knife steel", 0},
};

void placeScriptedOrder(ShopApp& app, const ScriptedOrder& step, SaleDayResult& result) {
    orders::Cart cart(step.customer);
    for (const auto& item : step.items) {
        const common::Status added = app.manager.addToCart(cart, item.first, item.second);
        if (!added.ok()) {
            common::logInfo("storefront", std::string(step.customer) + " could not add " + item.first + ": " +
                                              added.error());
        }
    }
    if (step.promo[0] != '\0') {
        cart.applyPromo(step.promo);
    }
    if (cart.empty()) {
        ++result.soldOutCarts;
        result.incidents.push_back(std::string(step.label) + ": cart empty (sold out)");
        return;
    }
    payments::PaymentMethod* method = app.paymentMethod(step.method);
    if (method == nullptr) {
        result.incidents.push_back(std::string(step.label) + ": no saved method " + step.method);
        return;
    }
    ++result.checkoutsAttempted;
    const orders::CheckoutResult placed =
        app.manager.placeOrder(step.customer, cart, *method, step.level, step.redeemPoints);
    if (!placed.orderId.empty()) {
        result.orderIds[step.label] = placed.orderId;
    }
    if (!placed.ok) {
        result.incidents.push_back(std::string(step.label) + ": " + placed.stage + " - " + placed.error);
    }
}

void abandonCart(ShopApp& app, const char* customer, const char* sku, int quantity, SaleDayResult& result) {
    orders::Cart cart(customer);
    if (app.manager.addToCart(cart, sku, quantity).ok() && !app.manager.holdCart(cart).empty()) {
        ++result.cartHolds;
    }
}

void flush(ShopApp& app, SaleDayResult& result) {
    const notifications::FlushStats stats = app.outbox.flush(app.email, app.sms);
    result.messages.attempted += stats.attempted;
    result.messages.delivered += stats.delivered;
    result.messages.retried += stats.retried;
    result.messages.deadLettered += stats.deadLettered;
}

std::string labelFor(const SaleDayResult& result, const std::string& label) {
    auto it = result.orderIds.find(label);
    return it == result.orderIds.end() ? std::string() : it->second;
}

}  // namespace

SaleDayResult runSaleDay(ShopApp& app) {
    SaleDayResult result;
    common::SimClock& clock = common::SimClock::instance();
    result.openingMinute = common::hoursToMinutes(7, 50);
    result.closingMinute = common::hoursToMinutes(23, 30);
    clock.set(result.openingMinute);
    common::logInfo("app", "doors open");

    std::size_t next = 0;
    const std::vector<ScriptedOrder>& steps = script();
    for (int minute = result.openingMinute; minute <= result.closingMinute; ++minute) {
        clock.set(minute);

        for (const Browse& browse : kBrowsing) {
            if (browse.minute == minute) {
                app.manager.browse(browse.query, 5, common::Money::fromCents(browse.maxPriceCents));
                ++result.browseQueries;
            }
        }
        while (next < steps.size() && steps[next].minute == minute) {
            placeScriptedOrder(app, steps[next], result);
            ++next;
        }

        // one-off events
        if (minute == common::hoursToMinutes(8, 30)) {
            abandonCart(app, "CUS-BOB", "AUD-1001", 2, result);
        }
        if (minute == common::hoursToMinutes(9, 50)) {
            const std::string orderId = labelFor(result, "o17");
            const common::Status cancelled = app.manager.cancelOrder(orderId, "customer changed their mind");
            if (!cancelled.ok()) {
                result.incidents.push_back("cancel o17: " + cancelled.error());
            }
        }
        if (minute == common::hoursToMinutes(11, 15)) {
            abandonCart(app, "CUS-HANA", "CMP-2003", 4, result);
        }
        if (minute == common::hoursToMinutes(13, 0)) {
            result.reviewsReleased += static_cast<std::size_t>(app.manager.releaseReviewedPayments());
        }
        if (minute == common::hoursToMinutes(13, 30)) {
            const payments::RefundResult returned =
                app.manager.returnItems(labelFor(result, "o11"), "KIT-3001", 1, "arrived dented");
            if (!returned.ok) {
                result.incidents.push_back("return o11: " + returned.error);
            }
        }
        if (minute == common::hoursToMinutes(21, 0)) {
            const payments::RefundResult returned =
                app.manager.returnItems(labelFor(result, "o04"), "KIT-3001", 1, "changed mind");
            if (!returned.ok) {
                result.incidents.push_back("return o04: " + returned.error);
            }
        }

        // periodic back-office jobs
        if (minute % 60 == 0 && minute >= common::hoursToMinutes(9, 0) && minute <= common::hoursToMinutes(20, 0)) {
            app.manager.fulfilPending();
            ++result.fulfilmentRuns;
        }
        if (minute % 20 == 0) {
            app.manager.pollCarrierFeed(minute);
        }
        if (minute % 15 == 0) {
            app.manager.housekeeping(minute);
        }
        if (minute % 60 == 30) {
            flush(app, result);
        }
    }
    // close of day: drain the outbox (bounded) so the morning shift starts clean
    for (int round = 0; round < 3 && app.outbox.pending() > 0; ++round) {
        flush(app, result);
    }
    common::logInfo("app", "doors closed");
    return result;
}

}  // namespace shop::app
