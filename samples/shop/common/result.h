// Status / Result<T>: lightweight success-or-error values used for recoverable failures.
#pragma once

#include <string>
#include <utility>

namespace shop::common {

class Status {
public:
    static Status success() { return Status(true, std::string()); }
    static Status failure(std::string message) { return Status(false, std::move(message)); }

    bool ok() const { return ok_; }
    const std::string& error() const { return error_; }
    explicit operator bool() const { return ok_; }

private:
    Status(bool ok, std::string error) : ok_(ok), error_(std::move(error)) {}

    bool ok_;
    std::string error_;
};

template <typename T>
class Result {
public:
    static Result of(T value) {
        Result r;
        r.ok_ = true;
        r.value_ = std::move(value);
        return r;
    }
    static Result fail(std::string message) {
        Result r;
        r.ok_ = false;
        r.error_ = std::move(message);
        return r;
    }

    bool ok() const { return ok_; }
    const T& value() const { return value_; }
    T& value() { return value_; }
    const std::string& error() const { return error_; }

private:
    Result() = default;

    bool ok_ = false;
    T value_{};
    std::string error_;
};

}  // namespace shop::common
