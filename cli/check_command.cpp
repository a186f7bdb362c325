// `seams baseline` (record the agreed boundaries and today's cross-service dependencies) and
// `seams check` (the CI gate: fail on new coupling across those boundaries). docs/CI.md.
#include "cli/commands.h"
#include "cli/extract_options.h"
#include "cli/history_options.h"
#include "gate/baseline.h"
#include "gate/check.h"
#include "graph/decompose/decomposition.h"
#include "graph/model/atomic_file.h"
#include "graph/model/error.h"
#include "graph/model/facts_json.h"
#include "graph/model/text_format.h"
#include "reports/check_report.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <ostream>
#include <sstream>

namespace seams {
namespace {

struct Inputs {
  ExtractArgs Extract;
  std::string FactsFile; ///< --facts: skip extraction.
  /// Set by loadFacts: the project root and cache directory of the extraction (empty with
  /// --facts unless --root / --cache-dir say), where the history is read from.
  std::string RootDir, CacheDir;
};

/// The facts to check: from --facts, or extracted (cached). Sets Strict when --strict fails.
Facts loadFacts(Inputs &I, std::ostream &Err, bool &Strict) {
  if (!I.FactsFile.empty()) {
    std::error_code EC;
    if (!I.Extract.Options.Root.empty())
      I.RootDir = std::filesystem::canonical(I.Extract.Options.Root, EC).string();
    I.CacheDir = I.Extract.Options.CacheDir;
    return readFactsFile(I.FactsFile);
  }
  ExtractResult R = runExtraction(I.Extract, "the facts (run `seams extract` to see them)", Err);
  Strict = strictFailure(I.Extract, R);
  I.RootDir = R.RootDir;
  I.CacheDir = I.Extract.NoCache ? "" : R.CacheDir;
  return std::move(R.Result);
}

void addInputOptions(CLI::App &Sub, Inputs &I) {
  addExtractOptions(Sub, I.Extract);
  Sub.add_option("--facts", I.FactsFile,
                 "Use this facts file instead of extracting (from `seams extract`)");
}

struct BaselineArgs {
  Inputs In;
  std::string From, Output = "seams-baseline.json", Baseline, ConfigFile;
  std::optional<int> Services;
  std::uint64_t Seed = 42;
  bool Update = false, AllowAdditions = false;
};

void printKeys(const char *What, const std::vector<DependencyKey> &Keys, std::ostream &Out) {
  for (const DependencyKey &K : Keys)
    Out << "  " << What << " " << K.FromService << " -> " << K.ToService << ": " << K.FromEntity
        << " " << kindName(K.Kind) << " " << K.ToEntity << "\n";
}

int runBaseline(BaselineArgs &A, std::ostream &Out, std::ostream &Err) {
  if (A.Update) {
    if (A.Baseline.empty())
      throw Error("--update needs --baseline FILE (the baseline to update in place)");
    Baseline Old = readBaselineFile(A.Baseline);
    bool Strict = false;
    Facts F = loadFacts(A.In, Err, Strict);
    UpdateResult U = updateBaseline(Old, F, A.AllowAdditions);
    if (!U.Refused.empty()) { // Refused: the file stays as it was, byte for byte.
      printKeys("not added:", U.Refused, Err);
      Err << "seams baseline: error: "
          << plural(U.Refused.size(), "new dependency was", "new dependencies were")
          << " not added and " << A.Baseline
          << " was not changed; fix them, or agree on them and rerun with --allow-additions\n";
      return ExitFindings;
    }
    writeFileAtomically(A.Baseline, [&](std::ostream &S) { writeBaseline(U.Updated, S); });
    printKeys("removed", U.Removed, Out);
    printKeys("added", U.Added, Out);
    Out << "Updated " << A.Baseline << ": " << U.Removed.size() << " stale removed, "
        << U.Added.size() << " added, "
        << plural(U.Updated.Dependencies.size(), "known dependency", "known dependencies") << "\n";
    return Strict ? ExitAnalysis : ExitOk;
  }
  bool Strict = false;
  Facts F = loadFacts(A.In, Err, Strict);
  Decomposition D;
  if (!A.From.empty()) {
    std::ifstream In(A.From, std::ios::binary);
    if (!In)
      throw Error(A.From + ": cannot read the decomposition (no such file?)");
    D = readDecompositionJson(In, A.From);
  } else {
    DecomposeOptions O;
    O.Services = A.Services;
    O.Seed = A.Seed;
    O.Jobs = clusterJobs(A.In.Extract.Options.Jobs);
    D = decompose(F, A.ConfigFile.empty() ? Config() : loadConfigFile(A.ConfigFile), O);
  }
  Baseline B = makeBaseline(D, F);
  writeFileAtomically(A.Output, [&](std::ostream &S) { writeBaseline(B, S); });
  Out << "Wrote " << A.Output << ": " << plural(B.Services.size(), "service", "services") << ", "
      << plural(B.Members.size(), "member rule", "member rules") << ", "
      << plural(B.Dependencies.size(), "known cross-service dependency",
                "known cross-service dependencies")
      << "\n";
  return Strict ? ExitAnalysis : ExitOk;
}

/// GitHub's job summary (GITHUB_STEP_SUMMARY) is one file shared by every step of the job, each
/// appending its part: replacing it would erase what earlier steps wrote.
bool isStepSummary(const std::string &File) {
  const char *Summary = std::getenv("GITHUB_STEP_SUMMARY");
  return Summary && *Summary && File == Summary;
}

/// Appends what Write produces to File in one write, creating it if need be.
void appendToFile(const std::string &File, const std::function<void(std::ostream &)> &Write) {
  std::ostringstream Text;
  Write(Text);
  std::ofstream Out(File, std::ios::binary | std::ios::app);
  Out << Text.str();
  Out.flush();
  if (!Out)
    throw Error("cannot append to " + File);
}

struct CheckArgs {
  Inputs In;
  std::string Baseline, PathPrefix;
  std::vector<std::string> Formats, Outputs;
  bool FailOnStale = false, FailOnUnassigned = false;
  std::size_t SarifMaxResults = 5000;
  HistoryArgs History;
};

/// The baseline's services as a file -> service map, for the independent change rate.
Assignment baselineAssignment(const Baseline &B, const Facts &F) {
  Assignment Out;
  const ServiceMap Map(B, F);
  for (const auto &[File, S] : Map.files())
    if (S < B.Services.size())
      Out[File] = B.Services[S];
  return Out;
}

int runCheck(CheckArgs &A, std::ostream &Out, std::ostream &Err) {
  if (!A.Outputs.empty())
    throw Error("--output is not an option of `seams check`: name each format's file in the "
                "--format itself, e.g. --format sarif=seams.sarif (docs/CI.md)");
  std::vector<std::string> Specs = A.Formats;
  if (Specs.empty()) {
    const char *Gh = std::getenv("GITHUB_ACTIONS");
    Specs.push_back(Gh && std::string(Gh) == "true" ? "github" : "text");
  }
  std::vector<CheckOutput> Outputs = parseCheckOutputs(Specs);
  Baseline B = readBaselineFile(A.Baseline); // Before extracting: a bad baseline fails fast.

  bool Strict = false;
  Facts F = loadFacts(A.In, Err, Strict);
  CheckOptions O;
  O.BaselinePath = A.Baseline;
  O.FailOnStale = A.FailOnStale;
  O.FailOnUnassigned = A.FailOnUnassigned;
  CheckResult R = checkBoundaries(F, B, O);

  CheckReportOptions RO;
  RO.ToolVersion = SEAMS_VERSION;
  RO.BaselinePath = A.Baseline;
  RO.PathPrefix = A.PathPrefix;
  RO.SarifMaxResults = A.SarifMaxResults;
  bool SummaryOnStdout = false, StdoutUsed = false;
  for (const CheckOutput &W : Outputs) {
    if (!W.File.empty() && isStepSummary(W.File)) {
      appendToFile(W.File, [&](std::ostream &S) { writeCheckReport(R, W.Format, RO, S); });
      continue;
    }
    if (!W.File.empty()) {
      writeFileAtomically(W.File, [&](std::ostream &S) { writeCheckReport(R, W.Format, RO, S); });
      continue;
    }
    writeCheckReport(R, W.Format, RO, Out);
    StdoutUsed = true;
    SummaryOnStdout = W.Format != CheckFormat::Sarif && W.Format != CheckFormat::Junit;
  }
  if (!SummaryOnStdout)
    (StdoutUsed ? Err : Out) << checkSummary(R) << "\n";
  // The baseline's services scored against the project's past (docs/METRICS.md); a summary, so
  // not with -q.
  std::optional<ChangeHistory> History;
  if (!A.In.Extract.Quiet)
    History = loadHistory(A.History, A.In.RootDir, A.In.CacheDir, false, Err);
  if (History && !History->Commits.empty())
    (StdoutUsed ? Err : Out) << "independent change of the baseline's services: "
                             << independenceLine(
                                    changeIndependence(*History, baselineAssignment(B, F)))
                             << "\n";
  if (Strict)
    return ExitAnalysis;
  return R.failed() ? ExitFindings : ExitOk;
}

} // namespace

Command baselineCommand() {
  return {
      "baseline",
      "Record the agreed service boundaries and today's cross-service dependencies "
      "(seams-baseline.json), or update it (--update)",
      [](CLI::App &Sub) -> Runner {
        auto A = std::make_shared<BaselineArgs>();
        addInputOptions(Sub, A->In);
        Sub.add_option("-o,--output", A->Output, "Baseline file to write")->capture_default_str();
        Sub.add_option("--from", A->From,
                       "Services from this decomposition.json (`seams analyze`) instead of "
                       "proposing them now");
        Sub.add_option("--config", A->ConfigFile,
                       "seams.toml with pins, groups, weights, for the proposal");
        Sub.add_option("--services", A->Services,
                       "For the proposal: find the resolution that gives this many services");
        Sub.add_option("--seed", A->Seed, "Random seed of the proposal")->capture_default_str();
        Sub.add_flag("--update", A->Update,
                     "Remove stale dependencies from --baseline and lower its limits");
        Sub.add_option("--baseline", A->Baseline, "The baseline to update (with --update)");
        Sub.add_flag("--allow-additions", A->AllowAdditions,
                     "With --update: also add new dependencies and raise the limits");
        return [A](std::ostream &Out, std::ostream &Err) { return runBaseline(*A, Out, Err); };
      }};
}

Command checkCommand() {
  return {"check",
          "CI gate: fail (exit 1) on new dependencies, cycles or grown coupling across the "
          "service boundaries agreed in the baseline",
          [](CLI::App &Sub) -> Runner {
            auto A = std::make_shared<CheckArgs>();
            addInputOptions(Sub, A->In);
            addHistoryOptions(Sub, A->History);
            Sub.add_option("--baseline", A->Baseline, "seams-baseline.json (`seams baseline`)")
                ->required();
            Sub.add_option("--format", A->Formats,
                           "FORMAT or FORMAT=FILE: text, github, sarif, junit or markdown, to "
                           "standard output or to FILE (repeatable: one file per format, at "
                           "most one on standard output; default text, github when "
                           "GITHUB_ACTIONS=true). A FILE that is $GITHUB_STEP_SUMMARY is "
                           "appended to, as GitHub's job summary expects");
            // Gone: it was paired with --format by index. Kept hidden to say what replaces it.
            Sub.add_option("--output", A->Outputs)->group("");
            Sub.add_flag("--fail-on-stale", A->FailOnStale,
                         "Known dependencies that are gone are errors, not warnings");
            Sub.add_flag("--fail-on-unassigned", A->FailOnUnassigned,
                         "Files no member rule matches are errors, not warnings");
            addSarifMaxResultsOption(Sub, A->SarifMaxResults,
                                     "the SARIF: findings first, then known dependencies");
            addPathPrefixOption(Sub, A->PathPrefix, "the findings (for annotations)");
            return [A](std::ostream &Out, std::ostream &Err) { return runCheck(*A, Out, Err); };
          }};
}

} // namespace seams
