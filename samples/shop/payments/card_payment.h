// CardPayment: credit/debit cards charged through the card gateway.
#pragma once

#include <map>
#include <string>

#include "payments/payment_method.h"

namespace shop::payments {

class CardPayment : public PaymentMethod {
public:
    CardPayment(std::string holder, std::string number, int expiryMonth, int expiryYear,
                std::string billingPostal);

    std::string kind() const override;
    std::string maskedId() const override;
    std::string billingPostal() const override { return billingPostal_; }
    bool validate(std::string& reason) const override;
    AuthorizationResult authorize(common::Money amount, const std::string& reference) override;
    bool refund(common::Money amount, const std::string& authCode) override;
    int riskScore() const override;
    common::Money processingFee(common::Money amount) const override;

    std::string brand() const;
    bool isPrepaid() const;
    common::Money capturedTotal() const;

private:
    std::string holder_;
    std::string number_;
    int expiryMonth_;
    int expiryYear_;
    std::string billingPostal_;
    std::map<std::string, int> attemptsByReference_;
    std::map<std::string, common::Money> captures_;  // auth code -> remaining captured amount
    long authSequence_ = 0;
};

bool luhnValid(const std::string& number);
std::string cardBrand(const std::string& number);

}  // namespace shop::payments
