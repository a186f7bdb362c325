// OrderStore: owns all orders, persists them to the "orders" table, applies status changes.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/result.h"
#include "orders/order.h"

namespace shop::orders {

class OrderStore {
public:
    // Takes ownership of a new order (assigning an id if needed) and persists it.
    Order& create(Order order);
    Order* find(const std::string& orderId);
    const Order* find(const std::string& orderId) const;

    common::Status transition(const std::string& orderId, OrderStatus to, const std::string& note);
    // Called by the payment processor once the charge is captured.
    bool markPaid(const std::string& orderId, const std::string& paymentId);
    bool markPaymentFailed(const std::string& orderId, const std::string& reason);
    void recordRefund(const std::string& orderId, common::Money amount);
    void save(const Order& order);

    std::vector<const Order*> byStatus(OrderStatus status) const;
    std::vector<std::string> idsInStatus(OrderStatus status) const;
    std::vector<const Order*> all() const;
    std::size_t size() const { return orders_.size(); }
    std::size_t countIn(OrderStatus status) const;

private:
    std::map<std::string, Order> orders_;
};

}  // namespace shop::orders
