// ReplenishmentPlanner: raises and receives supplier purchase orders.
#include "inventory/replenishment.h"

#include "common/database.h"
#include "common/ids.h"
#include "common/logging.h"
#include "inventory/stock.h"

namespace shop::inventory {

using common::Database;

ReplenishmentPlanner::ReplenishmentPlanner(const ReservationManager& reservations)
    : reservations_(reservations) {}

void ReplenishmentPlanner::setPolicy(const std::string& sku, const ReorderPolicy& policy) {
    policies_[sku] = policy;
}

bool ReplenishmentPlanner::hasOpenOrder(const std::string& sku) const {
    for (const PurchaseOrder& po : orders_) {
        if (po.sku == sku && !po.received) {
            return true;
        }
    }
    return false;
}

std::vector<PurchaseOrder> ReplenishmentPlanner::plan(int nowMinute) {
    std::vector<PurchaseOrder> raised;
    for (const auto& entry : policies_) {
        const std::string& sku = entry.first;
        const ReorderPolicy& policy = entry.second;
        if (reservations_.available(sku) > policy.reorderPoint || hasOpenOrder(sku)) {
            continue;
        }
        PurchaseOrder po;
        po.id = common::makeId("PO");
        po.sku = sku;
        po.quantity = policy.reorderQuantity;
        po.supplier = policy.supplier;
        po.dueMinute = nowMinute + policy.leadTimeMinutes;
        orders_.push_back(po);
        raised.push_back(po);
        Database::instance().insert("purchase_orders", {{"id", po.id},
                                                        {"sku", sku},
                                                        {"qty", std::to_string(po.quantity)},
                                                        {"supplier", po.supplier},
                                                        {"status", "open"}});
        common::logInfo("replenishment", "raised " + po.id + " for " + std::to_string(po.quantity) +
                                             " x " + sku + " from " + po.supplier);
    }
    return raised;
}

std::vector<PurchaseOrder> ReplenishmentPlanner::receiveDue(int nowMinute) {
    std::vector<PurchaseOrder> received;
    for (PurchaseOrder& po : orders_) {
        if (po.received || po.dueMinute > nowMinute) {
            continue;
        }
        receiveStock(po.sku, po.quantity, "received " + po.id);
        po.received = true;
        received.push_back(po);
        Database::instance().update("purchase_orders", po.id, {{"status", "received"}});
    }
    return received;
}

std::size_t ReplenishmentPlanner::openOrders() const {
    std::size_t n = 0;
    for (const PurchaseOrder& po : orders_) {
        if (!po.received) {
            ++n;
        }
    }
    return n;
}

void loadDefaultReorderPolicies(ReplenishmentPlanner& planner) {
    planner.setPolicy("AUD-1001", ReorderPolicy{4, 20, "SoundWorks Ltd", 180});
    planner.setPolicy("AUD-1003", ReorderPolicy{3, 25, "SoundWorks Ltd", 120});
    planner.setPolicy("CMP-2001", ReorderPolicy{2, 6, "Northwind Computing", 240});
    planner.setPolicy("KIT-3001", ReorderPolicy{1, 4, "Barista Supply Co", 300});
    planner.setPolicy("OUT-4002", ReorderPolicy{6, 40, "Trailhead Goods", 90});
}

}  // namespace shop::inventory
