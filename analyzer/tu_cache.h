// The per-TU cache: a TU whose command line and every file it read are unchanged is not parsed
// again; its facts come from the cache entry written by the run that parsed it.
#pragma once

#include "analyzer/collector.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace seams {

/// Content hashes of files on disk, computed at most once per run and shared by all threads.
class FileHashes {
public:
  /// Hash of Path's current contents; nullopt when it cannot be read.
  std::optional<std::uint64_t> hash(const std::string &Path);

private:
  std::mutex M;
  std::map<std::string, std::optional<std::uint64_t>> Known;
};

/// Spells the paths of one checkout with placeholders, so that a cache entry made in a clone at
/// one path serves a clone of the same contents at another (CI workspaces, restored caches).
class PathRelocation {
public:
  /// Every occurrence of the absolute directory Prefix, as a whole path component, is spelled
  /// Token. Longer prefixes are tried first, so a build directory inside the root may have its own.
  void add(std::string Prefix, std::string Token);
  std::string encode(const std::string &S) const;
  std::string decode(const std::string &S) const;

private:
  std::vector<std::pair<std::string, std::string>> Map; // prefix, token; longest prefix first
};

/// One TU as the cache index knows it: everything the extractor needs of a cache hit except its
/// facts, which are already in the index's merged state.
struct IndexedTu {
  TuInfo Info;
  std::vector<std::size_t> Reads; ///< Positions in CacheIndex::Files.
  std::vector<std::string> Owned; ///< Absolute paths of the project files it reported.
};

/// The cache index: one file mapping each TU's entry to the files it read (with their hashes)
/// and holding the merged facts of all of them with their contribution counts. A warm run with
/// a few changed TUs reads it, takes back the changed TUs' old facts (their entries) and merges
/// their new ones, instead of reading every entry and merging everything again.
struct CacheIndex {
  /// Every file some TU read, absolute, with its hash then.
  std::vector<std::pair<std::string, std::uint64_t>> Files;
  std::map<std::string, IndexedTu> Tus; ///< By entry name (TuCache::entryName).
  std::vector<Diagnostic> Problems;     ///< The database problems merged into State.
  FactsBuilder State;                   ///< Every TU's partial facts and Problems, merged.
};

class TuCache {
public:
  /// Dir is created on first store. Salt names everything besides the command that shapes the
  /// facts (the analyzer's build identity, filters): entries made under another salt are never
  /// used. Paths in keys and entries go through Where, so they hold no absolute checkout path.
  TuCache(std::string Dir, std::string Salt, PathRelocation Where = {})
      : Dir(std::move(Dir)), Salt(std::move(Salt)), Where(std::move(Where)) {}

  /// The cached result for this command, if every file it read still has the same contents.
  std::optional<TuResult> lookup(const std::string &File, const std::string &Directory,
                                 const std::vector<std::string> &Args, FileHashes &Hashes) const;
  /// Saves R atomically (a unique temporary file renamed into place), so concurrent writers
  /// sharing a cache directory never leave a torn entry. A cache that cannot be written only
  /// costs time, so failures are returned as a message, not thrown.
  std::optional<std::string> store(const std::string &File, const std::string &Directory,
                                   const std::vector<std::string> &Args, const TuResult &R) const;

  /// The facts a whole run wrote, if it had the same inputs (Parts: every TU's command and every
  /// option that shapes the facts) and every file it read (Files) still has the same contents:
  /// a warm run with nothing changed reads this one file instead of one entry per TU.
  std::optional<Facts> lookupRun(const std::vector<std::string> &Parts, FileHashes &Hashes) const;
  /// Saves a run's facts with the files it read, atomically like store(). Path of a file that
  /// could not be read: Hash is ignored, the file must stay unreadable.
  std::optional<std::string>
  storeRun(const std::vector<std::string> &Parts,
           const std::vector<std::pair<std::string, std::optional<std::uint64_t>>> &Files,
           const Facts &Result) const;

  /// The name of a TU's entry (a hash of its relocated key): how the index refers to it.
  std::string entryName(const std::string &File, const std::string &Directory,
                        const std::vector<std::string> &Args) const;
  /// The entry named Name, as it is, without checking the files it read (the index did).
  std::optional<TuResult> readEntry(const std::string &Name) const;

  /// The index of runs with the same options (Parts: shard, claim group, ...); nullopt when
  /// there is none or it cannot be read.
  std::optional<CacheIndex> loadIndex(const std::vector<std::string> &Parts) const;
  /// Saves the index atomically, like store().
  std::optional<std::string> storeIndex(const std::vector<std::string> &Parts,
                                        const CacheIndex &Index) const;

private:
  /// The relocated key: schema, salt, file, directory and arguments.
  std::vector<std::string> key(const std::string &File, const std::string &Directory,
                               const std::vector<std::string> &Args) const;
  /// Dir/<hash of Key><Extension>.
  std::string entryPath(const std::vector<std::string> &Key, const char *Extension = ".json") const;
  struct RunFile {
    std::vector<std::string> Key; ///< Schema, salt, the relocated parts.
    std::string Path;
  };
  /// The key of a whole-run file (the run file, the index) and its path.
  RunFile runFile(const char *Schema, const std::vector<std::string> &Parts,
                  const char *Extension) const;
  /// Creates Dir; the problem, or nullopt.
  std::optional<std::string> makeDir() const;
  /// The entry at Path; with Key, only if it was made for Key; with Hashes, only if every file it
  /// read still has the same contents.
  std::optional<TuResult> readEntry(const std::string &Path, const std::vector<std::string> *Key,
                                    FileHashes *Hashes) const;
  std::string Dir, Salt;
  PathRelocation Where;
};

} // namespace seams
