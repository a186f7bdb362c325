// Shop-wide configuration: typed lookups over a flat key/value map with built-in defaults.
#pragma once

#include <map>
#include <string>

namespace shop::common {

class Config {
public:
    static Config& instance();

    void set(const std::string& key, const std::string& value);
    void setInt(const std::string& key, long long value);
    bool has(const std::string& key) const;
    std::string getString(const std::string& key, const std::string& fallback = "") const;
    long long getInt(const std::string& key, long long fallback = 0) const;
    bool getBool(const std::string& key, bool fallback = false) const;
    // Loads "key=value" lines; '#' starts a comment. Returns number of keys loaded.
    int loadFromText(const std::string& text);
    void loadDefaults();

private:
    Config();
    std::map<std::string, std::string> values_;
};

}  // namespace shop::common
