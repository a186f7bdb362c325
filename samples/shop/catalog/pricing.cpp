// Pricing engine: sale prices, automatic discounts, promo codes and the discount cap.
#include "catalog/pricing.h"

#include "common/config.h"
#include "common/logging.h"
#include "common/strings.h"

namespace shop::catalog {

using common::Money;

PriceBook::PriceBook(const Catalog& catalog) : catalog_(catalog) {}

void PriceBook::setSalePrice(const std::string& sku, Money price, int startMinute, int endMinute) {
    salePrices_[sku] = SalePrice{price, startMinute, endMinute};
}

Money PriceBook::unitPrice(const std::string& sku, int minute) const {
    const Product* product = catalog_.find(sku);
    if (product == nullptr) {
        return Money();
    }
    auto sale = salePrices_.find(sku);
    if (sale != salePrices_.end() && minute >= sale->second.startMinute &&
        minute < sale->second.endMinute && sale->second.price < product->listPrice) {
        return sale->second.price;
    }
    return product->listPrice;
}

void PriceBook::addRule(const DiscountRule& rule) {
    DiscountRule normalized = rule;
    normalized.code = common::toUpper(common::trim(rule.code));
    rules_.push_back(normalized);
}

bool PriceBook::isKnownPromo(const std::string& code) const {
    const std::string wanted = common::toUpper(common::trim(code));
    for (const DiscountRule& rule : rules_) {
        if (!rule.code.empty() && rule.code == wanted) {
            return true;
        }
    }
    return false;
}

bool PriceBook::ruleMatches(const DiscountRule& rule, const Product& product, int minute) const {
    if (minute < rule.startMinute || minute >= rule.endMinute) {
        return false;
    }
    if (!rule.sku.empty() && rule.sku != product.sku) {
        return false;
    }
    if (!rule.categoryId.empty() &&
        !catalog_.categories().isWithin(product.categoryId, rule.categoryId)) {
        return false;
    }
    return true;
}

Money PriceBook::lineDiscount(const DiscountRule& rule, const PricedLine& line) const {
    switch (rule.kind) {
        case DiscountKind::PercentOff:
            return line.gross.percentOf(rule.percent);
        case DiscountKind::FixedOffPerUnit:
            return common::minOf(rule.amount * line.quantity, line.gross);
        case DiscountKind::BuyXGetY: {
            const int group = rule.buyQty + rule.freeQty;
            if (group <= 0 || rule.freeQty <= 0) {
                return Money();
            }
            const int freeUnits = (line.quantity / group) * rule.freeQty;
            return line.unitPrice * freeUnits;
        }
        case DiscountKind::FixedOffOrder:
            return Money();  // allocated across lines in quote()
    }
    return Money();
}

PriceQuote PriceBook::quote(const std::vector<PriceLineInput>& inputs, const std::string& promoCode,
                            int minute) const {
    PriceQuote q;
    std::vector<bool> autoDiscounted;
    for (const PriceLineInput& input : inputs) {
        const Product* product = catalog_.find(input.sku);
        if (product == nullptr || input.quantity <= 0) {
            continue;
        }
        PricedLine line;
        line.sku = input.sku;
        line.quantity = input.quantity;
        line.unitPrice = unitPrice(input.sku, minute);
        line.gross = line.unitPrice * input.quantity;

        // best automatic rule wins per line; automatic rules never stack with each other
        Money best;
        std::string bestName;
        for (const DiscountRule& rule : rules_) {
            if (!rule.code.empty() || rule.kind == DiscountKind::FixedOffOrder ||
                !ruleMatches(rule, *product, minute)) {
                continue;
            }
            const Money d = lineDiscount(rule, line);
            if (d > best) {
                best = d;
                bestName = rule.description;
            }
        }
        line.discount = best;
        if (!bestName.empty()) {
            q.appliedRules.push_back(bestName + " on " + line.sku);
        }
        autoDiscounted.push_back(best.isPositive());
        q.lines.push_back(line);
    }

    const std::string code = common::toUpper(common::trim(promoCode));
    if (!code.empty()) {
        const DiscountRule* promo = nullptr;
        for (const DiscountRule& rule : rules_) {
            if (rule.code == code) {
                promo = &rule;
                break;
            }
        }
        Money grossTotal;
        for (const PricedLine& line : q.lines) {
            grossTotal += line.gross;
        }
        if (promo == nullptr) {
            q.promoRejection = "unknown promo code " + code;
        } else if (minute < promo->startMinute || minute >= promo->endMinute) {
            q.promoRejection = "promo " + code + " is not active now";
        } else if (grossTotal < promo->minSubtotal) {
            q.promoRejection = "promo " + code + " needs a subtotal of " + promo->minSubtotal.str();
        } else if (promo->kind == DiscountKind::FixedOffOrder) {
            std::vector<std::int64_t> weights;
            for (std::size_t i = 0; i < q.lines.size(); ++i) {
                const bool eligible = promo->stackable || !autoDiscounted[i];
                weights.push_back(eligible ? q.lines[i].net().cents() : 0);
            }
            const std::vector<Money> shares = common::allocateProportionally(promo->amount, weights);
            for (std::size_t i = 0; i < q.lines.size(); ++i) {
                q.lines[i].discount += common::minOf(shares[i], q.lines[i].net());
            }
            q.appliedRules.push_back(promo->description);
        } else {
            bool appliedAny = false;
            for (std::size_t i = 0; i < q.lines.size(); ++i) {
                const Product* product = catalog_.find(q.lines[i].sku);
                if ((!promo->stackable && autoDiscounted[i]) || product == nullptr ||
                    !ruleMatches(*promo, *product, minute)) {
                    continue;
                }
                q.lines[i].discount += lineDiscount(*promo, q.lines[i]);
                appliedAny = true;
            }
            if (appliedAny) {
                q.appliedRules.push_back(promo->description);
            } else {
                q.promoRejection = "promo " + code + " does not apply to these items";
            }
        }
    }

    const int capPercent =
        static_cast<int>(common::Config::instance().getInt("pricing.max_discount_percent", 60));
    for (PricedLine& line : q.lines) {
        const Money cap = line.gross.percentOf(capPercent);
        if (line.discount > cap) {
            common::logDebug("pricing", "discount capped on " + line.sku);
            line.discount = cap;
        }
        q.subtotal += line.gross;
        q.discount += line.discount;
    }
    q.total = q.subtotal - q.discount;
    return q;
}

void loadSaleDayPricing(PriceBook& book) {
    const int opening = 8 * 60;
    const int doorbusterEnd = 11 * 60;
    book.setSalePrice("AUD-1001", Money::fromDollars(149, 99), opening, doorbusterEnd);
    book.setSalePrice("CMP-2001", Money::fromDollars(899, 0), opening, 24 * 60);
    book.setSalePrice("KIT-3001", Money::fromDollars(279, 0), opening, 24 * 60);

    DiscountRule audio;
    audio.description = "20% off audio";
    audio.kind = DiscountKind::PercentOff;
    audio.percent = 20;
    audio.categoryId = "audio";
    book.addRule(audio);

    DiscountRule bottles;
    bottles.description = "bottles buy 2 get 1";
    bottles.kind = DiscountKind::BuyXGetY;
    bottles.sku = "OUT-4002";
    bottles.buyQty = 2;
    bottles.freeQty = 1;
    book.addRule(bottles);

    DiscountRule sitewide;
    sitewide.code = "sale15";
    sitewide.description = "SALE15 15% off";
    sitewide.kind = DiscountKind::PercentOff;
    sitewide.percent = 15;
    sitewide.minSubtotal = Money::fromDollars(50);
    book.addRule(sitewide);

    DiscountRule tenOff;
    tenOff.code = "TENOFF";
    tenOff.description = "TENOFF $10 off orders over $100";
    tenOff.kind = DiscountKind::FixedOffOrder;
    tenOff.amount = Money::fromDollars(10);
    tenOff.minSubtotal = Money::fromDollars(100);
    tenOff.stackable = true;
    book.addRule(tenOff);

    DiscountRule kitchen;
    kitchen.code = "CHEF5";
    kitchen.description = "CHEF5 $5 off each kitchen item";
    kitchen.kind = DiscountKind::FixedOffPerUnit;
    kitchen.amount = Money::fromDollars(5);
    kitchen.categoryId = "kitchen";
    kitchen.endMinute = 14 * 60;
    book.addRule(kitchen);
}

}  // namespace shop::catalog
