// RefundService: returns money to the original payment method and books it in the ledger.
#pragma once

#include <string>
#include <vector>

#include "common/money.h"
#include "payments/ledger.h"
#include "payments/payment_processor.h"

namespace shop::payments {

struct RestockItem {
    std::string sku;
    int quantity = 0;
};

struct RefundRequest {
    std::string paymentId;
    common::Money amount;
    std::vector<RestockItem> restock;
    std::string reason;
};

struct RefundResult {
    bool ok = false;
    std::string refundId;
    common::Money refunded;
    int unitsRestocked = 0;
    std::string error;
};

class RefundService {
public:
    RefundService(PaymentProcessor& processor, Ledger& ledger);

    RefundResult refund(const RefundRequest& request);
    common::Money totalRefunded() const { return totalRefunded_; }
    std::size_t refundsIssued() const { return issued_; }
    int unitsRestocked() const { return unitsRestocked_; }

private:
    PaymentProcessor& processor_;
    Ledger& ledger_;
    common::Money totalRefunded_;
    std::size_t issued_ = 0;
    int unitsRestocked_ = 0;
};

}  // namespace shop::payments
