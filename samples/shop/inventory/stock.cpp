// Stock level bookkeeping backed by the "stock_movements" journal.
#include "inventory/stock.h"

#include "common/clock.h"
#include "common/database.h"
#include "common/logging.h"

namespace shop::inventory {

using common::Database;

std::map<std::string, int> g_stock_levels;

namespace {

void journal(const std::string& sku, int delta, const std::string& reason) {
    Database::instance().insert("stock_movements",
                                {{"sku", sku},
                                 {"delta", std::to_string(delta)},
                                 {"reason", reason},
                                 {"minute", std::to_string(common::SimClock::instance().now())}});
}

}  // namespace

int onHand(const std::string& sku) {
    auto it = g_stock_levels.find(sku);
    return it == g_stock_levels.end() ? 0 : it->second;
}

void seedStock(const std::map<std::string, int>& levels) {
    for (const auto& entry : levels) {
        receiveStock(entry.first, entry.second, "opening balance");
    }
}

void receiveStock(const std::string& sku, int quantity, const std::string& reason) {
    if (quantity <= 0) {
        return;
    }
    g_stock_levels[sku] += quantity;
    journal(sku, quantity, reason);
}

bool removeStock(const std::string& sku, int quantity, const std::string& reason) {
    if (quantity <= 0) {
        return false;
    }
    const int available = onHand(sku);
    if (available < quantity) {
        common::logWarn("inventory", "cannot remove " + std::to_string(quantity) + " x " + sku +
                                         ", only " + std::to_string(available) + " on hand");
        return false;
    }
    g_stock_levels[sku] = available - quantity;
    journal(sku, -quantity, reason);
    return true;
}

int totalUnits() {
    int total = 0;
    for (const auto& entry : g_stock_levels) {
        total += entry.second;
    }
    return total;
}

std::vector<std::string> lowStockSkus(int threshold) {
    std::vector<std::string> out;
    for (const auto& entry : g_stock_levels) {
        if (entry.second <= threshold) {
            out.push_back(entry.first);
        }
    }
    return out;
}

int journalledBalance(const std::string& sku) {
    int balance = 0;
    for (const common::Row& row : Database::instance().query("stock_movements", "sku", sku)) {
        balance += static_cast<int>(common::fieldInt(row, "delta"));
    }
    return balance;
}

}  // namespace shop::inventory
