// Simulated email and SMS providers with the failure modes we see in production.
#include "notifications/channels.h"

#include "common/ids.h"
#include "common/strings.h"

namespace shop::notifications {

const char* toString(Channel channel) {
    switch (channel) {
        case Channel::Email:
            return "email";
        case Channel::Sms:
            return "sms";
    }
    return "email";
}

DeliveryReceipt EmailSender::send(const Message& message) {
    DeliveryReceipt receipt;
    if (message.recipient.find('@') == std::string::npos) {
        receipt.permanentFailure = true;
        receipt.error = "invalid recipient";
        return receipt;
    }
    // example.net greylists the first attempt from a new sender
    const std::string domain = message.recipient.substr(message.recipient.find('@') + 1);
    if (domain == "example.net" && greylisted_[message.recipient]++ == 0) {
        receipt.error = "451 greylisted, try again later";
        return receipt;
    }
    if (message.subject.empty()) {
        receipt.permanentFailure = true;
        receipt.error = "missing subject";
        return receipt;
    }
    receipt.delivered = true;
    receipt.providerId = common::makeId("SES");
    ++sent_;
    return receipt;
}

DeliveryReceipt SmsSender::send(const Message& message) {
    DeliveryReceipt receipt;
    if (!common::startsWith(message.recipient, "+1") || message.recipient.size() != 12) {
        receipt.permanentFailure = true;
        receipt.error = "unroutable number";
        return receipt;
    }
    const std::size_t segments = smsSegments(message.body);
    if (segments > 3) {
        receipt.permanentFailure = true;
        receipt.error = "message too long";
        return receipt;
    }
    receipt.delivered = true;
    receipt.providerId = common::makeId("TWL");
    ++sent_;
    segments_ += segments;
    return receipt;
}

std::size_t smsSegments(const std::string& body) {
    if (body.size() <= 160) {
        return 1;
    }
    return (body.size() + 152) / 153;
}

}  // namespace shop::notifications
