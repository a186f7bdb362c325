// ShippingRateCalculator implementation: zones, billable weight, rate card and surcharges.
#include "orders/shipping_rate_calculator.h"

#include <algorithm>

#include "common/logging.h"
#include "orders/order.h"

namespace shop::orders {

using common::Money;

ShippingRateCalculator::ShippingRateCalculator(const shipping::CarrierRegistry& carriers,
                                               const shipping::ZoneMap& zones, const shipping::RateTable& rates)
    : carriers_(carriers), zones_(zones), rates_(rates) {}

int ShippingRateCalculator::estimateVolumeCm3(int weightGrams, bool oversized) {
    const int volume = weightGrams * 4;
    return oversized ? volume * 2 : volume;
}

std::vector<shipping::RateQuote> ShippingRateCalculator::quoteAll(const ParcelQuoteRequest& request) const {
    std::vector<shipping::RateQuote> quotes;
    const int zone = zones_.rateZone(request.originPostal, request.destination.postalCode);
    const bool remote = zones_.isRemote(request.destination.postalCode);
    const int billable = shipping::billableGrams(request.weightGrams, request.volumeCm3);

    shipping::ParcelProfile parcel;
    parcel.weightGrams = billable;
    parcel.poBox = customers::isPoBox(request.destination);
    parcel.oversized = request.oversized;

    for (const shipping::Carrier* carrier : carriers_.eligible(parcel, request.level)) {
        const shipping::CarrierService* service = shipping::findService(*carrier, request.level);
        const std::optional<Money> base = rates_.baseRate(carrier->code, zone, billable);
        if (service == nullptr || !base) {
            continue;
        }
        Money price = shipping::applyServiceAndFuel(*base, *service);
        if (remote) {
            price += rates_.remoteSurcharge();
        }
        if (request.oversized) {
            price += rates_.oversizeSurcharge();
        }
        shipping::RateQuote quote;
        quote.carrierCode = carrier->code;
        quote.carrierName = carrier->name;
        quote.level = request.level;
        quote.zone = zone;
        quote.billableGrams = billable;
        quote.transitDays = service->transitDays + (remote ? 2 : 0);
        quote.price = price;
        quotes.push_back(quote);
    }
    std::sort(quotes.begin(), quotes.end(), [](const shipping::RateQuote& a, const shipping::RateQuote& b) {
        return a.price != b.price ? a.price < b.price : a.carrierCode < b.carrierCode;
    });
    return quotes;
}

std::optional<shipping::RateQuote> ShippingRateCalculator::cheapest(const ParcelQuoteRequest& request) const {
    const std::vector<shipping::RateQuote> quotes = quoteAll(request);
    if (quotes.empty()) {
        common::logWarn("shipping-rates", "no carrier can take " + std::to_string(request.weightGrams) +
                                              "g to " + request.destination.postalCode);
        return std::nullopt;
    }
    return quotes.front();
}

std::optional<shipping::RateQuote> ShippingRateCalculator::fastest(const ParcelQuoteRequest& request) const {
    std::vector<shipping::RateQuote> quotes = quoteAll(request);
    if (quotes.empty()) {
        return std::nullopt;
    }
    return *std::min_element(quotes.begin(), quotes.end(),
                             [](const shipping::RateQuote& a, const shipping::RateQuote& b) {
                                 return a.transitDays != b.transitDays ? a.transitDays < b.transitDays
                                                                       : a.price < b.price;
                             });
}

std::optional<shipping::RateQuote> ShippingRateCalculator::quoteForOrder(const Order& order,
                                                                         const std::string& warehousePrefix,
                                                                         shipping::ServiceLevel level) const {
    ParcelQuoteRequest request;
    request.weightGrams = order.totalWeightGrams();
    request.oversized = order.hasOversizedItem();
    request.volumeCm3 = estimateVolumeCm3(request.weightGrams, request.oversized);
    request.originPostal = shipping::originPostalFor(warehousePrefix);
    request.destination = order.shipTo;
    request.level = level;
    return cheapest(request);
}

}  // namespace shop::orders
