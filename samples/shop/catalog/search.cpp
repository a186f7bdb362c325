// SearchIndex implementation: tokenised inverted index with weighted, prefix-aware scoring.
#include "catalog/search.h"

#include <algorithm>
#include <cctype>

#include "common/database.h"
#include "common/strings.h"

namespace shop::catalog {

std::vector<std::string> tokenize(const std::string& text) {
    std::vector<std::string> tokens;
    std::string current;
    for (char c : common::toLower(text)) {
        if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
            current.push_back(c);
        } else if (!current.empty()) {
            tokens.push_back(current);
            current.clear();
        }
    }
    if (!current.empty()) {
        tokens.push_back(current);
    }
    return tokens;
}

SearchIndex::SearchIndex(const Catalog& catalog) : catalog_(catalog) { rebuild(); }

void SearchIndex::addTerm(const std::string& term, const std::string& sku, int weight) {
    if (term.size() < 2) {
        return;
    }
    int& slot = postings_[term][sku];
    slot = std::max(slot, weight);
}

void SearchIndex::rebuild() {
    postings_.clear();
    for (const Product& product : catalog_.all()) {
        for (const std::string& token : tokenize(product.name)) {
            addTerm(token, product.sku, 3);
        }
        for (const std::string& tag : product.tags) {
            for (const std::string& token : tokenize(tag)) {
                addTerm(token, product.sku, 2);
            }
        }
        for (const std::string& token : tokenize(catalog_.categories().path(product.categoryId))) {
            addTerm(token, product.sku, 1);
        }
    }
}

std::vector<SearchHit> SearchIndex::search(const std::string& query,
                                           const SearchOptions& options) const {
    ++queries_;
    std::map<std::string, int> scores;
    for (const std::string& token : tokenize(query)) {
        auto exact = postings_.find(token);
        if (exact != postings_.end()) {
            for (const auto& posting : exact->second) {
                scores[posting.first] += posting.second * 2;
            }
        }
        // prefix matches ("head" -> "headphones") score lower than exact terms
        for (auto it = postings_.lower_bound(token);
             it != postings_.end() && common::startsWith(it->first, token); ++it) {
            if (it->first == token) {
                continue;
            }
            for (const auto& posting : it->second) {
                scores[posting.first] += posting.second;
            }
        }
    }

    std::vector<SearchHit> hits;
    for (const auto& entry : scores) {
        const Product* product = catalog_.find(entry.first);
        if (product == nullptr || (!product->active && !options.includeInactive)) {
            continue;
        }
        if (options.maxPrice.isPositive() && product->listPrice > options.maxPrice) {
            continue;
        }
        hits.push_back(SearchHit{entry.first, entry.second});
    }
    std::sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        return a.score != b.score ? a.score > b.score : a.sku < b.sku;
    });
    if (hits.size() > options.limit) {
        hits.resize(options.limit);
    }
    common::Database::instance().insert("search_log",
                                        {{"query", query}, {"hits", std::to_string(hits.size())}});
    return hits;
}

}  // namespace shop::catalog
