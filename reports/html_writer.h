// index.html: the self-contained interactive report (overview, service map, dependency matrix,
// hotspots, search, diagnostics). Inline CSS, JavaScript and SVG; data embedded as JSON.
#pragma once

#include "reports/report_model.h"

#include <iosfwd>

namespace seams {

/// Writes the report's data as one JSON object (docs/REPORTS.md, "Embedded data"): every string
/// through scriptJsonString, so the result can sit inside a <script> element as is.
/// Deterministic.
void writeReportData(const ReportModel &M, std::ostream &Out);

/// Writes index.html: one file with no external reference (a Content-Security-Policy forbids
/// every network request), working from file://. The service map is laid out here by Graphviz
/// (graphviz_layout.h); everything else is drawn by the inlined script from the embedded data,
/// through textContent only, so no name is ever parsed as markup. Throws seams::Error when the
/// layout fails. Deterministic for a given Graphviz version.
void writeHtmlReport(const ReportModel &M, std::ostream &Out);

} // namespace seams
