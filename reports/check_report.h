// Writers for `seams check` results: compiler-style text, GitHub annotations, SARIF 2.1.0,
// JUnit XML and a Markdown job summary.
#pragma once

#include "gate/check.h"

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seams {

enum class CheckFormat : std::uint8_t { Text, Github, Sarif, Junit, Markdown };

std::optional<CheckFormat> parseCheckFormat(std::string_view S);

/// One report of `seams check`: a format and where it goes (empty File: standard output).
struct CheckOutput {
  CheckFormat Format = CheckFormat::Text;
  std::string File;
};

/// Parses the `--format` values, each "FORMAT" (standard output) or "FORMAT=FILE" (FILE, or
/// standard output for "-"): the file is named in the same word as its format, so no flag
/// order can send one format's report into another's file. Throws Error (exit 2) for an
/// unknown format, an empty file name, two formats writing one file, or two formats on
/// standard output (their lines would interleave into a file no tool can read).
std::vector<CheckOutput> parseCheckOutputs(const std::vector<std::string> &Specs);

struct CheckReportOptions {
  std::string ToolVersion;  ///< SARIF tool.driver.version.
  std::string PathPrefix;   ///< Prepended to project paths (the project root within the repo).
  std::string BaselinePath; ///< The baseline file, as given (never made absolute).
  /// SARIF results at most (capped at MaxSarifResults, GitHub code scanning's limit per run):
  /// findings always come first; the known, unchanged dependencies fill what is left, and
  /// those left out are counted in the run's properties ("results_omitted").
  std::size_t SarifMaxResults = 5000;
};

/// Writes R in format Fmt. Every format ends with (or carries) the line
/// "N known dependencies tolerated by the baseline". Deterministic: findings come sorted.
void writeCheckReport(const CheckResult &R, CheckFormat Fmt, const CheckReportOptions &O,
                      std::ostream &Out);

/// The one-line summary: "N known dependencies tolerated by the baseline; ...".
std::string checkSummary(const CheckResult &R);

} // namespace seams
