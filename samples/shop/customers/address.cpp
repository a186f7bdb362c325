// Address validation and formatting rules (US-centric, like the rest of the shop).
#include "customers/address.h"

#include "common/strings.h"

namespace shop::customers {

std::string validateAddress(const Address& address) {
    if (common::trim(address.recipient).empty()) {
        return "recipient missing";
    }
    if (common::trim(address.line1).empty()) {
        return "street address missing";
    }
    if (common::trim(address.city).empty()) {
        return "city missing";
    }
    if (address.country != "US") {
        return "we only ship within the US";
    }
    if (address.region.size() != 2) {
        return "state must be a two-letter code";
    }
    const std::string zip = address.postalCode.substr(0, 5);
    if (zip.size() != 5 || !common::isDigits(zip)) {
        return "postal code must start with five digits";
    }
    return std::string();
}

Address normalizeAddress(const Address& address) {
    Address out = address;
    out.recipient = common::trim(address.recipient);
    out.line1 = common::replaceAll(common::trim(address.line1), "  ", " ");
    out.line2 = common::trim(address.line2);
    out.city = common::trim(address.city);
    out.region = common::toUpper(common::trim(address.region));
    out.postalCode = common::trim(address.postalCode);
    out.country = common::toUpper(common::trim(address.country));
    out.line1 = common::replaceAll(out.line1, " Street", " St");
    out.line1 = common::replaceAll(out.line1, " Avenue", " Ave");
    return out;
}

std::string formatLabel(const Address& address) {
    std::string label = address.recipient + "\n" + address.line1 + "\n";
    if (!address.line2.empty()) {
        label += address.line2 + "\n";
    }
    label += address.city + ", " + address.region + " " + address.postalCode + "\n" + address.country;
    return label;
}

std::string oneLine(const Address& address) {
    return address.line1 + ", " + address.city + ", " + address.region + " " + address.postalCode;
}

bool isPoBox(const Address& address) {
    const std::string line = common::toLower(address.line1);
    return common::startsWith(line, "po box") || common::startsWith(line, "p.o. box");
}

}  // namespace shop::customers
