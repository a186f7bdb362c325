// Sequential, prefixed identifiers ("ORD-000042") for every entity in the shop.
#pragma once

#include <map>
#include <string>

namespace shop::common {

class IdGenerator {
public:
    static IdGenerator& instance();

    std::string next(const std::string& prefix);
    long issued(const std::string& prefix) const;
    void reset();

private:
    IdGenerator() = default;
    std::map<std::string, long> counters_;
};

std::string makeId(const std::string& prefix);
bool hasPrefix(const std::string& id, const std::string& prefix);
// Returns the numeric part of "ORD-000042" (42) or -1.
long idSequence(const std::string& id);

}  // namespace shop::common
