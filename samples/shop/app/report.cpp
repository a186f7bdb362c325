// Report formatting and close-of-day invariants.
#include "app/report.h"

#include <cstdlib>
#include <sstream>

#include "common/clock.h"
#include "common/database.h"
#include "common/logging.h"
#include "common/strings.h"
#include "inventory/stock.h"
#include "orders/order_state_machine.h"

namespace shop::app {

using common::Money;
using orders::OrderStatus;

namespace {

std::string row(const std::string& label, const std::string& value) {
    return "  " + common::padRight(label, 16, ' ') + value + "\n";
}

}  // namespace

int stockJournalDrift(const ShopApp& app, int* skusAffected) {
    int drift = 0;
    int affected = 0;
    for (const catalog::Product& product : app.catalog.all()) {
        const int delta = inventory::onHand(product.sku) - inventory::journalledBalance(product.sku);
        if (delta != 0) {
            drift += std::abs(delta);
            ++affected;
        }
    }
    if (skusAffected != nullptr) {
        *skusAffected = affected;
    }
    return drift;
}

std::string formatSummary(const ShopApp& app, const SaleDayResult& result) {
    const orders::DayCounters& c = app.manager.counters();
    const payments::PaymentStats& pay = app.payments.stats();
    std::ostringstream out;
    out << "== shop sale day " << common::formatMinute(result.openingMinute) << "-"
        << common::formatMinute(result.closingMinute) << " ==\n";
    out << row("orders", std::to_string(c.placed) + " placed of " + std::to_string(result.checkoutsAttempted) +
                             " checkouts (sold out " + std::to_string(c.rejectedInventory + result.soldOutCarts) +
                             ", payment " +
                             std::to_string(c.rejectedPayment) + ", other " +
                             std::to_string(c.rejectedValidation + c.rejectedShipping) + ")");
    out << row("status", "shipped " + std::to_string(app.orders.countIn(OrderStatus::Shipped)) + ", delivered " +
                             std::to_string(app.orders.countIn(OrderStatus::Delivered)) + ", returned " +
                             std::to_string(app.orders.countIn(OrderStatus::PartiallyRefunded) +
                                            app.orders.countIn(OrderStatus::Refunded)) +
                             ", cancelled " + std::to_string(app.orders.countIn(OrderStatus::Cancelled)) +
                             ", awaiting stock " + std::to_string(app.orders.countIn(OrderStatus::Paid)));
    out << row("sales", c.merchandise.str() + " merchandise, " + c.shippingCharged.str() + " shipping, " +
                            c.taxCollected.str() + " tax");
    out << row("payments", pay.captured.str() + " captured in " + std::to_string(pay.approved) + " charges; " +
                               std::to_string(pay.declined) + " declined, " + std::to_string(pay.gatewayFailures) +
                               " gateway failures, " + std::to_string(pay.retries) + " retries (" +
                               std::to_string(pay.backoffMs) + " ms backoff)");
    out << row("fraud", std::to_string(app.fraud.assessed()) + " screened, " + std::to_string(app.fraud.reviewed()) +
                            " reviewed, " + std::to_string(app.fraud.blocked()) + " blocked");
    out << row("refunds", app.refunds.totalRefunded().str() + " in " + std::to_string(app.refunds.refundsIssued()) +
                              " refunds, " + std::to_string(app.refunds.unitsRestocked()) + " units restocked");
    out << row("ledger", "sales " + (-app.ledger.balance(payments::accounts::kSales)).str() + ", fees " +
                             app.ledger.balance(payments::accounts::kProcessingFees).str() + ", net receivable " +
                             app.ledger.balance(payments::accounts::kGatewayReceivable).str() +
                             (app.ledger.isBalanced() ? " (balanced)" : " (UNBALANCED)"));
    out << row("shipping", std::to_string(app.shipments.count()) + " labels, " + app.shipments.totalLabelCost().str() +
                               " postage, " + std::to_string(app.tracking.eventCount()) + " scans");
    int driftSkus = 0;
    const int drift = stockJournalDrift(app, &driftSkus);
    out << row("inventory", std::to_string(inventory::totalUnits()) + " units on hand, " +
                                std::to_string(c.reservationsExpired) + " holds expired, " +
                                std::to_string(app.replenishment.raisedOrders()) + " POs raised, " +
                                std::to_string(drift) + " units unjournalled on " + std::to_string(driftSkus) +
                                " SKUs");
    out << row("loyalty", std::to_string(c.loyaltyPointsAwarded) + " points awarded, " +
                              std::to_string(c.loyaltyPointsRedeemed) + " redeemed, " +
                              std::to_string(app.loyalty.totalOutstanding()) + " outstanding");
    out << row("messages", std::to_string(app.outbox.enqueued()) + " queued, " +
                               std::to_string(result.messages.delivered) + " delivered, " +
                               std::to_string(result.messages.retried) + " retried, " +
                               std::to_string(app.outbox.deadLettered()) + " dead-lettered");
    const common::Database& db = common::Database::instance();
    out << row("database", std::to_string(db.tables().size()) + " tables, " + std::to_string(db.statements()) +
                               " statements");
    out << row("log", std::to_string(common::Logger::instance().count(common::LogLevel::Warn)) + " warnings, " +
                          std::to_string(common::Logger::instance().count(common::LogLevel::Error)) + " errors");
    return out.str();
}

std::vector<std::string> checkInvariants(const ShopApp& app, const SaleDayResult& result) {
    std::vector<std::string> problems;
    if (!app.ledger.isBalanced()) {
        problems.push_back("ledger does not balance");
    }
    if (app.manager.counters().placed == 0 || result.checkoutsAttempted == 0) {
        problems.push_back("no orders were placed");
    }
    Money captured;
    Money refunded;
    for (const orders::Order* order : app.orders.all()) {
        if (order->status == OrderStatus::Draft || order->status == OrderStatus::PendingPayment) {
            problems.push_back(order->id + " left in " + orders::toString(order->status));
        }
        if (!order->paymentId.empty()) {
            captured += order->total;
            refunded += order->refunded;
        }
        if (order->refunded > order->total) {
            problems.push_back(order->id + " refunded more than it cost");
        }
    }
    if (captured != app.payments.stats().captured) {
        problems.push_back("orders and payments disagree on captured total");
    }
    if (refunded != app.refunds.totalRefunded()) {
        problems.push_back("orders and refunds disagree on refunded total");
    }
    if (app.ledger.balance(payments::accounts::kRefunds) != app.refunds.totalRefunded()) {
        problems.push_back("ledger refunds do not match refunds issued");
    }
    for (const catalog::Product& product : app.catalog.all()) {
        if (inventory::onHand(product.sku) < 0 || app.reservations.available(product.sku) < 0) {
            problems.push_back("negative stock for " + product.sku);
        }
    }
    return problems;
}

}  // namespace shop::app
