// `seams analyze` (facts -> proposed services, written to an output directory) and
// `seams compare` (MoJoFM and c2c between two decompositions).
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
#include "reports/analyze_summary.h"
#include "reports/sarif_writer.h"
#include "reports/write_reports.h"

#include <cstdio>
#include <filesystem>
#include <memory>
#include <ostream>

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
  std::uint64_t Seed = 42;
  std::string SourceLink; ///< --source-link: URL template for the HTML report's locations.
  unsigned Top = 10;
  std::size_t SarifMaxResults = 5000; ///< --sarif-max-results: results kept in hotspots.sarif.
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

int runAnalyze(AnalyzeArgs &A, std::ostream &Out, std::ostream &Err) {
  DecomposeOptions O;
  auto Unit = parseUnitKind(A.Unit);
  if (!Unit)
    throw Error("--unit must be component, file or class, not \"" + A.Unit + "\"");
  O.Unit = *Unit;
  O.Algorithm = A.Algorithm;
  O.Services = A.Services;
  if (A.Resolution)
    O.Resolution = *A.Resolution;
  O.Seed = A.Seed;
  Config C = A.ConfigFile.empty() ? Config() : loadConfigFile(A.ConfigFile);

  std::filesystem::create_directories(A.OutDir);
  Facts F;
  std::string RootDir, CacheDir = A.Extract.Options.CacheDir;
  int Code = ExitOk;
  ProgressLine Stages(Err, ProgressLine::modeFor(!A.Extract.Quiet));
  if (!A.FactsFile.empty()) {
    F = readFactsFile(A.FactsFile);
    Stages.stage("read facts");
  } else {
    ExtractResult R = runExtraction(A.Extract, A.OutDir + "/facts.json", Err);
    F = std::move(R.Result);
    RootDir = R.RootDir;
    CacheDir = R.CacheDir;
    writeFactsFile(F, A.OutDir + "/facts.json");
    if (strictFailure(A.Extract, R))
      Code = ExitAnalysis;
    Stages.stage("extract");
  }
  std::optional<ChangeHistory> History;
  if (!A.History.Off) {
    History = loadHistory(A.History, historyRoot(A, RootDir), A.Extract.NoCache ? "" : CacheDir,
                          A.Extract.Quiet, Err);
    if (History)
      writeFileAtomically(A.OutDir + "/history.json", [&](std::ostream &S) {
        writeHistoryJson(*History, A.History.Thresholds, S);
      });
    Stages.stage("history");
  }
  O.History = History ? &*History : nullptr;
  O.CoChange = A.History.Thresholds;
  Decomposition D = decompose(F, C, O);
  Stages.stage("cluster");
  HotspotOptions H;
  H.Weights = C.Weights;
  H.DatabaseWrappers = A.Extract.Options.DatabaseWrappers;
  Assessment Found = computeHotspots(F, D, H);
  Stages.stage("hotspots");
  writeFileAtomically(A.OutDir + "/decomposition.json",
                      [&](std::ostream &S) { writeDecompositionJson(D, Found, S); });
  ReportOptions Report;
  Report.SourceLink = A.SourceLink;
  Report.SarifMaxResults = A.SarifMaxResults;
  writeReports(F, D, &Found, Report, A.OutDir);
  Stages.stage("reports");
  writeAnalyzeSummary(D, Found, Out, A.Top);
  if (History)
    Out << historySummary(*History) << "\nWrote " << A.OutDir << "/history.json\n";
  Out << "Wrote " << A.OutDir << "/decomposition.json\n";
  Out << "Wrote " << A.OutDir << "/index.html, services.dot, units.dot, hotspots.sarif\n";
  return Code;
}

} // namespace

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
            addExtractOptions(Sub, A->Extract);
            Sub.add_option("-o,--output", A->OutDir, "Output directory")->capture_default_str();
            Sub.add_option("--facts", A->FactsFile,
                           "Use this facts file instead of extracting (from `seams extract`)");
            Sub.add_option("--config", A->ConfigFile,
                           "seams.toml with pins, groups, weights (docs/DECOMPOSITION.md)");
            Sub.add_option("--unit", A->Unit, "component, file or class")->capture_default_str();
            Sub.add_option("--algorithm", A->Algorithm,
                           "leiden, louvain, label-propagation or girvan-newman")
                ->capture_default_str();
            auto *Services = Sub.add_option("--services", A->Services,
                                            "Find the resolution that gives this many services");
            Sub.add_option("--resolution", A->Resolution, "Modularity resolution (default 1.0)")
                ->excludes(Services);
            Sub.add_option("--seed", A->Seed, "Random seed; same seed, same result")
                ->capture_default_str();
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
            addHistoryOptions(Sub, A->History);
            return [A](std::ostream &Out, std::ostream &Err) { return runAnalyze(*A, Out, Err); };
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
