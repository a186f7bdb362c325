// FraudScorer: rule-based risk score for a charge, with per-customer velocity tracking.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/money.h"

namespace shop::payments {

enum class FraudDecision { Allow, Review, Block };

const char* toString(FraudDecision decision);

struct FraudSignals {
    std::string customerId;
    common::Money amount;
    int accountAgeDays = 0;
    std::string billingPostal;
    std::string shippingPostal;
    int methodRisk = 0;
    bool shipsToPoBox = false;
};

struct FraudAssessment {
    int score = 0;
    FraudDecision decision = FraudDecision::Allow;
    std::vector<std::string> reasons;
};

class FraudScorer {
public:
    FraudScorer();

    FraudAssessment assess(const FraudSignals& signals, int nowMinute);
    void recordDecline(const std::string& customerId);
    int attemptsInLastHour(const std::string& customerId, int nowMinute) const;
    std::size_t assessed() const { return assessed_; }
    std::size_t blocked() const { return blocked_; }
    std::size_t reviewed() const { return reviewed_; }

private:
    void add(FraudAssessment& assessment, int points, const std::string& reason) const;

    std::map<std::string, std::vector<int>> attempts_;
    std::map<std::string, int> declines_;
    int reviewThreshold_;
    int blockThreshold_;
    common::Money largeOrder_;
    std::size_t assessed_ = 0;
    std::size_t blocked_ = 0;
    std::size_t reviewed_ = 0;
};

}  // namespace shop::payments
