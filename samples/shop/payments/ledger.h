// Ledger: double-entry journal of money movements (sales, fees, refunds).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/money.h"

namespace shop::payments {

namespace accounts {
constexpr const char* kGatewayReceivable = "gateway_receivable";
constexpr const char* kSales = "sales";
constexpr const char* kProcessingFees = "processing_fees";
constexpr const char* kRefunds = "refunds";
}  // namespace accounts

struct LedgerEntry {
    std::string id;
    std::string reference;
    std::string debitAccount;
    std::string creditAccount;
    common::Money amount;
    std::string memo;
    int minute = 0;
};

class Ledger {
public:
    // Posts one balanced entry; returns its id, or empty for a non-positive amount.
    std::string post(const std::string& debitAccount, const std::string& creditAccount, common::Money amount,
                     const std::string& reference, const std::string& memo);
    // Debits minus credits.
    common::Money balance(const std::string& account) const;
    bool isBalanced() const;
    std::vector<LedgerEntry> entriesFor(const std::string& reference) const;
    std::size_t size() const { return entries_.size(); }
    std::vector<std::string> accountNames() const;

private:
    std::vector<LedgerEntry> entries_;
    std::map<std::string, common::Money> debits_;
    std::map<std::string, common::Money> credits_;
};

}  // namespace shop::payments
