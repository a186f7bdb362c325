// Delivery channels: outbound messages and the email / SMS provider adapters.
#pragma once

#include <cstddef>
#include <map>
#include <string>

namespace shop::notifications {

enum class Channel { Email, Sms };

const char* toString(Channel channel);

struct Message {
    std::string id;
    Channel channel = Channel::Email;
    std::string recipient;
    std::string subject;
    std::string body;
    std::string templateName;
    int attempts = 0;
};

struct DeliveryReceipt {
    bool delivered = false;
    bool permanentFailure = false;
    std::string providerId;
    std::string error;
};

class EmailSender {
public:
    DeliveryReceipt send(const Message& message);
    std::size_t sent() const { return sent_; }

private:
    std::size_t sent_ = 0;
    std::map<std::string, int> greylisted_;
};

class SmsSender {
public:
    DeliveryReceipt send(const Message& message);
    std::size_t sent() const { return sent_; }
    std::size_t segmentsBilled() const { return segments_; }

private:
    std::size_t sent_ = 0;
    std::size_t segments_ = 0;
};

// 160 characters per single SMS, 153 per part once concatenated.
std::size_t smsSegments(const std::string& body);

}  // namespace shop::notifications
