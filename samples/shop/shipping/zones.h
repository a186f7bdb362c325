// ZoneMap: rate zones (1-8) between an origin and a destination postal code.
#pragma once

#include <set>
#include <string>

namespace shop::shipping {

class ZoneMap {
public:
    ZoneMap();

    // 1 for the same 3-digit area, then 2..8 with distance between regions; remote areas are 8.
    int rateZone(const std::string& originPostal, const std::string& destinationPostal) const;
    bool isRemote(const std::string& postal) const;
    int region(const std::string& postal) const;
    void addRemotePrefix(const std::string& prefix) { remotePrefixes_.insert(prefix); }

private:
    std::set<std::string> remotePrefixes_;
};

// Representative origin postal code for a warehouse's region prefix.
std::string originPostalFor(const std::string& warehousePrefix);

}  // namespace shop::shipping
