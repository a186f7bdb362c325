// Header claiming: the first TU to enter a project header reports its declarations; the others
// skip them (and their function bodies), so every header is analyzed once per run.
#pragma once

#include <mutex>
#include <set>
#include <string>

namespace seams {

/// Thread-safe set of claimed files (absolute paths), shared by all TUs of one run.
class ClaimRegistry {
public:
  /// True if this call claimed Path (nobody had it before).
  bool claim(const std::string &Path) {
    std::lock_guard<std::mutex> Lock(M);
    return Claimed.insert(Path).second;
  }
  void release(const std::string &Path) {
    std::lock_guard<std::mutex> Lock(M);
    Claimed.erase(Path);
  }

private:
  std::mutex M;
  std::set<std::string> Claimed;
};

} // namespace seams
