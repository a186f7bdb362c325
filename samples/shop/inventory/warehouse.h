// Warehouses: physical stock locations and the choice of which one ships an order.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace shop::inventory {

struct Warehouse {
    std::string code;
    std::string name;
    std::string postalPrefix;  // first digit of the postal codes it sits in
    std::map<std::string, int> bins;
    bool active = true;
};

class WarehouseRegistry {
public:
    void add(const Warehouse& warehouse);
    const Warehouse* find(const std::string& code) const;
    std::vector<std::string> codes() const;

    void stockBin(const std::string& code, const std::string& sku, int quantity);
    int unitsAt(const std::string& code, const std::string& sku) const;
    bool pick(const std::string& code, const std::string& sku, int quantity);
    // Picks the active warehouse that holds every SKU and is nearest to the destination.
    // Falls back to the one holding the most of the requested SKUs.
    std::string chooseShipFrom(const std::map<std::string, int>& items,
                               const std::string& destinationPostal) const;

private:
    std::map<std::string, Warehouse> warehouses_;
};

int postalDistance(const std::string& fromPrefix, const std::string& toPostal);
void loadDefaultWarehouses(WarehouseRegistry& registry);

}  // namespace shop::inventory
