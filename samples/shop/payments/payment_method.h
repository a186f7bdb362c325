// PaymentMethod: the interface every tender type (cards, wallets) implements.
#pragma once

#include <string>

#include "common/money.h"

namespace shop::payments {

enum class ChargeStatus { Approved, Declined, TransientError };

const char* toString(ChargeStatus status);

struct AuthorizationResult {
    ChargeStatus status = ChargeStatus::Declined;
    std::string authCode;
    std::string message;
};

class PaymentMethod {
public:
    virtual ~PaymentMethod() = default;

    // "card:visa", "wallet:paypal", ...
    virtual std::string kind() const = 0;
    // Safe-to-log identifier, e.g. "visa ****4242".
    virtual std::string maskedId() const = 0;
    virtual std::string billingPostal() const = 0;
    // Checks the method can be charged at all (expiry, checksum). Fills reason on failure.
    virtual bool validate(std::string& reason) const = 0;
    virtual AuthorizationResult authorize(common::Money amount, const std::string& reference) = 0;
    virtual bool refund(common::Money amount, const std::string& authCode) = 0;
    // Extra fraud risk points inherent to this method (prepaid cards, new wallets).
    virtual int riskScore() const;
    // What the provider charges us for taking this payment.
    virtual common::Money processingFee(common::Money amount) const;
};

}  // namespace shop::payments
