// Order: the customer's purchase, its lines, money breakdown and status history.
#pragma once

#include <string>
#include <vector>

#include "common/database.h"
#include "common/money.h"
#include "customers/address.h"

namespace shop::orders {

enum class OrderStatus {
    Draft,
    PendingPayment,
    PaymentFailed,
    Paid,
    Fulfilling,
    Shipped,
    Delivered,
    PartiallyRefunded,
    Refunded,
    Cancelled
};

const char* toString(OrderStatus status);

struct OrderLine {
    std::string sku;
    std::string name;
    int quantity = 0;
    common::Money unitPrice;
    common::Money discount;
    int unitWeightGrams = 0;
    bool oversized = false;
    int returnedQuantity = 0;

    common::Money gross() const { return unitPrice * quantity; }
    common::Money net() const { return gross() - discount; }
};

struct StatusChange {
    OrderStatus from = OrderStatus::Draft;
    OrderStatus to = OrderStatus::Draft;
    int minute = 0;
    std::string note;
};

struct Order {
    std::string id;
    std::string customerId;
    std::vector<OrderLine> lines;
    std::string promoCode;
    customers::Address shipTo;
    common::Money subtotal;
    common::Money discount;
    common::Money storeCredit;
    common::Money shipping;
    common::Money tax;
    common::Money total;
    common::Money refunded;
    OrderStatus status = OrderStatus::Draft;
    std::string paymentId;
    std::string reservationId;
    std::string warehouse;
    std::string carrierCode;
    std::string serviceLevel;
    std::string trackingNumber;
    int createdMinute = 0;
    std::vector<StatusChange> history;

    int itemCount() const;
    int totalWeightGrams() const;
    bool hasOversizedItem() const;
    const OrderLine* line(const std::string& sku) const;
};

// Sales tax in basis points for a state; a few states have no sales tax.
int taxRateBp(const std::string& region);
common::Money computeTax(common::Money taxable, const std::string& region);
common::Row toRow(const Order& order);

}  // namespace shop::orders
