// WalletPayment: stored-balance digital wallets (PayPal-style) with instant refunds.
#pragma once

#include <map>
#include <string>

#include "payments/payment_method.h"

namespace shop::payments {

class WalletPayment : public PaymentMethod {
public:
    WalletPayment(std::string provider, std::string walletId, common::Money balance, std::string billingPostal,
                  int walletAgeDays);

    std::string kind() const override;
    std::string maskedId() const override;
    std::string billingPostal() const override { return billingPostal_; }
    bool validate(std::string& reason) const override;
    AuthorizationResult authorize(common::Money amount, const std::string& reference) override;
    bool refund(common::Money amount, const std::string& authCode) override;
    int riskScore() const override;
    common::Money processingFee(common::Money amount) const override;

    common::Money balance() const { return balance_; }

private:
    std::string provider_;
    std::string walletId_;
    common::Money balance_;
    std::string billingPostal_;
    int walletAgeDays_;
    std::map<std::string, common::Money> debits_;
    long sequence_ = 0;
};

}  // namespace shop::payments
