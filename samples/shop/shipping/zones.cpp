// ZoneMap implementation.
#include "shipping/zones.h"

#include <cstdlib>

#include "common/strings.h"

namespace shop::shipping {

ZoneMap::ZoneMap() {
    // Alaska, Hawaii, Puerto Rico
    for (const char* prefix : {"995", "996", "997", "998", "999", "967", "968", "006", "007", "009"}) {
        remotePrefixes_.insert(prefix);
    }
}

int ZoneMap::region(const std::string& postal) const {
    if (postal.empty() || !common::isDigits(postal.substr(0, 1))) {
        return -1;
    }
    return postal[0] - '0';
}

bool ZoneMap::isRemote(const std::string& postal) const {
    return postal.size() >= 3 && remotePrefixes_.count(postal.substr(0, 3)) > 0;
}

int ZoneMap::rateZone(const std::string& originPostal, const std::string& destinationPostal) const {
    if (isRemote(destinationPostal)) {
        return 8;
    }
    if (originPostal.size() >= 3 && destinationPostal.size() >= 3 &&
        originPostal.substr(0, 3) == destinationPostal.substr(0, 3)) {
        return 1;
    }
    const int from = region(originPostal);
    const int to = region(destinationPostal);
    if (from < 0 || to < 0) {
        return 8;
    }
    const int zone = 2 + std::abs(from - to);
    return zone > 8 ? 8 : zone;
}

std::string originPostalFor(const std::string& warehousePrefix) {
    if (warehousePrefix == "0") {
        return "07114";  // Newark
    }
    if (warehousePrefix == "7") {
        return "75261";  // Dallas
    }
    if (warehousePrefix == "8") {
        return "89502";  // Reno
    }
    return warehousePrefix + "0000";
}

}  // namespace shop::shipping
