// Product: the sellable item record (SKU, name, category, list price, shipping weight).
#pragma once

#include <string>
#include <vector>

#include "common/database.h"
#include "common/money.h"

namespace shop::catalog {

struct Product {
    std::string sku;
    std::string name;
    std::string categoryId;
    common::Money listPrice;
    int weightGrams = 0;
    bool active = true;
    bool oversized = false;
    std::vector<std::string> tags;
};

// SKUs look like "ELC-1001": three upper-case letters, a dash, four digits.
bool isValidSku(const std::string& sku);
// Returns an empty string when the product is acceptable, else the reason it is not.
std::string validateProduct(const Product& product);
common::Row toRow(const Product& product);
Product fromRow(const common::Row& row);
std::string describe(const Product& product);

}  // namespace shop::catalog
