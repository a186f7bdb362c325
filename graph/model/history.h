// The project's change history (commits as lists of project files) and the co-change figures
// computed from it: the data the history stage hands to clustering, hotspots and metrics
// (docs/HISTORY.md).
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace seams {

/// Version tag of history.json; readers refuse other major versions.
inline constexpr std::string_view HistorySchema = "seams-history/1";

/// One commit kept after filtering: the project files it changed, under their names at HEAD
/// (renames followed), root-relative, '/'-separated, sorted and unique.
struct ChangeCommit {
  std::string Id; ///< Full commit id (40 hex digits).
  std::vector<std::string> Files;
  friend bool operator==(const ChangeCommit &, const ChangeCommit &) = default;
};

/// The first-parent history of HEAD as seams uses it, newest commit first. The counters say what
/// was read and what was left out, so that the losses are shown.
struct ChangeHistory {
  std::string Head;                  ///< HEAD's commit id.
  std::vector<ChangeCommit> Commits; ///< Newest first.
  unsigned Read = 0;      ///< Commits walked (within --history-since / --history-max-commits).
  unsigned Merges = 0;    ///< Merge commits skipped.
  unsigned Bulk = 0;      ///< Commits above MaxChangeset project files, skipped.
  unsigned NoProject = 0; ///< Commits that changed no project file.
  /// Commits read whose added or deleted blobs were missing from the repository (a partial
  /// clone): their renames were followed by blob id only, so a rename with edits there is seen
  /// as a deletion and an addition. Counted so that the loss is shown.
  unsigned BlobsMissing = 0;
  unsigned MaxChangeset = 30;
  friend bool operator==(const ChangeHistory &, const ChangeHistory &) = default;
};

/// Which pairs are worth reporting (Code Maat's defaults): both ends changed in at least
/// MinRevisions commits, and together in at least MinSupport.
struct CoChangeThresholds {
  unsigned MinRevisions = 5;
  unsigned MinSupport = 5;
};

/// Two items (files or units) that changed together. A < B.
struct CoChangePair {
  std::uint32_t A = 0;
  std::uint32_t B = 0;
  unsigned Support = 0;    ///< Commits that changed both.
  unsigned RevisionsA = 0; ///< Commits that changed A.
  unsigned RevisionsB = 0;
  /// Support / RevisionsA: how often a change of A came with a change of B.
  double confidenceAB() const { return RevisionsA ? double(Support) / RevisionsA : 0; }
  double confidenceBA() const { return RevisionsB ? double(Support) / RevisionsB : 0; }
  /// Code Maat's degree of coupling: Support / the average of the two revision counts.
  double degree() const {
    return RevisionsA + RevisionsB ? 2.0 * Support / (RevisionsA + RevisionsB) : 0;
  }
  /// Commits that changed A, B or both.
  unsigned commitsOfEither() const { return RevisionsA + RevisionsB - Support; }
  friend bool operator==(const CoChangePair &, const CoChangePair &) = default;
};

/// The pairs passing T, sorted by (A, B). Commits lists, per commit, the items it changed (each
/// item once); NumItems bounds the item indices. Memory is linear in the input and in the pairs
/// returned: pairs are counted one item at a time, never all at once.
std::vector<CoChangePair> coChangePairs(const std::vector<std::vector<std::uint32_t>> &Commits,
                                        std::size_t NumItems, const CoChangeThresholds &T);

/// The file-level figures of H: Files (sorted, every file any commit changed) and the pairs over
/// indices into it.
struct FileCoChange {
  std::vector<std::string> Files;
  std::vector<CoChangePair> Pairs;
};
FileCoChange fileCoChange(const ChangeHistory &H, const CoChangeThresholds &T);

/// Writes history.json: the counters, the commits and the file pairs passing T, one per line,
/// deterministic for the same history.
void writeHistoryJson(const ChangeHistory &H, const CoChangeThresholds &T, std::ostream &Out);
/// The same with the file pairs already computed (P = fileCoChange(H, T)), not counted again.
void writeHistoryJson(const ChangeHistory &H, const CoChangeThresholds &T, const FileCoChange &P,
                      std::ostream &Out);

/// Reads the history back from history.json (the pairs are recomputed by whoever needs them).
/// Throws seams::Error naming Source when the text is not a seams history.
ChangeHistory readHistoryJson(std::istream &In, const std::string &Source);
ChangeHistory readHistoryFile(const std::string &Path);

} // namespace seams
