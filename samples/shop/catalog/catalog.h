// Catalog: the product repository (persisted in the "products" table, cached in memory).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "catalog/category.h"
#include "catalog/product.h"
#include "common/result.h"

namespace shop::catalog {

class Catalog {
public:
    explicit Catalog(const CategoryTree& categories);

    common::Status add(const Product& product);
    const Product* find(const std::string& sku) const;
    bool isSellable(const std::string& sku) const;
    std::vector<Product> all() const;
    std::vector<Product> inCategory(const std::string& categoryId) const;
    bool deactivate(const std::string& sku, const std::string& reason);
    bool updateListPrice(const std::string& sku, common::Money price);
    std::size_t size() const { return products_.size(); }
    const CategoryTree& categories() const { return categories_; }

private:
    const CategoryTree& categories_;
    std::map<std::string, Product> products_;
};

// Loads the sale-day assortment used by the sample application.
void loadSampleCatalog(Catalog& catalog);

}  // namespace shop::catalog
