// The history stage: the first-parent history of HEAD read with libgit2 (tree diffs, names only,
// renames followed), cached by HEAD, filtered into a ChangeHistory (docs/HISTORY.md).
#pragma once

#include "graph/model/history.h"

#include <optional>
#include <string>

namespace seams {

struct HistoryOptions {
  std::string Root;     ///< The project root (absolute); only files under it are kept.
  std::string CacheDir; ///< Where the cache lives; empty: no cache.
  /// --history-since: a date (YYYY-MM-DD, UTC; commits before it are left out) or a revision
  /// (it and its ancestors are left out). Empty: the whole history.
  std::string Since;
  unsigned MaxCommits = 0;    ///< --history-max-commits: the newest N first-parent commits; 0: all.
  unsigned MaxChangeset = 30; ///< --history-max-changeset: bulk commits above it are skipped.
  /// Threads diffing commits (each with its own repository handle). The result is the same
  /// whatever the number.
  unsigned Jobs = 2;
};

/// What reading the history gave: the history, or a one-line note saying why there is none.
struct HistoryRead {
  std::optional<ChangeHistory> History;
  /// Why there is no history (no repository, shallow clone, detached HEAD, unborn branch, a
  /// corrupt repository), or a warning about the cache. One line, no trailing newline.
  std::string Note;
  bool FromCache = false;  ///< HEAD was unchanged: nothing was read from git.
  unsigned NewCommits = 0; ///< Commits read from git in this run.
};

/// Reads the history of the git work tree holding O.Root. Never throws for a missing or bad
/// repository (that is a note: seams goes on without history); throws seams::Error only for
/// a --history-since that is neither a date nor a revision of a readable repository.
HistoryRead readGitHistory(const HistoryOptions &O);

} // namespace seams
