// The report's Plan section: the extraction steps as a timeline, each step's changes with
// file:line links, and each service's interface sketch (docs/REPORTS.md).
#pragma once

#include "reports/report_model.h"

#include <string>

namespace seams {

/// The <section id="plan"> of index.html, rendered in the page (no script needed), every name
/// escaped; empty when M has no plan.
std::string planSection(const ReportModel &M);

} // namespace seams
