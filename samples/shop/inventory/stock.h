// Stock levels: units on hand per SKU across the warehouse network, plus the movement journal.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace shop::inventory {

// Units on hand per SKU (all warehouses). Kept as a plain map for the storefront's hot path;
// go through receiveStock/removeStock so that movements are journalled.
extern std::map<std::string, int> g_stock_levels;

int onHand(const std::string& sku);
void seedStock(const std::map<std::string, int>& levels);
void receiveStock(const std::string& sku, int quantity, const std::string& reason);
bool removeStock(const std::string& sku, int quantity, const std::string& reason);
int totalUnits();
std::vector<std::string> lowStockSkus(int threshold);
// Sum of journalled movements for a SKU; differs from onHand when someone bypassed the journal.
int journalledBalance(const std::string& sku);

}  // namespace shop::inventory
