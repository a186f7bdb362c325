// Config implementation and the default settings for a sale day.
#include "common/config.h"

#include "common/strings.h"

namespace shop::common {

namespace {

const char* const kDefaults =
    "# tax and pricing\n"
    "tax.rate_bp=825\n"
    "pricing.max_discount_percent=60\n"
    "# payments\n"
    "payments.max_attempts=4\n"
    "payments.backoff_base_ms=200\n"
    "payments.backoff_multiplier=2\n"
    "payments.backoff_cap_ms=3000\n"
    "fraud.review_threshold=55\n"
    "fraud.block_threshold=80\n"
    "fraud.large_order_cents=150000\n"
    "# inventory\n"
    "reservation.ttl_minutes=20\n"
    "inventory.low_stock_threshold=5\n"
    "# shipping\n"
    "shipping.free_threshold_cents=7500\n"
    "shipping.fuel_surcharge_percent=7\n"
    "# customers\n"
    "loyalty.points_per_dollar=1\n"
    "loyalty.redeem_cents_per_point=1\n"
    "# notifications\n"
    "outbox.max_attempts=3\n"
    "notifications.sms_enabled=true\n";

}  // namespace

Config::Config() { loadDefaults(); }

Config& Config::instance() {
    static Config config;
    return config;
}

void Config::set(const std::string& key, const std::string& value) { values_[key] = value; }

void Config::setInt(const std::string& key, long long value) { values_[key] = std::to_string(value); }

bool Config::has(const std::string& key) const { return values_.count(key) > 0; }

std::string Config::getString(const std::string& key, const std::string& fallback) const {
    auto it = values_.find(key);
    return it == values_.end() ? fallback : it->second;
}

long long Config::getInt(const std::string& key, long long fallback) const {
    auto it = values_.find(key);
    return it == values_.end() ? fallback : toInt(it->second, fallback);
}

bool Config::getBool(const std::string& key, bool fallback) const {
    auto it = values_.find(key);
    if (it == values_.end()) {
        return fallback;
    }
    const std::string v = toLower(it->second);
    return v == "1" || v == "true" || v == "yes" || v == "on";
}

int Config::loadFromText(const std::string& text) {
    int loaded = 0;
    for (const std::string& raw : split(text, '\n')) {
        const std::string line = trim(raw);
        if (line.empty() || line[0] == '#') {
            continue;
        }
        const auto eq = line.find('=');
        if (eq == std::string::npos) {
            continue;
        }
        values_[trim(line.substr(0, eq))] = trim(line.substr(eq + 1));
        ++loaded;
    }
    return loaded;
}

void Config::loadDefaults() { loadFromText(kDefaults); }

}  // namespace shop::common
