// IdGenerator implementation.
#include "common/ids.h"

#include "common/strings.h"

namespace shop::common {

IdGenerator& IdGenerator::instance() {
    static IdGenerator generator;
    return generator;
}

std::string IdGenerator::next(const std::string& prefix) {
    const long value = ++counters_[prefix];
    return prefix + "-" + padLeft(std::to_string(value), 6, '0');
}

long IdGenerator::issued(const std::string& prefix) const {
    auto it = counters_.find(prefix);
    return it == counters_.end() ? 0 : it->second;
}

void IdGenerator::reset() { counters_.clear(); }

std::string makeId(const std::string& prefix) { return IdGenerator::instance().next(prefix); }

bool hasPrefix(const std::string& id, const std::string& prefix) {
    return startsWith(id, prefix + "-");
}

long idSequence(const std::string& id) {
    const auto dash = id.rfind('-');
    if (dash == std::string::npos) {
        return -1;
    }
    return static_cast<long>(toInt(id.substr(dash + 1), -1));
}

}  // namespace shop::common
