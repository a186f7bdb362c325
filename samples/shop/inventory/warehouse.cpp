// WarehouseRegistry implementation.
#include "inventory/warehouse.h"

#include <cstdlib>

#include "common/database.h"
#include "common/logging.h"

namespace shop::inventory {

void WarehouseRegistry::add(const Warehouse& warehouse) {
    warehouses_[warehouse.code] = warehouse;
    common::Database::instance().insert("warehouses", {{"id", warehouse.code},
                                                       {"name", warehouse.name},
                                                       {"postal_prefix", warehouse.postalPrefix}});
}

const Warehouse* WarehouseRegistry::find(const std::string& code) const {
    auto it = warehouses_.find(code);
    return it == warehouses_.end() ? nullptr : &it->second;
}

std::vector<std::string> WarehouseRegistry::codes() const {
    std::vector<std::string> out;
    for (const auto& entry : warehouses_) {
        out.push_back(entry.first);
    }
    return out;
}

void WarehouseRegistry::stockBin(const std::string& code, const std::string& sku, int quantity) {
    auto it = warehouses_.find(code);
    if (it == warehouses_.end() || quantity <= 0) {
        return;
    }
    it->second.bins[sku] += quantity;
}

int WarehouseRegistry::unitsAt(const std::string& code, const std::string& sku) const {
    const Warehouse* w = find(code);
    if (w == nullptr) {
        return 0;
    }
    auto bin = w->bins.find(sku);
    return bin == w->bins.end() ? 0 : bin->second;
}

bool WarehouseRegistry::pick(const std::string& code, const std::string& sku, int quantity) {
    auto it = warehouses_.find(code);
    if (it == warehouses_.end()) {
        return false;
    }
    int& bin = it->second.bins[sku];
    if (bin < quantity) {
        common::logWarn("warehouse", code + " short of " + sku);
        return false;
    }
    bin -= quantity;
    return true;
}

std::string WarehouseRegistry::chooseShipFrom(const std::map<std::string, int>& items,
                                              const std::string& destinationPostal) const {
    std::string best;
    int bestDistance = 1000;
    std::string fallback;
    int fallbackCoverage = -1;
    for (const auto& entry : warehouses_) {
        const Warehouse& w = entry.second;
        if (!w.active) {
            continue;
        }
        int covered = 0;
        for (const auto& item : items) {
            if (unitsAt(w.code, item.first) >= item.second) {
                ++covered;
            }
        }
        if (covered > fallbackCoverage) {
            fallbackCoverage = covered;
            fallback = w.code;
        }
        if (covered == static_cast<int>(items.size())) {
            const int distance = postalDistance(w.postalPrefix, destinationPostal);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = w.code;
            }
        }
    }
    return best.empty() ? fallback : best;
}

int postalDistance(const std::string& fromPrefix, const std::string& toPostal) {
    if (fromPrefix.empty() || toPostal.empty()) {
        return 9;
    }
    return std::abs((fromPrefix[0] - '0') - (toPostal[0] - '0'));
}

void loadDefaultWarehouses(WarehouseRegistry& registry) {
    registry.add(Warehouse{"EWR1", "Newark DC", "0", {}, true});
    registry.add(Warehouse{"DFW2", "Dallas DC", "7", {}, true});
    registry.add(Warehouse{"RNO1", "Reno DC", "8", {}, true});
}

}  // namespace shop::inventory
