// CardPayment: card validation plus the (simulated) gateway's responses.
#include "payments/card_payment.h"

#include <utility>

#include "common/config.h"
#include "common/strings.h"

namespace shop::payments {

using common::Money;

namespace {

// The gateway sandbox keys its behaviour off the last four digits.
const char* const kAlwaysDecline = "0002";
const char* const kFlakyGateway = "0119";
const char* const kGatewayDown = "0341";
const Money kCardLimit = Money::fromDollars(2500);

// Simulated "today" for expiry checks.
const int kCurrentYear = 2024;
const int kCurrentMonth = 11;

}  // namespace

bool luhnValid(const std::string& number) {
    if (number.size() < 13 || number.size() > 19 || !common::isDigits(number)) {
        return false;
    }
    int sum = 0;
    bool doubleIt = false;
    for (auto it = number.rbegin(); it != number.rend(); ++it) {
        int digit = *it - '0';
        if (doubleIt) {
            digit *= 2;
            if (digit > 9) {
                digit -= 9;
            }
        }
        sum += digit;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

std::string cardBrand(const std::string& number) {
    if (common::startsWith(number, "4")) {
        return "visa";
    }
    if (common::startsWith(number, "34") || common::startsWith(number, "37")) {
        return "amex";
    }
    if (common::startsWith(number, "5")) {
        return "mastercard";
    }
    return "unknown";
}

CardPayment::CardPayment(std::string holder, std::string number, int expiryMonth, int expiryYear,
                         std::string billingPostal)
    : holder_(std::move(holder)),
      number_(std::move(number)),
      expiryMonth_(expiryMonth),
      expiryYear_(expiryYear),
      billingPostal_(std::move(billingPostal)) {}

std::string CardPayment::kind() const { return "card:" + brand(); }

std::string CardPayment::maskedId() const {
    return brand() + " ****" + (number_.size() >= 4 ? number_.substr(number_.size() - 4) : number_);
}

std::string CardPayment::brand() const { return cardBrand(number_); }

bool CardPayment::isPrepaid() const { return common::startsWith(number_, "400005"); }

bool CardPayment::validate(std::string& reason) const {
    if (!luhnValid(number_)) {
        reason = "card number failed checksum";
        return false;
    }
    if (expiryMonth_ < 1 || expiryMonth_ > 12) {
        reason = "invalid expiry month";
        return false;
    }
    if (expiryYear_ < kCurrentYear || (expiryYear_ == kCurrentYear && expiryMonth_ < kCurrentMonth)) {
        reason = "card expired";
        return false;
    }
    if (common::trim(holder_).empty()) {
        reason = "cardholder name missing";
        return false;
    }
    return true;
}

AuthorizationResult CardPayment::authorize(Money amount, const std::string& reference) {
    AuthorizationResult result;
    const int attempt = ++attemptsByReference_[reference];
    const std::string last4 = number_.substr(number_.size() - 4);
    if (last4 == kGatewayDown) {
        result.status = ChargeStatus::TransientError;
        result.message = "gateway timeout";
        return result;
    }
    if (last4 == kFlakyGateway && attempt <= 2) {
        result.status = ChargeStatus::TransientError;
        result.message = "gateway 503, retry";
        return result;
    }
    if (last4 == kAlwaysDecline) {
        result.status = ChargeStatus::Declined;
        result.message = "insufficient funds";
        return result;
    }
    if (amount > kCardLimit || !amount.isPositive()) {
        result.status = ChargeStatus::Declined;
        result.message = "amount exceeds card limit";
        return result;
    }
    result.status = ChargeStatus::Approved;
    result.authCode = "A" + common::padLeft(std::to_string(++authSequence_), 5, '0') + last4;
    captures_[result.authCode] = amount;
    return result;
}

bool CardPayment::refund(Money amount, const std::string& authCode) {
    auto it = captures_.find(authCode);
    if (it == captures_.end() || amount > it->second || !amount.isPositive()) {
        return false;
    }
    it->second -= amount;
    return true;
}

int CardPayment::riskScore() const {
    int score = isPrepaid() ? 20 : 0;
    if (brand() == "unknown") {
        score += 10;
    }
    return score;
}

Money CardPayment::processingFee(Money amount) const {
    // 2.9% + 30c, amex 3.5% + 30c
    const int bp = brand() == "amex" ? 350 : 290;
    return amount.basisPoints(bp) + Money::fromCents(30);
}

Money CardPayment::capturedTotal() const {
    Money total;
    for (const auto& entry : captures_) {
        total += entry.second;
    }
    return total;
}

}  // namespace shop::payments
