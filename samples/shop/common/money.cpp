// Money arithmetic, parsing and formatting.
#include "common/money.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <numeric>

namespace shop::common {

std::int64_t roundedDivide(std::int64_t numerator, std::int64_t denominator) {
    if (denominator == 0) {
        return 0;
    }
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const std::int64_t half = denominator / 2;
    if (numerator >= 0) {
        return (numerator + half) / denominator;
    }
    return -((-numerator + half) / denominator);
}

Money Money::fromDollars(std::int64_t dollars, std::int64_t cents) {
    return Money(dollars * 100 + (dollars < 0 ? -cents : cents));
}

Money Money::parse(const std::string& text) {
    std::string digits;
    bool negative = false;
    bool seenDot = false;
    int decimals = 0;
    for (char c : text) {
        if (c == '$' || c == ',' || c == ' ') {
            continue;
        }
        if (c == '-' && digits.empty()) {
            negative = true;
        } else if (c == '.' && !seenDot) {
            seenDot = true;
        } else if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
            if (seenDot) {
                if (decimals == 2) {
                    continue;  // truncate sub-cent digits
                }
                ++decimals;
            }
            digits.push_back(c);
        } else {
            return Money();
        }
    }
    if (digits.empty()) {
        return Money();
    }
    while (decimals < 2) {
        digits.push_back('0');
        ++decimals;
    }
    const std::int64_t value = std::strtoll(digits.c_str(), nullptr, 10);
    return Money(negative ? -value : value);
}

Money Money::percentOf(int percent) const {
    return Money(roundedDivide(cents_ * percent, 100));
}

Money Money::basisPoints(int bp) const {
    return Money(roundedDivide(cents_ * bp, 10000));
}

std::string Money::str() const {
    const std::int64_t absolute = cents_ < 0 ? -cents_ : cents_;
    std::string whole = std::to_string(absolute / 100);
    // thousands separators for readability in reports
    for (int pos = static_cast<int>(whole.size()) - 3; pos > 0; pos -= 3) {
        whole.insert(static_cast<std::size_t>(pos), ",");
    }
    const std::int64_t fraction = absolute % 100;
    std::string out = cents_ < 0 ? "-$" : "$";
    out += whole;
    out += '.';
    if (fraction < 10) {
        out += '0';
    }
    out += std::to_string(fraction);
    return out;
}

Money sum(const std::vector<Money>& amounts) {
    return std::accumulate(amounts.begin(), amounts.end(), Money());
}

Money minOf(Money a, Money b) { return a < b ? a : b; }

Money maxOf(Money a, Money b) { return a < b ? b : a; }

std::vector<Money> allocateProportionally(Money total, const std::vector<std::int64_t>& weights) {
    std::vector<Money> parts(weights.size());
    const std::int64_t weightSum = std::accumulate(weights.begin(), weights.end(), std::int64_t{0});
    if (weights.empty() || weightSum <= 0) {
        return parts;
    }
    std::int64_t allocated = 0;
    std::vector<std::pair<std::int64_t, std::size_t>> remainders;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const std::int64_t exact = total.cents() * weights[i];
        const std::int64_t share = exact / weightSum;
        parts[i] = Money::fromCents(share);
        allocated += share;
        remainders.emplace_back(exact % weightSum, i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::int64_t leftover = total.cents() - allocated;
    for (std::size_t i = 0; leftover > 0 && i < remainders.size(); ++i, --leftover) {
        parts[remainders[i].second] += Money::fromCents(1);
    }
    return parts;
}

}  // namespace shop::common
