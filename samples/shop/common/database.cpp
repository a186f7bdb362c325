// Database implementation: ordered maps keyed by table then primary key.
#include "common/database.h"

#include "common/logging.h"
#include "common/strings.h"

namespace shop::common {

Database& Database::instance() {
    static Database db;
    return db;
}

void Database::touch(const std::string& table) const {
    ++statements_;
    ++perTable_[table];
}

std::string Database::insert(const std::string& table, Row row) {
    touch(table);
    std::string key = field(row, "id");
    if (key.empty()) {
        key = table + "#" + std::to_string(++autoIds_[table]);
        row["id"] = key;
    }
    auto& rows = tables_[table];
    if (rows.count(key) > 0) {
        logWarn("db", "duplicate key " + key + " in " + table + ", overwriting");
    }
    rows[key] = std::move(row);
    return key;
}

std::vector<Row> Database::query(const std::string& table, const std::string& column,
                                 const std::string& value) const {
    touch(table);
    std::vector<Row> out;
    auto it = tables_.find(table);
    if (it == tables_.end()) {
        return out;
    }
    for (const auto& entry : it->second) {
        if (column.empty() || field(entry.second, column) == value) {
            out.push_back(entry.second);
        }
    }
    return out;
}

std::vector<Row> Database::queryWhere(const std::string& table,
                                      const std::function<bool(const Row&)>& predicate) const {
    touch(table);
    std::vector<Row> out;
    auto it = tables_.find(table);
    if (it == tables_.end()) {
        return out;
    }
    for (const auto& entry : it->second) {
        if (predicate(entry.second)) {
            out.push_back(entry.second);
        }
    }
    return out;
}

std::optional<Row> Database::findById(const std::string& table, const std::string& id) const {
    touch(table);
    auto it = tables_.find(table);
    if (it == tables_.end()) {
        return std::nullopt;
    }
    auto row = it->second.find(id);
    if (row == it->second.end()) {
        return std::nullopt;
    }
    return row->second;
}

int Database::update(const std::string& table, const std::string& id, const Row& changes) {
    touch(table);
    auto it = tables_.find(table);
    if (it == tables_.end()) {
        return 0;
    }
    auto row = it->second.find(id);
    if (row == it->second.end()) {
        return 0;
    }
    for (const auto& change : changes) {
        if (change.first != "id") {
            row->second[change.first] = change.second;
        }
    }
    return 1;
}

int Database::updateWhere(const std::string& table, const std::string& column,
                          const std::string& value, const Row& changes) {
    touch(table);
    int touched = 0;
    auto it = tables_.find(table);
    if (it == tables_.end()) {
        return 0;
    }
    for (auto& entry : it->second) {
        if (field(entry.second, column) != value) {
            continue;
        }
        for (const auto& change : changes) {
            if (change.first != "id") {
                entry.second[change.first] = change.second;
            }
        }
        ++touched;
    }
    return touched;
}

bool Database::remove(const std::string& table, const std::string& id) {
    touch(table);
    auto it = tables_.find(table);
    return it != tables_.end() && it->second.erase(id) > 0;
}

std::size_t Database::count(const std::string& table) const {
    auto it = tables_.find(table);
    return it == tables_.end() ? 0 : it->second.size();
}

std::vector<std::string> Database::tables() const {
    std::vector<std::string> names;
    for (const auto& entry : tables_) {
        names.push_back(entry.first);
    }
    return names;
}

std::size_t Database::statements(const std::string& table) const {
    auto it = perTable_.find(table);
    return it == perTable_.end() ? 0 : it->second;
}

void Database::clear() {
    tables_.clear();
    autoIds_.clear();
    perTable_.clear();
    statements_ = 0;
}

std::string field(const Row& row, const std::string& key, const std::string& fallback) {
    auto it = row.find(key);
    return it == row.end() ? fallback : it->second;
}

long long fieldInt(const Row& row, const std::string& key, long long fallback) {
    auto it = row.find(key);
    return it == row.end() ? fallback : toInt(it->second, fallback);
}

}  // namespace shop::common
