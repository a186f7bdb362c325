// Ledger implementation; entries are mirrored to the "payments_ledger" table.
#include "payments/ledger.h"

#include <set>

#include "common/clock.h"
#include "common/database.h"
#include "common/ids.h"

namespace shop::payments {

using common::Money;

std::string Ledger::post(const std::string& debitAccount, const std::string& creditAccount, Money amount,
                         const std::string& reference, const std::string& memo) {
    if (!amount.isPositive() || debitAccount == creditAccount) {
        return std::string();
    }
    LedgerEntry entry;
    entry.id = common::makeId("LED");
    entry.reference = reference;
    entry.debitAccount = debitAccount;
    entry.creditAccount = creditAccount;
    entry.amount = amount;
    entry.memo = memo;
    entry.minute = common::SimClock::instance().now();
    debits_[debitAccount] += amount;
    credits_[creditAccount] += amount;
    entries_.push_back(entry);
    common::Database::instance().insert("payments_ledger", {{"id", entry.id},
                                                            {"reference", reference},
                                                            {"debit", debitAccount},
                                                            {"credit", creditAccount},
                                                            {"amount_cents", std::to_string(amount.cents())},
                                                            {"memo", memo}});
    return entry.id;
}

Money Ledger::balance(const std::string& account) const {
    Money result;
    auto d = debits_.find(account);
    if (d != debits_.end()) {
        result += d->second;
    }
    auto c = credits_.find(account);
    if (c != credits_.end()) {
        result -= c->second;
    }
    return result;
}

bool Ledger::isBalanced() const {
    Money total;
    for (const std::string& account : accountNames()) {
        total += balance(account);
    }
    return total.isZero();
}

std::vector<LedgerEntry> Ledger::entriesFor(const std::string& reference) const {
    std::vector<LedgerEntry> out;
    for (const LedgerEntry& entry : entries_) {
        if (entry.reference == reference) {
            out.push_back(entry);
        }
    }
    return out;
}

std::vector<std::string> Ledger::accountNames() const {
    std::set<std::string> names;
    for (const auto& entry : debits_) {
        names.insert(entry.first);
    }
    for (const auto& entry : credits_) {
        names.insert(entry.first);
    }
    return std::vector<std::string>(names.begin(), names.end());
}

}  // namespace shop::payments
