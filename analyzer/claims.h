// Header claiming: of the TUs that read a project header, one reports its declarations and the
// others skip them (and their function bodies), so every header is analyzed once per claim group.
#pragma once

#include <cstddef>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace seams {

/// Thread-safe record of which TU holds each project file (absolute path), shared by the TUs of
/// one claim group. Copies share the record; `as(Rank)` gives the view a TU claims through.
///
/// A ranked claim wins over every higher rank, whenever it comes: a header's content depends on
/// the macros of the TU that reads it, so the reporter must not depend on which TU got there
/// first (thread scheduling). The extractor ranks TUs by their position in the sorted compile
/// database and re-parses a TU that lost a file it had already reported. A default view is
/// unranked: it gets only what nobody holds (first come, first served).
class ClaimRegistry {
public:
  static constexpr std::size_t Unranked = std::numeric_limits<std::size_t>::max();

  ClaimRegistry() : Shared(std::make_shared<Table>()) {}

  /// The same record, claiming for the TU at Rank (lower ranks win).
  ClaimRegistry as(std::size_t Rank) const {
    ClaimRegistry View(*this);
    View.Rank = Rank;
    return View;
  }

  /// True if this view's TU now holds Path: nobody held it, a higher rank held it (taken over),
  /// or this rank already held it.
  bool claim(const std::string &Path) {
    std::lock_guard<std::mutex> Lock(Shared->M);
    auto [It, Inserted] = Shared->Holder.try_emplace(Path, Rank);
    if (Inserted)
      return true;
    if (Rank < It->second || (Rank == It->second && Rank != Unranked)) {
      It->second = Rank;
      return true;
    }
    return false;
  }

  /// The rank holding Path; Unranked when nobody or an unranked view does.
  std::size_t holder(const std::string &Path) const {
    std::lock_guard<std::mutex> Lock(Shared->M);
    auto It = Shared->Holder.find(Path);
    return It == Shared->Holder.end() ? Unranked : It->second;
  }

private:
  struct Table {
    std::mutex M;
    std::map<std::string, std::size_t> Holder;
  };
  std::shared_ptr<Table> Shared;
  std::size_t Rank = Unranked;
};

} // namespace seams
