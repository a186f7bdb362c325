// Carrier registry and tracking-number generation.
#include "shipping/carrier.h"

#include <cctype>

#include "common/strings.h"

namespace shop::shipping {

const char* toString(ServiceLevel level) {
    switch (level) {
        case ServiceLevel::Ground:
            return "ground";
        case ServiceLevel::Express:
            return "express";
        case ServiceLevel::Overnight:
            return "overnight";
    }
    return "ground";
}

const CarrierService* findService(const Carrier& carrier, ServiceLevel level) {
    for (const CarrierService& service : carrier.services) {
        if (service.level == level) {
            return &service;
        }
    }
    return nullptr;
}

void CarrierRegistry::add(const Carrier& carrier) { carriers_[carrier.code] = carrier; }

const Carrier* CarrierRegistry::find(const std::string& code) const {
    auto it = carriers_.find(code);
    return it == carriers_.end() ? nullptr : &it->second;
}

std::vector<const Carrier*> CarrierRegistry::all() const {
    std::vector<const Carrier*> out;
    for (const auto& entry : carriers_) {
        out.push_back(&entry.second);
    }
    return out;
}

std::vector<const Carrier*> CarrierRegistry::eligible(const ParcelProfile& parcel, ServiceLevel level) const {
    std::vector<const Carrier*> out;
    for (const auto& entry : carriers_) {
        const Carrier& c = entry.second;
        if (parcel.weightGrams > c.maxWeightGrams || (parcel.poBox && !c.acceptsPoBox) ||
            (parcel.oversized && !c.acceptsOversized) || findService(c, level) == nullptr) {
            continue;
        }
        out.push_back(&c);
    }
    return out;
}

namespace {

int checkDigit(const std::string& digits) {
    int sum = 0;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        const int d = digits[i] - '0';
        sum += (i % 2 == 0) ? d * 3 : d;
    }
    return (10 - sum % 10) % 10;
}

}  // namespace

std::string makeTrackingNumber(const Carrier& carrier, long sequence) {
    // spread sequential numbers so they do not look guessable
    const long scrambled = (sequence * 7919L + 104729L) % 1000000000L;
    const std::string digits = common::padLeft(std::to_string(scrambled), 9, '0');
    return carrier.trackingPrefix + digits + std::to_string(checkDigit(digits));
}

bool isValidTrackingNumber(const std::string& trackingNumber) {
    if (trackingNumber.size() < 11) {
        return false;
    }
    const std::string digits = trackingNumber.substr(trackingNumber.size() - 10, 9);
    const char check = trackingNumber.back();
    if (!common::isDigits(digits) || std::isdigit(static_cast<unsigned char>(check)) == 0) {
        return false;
    }
    return checkDigit(digits) == check - '0';
}

void loadDefaultCarriers(CarrierRegistry& registry) {
    registry.add(Carrier{"USPS", "US Postal Service", "9400", 31700, true, false,
                         {{ServiceLevel::Ground, 5, 100}, {ServiceLevel::Express, 2, 180}}});
    registry.add(Carrier{"UPS", "UPS", "1Z", 68000, false, true,
                         {{ServiceLevel::Ground, 4, 100},
                          {ServiceLevel::Express, 2, 190},
                          {ServiceLevel::Overnight, 1, 320}}});
    registry.add(Carrier{"FDX", "FedEx", "FX", 68000, false, true,
                         {{ServiceLevel::Ground, 4, 105},
                          {ServiceLevel::Express, 2, 175},
                          {ServiceLevel::Overnight, 1, 300}}});
}

}  // namespace shop::shipping
