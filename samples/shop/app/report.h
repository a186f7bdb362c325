// End-of-day report: the summary printed by main and the consistency checks behind its exit code.
#pragma once

#include <string>
#include <vector>

#include "app/sale_day.h"
#include "app/wiring.h"

namespace shop::app {

// Human-readable multi-line summary of the day.
std::string formatSummary(const ShopApp& app, const SaleDayResult& result);
// Invariants that must hold at close of day; returns the violations found.
std::vector<std::string> checkInvariants(const ShopApp& app, const SaleDayResult& result);
// Units by which the stock journal disagrees with on-hand levels (awaiting nightly reconciliation).
int stockJournalDrift(const ShopApp& app, int* skusAffected);

}  // namespace shop::app
