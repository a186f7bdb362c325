// LoyaltyProgram implementation; every movement is written to "loyalty_points".
#include "customers/loyalty.h"

#include "common/config.h"
#include "common/database.h"
#include "common/logging.h"

namespace shop::customers {

using common::Money;

LoyaltyProgram::LoyaltyProgram(CustomerDirectory& directory) : directory_(directory) {}

int LoyaltyProgram::multiplierPercent(LoyaltyTier tier) const {
    switch (tier) {
        case LoyaltyTier::Bronze:
            return 100;
        case LoyaltyTier::Silver:
            return 125;
        case LoyaltyTier::Gold:
            return 150;
    }
    return 100;
}

LoyaltyTier LoyaltyProgram::tierFor(long long lifetimePoints) const {
    if (lifetimePoints >= 2000) {
        return LoyaltyTier::Gold;
    }
    if (lifetimePoints >= 500) {
        return LoyaltyTier::Silver;
    }
    return LoyaltyTier::Bronze;
}

void LoyaltyProgram::record(const std::string& customerId, long long delta, const std::string& reason,
                            const std::string& orderId) {
    common::Database::instance().insert("loyalty_points", {{"customer_id", customerId},
                                                           {"delta", std::to_string(delta)},
                                                           {"reason", reason},
                                                           {"order_id", orderId}});
}

long long LoyaltyProgram::earn(const std::string& customerId, Money spent, const std::string& orderId) {
    const Customer* customer = directory_.find(customerId);
    if (customer == nullptr || !spent.isPositive()) {
        return 0;
    }
    const long long perDollar = common::Config::instance().getInt("loyalty.points_per_dollar", 1);
    const long long base = (spent.cents() / 100) * perDollar;
    const long long points = base * multiplierPercent(customer->tier) / 100;
    LoyaltyAccount& account = accounts_[customerId];
    account.balance += points;
    account.lifetime += points;
    record(customerId, points, "earned", orderId);
    const LoyaltyTier newTier = tierFor(account.lifetime);
    if (static_cast<int>(newTier) > static_cast<int>(customer->tier)) {
        directory_.setTier(customerId, newTier);
    }
    return points;
}

long long LoyaltyProgram::reverse(const std::string& customerId, Money refunded, const std::string& orderId) {
    auto it = accounts_.find(customerId);
    if (it == accounts_.end() || !refunded.isPositive()) {
        return 0;
    }
    const long long perDollar = common::Config::instance().getInt("loyalty.points_per_dollar", 1);
    long long points = (refunded.cents() / 100) * perDollar;
    if (points > it->second.balance) {
        points = it->second.balance;
    }
    it->second.balance -= points;
    it->second.lifetime -= points;
    record(customerId, -points, "refund clawback", orderId);
    return points;
}

common::Result<Money> LoyaltyProgram::redeem(const std::string& customerId, long long points,
                                             const std::string& orderId) {
    auto it = accounts_.find(customerId);
    if (points <= 0) {
        return common::Result<Money>::fail("nothing to redeem");
    }
    if (it == accounts_.end() || it->second.balance < points) {
        return common::Result<Money>::fail("insufficient points");
    }
    const long long centsPerPoint = common::Config::instance().getInt("loyalty.redeem_cents_per_point", 1);
    it->second.balance -= points;
    it->second.redeemed += points;
    record(customerId, -points, "redeemed", orderId);
    common::logInfo("loyalty", customerId + " redeemed " + std::to_string(points) + " points");
    return common::Result<Money>::of(Money::fromCents(points * centsPerPoint));
}

long long LoyaltyProgram::balance(const std::string& customerId) const {
    auto it = accounts_.find(customerId);
    return it == accounts_.end() ? 0 : it->second.balance;
}

long long LoyaltyProgram::totalOutstanding() const {
    long long total = 0;
    for (const auto& entry : accounts_) {
        total += entry.second.balance;
    }
    return total;
}

}  // namespace shop::customers
