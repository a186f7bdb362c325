// ShippingRateCalculator: quotes parcel rates across carriers for a weight and destination.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "customers/address.h"
#include "shipping/carrier.h"
#include "shipping/rate_table.h"
#include "shipping/zones.h"

namespace shop::orders {

struct Order;

struct ParcelQuoteRequest {
    int weightGrams = 0;
    int volumeCm3 = 0;
    std::string originPostal;
    customers::Address destination;
    bool oversized = false;
    shipping::ServiceLevel level = shipping::ServiceLevel::Ground;
};

class ShippingRateCalculator {
public:
    ShippingRateCalculator(const shipping::CarrierRegistry& carriers, const shipping::ZoneMap& zones,
                           const shipping::RateTable& rates);

    std::vector<shipping::RateQuote> quoteAll(const ParcelQuoteRequest& request) const;
    std::optional<shipping::RateQuote> cheapest(const ParcelQuoteRequest& request) const;
    std::optional<shipping::RateQuote> fastest(const ParcelQuoteRequest& request) const;
    // Convenience for checkout: builds the parcel from the order and the shipping warehouse.
    std::optional<shipping::RateQuote> quoteForOrder(const Order& order, const std::string& warehousePrefix,
                                                     shipping::ServiceLevel level) const;

    // Rough box volume: 4 cm3 per gram of goods, doubled for oversized items.
    static int estimateVolumeCm3(int weightGrams, bool oversized);

private:
    const shipping::CarrierRegistry& carriers_;
    const shipping::ZoneMap& zones_;
    const shipping::RateTable& rates_;
};

}  // namespace shop::orders
