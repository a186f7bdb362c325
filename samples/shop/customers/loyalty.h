// LoyaltyProgram: points earned on spend, redeemed as store credit, tiers by lifetime points.
#pragma once

#include <map>
#include <string>

#include "common/money.h"
#include "common/result.h"
#include "customers/customer_directory.h"

namespace shop::customers {

struct LoyaltyAccount {
    long long balance = 0;
    long long lifetime = 0;
    long long redeemed = 0;
};

class LoyaltyProgram {
public:
    explicit LoyaltyProgram(CustomerDirectory& directory);

    // Awards points for a paid order; returns points earned (tier multiplier applied).
    long long earn(const std::string& customerId, common::Money spent, const std::string& orderId);
    // Claws back points when an order is refunded; never drives the balance negative.
    long long reverse(const std::string& customerId, common::Money refunded, const std::string& orderId);
    common::Result<common::Money> redeem(const std::string& customerId, long long points,
                                         const std::string& orderId);
    long long balance(const std::string& customerId) const;
    LoyaltyTier tierFor(long long lifetimePoints) const;
    long long totalOutstanding() const;

private:
    int multiplierPercent(LoyaltyTier tier) const;
    void record(const std::string& customerId, long long delta, const std::string& reason,
                const std::string& orderId);

    CustomerDirectory& directory_;
    std::map<std::string, LoyaltyAccount> accounts_;
};

}  // namespace shop::customers
