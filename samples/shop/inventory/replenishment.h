// Replenishment: reorder points per SKU and the purchase orders raised against suppliers.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "inventory/reservation.h"

namespace shop::inventory {

struct ReorderPolicy {
    int reorderPoint = 0;
    int reorderQuantity = 0;
    std::string supplier;
    int leadTimeMinutes = 0;
};

struct PurchaseOrder {
    std::string id;
    std::string sku;
    int quantity = 0;
    std::string supplier;
    int dueMinute = 0;
    bool received = false;
};

class ReplenishmentPlanner {
public:
    explicit ReplenishmentPlanner(const ReservationManager& reservations);

    void setPolicy(const std::string& sku, const ReorderPolicy& policy);
    // Raises purchase orders for SKUs whose available stock fell to the reorder point.
    std::vector<PurchaseOrder> plan(int nowMinute);
    // Receives every purchase order that is due; returns the orders received.
    std::vector<PurchaseOrder> receiveDue(int nowMinute);
    std::size_t openOrders() const;
    std::size_t raisedOrders() const { return orders_.size(); }

private:
    bool hasOpenOrder(const std::string& sku) const;

    const ReservationManager& reservations_;
    std::map<std::string, ReorderPolicy> policies_;
    std::vector<PurchaseOrder> orders_;
};

void loadDefaultReorderPolicies(ReplenishmentPlanner& planner);

}  // namespace shop::inventory
