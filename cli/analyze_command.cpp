// `seams analyze` (facts -> proposed services, written to an output directory), `seams plan`
// (the extraction plan and interface sketches) and `seams compare` (MoJoFM and c2c).
#include "cli/commands.h"
#include "cli/extract_options.h"
#include "cli/history_options.h"
#include "cli/progress.h"
#include "graph/decompose/compare.h"
#include "graph/decompose/decomposition.h"
#include "graph/hotspots/hotspots.h"
#include "graph/hotspots/hotspots_json.h"
#include "graph/model/atomic_file.h"
#include "graph/model/error.h"
#include "graph/model/facts_json.h"
#include "graph/model/text_format.h"
#include "graph/plan/plan.h"
#include "reports/analyze_summary.h"
#include "reports/interfaces.h"
#include "reports/plan_text.h"
#include "reports/sarif_writer.h"
#include "reports/write_reports.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <ostream>
#include <thread>

namespace seams {
namespace {

struct AnalyzeArgs {
  ExtractArgs Extract;
  std::string FactsFile; ///< --facts: skip extraction.
  std::string OutDir = "seams-out";
  std::string ConfigFile;
  std::string Unit = "component";
  std::string Algorithm = "leiden";
  std::optional<int> Services;
  std::optional<double> Resolution;
  bool AutoResolution = false;     ///< --auto-resolution: by stability over seeds (granularity.h).
  double GranularityTolerance = 0; ///< --granularity-tolerance (granularity.h).
  unsigned Consensus = 0;          ///< --consensus K: seeds merged by consensus (granularity.h).
  std::uint64_t Seed = 42;
  std::string SourceLink; ///< --source-link: URL template for the HTML report's locations.
  unsigned Top = 10;
  std::size_t SarifMaxResults = 5000; ///< --sarif-max-results: results kept in hotspots.sarif.
  std::string PathPrefix;             ///< --path-prefix: prepended to hotspots.sarif's paths.
  HistoryArgs History;
};

/// The project root for the history: the extraction's, or --root with --facts.
std::string historyRoot(const AnalyzeArgs &A, const std::string &Extracted) {
  if (A.FactsFile.empty())
    return Extracted;
  std::error_code EC;
  return A.Extract.Options.Root.empty()
             ? std::string()
             : std::filesystem::canonical(A.Extract.Options.Root, EC).string();
}

/// Everything analyze and plan compute before they write.
struct Proposal {
  Facts F;
  Decomposition D;
  Assessment Found;
  Plan P;
  std::optional<ChangeHistory> History; ///< Absent: --no-history, or no usable repository.
  int Code = ExitOk;
};

/// Reads or extracts the facts and the change history (writing facts.json and history.json into
/// OutDir when it is not empty), proposes services, assesses them and plans their extraction.
Proposal propose(AnalyzeArgs &A, const std::string &OutDir, ProgressLine &Stages,
                 std::ostream &Err) {
  DecomposeOptions O;
  auto Unit = parseUnitKind(A.Unit);
  if (!Unit)
    throw Error("--unit must be component, file or class, not \"" + A.Unit + "\"");
  O.Unit = *Unit;
  O.Algorithm = A.Algorithm;
  O.Services = A.Services;
  if (A.Resolution)
    O.Resolution = *A.Resolution;
  O.AutoResolution = A.AutoResolution && !A.Resolution;
  O.ResolutionConsensus = !A.Resolution; // an explicit resolution is one run at it
  O.GranularityTolerance = A.GranularityTolerance;
  O.Consensus = A.Consensus;
  O.Seed = A.Seed;
  O.Jobs = clusterJobs(A.Extract.Options.Jobs);
  Config C = A.ConfigFile.empty() ? Config() : loadConfigFile(A.ConfigFile);

  Proposal R;
  std::string RootDir, CacheDir = A.Extract.Options.CacheDir;
  const std::string FactsOut = OutDir.empty() ? "" : OutDir + "/facts.json";
  if (!A.FactsFile.empty()) {
    // Globs that decide which files are external were applied when the facts were extracted;
    // here they would change nothing, and saying nothing let a user believe they had.
    if (!A.Extract.Quiet &&
        (!A.Extract.Options.Include.empty() || !A.Extract.Options.Exclude.empty()))
      Err << "seams: warning: --include and --exclude act on extraction and do nothing with "
             "--facts; to leave files out of the services, use [exclude] in seams.toml "
             "(docs/DECOMPOSITION.md)\n";
    R.F = readFactsFile(A.FactsFile);
    if (!OutDir.empty())
      std::filesystem::create_directories(OutDir);
    Stages.stage("read facts");
  } else {
    ExtractResult X = runExtraction(A.Extract, FactsOut, Err);
    R.F = std::move(X.Result);
    RootDir = X.RootDir;
    CacheDir = X.CacheDir;
    if (!FactsOut.empty()) {
      std::filesystem::create_directories(OutDir); // only now: bad input leaves no directory
      writeFactsFile(R.F, FactsOut);
    }
    if (strictFailure(A.Extract, X))
      R.Code = ExitAnalysis;
    Stages.stage("extract");
  }
  if (!A.History.Off) {
    R.History = loadHistory(A.History, historyRoot(A, RootDir), A.Extract.NoCache ? "" : CacheDir,
                            A.Extract.Quiet, Err);
    if (R.History && !OutDir.empty())
      writeFileAtomically(OutDir + "/history.json", [&](std::ostream &S) {
        writeHistoryJson(*R.History, A.History.Thresholds, S);
      });
    Stages.stage("history");
  }
  O.History = R.History ? &*R.History : nullptr;
  O.CoChange = A.History.Thresholds;
  R.D = decompose(R.F, C, O);
  Stages.stage("cluster");
  HotspotOptions H;
  H.Weights = C.Weights;
  H.DatabaseWrappers = A.Extract.Options.DatabaseWrappers;
  R.Found = computeHotspots(R.F, R.D, H);
  Stages.stage("hotspots");
  R.P = computePlan(R.F, R.D, R.Found, C.Weights);
  Stages.stage("plan");
  return R;
}

int runAnalyze(AnalyzeArgs &A, std::ostream &Out, std::ostream &Err) {
  ProgressLine Stages(Err, ProgressLine::modeFor(!A.Extract.Quiet));
  Proposal R = propose(A, A.OutDir, Stages, Err);
  const Facts &F = R.F;
  const Decomposition &D = R.D;
  const Assessment &Found = R.Found;
  writeFileAtomically(A.OutDir + "/decomposition.json",
                      [&](std::ostream &S) { writeDecompositionJson(D, Found, R.P, S); });
  std::vector<ServiceSketch> Sketches = sketchInterfaces(F, D, Found, R.P);
  writeInterfaces(Sketches, A.OutDir + "/interfaces");
  ReportOptions Report;
  Report.SourceLink = A.SourceLink;
  Report.SarifMaxResults = A.SarifMaxResults;
  Report.PathPrefix = A.PathPrefix;
  writeReports(F, D, &Found, Report, A.OutDir, &R.P, &Sketches);
  Stages.stage("reports");
  writeAnalyzeSummary(D, Found, Out, A.Top);
  if (R.History)
    Out << historySummary(*R.History) << "\nWrote " << A.OutDir << "/history.json\n";
  Out << "Wrote " << A.OutDir << "/decomposition.json\n";
  Out << "Wrote " << A.OutDir << "/index.html, services.dot, units.dot, hotspots.sarif\n";
  Out << "Wrote " << A.OutDir << "/interfaces/: " << Sketches.size()
      << " service sketches (a .proto and a SERVICE.md each)\n";
  return R.Code;
}

struct PlanArgs {
  AnalyzeArgs Analyze;
  std::string Interfaces; ///< --interfaces DIR
  std::string Format = "text";
  std::size_t MaxItems = 5;
};

int runPlan(PlanArgs &A, std::ostream &Out, std::ostream &Err) {
  if (A.Format != "text" && A.Format != "json")
    throw Error("--format must be text or json, not \"" + A.Format + "\"");
  ProgressLine Stages(Err, ProgressLine::modeFor(!A.Analyze.Extract.Quiet));
  Proposal R = propose(A.Analyze, "", Stages, Err);
  if (A.Format == "json") {
    writePlanJson(R.P, Out);
    Out << "\n";
  } else {
    writePlanText(R.P, Out, A.MaxItems);
  }
  if (!A.Interfaces.empty()) {
    std::vector<ServiceSketch> Sketches = sketchInterfaces(R.F, R.D, R.Found, R.P);
    writeInterfaces(Sketches, A.Interfaces);
    Err << "Wrote " << A.Interfaces << "/: " << Sketches.size()
        << " service sketches (a .proto and a SERVICE.md each)\n";
  }
  return R.Code;
}

/// The options analyze and plan share: where the facts come from and how to propose services.
void addProposalOptions(CLI::App &Sub, AnalyzeArgs &A) {
  addExtractOptions(Sub, A.Extract);
  Sub.add_option("--facts", A.FactsFile,
                 "Use this facts file instead of extracting (from `seams extract`)");
  Sub.add_option("--config", A.ConfigFile,
                 "seams.toml with pins, groups, weights (docs/DECOMPOSITION.md)");
  Sub.add_option("--unit", A.Unit, "component, file or class")->capture_default_str();
  Sub.add_option("--algorithm", A.Algorithm, "leiden, louvain, label-propagation or girvan-newman")
      ->capture_default_str();
  auto *Services =
      Sub.add_option("--services", A.Services, "Find the resolution that gives this many services");
  Sub.add_option("--resolution", A.Resolution,
                 "One run at this modularity resolution, instead of the consensus across "
                 "resolutions")
      ->excludes(Services);
  Sub.add_flag("--auto-resolution", A.AutoResolution,
               "Choose the resolution by stability over seeds and resolutions")
      ->excludes(Services);
  Sub.add_option("--granularity-tolerance", A.GranularityTolerance,
                 "With --auto-resolution: the coarsest level within this of the most stable");
  Sub.add_option("--consensus", A.Consensus,
                 "Merge this many seeds' clusterings by consensus (0 or 1: one run)");
  Sub.add_option("--seed", A.Seed, "Random seed; same seed, same result")->capture_default_str();
  addHistoryOptions(Sub, A.History);
}

} // namespace

unsigned clusterJobs(unsigned Jobs) {
  return Jobs ? Jobs : std::max(1U, std::thread::hardware_concurrency());
}

void addPathPrefixOption(CLI::App &Sub, std::string &Prefix, const std::string &What) {
  Sub.add_option("--path-prefix", Prefix,
                 "Prepended to the paths of " + What +
                     ": the project root within the repository (e.g. lib/), for code scanning")
      ->transform([](std::string V) {
        if (!V.empty() && V.back() != '/')
          V += '/';
        return V;
      });
}

void addSarifMaxResultsOption(CLI::App &Sub, std::size_t &Max, const std::string &What) {
  Sub.add_option("--sarif-max-results", Max,
                 "Results kept in " + What + " (GitHub code scanning accepts up to 25000 per run)")
      ->capture_default_str()
      ->check([](const std::string &V) {
        std::size_t N = 0;
        bool Ok =
            !V.empty() && V.size() <= 9 && V.find_first_not_of("0123456789") == std::string::npos;
        if (Ok)
          N = std::stoul(V);
        return Ok && N >= 1 && N <= MaxSarifResults
                   ? std::string()
                   : "--sarif-max-results must be a number from 1 to " +
                         std::to_string(MaxSarifResults) +
                         " (GitHub code scanning rejects a run with more results), not \"" + V +
                         "\"";
      });
}

Command analyzeCommand() {
  return {"analyze", "Propose service boundaries: extract (cached), cluster, measure, report",
          [](CLI::App &Sub) -> Runner {
            auto A = std::make_shared<AnalyzeArgs>();
            addProposalOptions(Sub, *A);
            Sub.add_option("-o,--output", A->OutDir, "Output directory")->capture_default_str();
            Sub.add_option("--source-link", A->SourceLink,
                           "Link report locations to the source: a URL template with {path} "
                           "and {line}, e.g. https://host/org/repo/blob/REV/{path}#L{line}")
                ->check([](const std::string &T) {
                  return T.find("{path}") == std::string::npos
                             ? std::string("--source-link needs {path} in the template")
                             : std::string();
                });
            Sub.add_option("--top", A->Top, "Hotspots to print")->capture_default_str();
            addSarifMaxResultsOption(Sub, A->SarifMaxResults, "hotspots.sarif, best-ranked first");
            addPathPrefixOption(Sub, A->PathPrefix, "hotspots.sarif");
            return [A](std::ostream &Out, std::ostream &Err) { return runAnalyze(*A, Out, Err); };
          }};
}

Command planCommand() {
  return {"plan",
          "Order the extraction of the proposed services (strangler fig) and sketch their "
          "interfaces (proto3, events)",
          [](CLI::App &Sub) -> Runner {
            auto A = std::make_shared<PlanArgs>();
            addProposalOptions(Sub, A->Analyze);
            Sub.add_option("--interfaces", A->Interfaces,
                           "Write a .proto and a SERVICE.md per service into this directory");
            Sub.add_option("--format", A->Format, "text or json")->capture_default_str();
            Sub.add_option("--max-items", A->MaxItems,
                           "Changes listed per kind and step in text (0: all)")
                ->capture_default_str();
            return [A](std::ostream &Out, std::ostream &Err) { return runPlan(*A, Out, Err); };
          }};
}

Command compareCommand() {
  return {"compare",
          "Compare two decompositions (decomposition.json, expected.json or file,service CSV): "
          "MoJoFM and c2c coverage",
          [](CLI::App &Sub) -> Runner {
            auto Paths = std::make_shared<std::vector<std::string>>();
            auto HistoryFile = std::make_shared<std::string>();
            Sub.add_option("decompositions", *Paths, "The proposed one, then the reference")
                ->required()
                ->expected(2);
            Sub.add_option("--history", *HistoryFile,
                           "history.json (from `seams analyze` or `seams history`): also compare "
                           "the independent change rate of both");
            return [Paths, HistoryFile](std::ostream &Out, std::ostream &) {
              Assignment A = readAssignmentFile((*Paths)[0]);
              Assignment B = readAssignmentFile((*Paths)[1]);
              // Only files both know are compared: MoJoFM needs one set of entities.
              Assignment CommonA, CommonB;
              for (const auto &[File, Cluster] : A)
                if (auto It = B.find(File); It != B.end()) {
                  CommonA[File] = Cluster;
                  CommonB[File] = It->second;
                }
              if (CommonA.empty())
                throw Error("the two decompositions have no file in common");
              Out << "files compared: " << CommonA.size()
                  << " (only in first: " << A.size() - CommonA.size()
                  << ", only in second: " << B.size() - CommonB.size() << ")\n";
              // Name the files left out, so a path spelled differently is found at once.
              auto ListOnly = [&Out](const char *Side, const Assignment &All,
                                     const Assignment &Common) {
                constexpr std::size_t Shown = 5;
                std::size_t Listed = 0, Left = All.size() - Common.size();
                if (Left == 0)
                  return;
                Out << "  only in " << Side << ":";
                for (const auto &[File, Cluster] : All)
                  if (!Common.count(File) && Listed++ < Shown)
                    Out << " " << File;
                if (Left > Shown)
                  Out << " and " << Left - Shown << " more";
                Out << "\n";
              };
              ListOnly("first", A, CommonA);
              ListOnly("second", B, CommonB);
              Out << "MoJoFM: " << fixedNumber(mojoFm(CommonA, CommonB), 1) << "\n";
              Out << "c2c coverage (50%): " << fixedNumber(c2cCoverage(CommonA, CommonB), 1)
                  << "%\n";
              if (!HistoryFile->empty()) {
                ChangeHistory H = readHistoryFile(*HistoryFile);
                Out << "independent change, first: " << independenceLine(changeIndependence(H, A))
                    << "\nindependent change, second: "
                    << independenceLine(changeIndependence(H, B)) << "\n";
              }
              return static_cast<int>(ExitOk);
            };
          }};
}

} // namespace seams
