// WalletPayment implementation.
#include "payments/wallet_payment.h"

#include <utility>

#include "common/strings.h"

namespace shop::payments {

using common::Money;

WalletPayment::WalletPayment(std::string provider, std::string walletId, Money balance,
                             std::string billingPostal, int walletAgeDays)
    : provider_(std::move(provider)),
      walletId_(std::move(walletId)),
      balance_(balance),
      billingPostal_(std::move(billingPostal)),
      walletAgeDays_(walletAgeDays) {}

std::string WalletPayment::kind() const { return "wallet:" + provider_; }

std::string WalletPayment::maskedId() const {
    const auto at = walletId_.find('@');
    const std::string user = walletId_.substr(0, at);
    return provider_ + " " + user.substr(0, 2) + "***" + (at == std::string::npos ? "" : walletId_.substr(at));
}

bool WalletPayment::validate(std::string& reason) const {
    if (walletId_.empty()) {
        reason = "wallet not linked";
        return false;
    }
    return true;
}

AuthorizationResult WalletPayment::authorize(Money amount, const std::string& reference) {
    AuthorizationResult result;
    if (!amount.isPositive()) {
        result.message = "invalid amount";
        return result;
    }
    if (balance_ < amount) {
        result.status = ChargeStatus::Declined;
        result.message = "wallet balance too low";
        return result;
    }
    balance_ -= amount;
    result.status = ChargeStatus::Approved;
    result.authCode = common::toUpper(provider_.substr(0, 2)) + "-" + reference + "-" + std::to_string(++sequence_);
    debits_[result.authCode] = amount;
    return result;
}

bool WalletPayment::refund(Money amount, const std::string& authCode) {
    auto it = debits_.find(authCode);
    if (it == debits_.end() || amount > it->second || !amount.isPositive()) {
        return false;
    }
    it->second -= amount;
    balance_ += amount;
    return true;
}

int WalletPayment::riskScore() const { return walletAgeDays_ < 30 ? 15 : 0; }

Money WalletPayment::processingFee(Money amount) const { return amount.basisPoints(250); }

}  // namespace shop::payments
