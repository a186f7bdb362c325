// Simulated wall clock (minutes since the start of the trading day) so runs are deterministic.
#pragma once

#include <string>

namespace shop::common {

class SimClock {
public:
    static SimClock& instance();

    int now() const { return minute_; }
    int day() const { return minute_ / kMinutesPerDay; }
    int minuteOfDay() const { return minute_ % kMinutesPerDay; }
    void advance(int minutes);
    void set(int minute);
    // "D0 09:30" style label used in logs and notifications.
    std::string timestamp() const;

    static constexpr int kMinutesPerDay = 24 * 60;

private:
    SimClock() = default;
    int minute_ = 0;
};

std::string formatMinute(int minute);
int hoursToMinutes(int hours, int minutes = 0);

}  // namespace shop::common
