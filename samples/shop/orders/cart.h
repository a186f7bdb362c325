// Cart: what a shopper intends to buy, before pricing and checkout.
#pragma once

#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "catalog/pricing.h"
#include "common/result.h"

namespace shop::orders {

struct CartLine {
    std::string sku;
    int quantity = 0;
};

class Cart {
public:
    static constexpr int kMaxPerLine = 10;

    explicit Cart(std::string customerId);

    common::Status add(const catalog::Catalog& catalog, const std::string& sku, int quantity);
    bool remove(const std::string& sku);
    bool setQuantity(const std::string& sku, int quantity);
    void applyPromo(const std::string& code) { promoCode_ = code; }
    const std::string& promoCode() const { return promoCode_; }

    std::vector<catalog::PriceLineInput> toPriceInputs() const;
    const std::vector<CartLine>& lines() const { return lines_; }
    const std::string& customerId() const { return customerId_; }
    int itemCount() const;
    bool empty() const { return lines_.empty(); }
    void clear();

private:
    std::string customerId_;
    std::vector<CartLine> lines_;
    std::string promoCode_;
};

}  // namespace shop::orders
