// Extraction options shared by every command that analyzes a compile database.
#pragma once

#include "analyzer/extractor.h"

#include <CLI/CLI.hpp>
#include <iosfwd>

namespace seams {

struct ExtractArgs {
  ExtractOptions Options;
  std::string Shard;
  bool NoCache = false, Strict = false, Quiet = false;
  std::vector<std::string> Flags; ///< Compiler flags after --.
};

/// Declares -p, --root, --include, --exclude, -j, --cache-dir, ... on Sub.
void addExtractOptions(CLI::App &Sub, ExtractArgs &A);

/// Runs the extraction A describes, with a progress line and the one-line summary on Err.
/// Where names the facts in the summary ("see diagnostics in <Where>").
ExtractResult runExtraction(ExtractArgs &A, const std::string &Where, std::ostream &Err);

/// True when --strict turns the result into exit code 3.
bool strictFailure(const ExtractArgs &A, const ExtractResult &R);

} // namespace seams
