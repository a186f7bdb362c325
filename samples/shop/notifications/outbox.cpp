// Outbox implementation; message state is mirrored to the "outbox" table.
#include "notifications/outbox.h"

#include "common/config.h"
#include "common/database.h"
#include "common/ids.h"
#include "common/logging.h"

namespace shop::notifications {

using common::Database;

Outbox::Outbox() : maxAttempts_(static_cast<int>(common::Config::instance().getInt("outbox.max_attempts", 3))) {}

std::string Outbox::enqueue(Message message) {
    if (message.id.empty()) {
        message.id = common::makeId("MSG");
    }
    Database::instance().insert("outbox", {{"id", message.id},
                                           {"channel", toString(message.channel)},
                                           {"recipient", message.recipient},
                                           {"template", message.templateName},
                                           {"status", "pending"}});
    ++enqueued_;
    queue_.push_back(message);
    return queue_.back().id;
}

FlushStats Outbox::flush(EmailSender& email, SmsSender& sms, std::size_t batchSize) {
    FlushStats stats;
    std::deque<Message> retry;
    while (!queue_.empty() && stats.attempted < batchSize) {
        Message message = queue_.front();
        queue_.pop_front();
        ++stats.attempted;
        ++message.attempts;
        const DeliveryReceipt receipt =
            message.channel == Channel::Email ? email.send(message) : sms.send(message);
        if (receipt.delivered) {
            ++stats.delivered;
            ++delivered_;
            Database::instance().update("outbox", message.id,
                                        {{"status", "sent"}, {"provider_id", receipt.providerId}});
        } else if (receipt.permanentFailure || message.attempts >= maxAttempts_) {
            ++stats.deadLettered;
            common::logWarn("outbox", "dead-lettered " + message.id + " to " + message.recipient + ": " +
                                          receipt.error);
            Database::instance().update("outbox", message.id, {{"status", "dead"}, {"error", receipt.error}});
            deadLetters_.push_back(message);
        } else {
            ++stats.retried;
            Database::instance().update("outbox", message.id,
                                        {{"attempts", std::to_string(message.attempts)}});
            retry.push_back(message);
        }
    }
    // transient failures go to the back of the queue for the next flush
    for (Message& message : retry) {
        queue_.push_back(std::move(message));
    }
    return stats;
}

}  // namespace shop::notifications
