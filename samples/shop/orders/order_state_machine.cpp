// OrderStateMachine transition table.
#include "orders/order_state_machine.h"

#include <algorithm>

#include "common/logging.h"

namespace shop::orders {

std::vector<OrderStatus> OrderStateMachine::allowedFrom(OrderStatus from) {
    switch (from) {
        case OrderStatus::Draft:
            return {OrderStatus::PendingPayment, OrderStatus::Cancelled};
        case OrderStatus::PendingPayment:
            return {OrderStatus::Paid, OrderStatus::PaymentFailed, OrderStatus::Cancelled};
        case OrderStatus::PaymentFailed:
            return {OrderStatus::PendingPayment, OrderStatus::Cancelled};
        case OrderStatus::Paid:
            return {OrderStatus::Fulfilling, OrderStatus::Cancelled, OrderStatus::Refunded};
        case OrderStatus::Fulfilling:
            return {OrderStatus::Shipped, OrderStatus::Paid};
        case OrderStatus::Shipped:
            return {OrderStatus::Delivered};
        case OrderStatus::Delivered:
            return {OrderStatus::PartiallyRefunded, OrderStatus::Refunded};
        case OrderStatus::PartiallyRefunded:
            return {OrderStatus::PartiallyRefunded, OrderStatus::Refunded};
        case OrderStatus::Refunded:
        case OrderStatus::Cancelled:
            return {};
    }
    return {};
}

bool OrderStateMachine::canTransition(OrderStatus from, OrderStatus to) {
    const std::vector<OrderStatus> allowed = allowedFrom(from);
    return std::find(allowed.begin(), allowed.end(), to) != allowed.end();
}

bool OrderStateMachine::isTerminal(OrderStatus status) { return allowedFrom(status).empty(); }

bool OrderStateMachine::holdsFunds(OrderStatus status) {
    return status == OrderStatus::Paid || status == OrderStatus::Fulfilling || status == OrderStatus::Shipped ||
           status == OrderStatus::Delivered || status == OrderStatus::PartiallyRefunded;
}

common::Status OrderStateMachine::apply(Order& order, OrderStatus to, int minute, const std::string& note) {
    if (!canTransition(order.status, to)) {
        const std::string message = std::string("illegal transition ") + toString(order.status) + " -> " +
                                    toString(to) + " for " + order.id;
        common::logError("orders", message);
        return common::Status::failure(message);
    }
    order.history.push_back(StatusChange{order.status, to, minute, note});
    order.status = to;
    return common::Status::success();
}

}  // namespace shop::orders
