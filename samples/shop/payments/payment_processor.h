// PaymentProcessor: fraud screening, authorisation with retries, ledger posting, order update.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/money.h"
#include "payments/fraud.h"
#include "payments/ledger.h"
#include "payments/payment_method.h"
#include "payments/retry_policy.h"

namespace shop::orders {
class OrderStore;
}

namespace shop::payments {

struct ChargeRequest {
    std::string orderId;
    std::string customerId;
    common::Money amount;
    int accountAgeDays = 0;
    std::string shippingPostal;
    bool shipsToPoBox = false;
};

struct PaymentRecord {
    std::string id;
    std::string orderId;
    std::string customerId;
    common::Money amount;
    common::Money fee;
    common::Money refunded;
    std::string authCode;
    std::string methodKind;
    PaymentMethod* method = nullptr;  // not owned; lives in the customer's wallet
    bool underReview = false;
};

struct PaymentOutcome {
    bool approved = false;
    std::string paymentId;
    std::string error;
    int attempts = 0;
    long backoffMs = 0;
    FraudDecision fraudDecision = FraudDecision::Allow;
    int fraudScore = 0;
};

struct PaymentStats {
    std::size_t approved = 0;
    std::size_t declined = 0;
    std::size_t blocked = 0;
    std::size_t gatewayFailures = 0;
    std::size_t retries = 0;
    long backoffMs = 0;
    common::Money captured;
    common::Money fees;
};

class PaymentProcessor {
public:
    PaymentProcessor(orders::OrderStore& orders, FraudScorer& fraud, Ledger& ledger, RetryPolicy policy);

    PaymentOutcome charge(const ChargeRequest& request, PaymentMethod& method);

    PaymentRecord* findPayment(const std::string& paymentId);
    const PaymentRecord* findByOrder(const std::string& orderId) const;
    std::vector<std::string> reviewQueue() const;
    bool clearReview(const std::string& paymentId);
    const PaymentStats& stats() const { return stats_; }

private:
    orders::OrderStore& orders_;
    FraudScorer& fraud_;
    Ledger& ledger_;
    RetryPolicy policy_;
    std::map<std::string, PaymentRecord> payments_;
    PaymentStats stats_;
};

}  // namespace shop::payments
