// RateTable implementation and the generated default rate card.
#include "shipping/rate_table.h"

#include <algorithm>

#include "common/config.h"

namespace shop::shipping {

using common::Money;

void RateTable::setBrackets(const std::string& carrierCode, int zone, std::vector<RateBracket> brackets) {
    std::sort(brackets.begin(), brackets.end(),
              [](const RateBracket& a, const RateBracket& b) { return a.maxGrams < b.maxGrams; });
    brackets_[{carrierCode, zone}] = std::move(brackets);
}

void RateTable::setOverweightPerKg(const std::string& carrierCode, Money perKg) {
    overweightPerKg_[carrierCode] = perKg;
}

void RateTable::setSurcharges(Money remote, Money oversize) {
    remoteSurcharge_ = remote;
    oversizeSurcharge_ = oversize;
}

std::optional<Money> RateTable::baseRate(const std::string& carrierCode, int zone, int grams) const {
    auto it = brackets_.find({carrierCode, zone});
    if (it == brackets_.end() || it->second.empty() || grams <= 0) {
        return std::nullopt;
    }
    for (const RateBracket& bracket : it->second) {
        if (grams <= bracket.maxGrams) {
            return bracket.price;
        }
    }
    // beyond the last bracket: last price plus a per-started-kilogram overage
    const RateBracket& last = it->second.back();
    auto perKg = overweightPerKg_.find(carrierCode);
    if (perKg == overweightPerKg_.end()) {
        return std::nullopt;
    }
    const int extraKg = (grams - last.maxGrams + 999) / 1000;
    return last.price + perKg->second * extraKg;
}

int billableGrams(int actualGrams, int volumeCm3) {
    const int dimensional = volumeCm3 / 5;  // 5000 cm3 per kg == 1 g per 5 cm3
    return std::max(actualGrams, dimensional);
}

Money applyServiceAndFuel(Money base, const CarrierService& service) {
    const Money withService = base.percentOf(service.priceMultiplierPercent);
    const int fuel = static_cast<int>(common::Config::instance().getInt("shipping.fuel_surcharge_percent", 0));
    return withService + withService.percentOf(fuel);
}

void loadDefaultRates(RateTable& table, const CarrierRegistry& carriers) {
    const int weights[] = {500, 1000, 2000, 5000, 10000, 20000};
    for (const Carrier* carrier : carriers.all()) {
        // USPS is cheapest for light parcels, the integrators for heavy ones
        const bool postal = carrier->code == "USPS";
        const long long start = postal ? 495 : 895;
        const long long perStep = postal ? 310 : 240;
        const long long perZone = postal ? 55 : 70;
        for (int zone = 1; zone <= 8; ++zone) {
            std::vector<RateBracket> brackets;
            long long step = 0;
            for (int maxGrams : weights) {
                if (maxGrams > carrier->maxWeightGrams) {
                    break;
                }
                brackets.push_back(
                    RateBracket{maxGrams, Money::fromCents(start + perStep * step * step / 2 + perStep * step +
                                                           perZone * (zone - 1))});
                ++step;
            }
            table.setBrackets(carrier->code, zone, brackets);
        }
        table.setOverweightPerKg(carrier->code, Money::fromCents(postal ? 260 : 180));
    }
    table.setSurcharges(Money::fromDollars(12, 50), Money::fromDollars(18));
}

}  // namespace shop::shipping
