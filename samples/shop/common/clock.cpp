// SimClock implementation.
#include "common/clock.h"

#include "common/strings.h"

namespace shop::common {

SimClock& SimClock::instance() {
    static SimClock clock;
    return clock;
}

void SimClock::advance(int minutes) {
    if (minutes > 0) {
        minute_ += minutes;
    }
}

void SimClock::set(int minute) {
    if (minute >= minute_) {
        minute_ = minute;
    }
}

std::string SimClock::timestamp() const {
    return "D" + std::to_string(day()) + " " + formatMinute(minuteOfDay());
}

std::string formatMinute(int minute) {
    const int m = minute % SimClock::kMinutesPerDay;
    return padLeft(std::to_string(m / 60), 2, '0') + ":" + padLeft(std::to_string(m % 60), 2, '0');
}

int hoursToMinutes(int hours, int minutes) { return hours * 60 + minutes; }

}  // namespace shop::common
