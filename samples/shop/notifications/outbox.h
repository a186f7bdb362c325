// Outbox: messages queued for delivery, flushed in batches with bounded retries.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <vector>

#include "notifications/channels.h"

namespace shop::notifications {

struct FlushStats {
    std::size_t attempted = 0;
    std::size_t delivered = 0;
    std::size_t retried = 0;
    std::size_t deadLettered = 0;
};

class Outbox {
public:
    Outbox();

    // Queues a message and returns its id.
    std::string enqueue(Message message);
    FlushStats flush(EmailSender& email, SmsSender& sms, std::size_t batchSize = 50);

    std::size_t pending() const { return queue_.size(); }
    std::size_t delivered() const { return delivered_; }
    std::size_t deadLettered() const { return deadLetters_.size(); }
    std::size_t enqueued() const { return enqueued_; }
    const std::vector<Message>& deadLetters() const { return deadLetters_; }

private:
    std::deque<Message> queue_;
    std::vector<Message> deadLetters_;
    std::size_t delivered_ = 0;
    std::size_t enqueued_ = 0;
    int maxAttempts_;
};

}  // namespace shop::notifications
