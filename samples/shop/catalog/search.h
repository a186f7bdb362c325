// SearchIndex: keyword search over product names, tags and category paths.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace shop::catalog {

struct SearchHit {
    std::string sku;
    int score = 0;
};

struct SearchOptions {
    std::size_t limit = 5;
    common::Money maxPrice;  // zero: no limit
    bool includeInactive = false;
};

class SearchIndex {
public:
    explicit SearchIndex(const Catalog& catalog);

    void rebuild();
    std::vector<SearchHit> search(const std::string& query, const SearchOptions& options) const;
    std::size_t termCount() const { return postings_.size(); }
    std::size_t queriesServed() const { return queries_; }

private:
    void addTerm(const std::string& term, const std::string& sku, int weight);

    const Catalog& catalog_;
    // term -> (sku -> weight)
    std::map<std::string, std::map<std::string, int>> postings_;
    mutable std::size_t queries_ = 0;
};

std::vector<std::string> tokenize(const std::string& text);

}  // namespace shop::catalog
