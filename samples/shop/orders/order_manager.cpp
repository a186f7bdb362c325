// OrderManager implementation.
#include "orders/order_manager.h"

#include "common/clock.h"
#include "common/logging.h"
#include "orders/order_state_machine.h"

namespace shop::orders {

using common::Money;

OrderManager::OrderManager(const Collaborators& c) : c_(c) {}

std::vector<std::string> OrderManager::browse(const std::string& query, std::size_t limit, Money maxPrice) const {
    catalog::SearchOptions options;
    options.limit = limit;
    options.maxPrice = maxPrice;
    std::vector<std::string> skus;
    for (const catalog::SearchHit& hit : c_.search.search(query, options)) {
        if (c_.reservations.available(hit.sku) > 0) {
            skus.push_back(hit.sku);
        }
    }
    return skus;
}

common::Status OrderManager::addToCart(Cart& cart, const std::string& sku, int quantity) const {
    if (c_.reservations.available(sku) < quantity) {
        return common::Status::failure(sku + " is sold out");
    }
    return cart.add(c_.catalog, sku, quantity);
}

std::string OrderManager::holdCart(const Cart& cart) {
    std::vector<inventory::ReservedItem> items;
    for (const CartLine& line : cart.lines()) {
        items.push_back(inventory::ReservedItem{line.sku, line.quantity});
    }
    const common::Result<std::string> held = c_.reservations.reserve("cart:" + cart.customerId(), items);
    return held.ok() ? held.value() : std::string();
}

CheckoutResult OrderManager::placeOrder(const std::string& customerId, const Cart& cart,
                                        payments::PaymentMethod& method, shipping::ServiceLevel level,
                                        long long redeemPoints) {
    CheckoutRequest request;
    request.customerId = customerId;
    request.cart = &cart;
    request.paymentMethod = &method;
    request.level = level;
    if (redeemPoints > 0 && c_.loyalty.balance(customerId) >= redeemPoints) {
        request.storeCredit = Money::fromCents(redeemPoints);
    }

    CheckoutResult result = c_.checkout.checkout(request);
    if (!result.ok) {
        if (result.stage == "inventory") {
            ++counters_.rejectedInventory;
        } else if (result.stage == "shipping") {
            ++counters_.rejectedShipping;
        } else if (result.stage == "payment") {
            ++counters_.rejectedPayment;
        } else {
            ++counters_.rejectedValidation;
        }
        return result;
    }

    ++counters_.placed;
    const Order* order = c_.orders.find(result.orderId);
    if (order == nullptr) {
        return result;
    }
    if (order->storeCredit.isPositive()) {
        const common::Result<Money> redeemed =
            c_.loyalty.redeem(customerId, order->storeCredit.cents(), order->id);
        if (redeemed.ok()) {
            counters_.loyaltyPointsRedeemed += order->storeCredit.cents();
        }
    }
    const Money merchandise = order->subtotal - order->discount;
    counters_.merchandise += merchandise;
    counters_.shippingCharged += order->shipping;
    counters_.taxCollected += order->tax;
    counters_.loyaltyPointsAwarded += c_.loyalty.earn(customerId, merchandise - order->storeCredit, order->id);
    return result;
}

bool OrderManager::pickLine(const std::string& preferredWarehouse, const std::string& sku, int quantity) {
    if (c_.warehouses.unitsAt(preferredWarehouse, sku) >= quantity) {
        return c_.warehouses.pick(preferredWarehouse, sku, quantity);
    }
    for (const std::string& code : c_.warehouses.codes()) {
        if (code != preferredWarehouse && c_.warehouses.unitsAt(code, sku) >= quantity) {
            common::logInfo("fulfilment", "split pick: " + sku + " from " + code);
            return c_.warehouses.pick(code, sku, quantity);
        }
    }
    return false;
}

bool OrderManager::pickOrder(const Order& order) {
    for (const OrderLine& line : order.lines) {
        int totalAvailable = 0;
        for (const std::string& code : c_.warehouses.codes()) {
            totalAvailable += c_.warehouses.unitsAt(code, line.sku);
        }
        if (totalAvailable < line.quantity) {
            return false;
        }
    }
    for (const OrderLine& line : order.lines) {
        if (!pickLine(order.warehouse, line.sku, line.quantity)) {
            return false;
        }
    }
    return true;
}

int OrderManager::fulfilPending() {
    int shipped = 0;
    for (const std::string& orderId : c_.orders.idsInStatus(OrderStatus::Paid)) {
        const payments::PaymentRecord* payment = c_.payments.findByOrder(orderId);
        if (payment != nullptr && payment->underReview) {
            continue;  // risk team has not looked at it yet
        }
        if (!c_.orders.transition(orderId, OrderStatus::Fulfilling, "picking").ok()) {
            continue;
        }
        Order* order = c_.orders.find(orderId);
        if (!pickOrder(*order)) {
            ++counters_.shortPicks;
            common::logWarn("fulfilment", "short pick on " + orderId + ", back to the queue");
            c_.orders.transition(orderId, OrderStatus::Paid, "short pick");
            continue;
        }
        const inventory::Warehouse* warehouse = c_.warehouses.find(order->warehouse);
        const shipping::ServiceLevel level = order->serviceLevel == "express"     ? shipping::ServiceLevel::Express
                                             : order->serviceLevel == "overnight" ? shipping::ServiceLevel::Overnight
                                                                                  : shipping::ServiceLevel::Ground;
        const std::optional<shipping::RateQuote> rate =
            c_.shippingRates.quoteForOrder(*order, warehouse != nullptr ? warehouse->postalPrefix : "0", level);

        shipping::ShipmentRequest request;
        request.orderId = orderId;
        request.carrierCode = rate ? rate->carrierCode : order->carrierCode;
        request.level = level;
        request.weightGrams = order->totalWeightGrams();
        request.labelCost = rate ? rate->price : order->shipping;
        request.fromWarehouse = order->warehouse;
        request.destination = order->shipTo;
        const common::Result<shipping::Shipment> shipment = c_.shipments.createShipment(request);
        if (!shipment.ok()) {
            common::logError("fulfilment", orderId + ": " + shipment.error());
            c_.orders.transition(orderId, OrderStatus::Paid, "label failed");
            continue;
        }
        order->trackingNumber = shipment.value().trackingNumber;
        order->carrierCode = shipment.value().carrierCode;
        c_.orders.transition(orderId, OrderStatus::Shipped, "label " + order->trackingNumber);
        const shipping::Carrier* carrier = c_.carriers.find(order->carrierCode);
        c_.notifier.notifyShipped(order->customerId, orderId, carrier != nullptr ? carrier->name : order->carrierCode,
                                  order->trackingNumber, shipment.value().transitDays);
        ++shipped;
    }
    counters_.shipped += static_cast<std::size_t>(shipped);
    return shipped;
}

int OrderManager::releaseReviewedPayments() {
    int released = 0;
    for (const std::string& paymentId : c_.payments.reviewQueue()) {
        if (c_.payments.clearReview(paymentId)) {
            ++released;
        }
    }
    return released;
}

int OrderManager::pollCarrierFeed(int nowMinute) {
    int delivered = 0;
    for (const std::string& tracking : c_.tracking.poll(nowMinute)) {
        const shipping::Shipment* shipment = c_.shipments.findByTracking(tracking);
        if (shipment == nullptr) {
            continue;
        }
        const Order* order = c_.orders.find(shipment->orderId);
        if (order == nullptr || !c_.orders.transition(order->id, OrderStatus::Delivered, tracking).ok()) {
            continue;
        }
        c_.notifier.notifyDelivered(order->customerId, order->id);
        ++delivered;
    }
    counters_.delivered += static_cast<std::size_t>(delivered);
    return delivered;
}

common::Status OrderManager::cancelOrder(const std::string& orderId, const std::string& reason) {
    Order* order = c_.orders.find(orderId);
    if (order == nullptr) {
        return common::Status::failure("unknown order " + orderId);
    }
    if (order->status == OrderStatus::PendingPayment || order->status == OrderStatus::PaymentFailed) {
        return c_.orders.transition(orderId, OrderStatus::Cancelled, reason);
    }
    if (order->status != OrderStatus::Paid) {
        return common::Status::failure(std::string("cannot cancel an order that is ") + toString(order->status));
    }
    payments::RefundRequest refund;
    refund.paymentId = order->paymentId;
    refund.amount = order->total - order->refunded;
    refund.reason = "cancelled: " + reason;
    for (const OrderLine& line : order->lines) {
        refund.restock.push_back(payments::RestockItem{line.sku, line.quantity});
    }
    const payments::RefundResult refunded = c_.refunds.refund(refund);
    if (!refunded.ok) {
        return common::Status::failure(refunded.error);
    }
    c_.orders.recordRefund(orderId, refunded.refunded);
    common::Status status = c_.orders.transition(orderId, OrderStatus::Cancelled, reason);
    c_.loyalty.reverse(order->customerId, refunded.refunded, orderId);
    c_.notifier.notifyRefund(order->customerId, orderId, refunded.refunded);
    ++counters_.cancelled;
    return status;
}

payments::RefundResult OrderManager::returnItems(const std::string& orderId, const std::string& sku, int quantity,
                                                 const std::string& reason) {
    payments::RefundResult result;
    Order* order = c_.orders.find(orderId);
    if (order == nullptr) {
        result.error = "unknown order " + orderId;
        return result;
    }
    if (order->status != OrderStatus::Delivered && order->status != OrderStatus::PartiallyRefunded) {
        result.error = std::string("returns need a delivered order, this one is ") + toString(order->status);
        return result;
    }
    OrderLine* line = nullptr;
    for (OrderLine& candidate : order->lines) {
        if (candidate.sku == sku) {
            line = &candidate;
        }
    }
    if (line == nullptr || quantity <= 0 || line->returnedQuantity + quantity > line->quantity) {
        result.error = "nothing returnable for " + sku;
        return result;
    }
    const Money lineShare =
        Money::fromCents(common::roundedDivide(line->net().cents() * quantity, line->quantity));
    Money amount = lineShare + computeTax(lineShare, order->shipTo.region);
    amount = common::minOf(amount, order->total - order->refunded);

    payments::RefundRequest refund;
    refund.paymentId = order->paymentId;
    refund.amount = amount;
    refund.reason = "return: " + reason;
    refund.restock.push_back(payments::RestockItem{sku, quantity});
    result = c_.refunds.refund(refund);
    if (!result.ok) {
        return result;
    }
    line->returnedQuantity += quantity;
    c_.orders.recordRefund(orderId, result.refunded);
    bool everythingBack = true;
    for (const OrderLine& l : order->lines) {
        everythingBack = everythingBack && l.returnedQuantity == l.quantity;
    }
    c_.orders.transition(orderId, everythingBack ? OrderStatus::Refunded : OrderStatus::PartiallyRefunded, reason);
    c_.loyalty.reverse(order->customerId, result.refunded, orderId);
    c_.notifier.notifyRefund(order->customerId, orderId, result.refunded);
    ++counters_.returns;
    return result;
}

int OrderManager::housekeeping(int nowMinute) {
    int actions = 0;
    const int expired = c_.reservations.expireStale(nowMinute);
    counters_.reservationsExpired += static_cast<std::size_t>(expired);
    actions += expired;

    for (const std::string& orderId : c_.orders.idsInStatus(OrderStatus::PaymentFailed)) {
        const Order* order = c_.orders.find(orderId);
        if (order != nullptr && nowMinute - order->createdMinute >= 30) {
            c_.orders.transition(orderId, OrderStatus::Cancelled, "payment not recovered");
            ++counters_.staleOrdersClosed;
            ++actions;
        }
    }

    for (const inventory::PurchaseOrder& po : c_.replenishment.receiveDue(nowMinute)) {
        c_.warehouses.stockBin("DFW2", po.sku, po.quantity);  // suppliers deliver to the central DC
        ++counters_.purchaseOrdersReceived;
        ++actions;
    }
    actions += static_cast<int>(c_.replenishment.plan(nowMinute).size());
    return actions;
}

}  // namespace shop::orders
