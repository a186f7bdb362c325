// Extraction options shared by every command that analyzes a compile database.
#pragma once

#include "analyzer/extractor.h"

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <optional>
#include <string>

namespace seams {

struct ExtractArgs {
  ExtractOptions Options;
  std::string Shard;
  bool NoCache = false, Strict = false, Quiet = false;
  std::vector<std::string> Flags; ///< Compiler flags after --.
};

/// Declares -p, --root, --include, --exclude, -j, --cache-dir, ... on Sub.
void addExtractOptions(CLI::App &Sub, ExtractArgs &A);

/// Runs the extraction A describes, with a progress line and the summary on Err. Where names the
/// facts in the summary ("diagnostics in <Where>"). Throws seams::Error (exit 2) for facts too
/// lossy to use (see lossyFactsReason), whether or not --strict is given.
ExtractResult runExtraction(ExtractArgs &A, const std::string &Where, std::ostream &Err);

/// The console summary: TUs parsed, and every loss (failed TUs, TUs with errors, skipped database
/// entries, sources outside the root) counted with its first reasons. Quiet keeps only the
/// losses. An empty Where leaves out the line naming the facts (they will not be written).
void printExtractSummary(const ExtractResult &R, const std::string &Where, bool Quiet,
                         std::ostream &Err);

/// The shard balance of a sharded run: every shard's TUs and estimated cost, and the ratio of
/// the heaviest to the lightest.
void printShardBalance(const ExtractStats &S, std::ostream &Err);

/// Why the facts cannot describe the project, if they cannot: no project source at all (an
/// unsharded run), no project file analyzed, or more than half of the TUs failed.
std::optional<std::string> lossyFactsReason(const ExtractResult &R, bool Sharded);

/// True when --strict turns the result into exit code 3.
bool strictFailure(const ExtractArgs &A, const ExtractResult &R);

} // namespace seams
