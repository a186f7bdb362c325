// `seams extract` and `seams merge`: the facts file from a compile database, or from shards.
#include "analyzer/extractor.h"
#include "cli/commands.h"
#include "cli/extract_options.h"
#include "cli/progress.h"
#include "graph/model/error.h"
#include "graph/model/facts_json.h"

#include <memory>
#include <ostream>
#include <sstream>

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

} // namespace

void addExtractOptions(CLI::App &Sub, ExtractArgs &A) {
  ExtractOptions &O = A.Options;
  Sub.add_option("-p,--build-path", O.Database,
                 "Build directory holding compile_commands.json, or the file itself");
  Sub.add_option("-j,--jobs", O.Jobs, "Parallel translation units (default: all cores)");
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
  const ExtractStats &S = R.Stats;
  unsigned Bad = S.WithErrors + S.Failed;
  if (!A.Quiet || Bad) {
    Err << (S.Tus - S.Failed) << "/" << S.Tus << " TUs parsed";
    if (Bad)
      Err << ", " << Bad << " with errors (" << S.Failed << " failed): see \"diagnostics\" in "
          << Where;
    Err << " [" << S.Parsed << " parsed, " << S.FromCache << " from cache]\n";
  }
  for (const auto &W : S.CacheWarnings)
    Err << "seams: warning: cache: " << W << "\n";
  return R;
}

bool strictFailure(const ExtractArgs &A, const ExtractResult &R) {
  return A.Strict && (R.Stats.WithErrors + R.Stats.Failed > 0 || !R.Result.Diagnostics.empty());
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
