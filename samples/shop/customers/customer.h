// Customer account record and contact-detail validation.
#pragma once

#include <string>

#include "common/database.h"
#include "customers/address.h"

namespace shop::customers {

enum class LoyaltyTier { Bronze, Silver, Gold };

const char* toString(LoyaltyTier tier);

struct Customer {
    std::string id;
    std::string name;
    std::string email;
    std::string phone;  // E.164, e.g. +15551234567
    int accountAgeDays = 0;
    Address defaultAddress;
    LoyaltyTier tier = LoyaltyTier::Bronze;
    bool marketingOptIn = false;
    bool smsOptIn = false;
    bool blocked = false;
};

bool isValidEmail(const std::string& email);
// Normalises "(555) 123-4567" to "+15551234567"; empty if not a US number.
std::string normalizePhone(const std::string& phone);
std::string firstName(const Customer& customer);
common::Row toRow(const Customer& customer);

}  // namespace shop::customers
