// `seams extract`: runs the collector over every TU of a compile database, in parallel, with
// header claiming and the per-TU cache, and merges the results deterministically.
#pragma once

#include "analyzer/shard_plan.h"
#include "graph/model/facts.h"

#include <functional>
#include <string>
#include <vector>

namespace seams {

struct ExtractOptions {
  std::string Database;               ///< -p: build directory or compile_commands.json.
  std::string Root;                   ///< Project root; empty: derived from the database.
  bool NoDatabase = false;            ///< Analyze every source under Root with ExtraArgs.
  std::vector<std::string> Include;   ///< Globs (root-relative) of project files; empty: all.
  std::vector<std::string> Exclude;   ///< Globs of files treated as external.
  std::vector<std::string> ExtraArgs; ///< Appended to every compile command.
  unsigned Jobs = 0;                  ///< 0: one per core.
  std::string CacheDir;               ///< Empty: <build-dir>/.seams-cache.
  bool UseCache = true;
  unsigned ShardIndex = 1, ShardCount = 1; ///< --shard K/N, 1-based K.
  /// TUs (consecutive in sorted order) per claim group: each project header is reported by the
  /// first TU of its group that reads it. Shards take whole groups, so a full run and merged
  /// shards agree only when they use the same value.
  unsigned ClaimGroup = DefaultClaimGroup;
  unsigned MaxSamples = 8; ///< Sample locations kept per edge (0: all).
  /// --pch: TUs whose commands differ only in their source file and force an include (CMake's
  /// `-include cmake_pch.hxx`) share one Clang PCH of that prefix, built once per run. The TU of
  /// lowest rank with those flags in each claim group parses the prefix itself and reports its
  /// headers; the facts are those of a run without it (docs/EXTRACTION.md).
  bool Pch = false;
  std::vector<std::string> DatabaseWrappers = {"Database"}; ///< See CollectOptions.
};

struct ExtractStats {
  unsigned Tus = 0; ///< Translation units selected.
  /// TUs whose facts a parse by Clang gave in this run (cache misses, and hits parsed again);
  /// with FromCache, every TU once: Parsed + FromCache == Tus.
  unsigned Parsed = 0;
  unsigned Reparsed = 0;  ///< Parses again (of hits or misses) because another TU owns a header.
  unsigned FromCache = 0; ///< TUs whose facts the cache gave.
  unsigned WithErrors = 0;
  unsigned Failed = 0;
  unsigned SkippedEntries = 0; ///< Database entries that could not be used (see diagnostics).
  unsigned OutsideRoot = 0;    ///< Database sources outside the project root, not analyzed.
  std::vector<std::string> OutsideRootSamples; ///< The first few of those, absolute.
  unsigned FilteredOut = 0; ///< Database sources left out on purpose by --include/--exclude.
  /// Directories under the root named by -isystem (root-relative): their code is external, as
  /// if excluded (systemIncludeDirectories). Shown, so that nobody wonders where it went.
  std::vector<std::string> SystemDirectories;
  /// Directories under the root with a license of their own, analyzed as project code
  /// (bundledDirectories): shown, so that a bundled project is excluded on purpose or not at all.
  std::vector<std::string> BundledDirectories;
  /// Directories of header copies the build staged (stagedHeaderCopies), root-relative, with
  /// their number of copies: each copy was read as its original. Shown, as a rewrite of paths.
  std::vector<std::pair<std::string, unsigned>> StagedDirectories;
  unsigned DuplicateEntries = 0; ///< Further database entries for one file (the first is used).
  std::vector<std::string> CacheWarnings;
  unsigned WithPch = 0;   ///< TUs parsed with a shared prefix PCH (--pch).
  unsigned PchBuilt = 0;  ///< Prefix PCHs built (--pch).
  unsigned PchFailed = 0; ///< Prefixes that did not compile into a PCH: their TUs parse it.
  std::string PchProblem; ///< The first reason one did not.
  std::vector<std::uint64_t> ShardCosts; ///< Sharded runs: the estimated cost of every shard.
  std::vector<unsigned> ShardTus;        ///< Sharded runs: the TUs of every shard.
};

struct ExtractResult {
  Facts Result; ///< Partial (every occurrence, columns) when sharded.
  ExtractStats Stats;
  /// The absolute project root and cache directory used: where the history stage looks (never
  /// written to an output).
  std::string RootDir;
  std::string CacheDir;
};

/// Where an extraction stands: TUs finished (parsed or from the cache), selected, and failed so
/// far.
struct ExtractProgress {
  unsigned Done = 0;
  unsigned Total = 0;
  unsigned Failed = 0;
};

/// Called after each TU; from worker threads, one call at a time.
using ProgressFn = std::function<void(const ExtractProgress &)>;

/// Throws seams::Error (exit 2) when there is no usable database or root; everything that goes
/// wrong inside a TU is data in the result (diagnostics, TU status), never an exception.
ExtractResult extract(const ExtractOptions &Options, const ProgressFn &Progress = {});

/// Merges partial facts files (shards) into what one full run would have written.
Facts mergeFacts(const std::vector<Facts> &Parts, unsigned MaxSamples);

} // namespace seams
