// Logger implementation; timestamps come from the simulated clock so output is reproducible.
#include "common/logging.h"

#include <iostream>

#include "common/clock.h"

namespace shop::common {

const char* toString(LogLevel level) {
    switch (level) {
        case LogLevel::Debug:
            return "DEBUG";
        case LogLevel::Info:
            return "INFO";
        case LogLevel::Warn:
            return "WARN";
        case LogLevel::Error:
            return "ERROR";
    }
    return "?";
}

Logger& Logger::instance() {
    static Logger logger;
    return logger;
}

void Logger::log(LogLevel level, const std::string& component, const std::string& message) {
    const auto index = static_cast<std::size_t>(level);
    counts_[index] += 1;
    if (static_cast<int>(level) < static_cast<int>(minLevel_)) {
        return;
    }
    std::string line = SimClock::instance().timestamp();
    line += ' ';
    line += toString(level);
    line += " [";
    line += component;
    line += "] ";
    line += message;
    if (echo_) {
        std::cerr << line << '\n';
    }
    lines_.push_back(std::move(line));
}

std::size_t Logger::count(LogLevel level) const {
    return counts_[static_cast<std::size_t>(level)];
}

std::vector<std::string> Logger::tail(std::size_t n) const {
    if (n >= lines_.size()) {
        return lines_;
    }
    return std::vector<std::string>(lines_.end() - static_cast<std::ptrdiff_t>(n), lines_.end());
}

void Logger::clear() {
    lines_.clear();
    for (auto& c : counts_) {
        c = 0;
    }
}

void logDebug(const std::string& component, const std::string& message) {
    Logger::instance().log(LogLevel::Debug, component, message);
}

void logInfo(const std::string& component, const std::string& message) {
    Logger::instance().log(LogLevel::Info, component, message);
}

void logWarn(const std::string& component, const std::string& message) {
    Logger::instance().log(LogLevel::Warn, component, message);
}

void logError(const std::string& component, const std::string& message) {
    Logger::instance().log(LogLevel::Error, component, message);
}

}  // namespace shop::common
