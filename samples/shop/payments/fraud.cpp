// FraudScorer rules; every assessment is kept in "fraud_assessments" for the risk team.
#include "payments/fraud.h"

#include "common/config.h"
#include "common/database.h"
#include "common/logging.h"
#include "common/strings.h"

namespace shop::payments {

using common::Money;

const char* toString(FraudDecision decision) {
    switch (decision) {
        case FraudDecision::Allow:
            return "allow";
        case FraudDecision::Review:
            return "review";
        case FraudDecision::Block:
            return "block";
    }
    return "review";
}

FraudScorer::FraudScorer()
    : reviewThreshold_(static_cast<int>(common::Config::instance().getInt("fraud.review_threshold", 55))),
      blockThreshold_(static_cast<int>(common::Config::instance().getInt("fraud.block_threshold", 80))),
      largeOrder_(Money::fromCents(common::Config::instance().getInt("fraud.large_order_cents", 150000))) {}

void FraudScorer::add(FraudAssessment& assessment, int points, const std::string& reason) const {
    assessment.score += points;
    assessment.reasons.push_back(reason + " (+" + std::to_string(points) + ")");
}

FraudAssessment FraudScorer::assess(const FraudSignals& signals, int nowMinute) {
    ++assessed_;
    FraudAssessment a;
    if (signals.accountAgeDays < 7) {
        add(a, 25, "account younger than a week");
    } else if (signals.accountAgeDays < 30) {
        add(a, 10, "account younger than a month");
    }
    if (signals.amount >= largeOrder_ * 2) {
        add(a, 35, "very large order");
    } else if (signals.amount >= largeOrder_) {
        add(a, 20, "large order");
    }
    if (!signals.billingPostal.empty() && !signals.shippingPostal.empty() &&
        signals.billingPostal[0] != signals.shippingPostal[0]) {
        add(a, 15, "billing and shipping regions differ");
    }
    if (signals.shipsToPoBox) {
        add(a, 10, "ships to a PO box");
    }
    if (signals.methodRisk > 0) {
        add(a, signals.methodRisk, "payment method risk");
    }
    const int recent = attemptsInLastHour(signals.customerId, nowMinute);
    if (recent >= 3) {
        add(a, 20, "high checkout velocity");
    }
    auto declines = declines_.find(signals.customerId);
    if (declines != declines_.end() && declines->second > 0) {
        add(a, 10 * declines->second, "recent declines");
    }
    attempts_[signals.customerId].push_back(nowMinute);

    if (a.score >= blockThreshold_) {
        a.decision = FraudDecision::Block;
        ++blocked_;
    } else if (a.score >= reviewThreshold_) {
        a.decision = FraudDecision::Review;
        ++reviewed_;
    }
    common::Database::instance().insert("fraud_assessments",
                                        {{"customer_id", signals.customerId},
                                         {"amount_cents", std::to_string(signals.amount.cents())},
                                         {"score", std::to_string(a.score)},
                                         {"decision", toString(a.decision)},
                                         {"reasons", common::join(a.reasons, "; ")}});
    if (a.decision != FraudDecision::Allow) {
        common::logWarn("fraud", signals.customerId + " scored " + std::to_string(a.score) + " -> " +
                                     toString(a.decision));
    }
    return a;
}

void FraudScorer::recordDecline(const std::string& customerId) { ++declines_[customerId]; }

int FraudScorer::attemptsInLastHour(const std::string& customerId, int nowMinute) const {
    auto it = attempts_.find(customerId);
    if (it == attempts_.end()) {
        return 0;
    }
    int n = 0;
    for (int minute : it->second) {
        if (nowMinute - minute < 60) {
            ++n;
        }
    }
    return n;
}

}  // namespace shop::payments
