// History options and the history read with its notes (see history_options.h).
#include "cli/history_options.h"

#include "graph/model/text_format.h"
#include "history/git_history.h"

#include <ostream>

namespace seams {

void addHistoryOptions(CLI::App &Sub, HistoryArgs &A) {
  Sub.add_flag("--no-history", A.Off, "Do not read the git history (no co-change)");
  Sub.add_option("--history-since", A.Since,
                 "Only commits since a date (YYYY-MM-DD) or after a revision");
  Sub.add_option("--history-max-commits", A.MaxCommits,
                 "Only the newest N first-parent commits (0: all)")
      ->capture_default_str();
  Sub.add_option("--history-max-changeset", A.MaxChangeset,
                 "Skip bulk commits changing more project files than this")
      ->capture_default_str()
      ->check(CLI::Range(1u, 1000000u));
  Sub.add_option("--history-min-revisions", A.Thresholds.MinRevisions,
                 "Co-change: both ends changed in at least N commits")
      ->capture_default_str();
  Sub.add_option("--history-min-support", A.Thresholds.MinSupport,
                 "Co-change: changed together in at least N commits")
      ->capture_default_str()
      ->check(CLI::Range(1u, 1000000u));
}

std::optional<ChangeHistory> loadHistory(const HistoryArgs &A, const std::string &Root,
                                         const std::string &CacheDir, bool Quiet,
                                         std::ostream &Err) {
  if (A.Off)
    return std::nullopt;
  if (Root.empty()) {
    if (!Quiet)
      Err << "seams: note: no project root to find a git repository from (give --root): going "
             "on without change history\n";
    return std::nullopt;
  }
  HistoryOptions O;
  O.Root = Root;
  O.CacheDir = CacheDir;
  O.Since = A.Since;
  O.MaxCommits = A.MaxCommits;
  O.MaxChangeset = A.MaxChangeset;
  HistoryRead R = readGitHistory(O);
  if (!R.Note.empty() && !Quiet)
    Err << "seams: note: " << R.Note << "\n";
  return std::move(R.History);
}

std::string historySummary(const ChangeHistory &H) {
  return "history: " + plural(H.Read, "commit", "commits") + " read, " +
         std::to_string(H.Commits.size()) + " kept (" + plural(H.Merges, "merge", "merges") + ", " +
         std::to_string(H.Bulk) + " bulk above " + std::to_string(H.MaxChangeset) + " files, " +
         std::to_string(H.NoProject) + " without a project file skipped)" +
         (H.BlobsMissing ? "; " + std::to_string(H.BlobsMissing) +
                               " with blobs missing from the repository (a partial clone?): "
                               "their renames followed by blob id only"
                         : "");
}

} // namespace seams
