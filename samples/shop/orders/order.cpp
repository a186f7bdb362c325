// Order helpers: status names, weights, tax and persistence mapping.
#include "orders/order.h"

#include "common/config.h"

namespace shop::orders {

const char* toString(OrderStatus status) {
    switch (status) {
        case OrderStatus::Draft:
            return "draft";
        case OrderStatus::PendingPayment:
            return "pending_payment";
        case OrderStatus::PaymentFailed:
            return "payment_failed";
        case OrderStatus::Paid:
            return "paid";
        case OrderStatus::Fulfilling:
            return "fulfilling";
        case OrderStatus::Shipped:
            return "shipped";
        case OrderStatus::Delivered:
            return "delivered";
        case OrderStatus::PartiallyRefunded:
            return "partially_refunded";
        case OrderStatus::Refunded:
            return "refunded";
        case OrderStatus::Cancelled:
            return "cancelled";
    }
    return "draft";
}

int Order::itemCount() const {
    int n = 0;
    for (const OrderLine& l : lines) {
        n += l.quantity;
    }
    return n;
}

int Order::totalWeightGrams() const {
    int grams = 0;
    for (const OrderLine& l : lines) {
        grams += l.unitWeightGrams * l.quantity;
    }
    return grams;
}

bool Order::hasOversizedItem() const {
    for (const OrderLine& l : lines) {
        if (l.oversized) {
            return true;
        }
    }
    return false;
}

const OrderLine* Order::line(const std::string& sku) const {
    for (const OrderLine& l : lines) {
        if (l.sku == sku) {
            return &l;
        }
    }
    return nullptr;
}

int taxRateBp(const std::string& region) {
    if (region == "OR" || region == "MT" || region == "DE" || region == "NH" || region == "AK") {
        return 0;
    }
    if (region == "CA") {
        return 725;
    }
    if (region == "NY") {
        return 400;
    }
    return static_cast<int>(common::Config::instance().getInt("tax.rate_bp", 825));
}

common::Money computeTax(common::Money taxable, const std::string& region) {
    return taxable.basisPoints(taxRateBp(region));
}

common::Row toRow(const Order& order) {
    return common::Row{{"id", order.id},
                       {"customer_id", order.customerId},
                       {"status", toString(order.status)},
                       {"subtotal_cents", std::to_string(order.subtotal.cents())},
                       {"discount_cents", std::to_string(order.discount.cents())},
                       {"shipping_cents", std::to_string(order.shipping.cents())},
                       {"tax_cents", std::to_string(order.tax.cents())},
                       {"total_cents", std::to_string(order.total.cents())},
                       {"refunded_cents", std::to_string(order.refunded.cents())},
                       {"payment_id", order.paymentId},
                       {"ship_postal", order.shipTo.postalCode}};
}

}  // namespace shop::orders
