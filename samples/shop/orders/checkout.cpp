// CheckoutService implementation: the storefront's "Place order" button.
#include "orders/checkout.h"

#include <map>

#include "common/clock.h"
#include "common/config.h"
#include "common/ids.h"
#include "common/logging.h"

namespace shop::orders {

using common::Money;

CheckoutService::CheckoutService(const catalog::Catalog& catalog, const catalog::PriceBook& prices,
                                 inventory::ReservationManager& reservations,
                                 const inventory::WarehouseRegistry& warehouses, OrderStore& orders,
                                 payments::PaymentProcessor& payments, const ShippingRateCalculator& shippingRates,
                                 const customers::CustomerDirectory& customers, notifications::Notifier& notifier)
    : catalog_(catalog),
      prices_(prices),
      reservations_(reservations),
      warehouses_(warehouses),
      orders_(orders),
      payments_(payments),
      shippingRates_(shippingRates),
      customers_(customers),
      notifier_(notifier) {}

CheckoutResult CheckoutService::fail(const std::string& stage, const std::string& error,
                                     const std::string& orderId) {
    CheckoutResult result;
    result.stage = stage;
    result.error = error;
    result.orderId = orderId;
    common::logInfo("checkout", "failed at " + stage + ": " + error);
    return result;
}

CheckoutResult CheckoutService::checkout(const CheckoutRequest& request) {
    ++attempts_;
    const customers::Customer* customer = customers_.find(request.customerId);
    if (customer == nullptr) {
        return fail("validation", "unknown customer " + request.customerId);
    }
    if (customer->blocked) {
        return fail("validation", "account " + customer->id + " is blocked");
    }
    if (request.cart == nullptr || request.cart->empty()) {
        return fail("validation", "cart is empty");
    }
    if (request.paymentMethod == nullptr) {
        return fail("validation", "no payment method");
    }
    const customers::Address shipTo =
        request.shipTo.recipient.empty() ? customer->defaultAddress : customers::normalizeAddress(request.shipTo);
    const std::string addressProblem = customers::validateAddress(shipTo);
    if (!addressProblem.empty()) {
        return fail("validation", addressProblem);
    }

    // 1. price the cart as of now
    const int minute = common::SimClock::instance().minuteOfDay();
    const catalog::PriceQuote quote = prices_.quote(request.cart->toPriceInputs(), request.cart->promoCode(), minute);
    if (quote.lines.empty()) {
        return fail("pricing", "nothing sellable in cart");
    }
    if (!quote.promoRejection.empty()) {
        common::logInfo("checkout", request.customerId + ": " + quote.promoRejection);
    }

    Order order;
    order.id = common::makeId("ORD");
    order.customerId = customer->id;
    order.shipTo = shipTo;
    order.promoCode = quote.promoRejection.empty() ? request.cart->promoCode() : std::string();
    std::map<std::string, int> wanted;
    std::vector<inventory::ReservedItem> items;
    for (const catalog::PricedLine& priced : quote.lines) {
        const catalog::Product* product = catalog_.find(priced.sku);
        OrderLine line;
        line.sku = priced.sku;
        line.name = product != nullptr ? product->name : priced.sku;
        line.quantity = priced.quantity;
        line.unitPrice = priced.unitPrice;
        line.discount = priced.discount;
        line.unitWeightGrams = product != nullptr ? product->weightGrams : 0;
        line.oversized = product != nullptr && product->oversized;
        order.lines.push_back(line);
        wanted[priced.sku] += priced.quantity;
        items.push_back(inventory::ReservedItem{priced.sku, priced.quantity});
    }
    order.subtotal = quote.subtotal;
    order.discount = quote.discount;

    // 2. hold the stock while we talk to the payment gateway
    const common::Result<std::string> reservation = reservations_.reserve(order.id, items);
    if (!reservation.ok()) {
        return fail("inventory", reservation.error());
    }
    order.reservationId = reservation.value();

    // 3. ship from the nearest warehouse that has everything; quote the cheapest carrier
    order.warehouse = warehouses_.chooseShipFrom(wanted, shipTo.postalCode);
    const inventory::Warehouse* warehouse = warehouses_.find(order.warehouse);
    const std::string prefix = warehouse != nullptr ? warehouse->postalPrefix : "0";
    const std::optional<shipping::RateQuote> rate = shippingRates_.quoteForOrder(order, prefix, request.level);
    if (!rate) {
        reservations_.release(order.reservationId, "no shipping option");
        return fail("shipping", "no carrier can deliver this order");
    }
    order.carrierCode = rate->carrierCode;
    order.serviceLevel = shipping::toString(request.level);
    const Money merchandise = order.subtotal - order.discount;
    const Money freeThreshold =
        Money::fromCents(common::Config::instance().getInt("shipping.free_threshold_cents", 7500));
    const bool freeShipping = request.level == shipping::ServiceLevel::Ground && merchandise >= freeThreshold;
    order.shipping = freeShipping ? Money() : rate->price;

    // 4. tax on merchandise after discounts, store credit applied last
    order.tax = computeTax(merchandise, shipTo.region);
    const Money beforeCredit = merchandise + order.shipping + order.tax;
    order.storeCredit = common::minOf(request.storeCredit, beforeCredit - Money::fromDollars(1));
    if (order.storeCredit.isNegative()) {
        order.storeCredit = Money();
    }
    order.total = beforeCredit - order.storeCredit;

    Order& stored = orders_.create(order);
    const std::string orderId = stored.id;
    orders_.transition(orderId, OrderStatus::PendingPayment, "checkout");

    // 5. charge; the processor flips the order to paid once the money is captured
    payments::ChargeRequest charge;
    charge.orderId = orderId;
    charge.customerId = customer->id;
    charge.amount = order.total;
    charge.accountAgeDays = customer->accountAgeDays;
    charge.shippingPostal = shipTo.postalCode;
    charge.shipsToPoBox = customers::isPoBox(shipTo);
    const payments::PaymentOutcome outcome = payments_.charge(charge, *request.paymentMethod);
    if (!outcome.approved) {
        reservations_.release(order.reservationId, "payment failed");
        orders_.markPaymentFailed(orderId, outcome.error);
        notifier_.notifyPaymentFailed(customer->id, orderId, request.paymentMethod->kind(), outcome.error);
        return fail("payment", outcome.error, orderId);
    }

    const common::Status committed = reservations_.commit(order.reservationId);
    if (!committed.ok()) {
        common::logError("checkout", "paid order " + orderId + " lost its reservation: " + committed.error());
    }
    notifier_.sendOrderConfirmation(customer->id, orderId, order.total, order.itemCount(), 0);

    CheckoutResult result;
    result.ok = true;
    result.orderId = orderId;
    result.total = order.total;
    return result;
}

}  // namespace shop::orders
