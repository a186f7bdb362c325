// Catalog repository implementation and the sample assortment.
#include "catalog/catalog.h"

#include "common/database.h"
#include "common/logging.h"

namespace shop::catalog {

using common::Database;
using common::Money;

Catalog::Catalog(const CategoryTree& categories) : categories_(categories) {}

common::Status Catalog::add(const Product& product) {
    const std::string problem = validateProduct(product);
    if (!problem.empty()) {
        common::logWarn("catalog", problem);
        return common::Status::failure(problem);
    }
    if (categories_.find(product.categoryId) == nullptr) {
        return common::Status::failure("unknown category " + product.categoryId);
    }
    products_[product.sku] = product;
    Database::instance().insert("products", toRow(product));
    return common::Status::success();
}

const Product* Catalog::find(const std::string& sku) const {
    auto it = products_.find(sku);
    return it == products_.end() ? nullptr : &it->second;
}

bool Catalog::isSellable(const std::string& sku) const {
    const Product* p = find(sku);
    return p != nullptr && p->active;
}

std::vector<Product> Catalog::all() const {
    std::vector<Product> out;
    for (const auto& entry : products_) {
        out.push_back(entry.second);
    }
    return out;
}

std::vector<Product> Catalog::inCategory(const std::string& categoryId) const {
    std::vector<Product> out;
    for (const auto& entry : products_) {
        if (categories_.isWithin(entry.second.categoryId, categoryId)) {
            out.push_back(entry.second);
        }
    }
    return out;
}

bool Catalog::deactivate(const std::string& sku, const std::string& reason) {
    auto it = products_.find(sku);
    if (it == products_.end()) {
        return false;
    }
    it->second.active = false;
    Database::instance().update("products", sku, {{"active", "0"}, {"inactive_reason", reason}});
    common::logInfo("catalog", "deactivated " + sku + ": " + reason);
    return true;
}

bool Catalog::updateListPrice(const std::string& sku, Money price) {
    auto it = products_.find(sku);
    if (it == products_.end() || !price.isPositive()) {
        return false;
    }
    it->second.listPrice = price;
    Database::instance().update("products", sku, {{"price_cents", std::to_string(price.cents())}});
    return true;
}

void loadSampleCatalog(Catalog& catalog) {
    const Product products[] = {
        {"AUD-1001", "Studio Wireless Headphones", "audio", Money::fromDollars(199, 99), 420, true, false,
         {"wireless", "noise-cancelling", "bluetooth"}},
        {"AUD-1002", "Pocket Bluetooth Speaker", "audio", Money::fromDollars(49, 95), 380, true, false,
         {"bluetooth", "portable", "speaker"}},
        {"AUD-1003", "Earbuds Sport", "audio", Money::fromDollars(79, 0), 90, true, false,
         {"wireless", "sport", "earbuds"}},
        {"CMP-2001", "Ultrabook 14 inch", "computing", Money::fromDollars(1099, 0), 1350, true, false,
         {"laptop", "ultrabook"}},
        {"CMP-2002", "Mechanical Keyboard", "computing", Money::fromDollars(129, 50), 980, true, false,
         {"keyboard", "mechanical", "usb"}},
        {"CMP-2003", "USB-C Hub 7-in-1", "computing", Money::fromDollars(39, 99), 120, true, false,
         {"usb", "hub", "adapter"}},
        {"KIT-3001", "Espresso Machine", "kitchen", Money::fromDollars(349, 0), 6200, true, true,
         {"coffee", "espresso"}},
        {"KIT-3002", "Chef Knife 8 inch", "kitchen", Money::fromDollars(64, 0), 310, true, false,
         {"knife", "steel"}},
        {"KIT-3003", "Cast Iron Skillet", "kitchen", Money::fromDollars(42, 50), 2600, true, false,
         {"cast-iron", "pan"}},
        {"OUT-4001", "Two-Person Tent", "outdoor", Money::fromDollars(229, 0), 2900, true, true,
         {"camping", "tent"}},
        {"OUT-4002", "Insulated Water Bottle", "outdoor", Money::fromDollars(27, 95), 410, true, false,
         {"bottle", "insulated"}},
        {"APP-5001", "Merino Wool Sweater", "apparel", Money::fromDollars(89, 0), 450, true, false,
         {"wool", "sweater"}},
        {"APP-5002", "Rain Shell Jacket", "apparel", Money::fromDollars(149, 0), 520, true, false,
         {"jacket", "waterproof"}},
    };
    for (const Product& p : products) {
        catalog.add(p);
    }
}

}  // namespace shop::catalog
