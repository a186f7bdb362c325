// Notifier: turns business events into templated email/SMS messages on the outbox.
#pragma once

#include <string>

#include "common/money.h"
#include "customers/customer_directory.h"
#include "notifications/outbox.h"
#include "notifications/template_engine.h"
#include "notifications/templates.h"

namespace shop::notifications {

class Notifier {
public:
    Notifier(const TemplateRegistry& templates, Outbox& outbox, const customers::CustomerDirectory& customers);

    // Each returns whether at least one message was queued (or the message id).
    bool sendOrderConfirmation(const std::string& customerId, const std::string& orderId, common::Money total,
                               int itemCount, long long pointsEarned);
    std::string notifyShipped(const std::string& customerId, const std::string& orderId,
                              const std::string& carrierName, const std::string& trackingNumber, int etaDays);
    std::string notifyDelivered(const std::string& customerId, const std::string& orderId);
    bool notifyPaymentFailed(const std::string& customerId, const std::string& orderId,
                             const std::string& methodKind, const std::string& reason);
    bool notifyRefund(const std::string& customerId, const std::string& orderId, common::Money amount);
    bool alertOps(const std::string& subject, const std::string& body);

    std::size_t renderFailures() const { return renderFailures_; }

private:
    // Renders and queues every channel the customer accepts; returns the first message id.
    std::string dispatch(const std::string& templateName, const std::string& customerId, Variables variables);
    std::string queue(const MessageTemplate& tmpl, const std::string& recipient, const Variables& variables);

    const TemplateRegistry& templates_;
    Outbox& outbox_;
    const customers::CustomerDirectory& customers_;
    std::size_t renderFailures_ = 0;
};

}  // namespace shop::notifications
