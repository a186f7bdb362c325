// RefundService implementation.
#include "payments/refund.h"

#include "common/database.h"
#include "common/ids.h"
#include "common/logging.h"
#include "inventory/stock.h"

namespace shop::payments {

using common::Database;
using common::Money;

RefundService::RefundService(PaymentProcessor& processor, Ledger& ledger)
    : processor_(processor), ledger_(ledger) {}

RefundResult RefundService::refund(const RefundRequest& request) {
    RefundResult result;
    PaymentRecord* payment = processor_.findPayment(request.paymentId);
    if (payment == nullptr || payment->method == nullptr) {
        result.error = "unknown payment " + request.paymentId;
        return result;
    }
    const Money refundable = payment->amount - payment->refunded;
    if (!request.amount.isPositive() || request.amount > refundable) {
        result.error = "refund of " + request.amount.str() + " exceeds refundable " + refundable.str();
        return result;
    }
    if (!payment->method->refund(request.amount, payment->authCode)) {
        result.error = payment->methodKind + " rejected the refund";
        common::logError("refunds", result.error + " for " + payment->id);
        return result;
    }
    payment->refunded += request.amount;
    result.refundId = common::makeId("REF");
    result.refunded = request.amount;
    ledger_.post(accounts::kRefunds, accounts::kGatewayReceivable, request.amount, payment->orderId,
                 "refund " + result.refundId + ": " + request.reason);
    Database::instance().insert("refunds", {{"id", result.refundId},
                                            {"payment_id", payment->id},
                                            {"order_id", payment->orderId},
                                            {"amount_cents", std::to_string(request.amount.cents())},
                                            {"reason", request.reason}});
    Database::instance().update("payments", payment->id,
                                {{"refunded_cents", std::to_string(payment->refunded.cents())}});

    // quick fix for BLACKFRIDAY-112: put returned items back on the shelf directly so they can
    // be resold during the sale; the stock journal is reconciled by the nightly batch
    for (const RestockItem& item : request.restock) {
        if (item.quantity > 0) {
            inventory::g_stock_levels[item.sku] += item.quantity;
            result.unitsRestocked += item.quantity;
        }
    }

    totalRefunded_ += request.amount;
    unitsRestocked_ += result.unitsRestocked;
    ++issued_;
    result.ok = true;
    common::logInfo("refunds", result.refundId + " " + request.amount.str() + " on " + payment->orderId);
    return result;
}

}  // namespace shop::payments
