// RetryPolicy / BackoffCounter: exponential backoff for transient gateway failures.
#pragma once

namespace shop::payments {

struct RetryPolicy {
    int maxAttempts = 3;
    int baseDelayMs = 200;
    int multiplier = 2;
    int capDelayMs = 3000;

    static RetryPolicy fromConfig();
    // Delay to wait before the given 1-based attempt (0 before the first one).
    int delayBeforeAttempt(int attempt) const;
    bool shouldRetry(int attemptsMade, bool transientFailure) const;
};

// Accumulates what a retry loop did, for metrics and for the simulated clock.
class BackoffCounter {
public:
    void recordAttempt(int delayMs);
    int attempts() const { return attempts_; }
    int retries() const { return attempts_ > 0 ? attempts_ - 1 : 0; }
    long totalDelayMs() const { return totalDelayMs_; }
    void reset();

private:
    int attempts_ = 0;
    long totalDelayMs_ = 0;
};

}  // namespace shop::payments
