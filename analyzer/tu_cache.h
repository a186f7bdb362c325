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

class TuCache {
public:
  /// Dir is created on first store. Salt names everything besides the command that shapes the
  /// facts (tool version, root, filters): entries made under another salt are never used.
  TuCache(std::string Dir, std::string Salt) : Dir(std::move(Dir)), Salt(std::move(Salt)) {}

  /// The cached result for this command, if every file it read still has the same contents.
  std::optional<TuResult> lookup(const std::string &File, const std::vector<std::string> &Args,
                                 FileHashes &Hashes) const;
  /// Saves R atomically; a cache that cannot be written only costs time, so failures are
  /// returned as a message, not thrown.
  std::optional<std::string> store(const std::string &File, const std::vector<std::string> &Args,
                                   const TuResult &R) const;

private:
  std::string entryPath(const std::string &File, const std::vector<std::string> &Args) const;
  std::string Dir, Salt;
};

} // namespace seams
