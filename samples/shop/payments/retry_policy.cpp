// RetryPolicy and BackoffCounter implementation.
#include "payments/retry_policy.h"

#include "common/config.h"

namespace shop::payments {

RetryPolicy RetryPolicy::fromConfig() {
    const common::Config& config = common::Config::instance();
    RetryPolicy policy;
    policy.maxAttempts = static_cast<int>(config.getInt("payments.max_attempts", 3));
    policy.baseDelayMs = static_cast<int>(config.getInt("payments.backoff_base_ms", 200));
    policy.multiplier = static_cast<int>(config.getInt("payments.backoff_multiplier", 2));
    policy.capDelayMs = static_cast<int>(config.getInt("payments.backoff_cap_ms", 3000));
    return policy;
}

int RetryPolicy::delayBeforeAttempt(int attempt) const {
    if (attempt <= 1) {
        return 0;
    }
    long delay = baseDelayMs;
    for (int i = 2; i < attempt; ++i) {
        delay *= multiplier;
        if (delay >= capDelayMs) {
            return capDelayMs;
        }
    }
    return delay > capDelayMs ? capDelayMs : static_cast<int>(delay);
}

bool RetryPolicy::shouldRetry(int attemptsMade, bool transientFailure) const {
    return transientFailure && attemptsMade < maxAttempts;
}

void BackoffCounter::recordAttempt(int delayMs) {
    ++attempts_;
    totalDelayMs_ += delayMs;
}

void BackoffCounter::reset() {
    attempts_ = 0;
    totalDelayMs_ = 0;
}

}  // namespace shop::payments
