// Product validation and row mapping.
#include "catalog/product.h"

#include <cctype>

#include "common/strings.h"

namespace shop::catalog {

bool isValidSku(const std::string& sku) {
    if (sku.size() != 8 || sku[3] != '-') {
        return false;
    }
    for (std::size_t i = 0; i < 3; ++i) {
        if (std::isupper(static_cast<unsigned char>(sku[i])) == 0) {
            return false;
        }
    }
    return common::isDigits(sku.substr(4));
}

std::string validateProduct(const Product& product) {
    if (!isValidSku(product.sku)) {
        return "malformed sku '" + product.sku + "'";
    }
    if (common::trim(product.name).empty()) {
        return "product " + product.sku + " has no name";
    }
    if (!product.listPrice.isPositive()) {
        return "product " + product.sku + " must have a positive price";
    }
    if (product.weightGrams <= 0 || product.weightGrams > 70000) {
        return "product " + product.sku + " weight out of range";
    }
    return std::string();
}

common::Row toRow(const Product& product) {
    common::Row row;
    row["id"] = product.sku;
    row["name"] = product.name;
    row["category"] = product.categoryId;
    row["price_cents"] = std::to_string(product.listPrice.cents());
    row["weight_g"] = std::to_string(product.weightGrams);
    row["active"] = product.active ? "1" : "0";
    row["oversized"] = product.oversized ? "1" : "0";
    row["tags"] = common::join(product.tags, ",");
    return row;
}

Product fromRow(const common::Row& row) {
    Product p;
    p.sku = common::field(row, "id");
    p.name = common::field(row, "name");
    p.categoryId = common::field(row, "category");
    p.listPrice = common::Money::fromCents(common::fieldInt(row, "price_cents"));
    p.weightGrams = static_cast<int>(common::fieldInt(row, "weight_g"));
    p.active = common::field(row, "active") == "1";
    p.oversized = common::field(row, "oversized") == "1";
    const std::string tags = common::field(row, "tags");
    if (!tags.empty()) {
        p.tags = common::split(tags, ',');
    }
    return p;
}

std::string describe(const Product& product) {
    return product.sku + " " + product.name + " @ " + product.listPrice.str();
}

}  // namespace shop::catalog
