// PriceBook: unit prices (list or time-boxed sale price) and discount rules / promo codes.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "common/money.h"

namespace shop::catalog {

enum class DiscountKind { PercentOff, FixedOffPerUnit, FixedOffOrder, BuyXGetY };

struct DiscountRule {
    std::string code;  // empty: applied automatically
    std::string description;
    DiscountKind kind = DiscountKind::PercentOff;
    int percent = 0;
    common::Money amount;
    std::string categoryId;  // empty: any category
    std::string sku;         // empty: any sku
    int buyQty = 0;
    int freeQty = 0;
    common::Money minSubtotal;
    int startMinute = 0;
    int endMinute = 24 * 60;
    bool stackable = false;
};

struct PriceLineInput {
    std::string sku;
    int quantity = 0;
};

struct PricedLine {
    std::string sku;
    int quantity = 0;
    common::Money unitPrice;
    common::Money gross;
    common::Money discount;
    common::Money net() const { return gross - discount; }
};

struct PriceQuote {
    std::vector<PricedLine> lines;
    common::Money subtotal;
    common::Money discount;
    common::Money total;
    std::vector<std::string> appliedRules;
    std::string promoRejection;  // why a requested promo code did not apply
};

class PriceBook {
public:
    explicit PriceBook(const Catalog& catalog);

    void setSalePrice(const std::string& sku, common::Money price, int startMinute, int endMinute);
    common::Money unitPrice(const std::string& sku, int minute) const;
    void addRule(const DiscountRule& rule);
    bool isKnownPromo(const std::string& code) const;
    PriceQuote quote(const std::vector<PriceLineInput>& lines, const std::string& promoCode,
                     int minute) const;

private:
    struct SalePrice {
        common::Money price;
        int startMinute = 0;
        int endMinute = 0;
    };

    bool ruleMatches(const DiscountRule& rule, const Product& product, int minute) const;
    common::Money lineDiscount(const DiscountRule& rule, const PricedLine& line) const;

    const Catalog& catalog_;
    std::map<std::string, SalePrice> salePrices_;
    std::vector<DiscountRule> rules_;
};

// The sale-day promotions: doorbusters, a sitewide code and bundle deals.
void loadSaleDayPricing(PriceBook& book);

}  // namespace shop::catalog
