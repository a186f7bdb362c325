// RateTable: base parcel rates per carrier, zone and weight bracket, plus surcharges.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/money.h"
#include "shipping/carrier.h"

namespace shop::shipping {

struct RateBracket {
    int maxGrams = 0;
    common::Money price;
};

struct RateQuote {
    std::string carrierCode;
    std::string carrierName;
    ServiceLevel level = ServiceLevel::Ground;
    int zone = 0;
    int billableGrams = 0;
    int transitDays = 0;
    common::Money price;
};

class RateTable {
public:
    void setBrackets(const std::string& carrierCode, int zone, std::vector<RateBracket> brackets);
    void setOverweightPerKg(const std::string& carrierCode, common::Money perKg);
    // Ground base rate before service multiplier and surcharges.
    std::optional<common::Money> baseRate(const std::string& carrierCode, int zone, int grams) const;
    common::Money remoteSurcharge() const { return remoteSurcharge_; }
    common::Money oversizeSurcharge() const { return oversizeSurcharge_; }
    void setSurcharges(common::Money remote, common::Money oversize);
    std::size_t size() const { return brackets_.size(); }

private:
    std::map<std::pair<std::string, int>, std::vector<RateBracket>> brackets_;
    std::map<std::string, common::Money> overweightPerKg_;
    common::Money remoteSurcharge_;
    common::Money oversizeSurcharge_;
};

// Billable weight: the greater of actual and dimensional weight (volume / 5000 cm3 per kg).
int billableGrams(int actualGrams, int volumeCm3);
// Applies service multiplier and the configured fuel surcharge to a base rate.
common::Money applyServiceAndFuel(common::Money base, const CarrierService& service);
void loadDefaultRates(RateTable& table, const CarrierRegistry& carriers);

}  // namespace shop::shipping
