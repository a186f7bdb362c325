// PaymentProcessor implementation.
#include "payments/payment_processor.h"

#include "common/clock.h"
#include "common/database.h"
#include "common/ids.h"
#include "common/logging.h"
#include "orders/order_store.h"

namespace shop::payments {

using common::Database;
using common::Money;

PaymentProcessor::PaymentProcessor(orders::OrderStore& orders, FraudScorer& fraud, Ledger& ledger,
                                   RetryPolicy policy)
    : orders_(orders), fraud_(fraud), ledger_(ledger), policy_(policy) {}

PaymentOutcome PaymentProcessor::charge(const ChargeRequest& request, PaymentMethod& method) {
    PaymentOutcome outcome;
    std::string reason;
    if (!method.validate(reason)) {
        outcome.error = reason;
        ++stats_.declined;
        fraud_.recordDecline(request.customerId);
        return outcome;
    }

    FraudSignals signals;
    signals.customerId = request.customerId;
    signals.amount = request.amount;
    signals.accountAgeDays = request.accountAgeDays;
    signals.billingPostal = method.billingPostal();
    signals.shippingPostal = request.shippingPostal;
    signals.methodRisk = method.riskScore();
    signals.shipsToPoBox = request.shipsToPoBox;
    const FraudAssessment assessment = fraud_.assess(signals, common::SimClock::instance().now());
    outcome.fraudDecision = assessment.decision;
    outcome.fraudScore = assessment.score;
    if (assessment.decision == FraudDecision::Block) {
        outcome.error = "blocked by fraud screening (score " + std::to_string(assessment.score) + ")";
        ++stats_.blocked;
        Database::instance().insert("payments", {{"order_id", request.orderId},
                                                 {"status", "blocked"},
                                                 {"amount_cents", std::to_string(request.amount.cents())}});
        return outcome;
    }

    BackoffCounter backoff;
    AuthorizationResult auth;
    int attempt = 0;
    while (true) {
        ++attempt;
        backoff.recordAttempt(policy_.delayBeforeAttempt(attempt));
        auth = method.authorize(request.amount, request.orderId);
        if (auth.status != ChargeStatus::TransientError) {
            break;
        }
        common::logInfo("payments", "attempt " + std::to_string(attempt) + " for " + request.orderId + ": " +
                                        auth.message);
        if (!policy_.shouldRetry(attempt, true)) {
            break;
        }
    }
    outcome.attempts = backoff.attempts();
    outcome.backoffMs = backoff.totalDelayMs();
    stats_.retries += static_cast<std::size_t>(backoff.retries());
    stats_.backoffMs += backoff.totalDelayMs();

    if (auth.status != ChargeStatus::Approved) {
        outcome.error = auth.message;
        if (auth.status == ChargeStatus::TransientError) {
            ++stats_.gatewayFailures;
        } else {
            ++stats_.declined;
            fraud_.recordDecline(request.customerId);
        }
        Database::instance().insert("payments", {{"order_id", request.orderId},
                                                 {"status", toString(auth.status)},
                                                 {"amount_cents", std::to_string(request.amount.cents())},
                                                 {"attempts", std::to_string(outcome.attempts)}});
        return outcome;
    }

    PaymentRecord record;
    record.id = common::makeId("PAY");
    record.orderId = request.orderId;
    record.customerId = request.customerId;
    record.amount = request.amount;
    record.fee = method.processingFee(request.amount);
    record.authCode = auth.authCode;
    record.methodKind = method.kind();
    record.method = &method;
    record.underReview = assessment.decision == FraudDecision::Review;
    payments_[record.id] = record;

    ledger_.post(accounts::kGatewayReceivable, accounts::kSales, record.amount, record.orderId,
                 "capture " + method.maskedId());
    ledger_.post(accounts::kProcessingFees, accounts::kGatewayReceivable, record.fee, record.orderId,
                 "processing fee");
    Database::instance().insert("payments", {{"id", record.id},
                                             {"order_id", record.orderId},
                                             {"status", "captured"},
                                             {"method", record.methodKind},
                                             {"auth_code", record.authCode},
                                             {"amount_cents", std::to_string(record.amount.cents())},
                                             {"review", record.underReview ? "1" : "0"}});
    ++stats_.approved;
    stats_.captured += record.amount;
    stats_.fees += record.fee;

    if (!orders_.markPaid(request.orderId, record.id)) {
        common::logError("payments", "captured " + record.id + " but order " + request.orderId +
                                         " could not be marked paid");
    }
    outcome.approved = true;
    outcome.paymentId = record.id;
    return outcome;
}

PaymentRecord* PaymentProcessor::findPayment(const std::string& paymentId) {
    auto it = payments_.find(paymentId);
    return it == payments_.end() ? nullptr : &it->second;
}

const PaymentRecord* PaymentProcessor::findByOrder(const std::string& orderId) const {
    for (const auto& entry : payments_) {
        if (entry.second.orderId == orderId) {
            return &entry.second;
        }
    }
    return nullptr;
}

std::vector<std::string> PaymentProcessor::reviewQueue() const {
    std::vector<std::string> out;
    for (const auto& entry : payments_) {
        if (entry.second.underReview) {
            out.push_back(entry.first);
        }
    }
    return out;
}

bool PaymentProcessor::clearReview(const std::string& paymentId) {
    PaymentRecord* record = findPayment(paymentId);
    if (record == nullptr || !record->underReview) {
        return false;
    }
    record->underReview = false;
    Database::instance().update("payments", paymentId, {{"review", "cleared"}});
    return true;
}

}  // namespace shop::payments
