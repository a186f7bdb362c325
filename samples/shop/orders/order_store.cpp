// OrderStore implementation.
#include "orders/order_store.h"

#include <utility>

#include "common/clock.h"
#include "common/database.h"
#include "common/ids.h"
#include "common/logging.h"
#include "orders/order_state_machine.h"

namespace shop::orders {

using common::Database;

Order& OrderStore::create(Order order) {
    if (order.id.empty()) {
        order.id = common::makeId("ORD");
    }
    order.createdMinute = common::SimClock::instance().now();
    const std::string id = order.id;
    orders_[id] = std::move(order);
    Database::instance().insert("orders", toRow(orders_[id]));
    return orders_[id];
}

Order* OrderStore::find(const std::string& orderId) {
    auto it = orders_.find(orderId);
    return it == orders_.end() ? nullptr : &it->second;
}

const Order* OrderStore::find(const std::string& orderId) const {
    auto it = orders_.find(orderId);
    return it == orders_.end() ? nullptr : &it->second;
}

void OrderStore::save(const Order& order) {
    Database::instance().update("orders", order.id, toRow(order));
}

common::Status OrderStore::transition(const std::string& orderId, OrderStatus to, const std::string& note) {
    Order* order = find(orderId);
    if (order == nullptr) {
        return common::Status::failure("unknown order " + orderId);
    }
    common::Status status = OrderStateMachine::apply(*order, to, common::SimClock::instance().now(), note);
    if (status.ok()) {
        save(*order);
    }
    return status;
}

bool OrderStore::markPaid(const std::string& orderId, const std::string& paymentId) {
    Order* order = find(orderId);
    if (order == nullptr) {
        common::logError("orders", "payment " + paymentId + " for unknown order " + orderId);
        return false;
    }
    order->paymentId = paymentId;
    return transition(orderId, OrderStatus::Paid, "payment " + paymentId).ok();
}

bool OrderStore::markPaymentFailed(const std::string& orderId, const std::string& reason) {
    return transition(orderId, OrderStatus::PaymentFailed, reason).ok();
}

void OrderStore::recordRefund(const std::string& orderId, common::Money amount) {
    Order* order = find(orderId);
    if (order == nullptr) {
        return;
    }
    order->refunded += amount;
    save(*order);
}

std::vector<const Order*> OrderStore::byStatus(OrderStatus status) const {
    std::vector<const Order*> out;
    for (const auto& entry : orders_) {
        if (entry.second.status == status) {
            out.push_back(&entry.second);
        }
    }
    return out;
}

std::vector<std::string> OrderStore::idsInStatus(OrderStatus status) const {
    std::vector<std::string> out;
    for (const Order* order : byStatus(status)) {
        out.push_back(order->id);
    }
    return out;
}

std::vector<const Order*> OrderStore::all() const {
    std::vector<const Order*> out;
    for (const auto& entry : orders_) {
        out.push_back(&entry.second);
    }
    return out;
}

std::size_t OrderStore::countIn(OrderStatus status) const { return byStatus(status).size(); }

}  // namespace shop::orders
