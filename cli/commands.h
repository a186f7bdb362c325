// The subcommands: each registers its options on a CLI11 subcommand and returns a runner.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace seams {

/// Runs a parsed command; returns its exit code. Throws seams::Error for user errors.
using Runner = std::function<int(std::ostream &Out, std::ostream &Err)>;

struct Command {
  const char *Name;
  const char *Help;
  /// Declares the options on Sub (their storage lives in the returned Runner's captures).
  std::function<Runner(CLI::App &Sub)> Setup;
};

/// The table of subcommands, in the order `seams --help` lists them.
const std::vector<Command> &commands();

/// Threads for the clustering runs of analyze and baseline: -j as given, else one per core
/// (the same default as extraction). The results do not depend on it.
unsigned clusterJobs(unsigned Jobs);

/// Declares --sarif-max-results on Sub, into Max: 1 to MaxSarifResults, GitHub code scanning's
/// limit per run, so that no SARIF seams writes is rejected on upload. What names the file.
void addSarifMaxResultsOption(CLI::App &Sub, std::size_t &Max, const std::string &What);

/// Declares --path-prefix on Sub, into Prefix, '/'-terminated when given: the project root within
/// the repository, prepended to the paths of What so code scanning finds the files.
void addPathPrefixOption(CLI::App &Sub, std::string &Prefix, const std::string &What);

Command extractCommand();
Command mergeCommand();
Command analyzeCommand();
Command planCommand();
Command compareCommand();
Command historyCommand();
Command baselineCommand();
Command checkCommand();

} // namespace seams
