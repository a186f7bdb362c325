// `seams extract`: runs the collector over every TU of a compile database, in parallel, with
// header claiming and the per-TU cache, and merges the results deterministically.
#include "analyzer/extractor.h"

#include "analyzer/bundled_code.h"
#include "analyzer/collector.h"
#include "analyzer/compile_db.h"
#include "analyzer/prefix_pch.h"
#include "analyzer/shard_plan.h"
#include "analyzer/staged_headers.h"
#include "analyzer/tu_cache.h"
#include "analyzer_identity.h"
#include "graph/model/error.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
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
  /// A hit of the cache index: Result has no facts (they are in the index's merged state).
  bool FromIndex = false;
  std::string Entry;                     ///< The name of its cache entry (TuCache::entryName).
  std::size_t Rank = 0;                  ///< Position among the project TUs of the sorted database.
  std::size_t Group = 0;                 ///< Claim group: Rank / ClaimGroup.
  std::vector<std::string> ProjectReads; ///< The project files Result read, sorted.
  std::string PchKey;                    ///< --pch: the prefix it shares (prefixKey), if any.
  /// --pch: a TU of lower rank in its group has the same prefix, reads every file of it and
  /// reports them, so this one can load the prefix from the PCH.
  bool PchFollower = false;
};

/// What parsing a TU is estimated to cost, the same on every machine of a matrix (no timing, no
/// cache): the size of its source file.
std::uint64_t estimatedCost(const std::string &File) {
  std::error_code EC;
  std::uintmax_t Size = std::filesystem::file_size(File, EC);
  return EC ? 1 : Size + 1;
}

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

/// Saves the run's facts with every file its TUs read (and their own files, which a failed TU
/// may not have read), unless a file changed while the run read it.
std::optional<std::string> storeRun(const TuCache &Cache, const std::vector<std::string> &Parts,
                                    const std::vector<Job> &Jobs, FileHashes &Hashes,
                                    const Facts &Result) {
  std::map<std::string, std::optional<std::uint64_t>> Files;
  for (const auto &J : Jobs)
    for (const auto &R : J.Result->Reads)
      if (auto [It, New] = Files.try_emplace(R.Path, R.Hash); !New && It->second != R.Hash)
        return std::nullopt;
  for (const auto &J : Jobs) {
    std::optional<std::uint64_t> Now = Hashes.hash(J.File);
    if (auto [It, New] = Files.try_emplace(J.File, Now); !New && It->second != Now)
      return std::nullopt;
  }
  return Cache.storeRun(Parts, {Files.begin(), Files.end()}, Result);
}

/// Everything besides a TU's command that shapes its facts. No absolute path: the checkout's own
/// paths are relocated (see cacheRelocation), so one cache serves every clone of the same code.
std::string cacheSalt(const ProjectFilter &Filter, const ExtractOptions &O,
                      const std::vector<std::string> &Exclude) {
  std::string Salt = "seams " SEAMS_VERSION "|analyzer " SEAMS_ANALYZER_IDENTITY;
  for (const auto &G : O.Include)
    Salt += "|+" + G;
  for (const auto &G : Exclude)
    Salt += "|-" + G;
  for (const auto &W : O.DatabaseWrappers)
    Salt += "|db:" + W;
  for (const auto &B : Filter.buildDirectories())
    Salt += "|build:" + B;
  for (const auto &[Copy, Original] : Filter.stagedCopies())
    Salt += "|staged:" + Filter.relative(Copy) + "=" + Filter.relative(Original);
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

/// The facts the index merged for its TU Name, from its entry; nullopt when the entry is gone or
/// has been replaced since (other files read, other files owned).
std::optional<Facts> retiredFacts(const CacheIndex &Index, const std::string &Name,
                                  const TuCache &Cache) {
  const IndexedTu &Tu = Index.Tus.at(Name);
  std::optional<TuResult> Old = Cache.readEntry(Name);
  if (!Old || Old->Owned != Tu.Owned || Old->Reads.size() != Tu.Reads.size())
    return std::nullopt;
  for (std::size_t I = 0; I < Tu.Reads.size(); ++I)
    if (Old->Reads[I].Path != Index.Files[Tu.Reads[I]].first ||
        Old->Reads[I].Hash != Index.Files[Tu.Reads[I]].second)
      return std::nullopt;
  return std::move(Old->Partial);
}

/// Marks the jobs the index knows with unchanged files as hits (FromIndex, Result without facts)
/// and collects the facts of the index's other TUs (changed, or gone from the database) from
/// their entries, to take back from its merged state. False when one cannot be read: the index
/// is then of no use, and no job is marked.
bool useIndex(const CacheIndex &Index, std::vector<Job> &Jobs, const TuCache &Cache,
              FileHashes &Hashes, std::vector<Facts> &Retired) {
  std::vector<char> Same(Index.Files.size());
  for (std::size_t F = 0; F < Index.Files.size(); ++F)
    Same[F] = Hashes.hash(Index.Files[F].first) == Index.Files[F].second ? 1 : 0;
  std::set<std::string> Hits;
  for (auto &J : Jobs) {
    auto It = Index.Tus.find(J.Entry);
    if (It == Index.Tus.end() || Hits.count(J.Entry))
      continue;
    const IndexedTu &Tu = It->second;
    if (Tu.Info.Status != "ok" || // parsed again (runExtraction)
        !std::all_of(Tu.Reads.begin(), Tu.Reads.end(), [&](std::size_t F) { return Same[F]; }))
      continue;
    TuResult R;
    R.Info = Tu.Info;
    for (std::size_t F : Tu.Reads)
      R.Reads.push_back({Index.Files[F].first, Index.Files[F].second});
    R.Owned = Tu.Owned;
    J.Result = std::move(R);
    J.FromIndex = J.FromCache = true;
    Hits.insert(J.Entry);
  }
  for (const auto &[Name, Tu] : Index.Tus) {
    if (Hits.count(Name))
      continue;
    std::optional<Facts> Old = retiredFacts(Index, Name, Cache);
    if (!Old) {
      for (auto &J : Jobs)
        if (J.FromIndex) {
          J.FromIndex = J.FromCache = false;
          J.Result.reset();
        }
      Retired.clear();
      return false;
    }
    Retired.push_back(std::move(*Old));
  }
  return true;
}

/// Saves the cache index: every TU's reads and owned files, and the merged state of their facts.
std::optional<std::string> storeIndex(const TuCache &Cache, const std::vector<std::string> &Parts,
                                      const std::vector<Job> &Jobs,
                                      const std::vector<Diagnostic> &Problems, FactsBuilder State) {
  CacheIndex Index;
  std::map<std::string, std::size_t> FileIds;
  for (const auto &J : Jobs) {
    IndexedTu Tu{J.Result->Info, {}, J.Result->Owned};
    for (const auto &R : J.Result->Reads) {
      auto [It, New] = FileIds.try_emplace(R.Path, Index.Files.size());
      if (New)
        Index.Files.emplace_back(R.Path, R.Hash);
      else if (Index.Files[It->second].second != R.Hash)
        return std::nullopt; // a file changed while the run read it: no index
      Tu.Reads.push_back(It->second);
    }
    Index.Tus.emplace(J.Entry, std::move(Tu));
  }
  Index.Problems = Problems;
  Index.State = std::move(State);
  return Cache.storeIndex(Parts, Index);
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
  // Third-party code the build marks as system headers is external, like --exclude.
  const std::vector<std::string> SystemDirs =
      systemIncludeDirectories(Db, ProjectFilter(Root, {}, {}));
  std::vector<std::string> Exclude = O.Exclude;
  for (const std::string &D : SystemDirs)
    Exclude.push_back(D + "/**");
  ProjectFilter Filter(Root, O.Include, Exclude);
  const std::vector<std::string> BuildDirs = buildDirectories(Db);
  Filter.setBuildDirectories(BuildDirs);
  {
    std::vector<std::string> Sources;
    for (const auto &Cmd : Db.Commands)
      Sources.push_back(Cmd.Filename);
    Filter.setStagedCopies(
        stagedHeaderCopies(projectIncludeDirectories(Db, Filter), Sources, Filter));
  }
  if (O.ShardCount == 0 || O.ShardIndex == 0 || O.ShardIndex > O.ShardCount)
    throw Error("--shard K/N needs 1 <= K <= N");
  if (O.ClaimGroup == 0)
    throw Error("--claim-group needs at least 1 TU per group");

  // The TUs: project sources only, ranked by their position in sorted order, in claim groups of
  // consecutive ranks; a shard takes whole groups, balanced by estimated cost.
  ExtractResult Out;
  Out.Stats.SystemDirectories = SystemDirs;
  Out.Stats.StagedDirectories = stagedDirectories(Filter.stagedCopies(), Filter);
  Out.Stats.SkippedEntries = static_cast<unsigned>(Db.Problems.size());
  Out.Stats.DuplicateEntries = Db.DuplicateEntries;
  std::vector<const clang::tooling::CompileCommand *> Project;
  for (const auto &Cmd : Db.Commands) {
    if (Filter.projectPath(Cmd.Filename).empty()) {
      const std::string &File = Cmd.Filename;
      if (!Filter.relative(Cmd.Filename).empty()) {
        ++Out.Stats.FilteredOut;
      } else if (std::any_of(BuildDirs.begin(), BuildDirs.end(),
                             [&](const std::string &B) { return File.starts_with(B + "/"); })) {
        ++Out.Stats.GeneratedOutsideRoot; // build output, as a build directory in the root is
      } else if (Out.Stats.OutsideRoot++ < 3) {
        Out.Stats.OutsideRootSamples.push_back(Cmd.Filename);
      }
      continue;
    }
    Project.push_back(&Cmd);
  }
  std::vector<unsigned> ShardOfGroup;
  if (O.ShardCount > 1) {
    std::vector<std::uint64_t> GroupCosts((Project.size() + O.ClaimGroup - 1) / O.ClaimGroup, 0);
    for (std::size_t P = 0; P < Project.size(); ++P)
      GroupCosts[P / O.ClaimGroup] += estimatedCost(Project[P]->Filename);
    ShardOfGroup = balanceShards(GroupCosts, O.ShardCount);
    Out.Stats.ShardCosts.assign(O.ShardCount, 0);
    Out.Stats.ShardTus.assign(O.ShardCount, 0);
    for (std::size_t G = 0; G < GroupCosts.size(); ++G) {
      Out.Stats.ShardCosts[ShardOfGroup[G]] += GroupCosts[G];
      Out.Stats.ShardTus[ShardOfGroup[G]] += static_cast<unsigned>(
          std::min<std::size_t>(O.ClaimGroup, Project.size() - G * O.ClaimGroup));
    }
  }
  std::vector<Job> Jobs;
  for (std::size_t P = 0; P < Project.size(); ++P) {
    std::size_t Group = P / O.ClaimGroup;
    if (O.ShardCount > 1 && ShardOfGroup[Group] != O.ShardIndex - 1)
      continue;
    const auto &Cmd = *Project[P];
    Jobs.push_back({Cmd.Filename,
                    Cmd.Directory,
                    adjustCommand(Cmd, O.NoDatabase ? std::vector<std::string>() : O.ExtraArgs),
                    std::nullopt,
                    false,
                    false,
                    {},
                    P,
                    Group,
                    {},
                    {},
                    false});
  }
  std::optional<PrefixPchs> Pchs;
  if (O.Pch) {
    Pchs.emplace(Filter);
    std::set<std::pair<std::size_t, std::string>> Leaders; // (group, prefix) seen at a lower rank
    for (auto &J : Jobs) {
      J.PchKey = prefixKey(J.Args, J.File, J.Directory);
      J.PchFollower = !J.PchKey.empty() && !Leaders.emplace(J.Group, J.PchKey).second;
    }
  }

  unsigned Threads = O.Jobs ? O.Jobs : std::max(1u, std::thread::hardware_concurrency());
  std::string CacheDir = O.CacheDir.empty() ? Db.BuildDir + "/.seams-cache" : O.CacheDir;
  TuCache Cache(CacheDir, cacheSalt(Filter, O, Exclude), cacheRelocation(Filter, Db));
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
  auto ProjectReads = [&](Job &J) {
    J.ProjectReads.clear();
    for (const auto &R : J.Result->Reads)
      if (!Filter.projectPath(R.Path).empty())
        J.ProjectReads.push_back(R.Path);
  };

  // 0. The whole run from the cache: same TUs and options, every file read unchanged.
  std::vector<std::string> RunParts = {
      "shard " + std::to_string(O.ShardIndex) + "/" + std::to_string(O.ShardCount),
      "group " + std::to_string(O.ClaimGroup), "samples " + std::to_string(O.MaxSamples),
      "root " + Filter.displayName()};
  for (const auto &P : Db.Problems)
    RunParts.push_back("problem " + P.File + ":" + std::to_string(P.Line) + ":" + P.Severity + ":" +
                       P.Message);
  for (const auto &J : Jobs) {
    RunParts.push_back("tu " + J.File);
    RunParts.push_back(J.Directory);
    RunParts.insert(RunParts.end(), J.Args.begin(), J.Args.end());
  }
  // A TU that failed or parsed with errors is parsed again on every run: the usual cause is a
  // header missing then (generated by the build), and a missing file has no hash to compare.
  auto Clean = [](const std::vector<TuInfo> &Tus) {
    return std::all_of(Tus.begin(), Tus.end(), [](const TuInfo &T) { return T.Status == "ok"; });
  };
  if (O.UseCache)
    if (std::optional<Facts> Whole = Cache.lookupRun(RunParts, Hashes);
        Whole && Clean(Whole->Tus)) {
      Out.Result = std::move(*Whole);
      for (const TuInfo &T : Out.Result.Tus) {
        Out.Stats.WithErrors += T.Status == "errors";
        Out.Stats.Failed += T.Status == "failed";
      }
      Out.Stats.FromCache = Out.Stats.Tus;
      Out.Stats.BundledDirectories = bundledDirectories(Root, Out.Result.Files);
      if (Progress)
        Progress({Out.Stats.Tus, Out.Stats.Tus, Out.Stats.Failed});
      return Out;
    }

  // 1. Cache hits, from the index when there is one: a TU whose files are unchanged is a hit
  // without opening its entry. Every project file they read is claimed at their rank before any
  // parse starts, so a parsed TU reports a header only if it comes before every cached TU
  // reading it.
  std::map<std::size_t, ClaimRegistry> Claims;
  for (const auto &J : Jobs)
    Claims.try_emplace(J.Group);
  CollectOptions Collect;
  Collect.DatabaseWrappers = O.DatabaseWrappers;
  std::vector<std::string> IndexParts(RunParts.begin(), RunParts.begin() + 4);
  std::optional<CacheIndex> Index;
  std::vector<Facts> Retired; // the facts of index TUs that are no longer hits, to take back
  if (O.UseCache) {
    for (auto &J : Jobs)
      J.Entry = Cache.entryName(J.File, J.Directory, J.Args);
    Index = Cache.loadIndex(IndexParts);
    if (Index && !useIndex(*Index, Jobs, Cache, Hashes, Retired))
      Index.reset();
    parallelFor(Jobs.size(), Threads, [&](std::size_t I) {
      if (Jobs[I].FromIndex)
        return;
      Jobs[I].Result = Cache.lookup(Jobs[I].File, Jobs[I].Directory, Jobs[I].Args, Hashes);
      if (Jobs[I].Result && Jobs[I].Result->Info.Status != "ok")
        Jobs[I].Result.reset();
      Jobs[I].FromCache = Jobs[I].Result.has_value();
    });
    for (auto &J : Jobs)
      if (J.FromCache) {
        ProjectReads(J);
        ClaimRegistry Mine = Claims.at(J.Group).as(J.Rank);
        for (const auto &Path : J.ProjectReads)
          Mine.claim(Path);
        Finished(false, J);
      }
  }

  // 2. Parse the misses. A TU claims at its rank: the lowest rank reading a header reports it,
  // whichever thread gets there first. Workers go through whole groups in rank order (see
  // GroupScheduler), so a TU rarely loses a header it already reported.
  auto Parse = [&](Job &J, std::map<std::size_t, ClaimRegistry> &Registries, bool MayUsePch) {
    ClaimRegistry Mine = Registries.at(J.Group).as(J.Rank);
    const PrefixPch *Pch = Pchs && MayUsePch && J.PchFollower
                               ? Pchs->get(J.PchKey, J.File, J.Args, J.Directory)
                               : nullptr;
    J.Result = collectTu(J.File, J.Args, J.Directory, Filter, Mine, Collect,
                         llvm::vfs::createPhysicalFileSystem(), Pch);
    J.FromCache = false;
    ProjectReads(J);
    if (O.UseCache)
      if (auto Warning = Cache.store(J.File, J.Directory, J.Args, *J.Result)) {
        std::lock_guard<std::mutex> Lock(M);
        Out.Stats.CacheWarnings.push_back(*Warning);
      }
  };
  std::map<std::size_t, std::vector<std::size_t>> MissesByGroup;
  for (std::size_t I = 0; I < Jobs.size(); ++I)
    if (!Jobs[I].Result)
      MissesByGroup[Jobs[I].Group].push_back(I);
  std::vector<std::vector<std::size_t>> Queues;
  Queues.reserve(MissesByGroup.size());
  for (auto &[Group, Items] : MissesByGroup)
    Queues.push_back(std::move(Items));
  GroupScheduler Schedule(std::move(Queues), Threads);
  parallelFor(Threads, Threads, [&](std::size_t Worker) {
    while (std::optional<std::size_t> I = Schedule.next(static_cast<unsigned>(Worker))) {
      Parse(Jobs[*I], Claims, true);
      Finished(true, Jobs[*I]);
    }
  });

  // 3. Owners. Each project file read in a group belongs to the lowest rank reading it. A TU that
  // reported other files (it lost a header to a lower rank that came later, or its cache entry
  // was made when other TUs were around) is parsed again with the owners fixed. Which files a
  // TU reads does not depend on what it owns, so one round settles it; a second is a guard
  // against files changed during the run. An index hit parsed again first gives its old facts
  // back (from its entry, before the new parse replaces it).
  for (int Round = 0; Round < 2; ++Round) {
    std::map<std::size_t, std::vector<TuFiles>> Groups;
    for (const auto &J : Jobs)
      Groups[J.Group].push_back({J.Rank, J.File, &J.ProjectReads, &J.Result->Owned});
    std::map<std::size_t, std::map<std::string, std::size_t>> Owners;
    std::map<std::size_t, ClaimRegistry> Fixed;
    for (const auto &[Group, Tus] : Groups) {
      Owners[Group] = fileOwners(Tus);
      for (const auto &[Path, Rank] : Owners[Group])
        Fixed[Group].as(Rank).claim(Path);
    }
    std::vector<std::size_t> Redo;
    for (std::size_t I = 0; I < Jobs.size(); ++I) {
      const Job &J = Jobs[I];
      if (misowned({J.Rank, J.File, &J.ProjectReads, &J.Result->Owned}, Owners.at(J.Group)))
        Redo.push_back(I);
    }
    if (Redo.empty())
      break;
    // Each TU is counted once: a cache hit parsed again is now parsed, a parsed one still is.
    for (std::size_t I : Redo)
      if (Jobs[I].FromCache) {
        --Out.Stats.FromCache;
        ++Out.Stats.Parsed;
      }
    for (std::size_t I : Redo)
      if (Jobs[I].FromIndex) {
        Jobs[I].FromIndex = false;
        std::optional<Facts> Old;
        if (Index)
          Old = retiredFacts(*Index, Jobs[I].Entry, Cache);
        if (Old)
          Retired.push_back(std::move(*Old));
        else
          Index.reset(); // its old facts cannot be taken back: merge everything (step 4)
      }
    // A TU that owns a file of its prefix (the TU of lower rank did not read it: it failed)
    // parses the prefix itself, to report it.
    std::vector<char> MayUsePch(Redo.size(), 1);
    for (std::size_t I = 0; I < Redo.size(); ++I) {
      const Job &J = Jobs[Redo[I]];
      if (const PrefixPch *P =
              Pchs && J.PchFollower ? Pchs->get(J.PchKey, J.File, J.Args, J.Directory) : nullptr)
        for (const FileRead &R : P->Reads)
          if (auto It = Owners.at(J.Group).find(R.Path);
              It != Owners.at(J.Group).end() && It->second == J.Rank)
            MayUsePch[I] = 0;
    }
    parallelFor(Redo.size(), Threads,
                [&](std::size_t I) { Parse(Jobs[Redo[I]], Fixed, MayUsePch[I] != 0); });
    Out.Stats.Reparsed += static_cast<unsigned>(Redo.size());
  }

  // 4. Merge, independent of which thread or cache entry delivered what: the index's merged state
  // with the old facts of every TU that is no longer a hit taken back and their new facts added,
  // or (no index, or it does not fit) every TU's facts.
  FactsBuilder Builder;
  bool Incremental = Index.has_value();
  if (Incremental) {
    Builder = std::move(Index->State);
    Facts OldProblems;
    OldProblems.Diagnostics = Index->Problems;
    Incremental = Builder.subtract(OldProblems);
    for (const Facts &F : Retired)
      Incremental = Incremental && Builder.subtract(F);
    if (Incremental)
      for (const auto &J : Jobs)
        if (!J.FromIndex)
          Builder.merge(J.Result->Partial);
  }
  if (!Incremental) {
    Builder = FactsBuilder();
    // Index hits have no facts here: their entries, or (gone meanwhile) a parse with the owners
    // the index recorded.
    parallelFor(Jobs.size(), Threads, [&](std::size_t I) {
      Job &J = Jobs[I];
      if (!J.FromIndex)
        return;
      std::optional<TuResult> R = Cache.lookup(J.File, J.Directory, J.Args, Hashes);
      if (R && R->Owned == J.Result->Owned && R->Info.Status == "ok") {
        J.Result = std::move(R);
      } else {
        // The files it did not own have a lower-ranked owner (J.Rank > 0 then).
        std::map<std::size_t, ClaimRegistry> Owned;
        for (const auto &Path : J.ProjectReads)
          Owned[J.Group]
              .as(std::binary_search(J.Result->Owned.begin(), J.Result->Owned.end(), Path)
                      ? J.Rank
                      : J.Rank - 1)
              .claim(Path);
        Parse(J, Owned, false);
        std::lock_guard<std::mutex> Lock(M);
        ++Out.Stats.Parsed;
        --Out.Stats.FromCache;
      }
      J.FromIndex = false;
    });
    for (const auto &J : Jobs)
      Builder.merge(J.Result->Partial);
  }
  for (const auto &P : Db.Problems)
    Builder.addDiagnostic(P);
  for (const auto &J : Jobs) {
    Out.Stats.WithErrors += J.Result->Info.Status == "errors";
    Out.Stats.Failed += J.Result->Info.Status == "failed";
    Out.Stats.WithPch += J.Result->UsedPch;
  }
  if (Pchs) {
    Out.Stats.PchBuilt = Pchs->built();
    Out.Stats.PchFailed = Pchs->failed();
    Out.Stats.PchProblem = Pchs->firstProblem();
  }
  bool Partial = O.ShardCount > 1;
  Out.Result = Builder.finish(Filter.displayName(), O.MaxSamples, Partial);
  Out.Stats.BundledDirectories = bundledDirectories(Root, Out.Result.Files);
  if (O.UseCache) {
    if (Clean(Out.Result.Tus)) // never served otherwise (step 0): not worth writing
      if (auto Warning = storeRun(Cache, RunParts, Jobs, Hashes, Out.Result))
        Out.Stats.CacheWarnings.push_back(*Warning);
    if (auto Warning = storeIndex(Cache, IndexParts, Jobs, Db.Problems, std::move(Builder)))
      Out.Stats.CacheWarnings.push_back(*Warning);
  }
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
