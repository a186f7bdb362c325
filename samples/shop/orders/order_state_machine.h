// OrderStateMachine: the allowed order status transitions, enforced on every change.
#pragma once

#include <string>
#include <vector>

#include "common/result.h"
#include "orders/order.h"

namespace shop::orders {

class OrderStateMachine {
public:
    static bool canTransition(OrderStatus from, OrderStatus to);
    static std::vector<OrderStatus> allowedFrom(OrderStatus from);
    static bool isTerminal(OrderStatus status);
    // Money has been captured and not (fully) returned.
    static bool holdsFunds(OrderStatus status);
    // Validates and applies the transition, appending to the order's history.
    static common::Status apply(Order& order, OrderStatus to, int minute, const std::string& note);
};

}  // namespace shop::orders
