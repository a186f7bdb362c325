// The history options every command that reads the project's change history shares, and the
// one place that turns a history read into notes on the console (docs/HISTORY.md).
#pragma once

#include "graph/model/history.h"

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <optional>
#include <string>

namespace seams {

struct HistoryArgs {
  bool Off = false;  ///< --no-history
  std::string Since; ///< --history-since DATE|REV
  unsigned MaxCommits = 0;
  unsigned MaxChangeset = 30;
  CoChangeThresholds Thresholds;
};

/// Declares --no-history, --history-since, --history-max-commits, --history-max-changeset,
/// --history-min-revisions and --history-min-support on Sub.
void addHistoryOptions(CLI::App &Sub, HistoryArgs &A);

/// The change history of the git work tree holding Root (absolute; empty: none known), cached in
/// CacheDir (empty: no cache). Why there is none is one note line on Err ("seams: note: ..."),
/// unless Quiet; a missing history is never an error.
std::optional<ChangeHistory> loadHistory(const HistoryArgs &A, const std::string &Root,
                                         const std::string &CacheDir, bool Quiet,
                                         std::ostream &Err);

/// "history: 812 commits read, 640 kept (3 merges, 12 bulk, 157 without a project file
/// skipped)": what the history holds and what was left out.
std::string historySummary(const ChangeHistory &H);

} // namespace seams
