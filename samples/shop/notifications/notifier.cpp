// Notifier implementation: customer lookup, channel selection and rendering.
#include "notifications/notifier.h"

#include "common/config.h"
#include "common/logging.h"
#include "customers/customer.h"

namespace shop::notifications {

Notifier::Notifier(const TemplateRegistry& templates, Outbox& outbox,
                   const customers::CustomerDirectory& customers)
    : templates_(templates), outbox_(outbox), customers_(customers) {}

std::string Notifier::queue(const MessageTemplate& tmpl, const std::string& recipient,
                            const Variables& variables) {
    const RenderResult subject = render(tmpl.subject, variables);
    const RenderResult body = render(tmpl.body, variables);
    if (!subject.ok() || !body.ok()) {
        ++renderFailures_;
        common::logError("notifier", "template " + tmpl.name + " missing variables for " + recipient);
        return std::string();
    }
    Message message;
    message.channel = tmpl.channel;
    message.recipient = recipient;
    message.subject = subject.text;
    message.body = body.text;
    message.templateName = tmpl.name;
    return outbox_.enqueue(message);
}

std::string Notifier::dispatch(const std::string& templateName, const std::string& customerId,
                               Variables variables) {
    const customers::Customer* customer = customers_.find(customerId);
    if (customer == nullptr) {
        common::logWarn("notifier", "no customer " + customerId + " for " + templateName);
        return std::string();
    }
    variables["first_name"] = customers::firstName(*customer);
    std::string firstId;
    if (const MessageTemplate* email = templates_.find(templateName, Channel::Email)) {
        firstId = queue(*email, customer->email, variables);
    }
    const bool smsEnabled = common::Config::instance().getBool("notifications.sms_enabled", true);
    if (smsEnabled && customer->smsOptIn && !customer->phone.empty()) {
        if (const MessageTemplate* sms = templates_.find(templateName, Channel::Sms)) {
            const std::string id = queue(*sms, customer->phone, variables);
            if (firstId.empty()) {
                firstId = id;
            }
        }
    }
    return firstId;
}

bool Notifier::sendOrderConfirmation(const std::string& customerId, const std::string& orderId,
                                     common::Money total, int itemCount, long long pointsEarned) {
    Variables vars{{"order_id", orderId},
                   {"total", total.str()},
                   {"item_count", std::to_string(itemCount)},
                   {"points", pointsEarned > 0 ? std::to_string(pointsEarned) : ""}};
    return !dispatch("order_confirmation", customerId, vars).empty();
}

std::string Notifier::notifyShipped(const std::string& customerId, const std::string& orderId,
                                    const std::string& carrierName, const std::string& trackingNumber,
                                    int etaDays) {
    return dispatch("order_shipped", customerId,
                    {{"order_id", orderId},
                     {"carrier", carrierName},
                     {"tracking", trackingNumber},
                     {"eta_days", std::to_string(etaDays)}});
}

std::string Notifier::notifyDelivered(const std::string& customerId, const std::string& orderId) {
    return dispatch("order_delivered", customerId, {{"order_id", orderId}});
}

bool Notifier::notifyPaymentFailed(const std::string& customerId, const std::string& orderId,
                                   const std::string& methodKind, const std::string& reason) {
    return !dispatch("payment_failed", customerId,
                     {{"order_id", orderId}, {"method", methodKind}, {"reason", reason}})
                .empty();
}

bool Notifier::notifyRefund(const std::string& customerId, const std::string& orderId, common::Money amount) {
    return !dispatch("refund_issued", customerId, {{"order_id", orderId}, {"amount", amount.str()}}).empty();
}

bool Notifier::alertOps(const std::string& subject, const std::string& body) {
    const MessageTemplate* tmpl = templates_.find("ops_alert", Channel::Email);
    if (tmpl == nullptr) {
        return false;
    }
    return !queue(*tmpl, "oncall@shop.example.com", {{"subject", subject}, {"body", body}}).empty();
}

}  // namespace shop::notifications
