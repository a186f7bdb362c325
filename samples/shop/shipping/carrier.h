// Carriers: who can carry a parcel, at which service levels, and their tracking-number formats.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace shop::shipping {

enum class ServiceLevel { Ground, Express, Overnight };

const char* toString(ServiceLevel level);

struct CarrierService {
    ServiceLevel level = ServiceLevel::Ground;
    int transitDays = 5;
    int priceMultiplierPercent = 100;
};

struct Carrier {
    std::string code;
    std::string name;
    std::string trackingPrefix;
    int maxWeightGrams = 0;
    bool acceptsPoBox = false;
    bool acceptsOversized = false;
    std::vector<CarrierService> services;
};

const CarrierService* findService(const Carrier& carrier, ServiceLevel level);

struct ParcelProfile {
    int weightGrams = 0;
    bool poBox = false;
    bool oversized = false;
};

class CarrierRegistry {
public:
    void add(const Carrier& carrier);
    const Carrier* find(const std::string& code) const;
    std::vector<const Carrier*> all() const;
    // Carriers that can take this parcel at the requested service level.
    std::vector<const Carrier*> eligible(const ParcelProfile& parcel, ServiceLevel level) const;

private:
    std::map<std::string, Carrier> carriers_;
};

// Tracking numbers are prefix + 9 digits + a mod-10 check digit.
std::string makeTrackingNumber(const Carrier& carrier, long sequence);
bool isValidTrackingNumber(const std::string& trackingNumber);
void loadDefaultCarriers(CarrierRegistry& registry);

}  // namespace shop::shipping
