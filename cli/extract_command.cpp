// `seams extract` and `seams merge`: the facts file from a compile database, or from shards.
#include "analyzer/extractor.h"
#include "analyzer/staged_headers.h"
#include "cli/commands.h"
#include "cli/extract_options.h"
#include "cli/progress.h"
#include "graph/model/error.h"
#include "graph/model/facts_json.h"
#include "graph/model/text_format.h"

#include <algorithm>
#include <iomanip>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
#include <string_view>

namespace seams {
namespace {

void parseShard(const std::string &S, ExtractOptions &O) {
  unsigned K = 0, N = 0;
  char Slash = 0;
  std::istringstream In(S);
  if (!(In >> K >> Slash >> N) || Slash != '/' || !In.eof() || K == 0 || N == 0 || K > N)
    throw Error("--shard takes K/N with 1 <= K <= N (e.g. 2/8), not \"" + S + "\"");
  O.ShardIndex = K;
  O.ShardCount = N;
}

/// Writes Facts to Path ("-" is standard output).
void emit(const Facts &F, const std::string &Path, std::ostream &Out) {
  if (Path == "-")
    writeFacts(F, Out);
  else
    writeFactsFile(F, Path);
}

int runExtract(ExtractArgs &A, const std::string &Output, std::ostream &Out, std::ostream &Err) {
  ExtractResult R = runExtraction(A, Output == "-" ? "the output" : Output, Err);
  emit(R.Result, Output, Out);
  return strictFailure(A, R) ? ExitAnalysis : ExitOk;
}

/// Where a TU's errors are: an error in a header is kept once, under the header's name, for all
/// the TUs that include it, so a TU's reason may be in a header it includes.
class ErrorFinder {
public:
  explicit ErrorFinder(const Facts &F) {
    for (const Diagnostic &D : F.Diagnostics)
      if (D.Severity == "fatal" || D.Severity == "error")
        ErrorsIn[D.File].push_back(&D);
    for (const Edge &E : F.Edges)
      if (E.Kind == EdgeKind::Include && E.From.starts_with("file:") && E.To.starts_with("file:"))
        Includes[E.From.substr(5)].push_back(E.To.substr(5));
  }

  /// The first error (a fatal one first) in File or, when it has none, in the nearest files it
  /// includes, breadth first, naming the header it is in. Empty when none is found.
  std::string firstError(const std::string &File) const {
    std::vector<std::string> Level{File};
    std::set<std::string> Seen{File};
    while (!Level.empty()) {
      // Per level, files in name order, so the answer never depends on the edges' order.
      std::sort(Level.begin(), Level.end());
      for (bool FatalOnly : {true, false})
        for (const std::string &At : Level)
          if (auto It = ErrorsIn.find(At); It != ErrorsIn.end())
            for (const Diagnostic *D : It->second)
              if (!FatalOnly || D->Severity == "fatal")
                return At == File ? D->Message
                                  : D->Message + " (in " + At + ":" + std::to_string(D->Line) + ")";
      std::vector<std::string> Next;
      for (const std::string &At : Level)
        if (auto It = Includes.find(At); It != Includes.end())
          for (const std::string &To : It->second)
            if (Seen.insert(To).second)
              Next.push_back(To);
      Level = std::move(Next);
    }
    return "";
  }

private:
  std::map<std::string, std::vector<const Diagnostic *>> ErrorsIn;
  std::map<std::string, std::vector<std::string>> Includes;
};

/// The first error of each TU with Status ("failed" or "errors"), one line each, at most Max.
std::vector<std::string> tuReasons(const Facts &F, const std::string &Status, std::size_t Max) {
  std::vector<std::string> Out;
  std::optional<ErrorFinder> Errors;
  for (const TuInfo &T : F.Tus) {
    if (T.Status != Status || Out.size() == Max)
      continue;
    if (!Errors)
      Errors.emplace(F);
    std::string Reason = Errors->firstError(T.File);
    Out.push_back(T.File + ": " + (Reason.empty() ? "no reason recorded" : Reason));
  }
  return Out;
}

/// A note when TUs stopped at a missing header that is in the tree: "'X' file not found" while
/// X is a project file means a build step that puts it on the include path has not run.
void noteHeadersInTree(const ExtractResult &R, std::ostream &Err) {
  static constexpr std::string_view Tail = "' file not found";
  std::map<std::string, unsigned> Stopped; // include spelling -> TUs whose first error it is
  std::optional<ErrorFinder> Errors;
  for (const TuInfo &T : R.Result.Tus) {
    if (T.Status == "ok")
      continue;
    if (!Errors)
      Errors.emplace(R.Result);
    const std::string Reason = Errors->firstError(T.File);
    const std::size_t End = Reason.find(Tail);
    if (Reason.starts_with("'") && End != std::string::npos)
      ++Stopped[Reason.substr(1, End - 1)];
  }
  if (Stopped.empty())
    return;
  std::set<std::string> Spellings;
  for (const auto &[Spelling, Count] : Stopped)
    Spellings.insert(Spelling);
  const std::map<std::string, std::string> Found = findInTree(R.RootDir, Spellings);
  if (Found.empty())
    return;
  unsigned Tus = 0;
  for (const auto &[Spelling, Path] : Found)
    Tus += Stopped.at(Spelling);
  Err << "seams: note: " << plural(Tus, "TU", "TUs")
      << " stopped at a header that is in the project (" << Found.begin()->first << " is "
      << Found.begin()->second;
  if (Found.size() > 1)
    Err << ", and " << (Found.size() - 1) << " more";
  Err << "): the build puts it on the include path in a step that has not run (copying or "
         "generating headers) or that this CMake does not apply; build the project, then "
         "extract again (docs/EXTRACTION.md)\n";
}

} // namespace

void printShardBalance(const ExtractStats &S, std::ostream &Err) {
  auto [Low, High] = std::minmax_element(S.ShardCosts.begin(), S.ShardCosts.end());
  Err << "shards by estimated cost (source bytes): ";
  for (std::size_t I = 0; I < S.ShardCosts.size(); ++I)
    Err << (I ? ", " : "") << S.ShardTus[I] << " TUs/" << S.ShardCosts[I];
  double Spread = *Low ? static_cast<double>(*High) / static_cast<double>(*Low) : 0.0;
  Err << "; heaviest/lightest " << std::fixed << std::setprecision(2) << Spread << std::defaultfloat
      << "\n";
}

void printExtractSummary(const ExtractResult &R, const std::string &Where, bool Quiet,
                         std::ostream &Err) {
  const ExtractStats &S = R.Stats;
  unsigned Bad = S.WithErrors + S.Failed;
  std::vector<std::string> Dropped; // seams' own losses (FactsBuilder::finish)
  for (const Diagnostic &D : R.Result.Diagnostics)
    if (D.File.empty() && D.Severity == "warning")
      Dropped.push_back(D.Message);
  bool Lost = S.Failed || S.SkippedEntries || S.OutsideRoot || !Dropped.empty();
  if (Quiet && !Bad && !Lost)
    return;
  Err << (S.Tus - S.Failed) << "/" << S.Tus << " TUs parsed";
  if (Bad)
    Err << ", " << Bad << " with errors (" << S.Failed << " failed)";
  Err << " [" << S.Parsed << " parsed, " << S.FromCache << " from cache";
  if (S.FilteredOut)
    Err << ", " << S.FilteredOut << " left out by --include/--exclude";
  if (S.GeneratedOutsideRoot)
    Err << ", " << S.GeneratedOutsideRoot << " generated into the build directory, set apart";
  if (S.DuplicateEntries)
    Err << ", " << S.DuplicateEntries
        << " duplicate database entries (the first for a file is used)";
  Err << "]\n";
  if (!Quiet && !S.ShardCosts.empty())
    printShardBalance(S, Err);
  if (!Quiet && !S.SystemDirectories.empty()) {
    const std::size_t N = S.SystemDirectories.size();
    Err << "third-party: " << N << (N == 1 ? " directory" : " directories")
        << " under the root included with -isystem, analyzed as external code (";
    for (std::size_t I = 0; I < std::min<std::size_t>(N, 3); ++I)
      Err << (I ? ", " : "") << S.SystemDirectories[I] << "/";
    Err << (N > 3 ? ", ...)\n" : ")\n");
  }
  if (!Quiet && !S.StagedDirectories.empty()) {
    const std::size_t N = S.StagedDirectories.size();
    unsigned Copies = 0;
    for (const auto &[Dir, Count] : S.StagedDirectories)
      Copies += Count;
    Err << "staged headers: " << plural(Copies, "header", "headers") << " the build copied into ";
    for (std::size_t I = 0; I < std::min<std::size_t>(N, 3); ++I)
      Err << (I ? ", " : "") << S.StagedDirectories[I].first << "/";
    Err << (N > 3 ? ", ..." : "")
        << (Copies == 1 ? " read as the file it copies\n" : " read as the files they copy\n");
  }
  if (!Quiet && !S.BundledDirectories.empty()) {
    const std::size_t N = S.BundledDirectories.size();
    Err << "bundled code? " << plural(N, "directory", "directories")
        << (N == 1 ? " under the root holds a license of its own and is"
                   : " under the root hold a license of their own and are")
        << " analyzed as the project's code (";
    for (std::size_t I = 0; I < std::min<std::size_t>(N, 3); ++I)
      Err << (I ? ", " : "") << S.BundledDirectories[I] << "/";
    Err << (N > 3 ? ", ...)" : ")") << ": --exclude '" << S.BundledDirectories.front()
        << "/**' leaves one out\n";
  }
  if (!Quiet && (S.PchBuilt || S.PchFailed)) {
    Err << "prefix PCH (--pch): " << S.PchBuilt << " built, " << S.WithPch
        << " TUs parsed with one";
    if (S.PchFailed)
      Err << "; " << S.PchFailed << " prefix(es) parsed by each TU instead: " << S.PchProblem;
    Err << "\n";
  }
  if (!Lost && !Bad)
    return;
  // Every loss is counted here with its first reasons, not only recorded in the facts.
  constexpr std::size_t Max = 3;
  auto Section = [&](unsigned Count, const char *What, const std::vector<std::string> &Reasons) {
    if (!Count)
      return;
    Err << "seams: warning: " << Count << " " << What << "\n";
    for (const auto &Line : Reasons)
      Err << "  " << Line << "\n";
    if (Count > Reasons.size())
      Err << "  ... and " << (Count - Reasons.size()) << " more\n";
  };
  Section(S.Failed,
          S.Failed == 1 ? "TU failed: its code has no facts"
                        : "TUs failed: their code has no facts",
          tuReasons(R.Result, "failed", Max));
  Section(S.WithErrors,
          S.WithErrors == 1 ? "TU parsed with errors: its facts may be incomplete"
                            : "TUs parsed with errors: their facts may be incomplete",
          tuReasons(R.Result, "errors", Max));
  std::vector<std::string> Skipped;
  for (const Diagnostic &D : R.Result.Diagnostics)
    if (D.File == "compile_commands.json" && Skipped.size() < Max)
      Skipped.push_back(D.Message);
  Section(S.SkippedEntries,
          S.SkippedEntries == 1 ? "compile database entry skipped"
                                : "compile database entries skipped",
          Skipped);
  Section(S.OutsideRoot,
          S.OutsideRoot == 1 ? "source outside the project root, not analyzed (see --root)"
                             : "sources outside the project root, not analyzed (see --root)",
          S.OutsideRootSamples);
  Section(static_cast<unsigned>(Dropped.size()), "loss in the facts themselves", Dropped);
  if (!Where.empty())
    Err << "  every diagnostic is in \"diagnostics\" in " << Where << "\n";
  if (Bad && !R.RootDir.empty())
    noteHeadersInTree(R, Err);
}

std::optional<std::string> lossyFactsReason(const ExtractResult &R, bool Sharded) {
  const ExtractStats &S = R.Stats;
  if (S.Tus == 0 && !Sharded)
    return S.SkippedEntries + S.OutsideRoot + S.FilteredOut + S.GeneratedOutsideRoot == 0
               ? "the compile database lists no source, so there is nothing to analyze"
               : "no source of the compile database is a project file, so there is nothing to "
                 "analyze: check -p, --root and --include/--exclude";
  if (S.Tus > 0 && R.Result.Files.empty())
    return "no project file could be analyzed: every TU failed (reasons above)";
  if (2 * S.Failed > S.Tus)
    return std::to_string(S.Failed) + " of " + plural(S.Tus, "TU", "TUs") +
           " failed, more than half: the facts would not describe the project (reasons "
           "above; fix the compile database or add flags with --extra-arg)";
  return std::nullopt;
}

void addExtractOptions(CLI::App &Sub, ExtractArgs &A) {
  ExtractOptions &O = A.Options;
  Sub.add_option("-p,--build-path", O.Database,
                 "Build directory holding compile_commands.json, or the file itself");
  Sub.add_option(
      "-j,--jobs", O.Jobs,
      "Parallel translation units, and clustering runs where a command clusters (default: all "
      "cores; results do not depend on it)");
  Sub.add_option("--root", O.Root,
                 "Project root: files outside it are external (default: derived from the "
                 "database); without -p, analyze every source under it");
  Sub.add_option("--include", O.Include, "Glob of project files (repeatable)");
  Sub.add_option("--exclude", O.Exclude,
                 "Glob of files to treat as external, e.g. third_party/** (repeatable)");
  Sub.add_option("--extra-arg", O.ExtraArgs, "Extra compiler argument (repeatable)");
  Sub.add_option("--cache-dir", O.CacheDir,
                 "Per-TU cache directory (default: <build-dir>/.seams-cache)");
  Sub.add_flag("--no-cache", A.NoCache, "Neither read nor write the cache");
  Sub.add_option("--max-samples", O.MaxSamples, "Sample locations kept per edge (0: all)")
      ->capture_default_str();
  Sub.add_option("--db-wrapper", O.DatabaseWrappers,
                 "Class whose methods take a table name as first argument (default: Database)");
  Sub.add_option("--claim-group", O.ClaimGroup,
                 "TUs per claim group: each project header is analyzed once per group; shards "
                 "take whole groups (use the same value for shards and full runs)")
      ->capture_default_str();
  Sub.add_flag("--pch", O.Pch,
               "Share each forced-include prefix (-include, e.g. CMake's precompiled header) "
               "through one Clang PCH per set of flags; same facts (docs/EXTRACTION.md)");
  Sub.add_flag("--strict", A.Strict, "Exit 3 when any translation unit has errors");
  Sub.add_flag("-q,--quiet", A.Quiet, "No progress line or summary");
  Sub.add_option("flags", A.Flags, "Compiler flags after --, for use without -p");
}

ExtractResult runExtraction(ExtractArgs &A, const std::string &Where, std::ostream &Err) {
  ExtractOptions &O = A.Options;
  if (O.Database.empty() && O.Root.empty())
    throw Error("give a compile database (-p <build-dir>) or a source tree (--root <dir>)");
  O.NoDatabase = O.Database.empty();
  O.ExtraArgs.insert(O.ExtraArgs.end(), A.Flags.begin(), A.Flags.end());
  O.UseCache = !A.NoCache;
  if (!A.Shard.empty())
    parseShard(A.Shard, O);
  ProgressLine Line(Err, ProgressLine::modeFor(!A.Quiet));
  ExtractResult R =
      extract(O, [&](const ExtractProgress &P) { Line.update(P.Done, P.Total, P.Failed); });
  Line.finish();
  std::optional<std::string> Refused = lossyFactsReason(R, O.ShardCount > 1);
  printExtractSummary(R, Refused ? "" : Where, A.Quiet, Err); // refused facts are not written
  for (const auto &W : R.Stats.CacheWarnings)
    Err << "seams: warning: cache: " << W << "\n";
  if (Refused)
    throw Error(*Refused);
  return R;
}

bool strictFailure(const ExtractArgs &A, const ExtractResult &R) {
  auto IsError = [](const Diagnostic &D) { return D.Severity == "error" || D.Severity == "fatal"; };
  return A.Strict &&
         (R.Stats.WithErrors + R.Stats.Failed > 0 ||
          std::any_of(R.Result.Diagnostics.begin(), R.Result.Diagnostics.end(), IsError));
}

Command extractCommand() {
  return {"extract", "Extract typed symbol-level dependency facts from a compile database",
          [](CLI::App &Sub) -> Runner {
            auto A = std::make_shared<ExtractArgs>();
            auto Output = std::make_shared<std::string>("facts.json");
            addExtractOptions(Sub, *A);
            Sub.add_option("-o,--output", *Output, "Facts file to write ('-': standard output)")
                ->capture_default_str();
            Sub.add_option(
                "--shard", A->Shard,
                "Extract only shard K of N (K/N) and write partial facts for `seams merge`");
            return [A, Output](std::ostream &Out, std::ostream &Err) {
              return runExtract(*A, *Output, Out, Err);
            };
          }};
}

Command mergeCommand() {
  return {"merge", "Merge partial facts from `seams extract --shard K/N` runs into one facts file",
          [](CLI::App &Sub) -> Runner {
            auto Inputs = std::make_shared<std::vector<std::string>>();
            auto Output = std::make_shared<std::string>("facts.json");
            auto MaxSamples = std::make_shared<unsigned>(8);
            Sub.add_option("inputs", *Inputs, "Partial facts files")->required();
            Sub.add_option("-o,--output", *Output, "Facts file to write ('-': standard output)")
                ->capture_default_str();
            Sub.add_option("--max-samples", *MaxSamples, "Sample locations kept per edge (0: all)")
                ->capture_default_str();
            return [=](std::ostream &Out, std::ostream &) {
              std::vector<Facts> Parts;
              for (const auto &In : *Inputs)
                Parts.push_back(readFactsFile(In));
              emit(mergeFacts(Parts, *MaxSamples), *Output, Out);
              return static_cast<int>(ExitOk);
            };
          }};
}

} // namespace seams
