// Money: an amount in integer cents, with rounding, allocation and formatting helpers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace shop::common {

class Money {
public:
    constexpr Money() = default;

    static constexpr Money fromCents(std::int64_t cents) { return Money(cents); }
    static Money fromDollars(std::int64_t dollars, std::int64_t cents = 0);
    // Parses "12.34", "$12.34" or "-0.50"; returns zero on malformed input.
    static Money parse(const std::string& text);

    std::int64_t cents() const { return cents_; }
    bool isZero() const { return cents_ == 0; }
    bool isNegative() const { return cents_ < 0; }
    bool isPositive() const { return cents_ > 0; }

    Money operator+(Money other) const { return Money(cents_ + other.cents_); }
    Money operator-(Money other) const { return Money(cents_ - other.cents_); }
    Money operator-() const { return Money(-cents_); }
    Money operator*(std::int64_t quantity) const { return Money(cents_ * quantity); }
    Money& operator+=(Money other) {
        cents_ += other.cents_;
        return *this;
    }
    Money& operator-=(Money other) {
        cents_ -= other.cents_;
        return *this;
    }

    bool operator==(Money other) const { return cents_ == other.cents_; }
    bool operator!=(Money other) const { return cents_ != other.cents_; }
    bool operator<(Money other) const { return cents_ < other.cents_; }
    bool operator<=(Money other) const { return cents_ <= other.cents_; }
    bool operator>(Money other) const { return cents_ > other.cents_; }
    bool operator>=(Money other) const { return cents_ >= other.cents_; }

    // percent in whole percent (15 == 15%), rounded half away from zero.
    Money percentOf(int percent) const;
    // basis points (825 == 8.25%), rounded half away from zero.
    Money basisPoints(int bp) const;

    std::string str() const;

private:
    constexpr explicit Money(std::int64_t cents) : cents_(cents) {}

    std::int64_t cents_ = 0;
};

std::int64_t roundedDivide(std::int64_t numerator, std::int64_t denominator);
Money sum(const std::vector<Money>& amounts);
Money minOf(Money a, Money b);
Money maxOf(Money a, Money b);
// Splits total across weights so the parts add up exactly to total (largest remainder first).
std::vector<Money> allocateProportionally(Money total, const std::vector<std::int64_t>& weights);

}  // namespace shop::common
