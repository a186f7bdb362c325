// Customer helpers.
#include "customers/customer.h"

#include <cctype>

#include "common/strings.h"

namespace shop::customers {

const char* toString(LoyaltyTier tier) {
    switch (tier) {
        case LoyaltyTier::Bronze:
            return "bronze";
        case LoyaltyTier::Silver:
            return "silver";
        case LoyaltyTier::Gold:
            return "gold";
    }
    return "bronze";
}

bool isValidEmail(const std::string& email) {
    const auto at = email.find('@');
    if (at == std::string::npos || at == 0 || email.find('@', at + 1) != std::string::npos) {
        return false;
    }
    const std::string domain = email.substr(at + 1);
    const auto dot = domain.rfind('.');
    return dot != std::string::npos && dot > 0 && domain.size() - dot - 1 >= 2 &&
           email.find(' ') == std::string::npos;
}

std::string normalizePhone(const std::string& phone) {
    std::string digits;
    for (char c : phone) {
        if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
            digits.push_back(c);
        }
    }
    if (digits.size() == 11 && digits[0] == '1') {
        digits = digits.substr(1);
    }
    if (digits.size() != 10) {
        return std::string();
    }
    return "+1" + digits;
}

std::string firstName(const Customer& customer) {
    const auto space = customer.name.find(' ');
    return space == std::string::npos ? customer.name : customer.name.substr(0, space);
}

common::Row toRow(const Customer& customer) {
    return common::Row{{"id", customer.id},
                       {"name", customer.name},
                       {"email", customer.email},
                       {"phone", customer.phone},
                       {"tier", toString(customer.tier)},
                       {"postal", customer.defaultAddress.postalCode},
                       {"sms_opt_in", customer.smsOptIn ? "1" : "0"}};
}

}  // namespace shop::customers
