// Database: the in-process table store every module reads and writes (one shared instance).
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace shop::common {

using Row = std::map<std::string, std::string>;

class Database {
public:
    static Database& instance();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Inserts a row; uses row["id"] as the primary key or generates one. Returns the key.
    std::string insert(const std::string& table, Row row);
    // All rows of a table, or only those where column == value when a column is given.
    std::vector<Row> query(const std::string& table, const std::string& column = "",
                           const std::string& value = "") const;
    std::vector<Row> queryWhere(const std::string& table,
                                const std::function<bool(const Row&)>& predicate) const;
    std::optional<Row> findById(const std::string& table, const std::string& id) const;
    // Merges changes into an existing row. Returns the number of rows touched (0 or 1).
    int update(const std::string& table, const std::string& id, const Row& changes);
    int updateWhere(const std::string& table, const std::string& column, const std::string& value,
                    const Row& changes);
    bool remove(const std::string& table, const std::string& id);

    std::size_t count(const std::string& table) const;
    std::vector<std::string> tables() const;
    std::size_t statements() const { return statements_; }
    std::size_t statements(const std::string& table) const;
    void clear();

private:
    Database() = default;

    std::map<std::string, std::map<std::string, Row>> tables_;
    std::map<std::string, long> autoIds_;
    mutable std::map<std::string, std::size_t> perTable_;
    mutable std::size_t statements_ = 0;

    void touch(const std::string& table) const;
};

std::string field(const Row& row, const std::string& key, const std::string& fallback = "");
long long fieldInt(const Row& row, const std::string& key, long long fallback = 0);

}  // namespace shop::common
