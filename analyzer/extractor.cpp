// `seams extract`: runs the collector over every TU of a compile database, in parallel, with
// header claiming and the per-TU cache, and merges the results deterministically.
#include "analyzer/extractor.h"

#include "analyzer/collector.h"
#include "analyzer/compile_db.h"
#include "analyzer/tu_cache.h"
#include "analyzer_identity.h"
#include "graph/model/error.h"

#include <atomic>
#include <filesystem>
#include <set>
#include <thread>

namespace seams {
namespace {

struct Job {
  std::string File;
  std::string Directory;
  std::vector<std::string> Args;
  std::optional<TuResult> Result;
  bool FromCache = false;
};

/// Runs Fn(I) for I in [0, N) on Jobs threads.
void parallelFor(std::size_t N, unsigned Jobs, const std::function<void(std::size_t)> &Fn) {
  std::atomic<std::size_t> Next{0};
  auto Work = [&] {
    for (std::size_t I; (I = Next++) < N;)
      Fn(I);
  };
  std::vector<std::thread> Threads;
  for (unsigned T = 1; T < std::min<std::size_t>(Jobs, N); ++T)
    Threads.emplace_back(Work);
  Work();
  for (auto &T : Threads)
    T.join();
}

/// Everything besides a TU's command that shapes its facts. No absolute path: the checkout's own
/// paths are relocated (see cacheRelocation), so one cache serves every clone of the same code.
std::string cacheSalt(const ProjectFilter &Filter, const ExtractOptions &O) {
  std::string Salt = "seams " SEAMS_VERSION "|analyzer " SEAMS_ANALYZER_IDENTITY;
  for (const auto &G : O.Include)
    Salt += "|+" + G;
  for (const auto &G : O.Exclude)
    Salt += "|-" + G;
  for (const auto &W : O.DatabaseWrappers)
    Salt += "|db:" + W;
  for (const auto &B : Filter.buildDirectories())
    Salt += "|build:" + B;
  return Salt;
}

/// The project root and a build directory outside it are spelled as placeholders in the cache.
PathRelocation cacheRelocation(const ProjectFilter &Filter, const LoadedDatabase &Db) {
  PathRelocation Where;
  Where.add(Filter.root(), "${root}");
  if (Filter.relative(Db.BuildDir).empty() && Db.BuildDir != Filter.root())
    Where.add(Db.BuildDir, "${build}");
  return Where;
}

} // namespace

ExtractResult extract(const ExtractOptions &O, const ProgressFn &Progress) {
  LoadedDatabase Db;
  if (O.NoDatabase) {
    if (O.Root.empty())
      throw Error("--root is required when there is no compile database");
    Db = synthesizeDatabase(O.Root, O.ExtraArgs);
  } else {
    Db = loadCompileDatabase(O.Database);
  }
  std::string Root = O.Root.empty() ? defaultRoot(Db) : canonicalPath(O.Root);
  std::error_code EC;
  if (!std::filesystem::is_directory(Root, EC))
    throw Error(Root + ": the project root is not a readable directory");
  ProjectFilter Filter(Root, O.Include, O.Exclude);
  std::vector<std::string> BuildDirs = {Db.BuildDir};
  for (const auto &Cmd : Db.Commands)
    BuildDirs.push_back(Cmd.Directory);
  Filter.setBuildDirectories(BuildDirs);
  if (O.ShardCount == 0 || O.ShardIndex == 0 || O.ShardIndex > O.ShardCount)
    throw Error("--shard K/N needs 1 <= K <= N");

  // The TUs: project sources only, this shard's share of them (by position in sorted order).
  std::vector<Job> Jobs;
  std::size_t Position = 0;
  ExtractResult Out;
  Out.Stats.SkippedEntries = static_cast<unsigned>(Db.Problems.size());
  Out.Stats.DuplicateEntries = Db.DuplicateEntries;
  for (const auto &Cmd : Db.Commands) {
    if (Filter.projectPath(Cmd.Filename).empty()) {
      if (!Filter.relative(Cmd.Filename).empty()) {
        ++Out.Stats.FilteredOut;
      } else if (Out.Stats.OutsideRoot++ < 3) {
        Out.Stats.OutsideRootSamples.push_back(Cmd.Filename);
      }
      continue;
    }
    if (Position++ % O.ShardCount != O.ShardIndex - 1)
      continue;
    Jobs.push_back({Cmd.Filename, Cmd.Directory,
                    adjustCommand(Cmd, O.NoDatabase ? std::vector<std::string>() : O.ExtraArgs),
                    std::nullopt, false});
  }

  unsigned Threads = O.Jobs ? O.Jobs : std::max(1u, std::thread::hardware_concurrency());
  std::string CacheDir = O.CacheDir.empty() ? Db.BuildDir + "/.seams-cache" : O.CacheDir;
  TuCache Cache(CacheDir, cacheSalt(Filter, O), cacheRelocation(Filter, Db));
  Out.RootDir = Root;
  Out.CacheDir = CacheDir;
  FileHashes Hashes;
  Out.Stats.Tus = static_cast<unsigned>(Jobs.size());
  std::mutex M;
  ExtractProgress Now{0, Out.Stats.Tus, 0};
  auto Finished = [&](bool Parsed, const Job &J) {
    std::lock_guard<std::mutex> Lock(M);
    ++(Parsed ? Out.Stats.Parsed : Out.Stats.FromCache);
    ++Now.Done;
    Now.Failed += J.Result && J.Result->Info.Status == "failed";
    if (Progress)
      Progress(Now);
  };

  // 1. Cache hits. Their headers are claimed before any parse starts.
  ClaimRegistry Claims;
  CollectOptions Collect;
  Collect.DatabaseWrappers = O.DatabaseWrappers;
  if (O.UseCache) {
    parallelFor(Jobs.size(), Threads, [&](std::size_t I) {
      Jobs[I].Result = Cache.lookup(Jobs[I].File, Jobs[I].Directory, Jobs[I].Args, Hashes);
      Jobs[I].FromCache = Jobs[I].Result.has_value();
    });
    for (auto &J : Jobs)
      if (J.FromCache) {
        for (const auto &Path : J.Result->Owned)
          Claims.claim(Path);
        Finished(false, J);
      }
  }

  // 2. Parse the misses.
  auto Parse = [&](Job &J, ClaimRegistry &C) {
    J.Result = collectTu(J.File, J.Args, J.Directory, Filter, C, Collect);
    J.FromCache = false;
    if (O.UseCache)
      if (auto Warning = Cache.store(J.File, J.Directory, J.Args, *J.Result)) {
        std::lock_guard<std::mutex> Lock(M);
        Out.Stats.CacheWarnings.push_back(*Warning);
      }
  };
  std::vector<std::size_t> Misses;
  for (std::size_t I = 0; I < Jobs.size(); ++I)
    if (!Jobs[I].Result)
      Misses.push_back(I);
  parallelFor(Misses.size(), Threads, [&](std::size_t I) {
    Parse(Jobs[Misses[I]], Claims);
    Finished(true, Jobs[Misses[I]]);
  });

  // 3. Orphans: a project header some TU read but none reported, because the cached TU that
  // owned it was re-parsed and no longer includes it. The first TU reading it reports it now.
  for (int Round = 0; Round < 2; ++Round) {
    std::set<std::string> Owned, Orphans;
    for (const auto &J : Jobs)
      Owned.insert(J.Result->Owned.begin(), J.Result->Owned.end());
    std::vector<std::size_t> Redo;
    for (std::size_t I = 0; I < Jobs.size(); ++I) {
      bool Take = false;
      for (const auto &R : Jobs[I].Result->Reads)
        if (!Filter.projectPath(R.Path).empty() && !Owned.count(R.Path) &&
            Orphans.insert(R.Path).second)
          Take = true;
      if (Take)
        Redo.push_back(I);
    }
    if (Redo.empty())
      break;
    ClaimRegistry Fixup;
    for (const auto &Path : Owned)
      Fixup.claim(Path);
    parallelFor(Redo.size(), Threads, [&](std::size_t I) { Parse(Jobs[Redo[I]], Fixup); });
    Out.Stats.Parsed += static_cast<unsigned>(Redo.size());
  }

  // 4. Merge, independent of which thread or cache entry delivered what.
  FactsBuilder Builder;
  for (const auto &P : Db.Problems)
    Builder.addDiagnostic(P);
  for (const auto &J : Jobs) {
    Builder.merge(J.Result->Partial);
    Out.Stats.WithErrors += J.Result->Info.Status == "errors";
    Out.Stats.Failed += J.Result->Info.Status == "failed";
  }
  bool Partial = O.ShardCount > 1;
  Out.Result = Builder.finish(Filter.displayName(), O.MaxSamples, Partial);
  return Out;
}

Facts mergeFacts(const std::vector<Facts> &Parts, unsigned MaxSamples) {
  FactsBuilder Builder;
  std::string Root;
  for (const auto &P : Parts) {
    if (!P.Partial)
      throw Error("only partial facts (from `seams extract --shard K/N`) can be merged exactly");
    if (!Root.empty() && P.Root != Root)
      throw Error("the shards come from different roots: \"" + Root + "\" and \"" + P.Root + "\"");
    Root = P.Root;
    Builder.merge(P);
  }
  return Builder.finish(Root, MaxSamples, false);
}

} // namespace seams
