// Process-wide logger: buffers log lines in memory and optionally echoes them to stderr.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace shop::common {

enum class LogLevel { Debug = 0, Info = 1, Warn = 2, Error = 3 };

const char* toString(LogLevel level);

class Logger {
public:
    static Logger& instance();

    void setLevel(LogLevel level) { minLevel_ = level; }
    void setEcho(bool echo) { echo_ = echo; }
    void log(LogLevel level, const std::string& component, const std::string& message);

    std::size_t count(LogLevel level) const;
    const std::vector<std::string>& lines() const { return lines_; }
    std::vector<std::string> tail(std::size_t n) const;
    void clear();

private:
    Logger() = default;

    LogLevel minLevel_ = LogLevel::Info;
    bool echo_ = false;
    std::vector<std::string> lines_;
    std::size_t counts_[4] = {0, 0, 0, 0};
};

void logDebug(const std::string& component, const std::string& message);
void logInfo(const std::string& component, const std::string& message);
void logWarn(const std::string& component, const std::string& message);
void logError(const std::string& component, const std::string& message);

}  // namespace shop::common
