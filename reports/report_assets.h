// The report's stylesheet and script (reports/assets/), compiled in at build time.
#pragma once

#include <string_view>

namespace seams {

/// reports/assets/report.css, verbatim.
std::string_view reportCss();
/// reports/assets/report.js, verbatim.
std::string_view reportJs();

} // namespace seams
