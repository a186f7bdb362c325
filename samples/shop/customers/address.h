// Postal addresses: validation, normalisation and label formatting.
#pragma once

#include <string>

namespace shop::customers {

struct Address {
    std::string recipient;
    std::string line1;
    std::string line2;
    std::string city;
    std::string region;  // two-letter state code
    std::string postalCode;
    std::string country = "US";
};

// Empty string when valid, otherwise the first problem found.
std::string validateAddress(const Address& address);
Address normalizeAddress(const Address& address);
std::string formatLabel(const Address& address);
std::string oneLine(const Address& address);
bool isPoBox(const Address& address);

}  // namespace shop::customers
