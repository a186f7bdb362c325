// Which TUs a run extracts and which TU reports each project header: claim groups, shards
// balanced by estimated cost, and the deterministic owner of every header.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace seams {

/// TUs per claim group by default. Within a group every project header is reported by one TU;
/// groups are independent, so shards made of whole groups merge into exactly the full run.
inline constexpr unsigned DefaultClaimGroup = 16;

/// Assigns each group (by index, with its estimated cost) to one of Shards shards, 0-based:
/// the costliest group first, to the least loaded shard (ties: the lower index). Depends only on
/// the costs, so every machine of a matrix computes the same plan.
std::vector<unsigned> balanceShards(const std::vector<std::uint64_t> &GroupCosts, unsigned Shards);

/// One TU of a claim group, for ownerships: its rank (position in the sorted database), the
/// project files it read and those it reported.
struct TuFiles {
  std::size_t Rank = 0;
  std::string MainFile;
  const std::vector<std::string> *Read = nullptr;  ///< Project files read, absolute.
  const std::vector<std::string> *Owned = nullptr; ///< Project files reported, absolute.
};

/// The owner of each project file read in one group: the lowest rank reading it.
std::map<std::string, std::size_t> fileOwners(const std::vector<TuFiles> &Group);

/// True when T reported other files than those it owns (its own main file aside): a TU that lost
/// a race for a header, or a cached entry made when another TU set owned its headers.
bool misowned(const TuFiles &T, const std::map<std::string, std::size_t> &Owners);

/// Hands out the TUs to parse so that each claim group is worked through in rank order by one
/// worker while untaken groups remain: a lower rank then reads a header before any higher rank of
/// its group, and no TU has to be parsed again for a header it lost. Only when every group with
/// work left is taken does an idle worker take the last TU of the group with the most left, if
/// at least MinStolen are left (it may lose a header to that group's worker, and is then parsed
/// again: not worth it for the last few TUs of a group).
class GroupScheduler {
public:
  /// Groups: the items of each group in rank order.
  GroupScheduler(std::vector<std::vector<std::size_t>> Groups, unsigned Workers);
  /// The next item for Worker (0-based); nullopt when nothing is left. Thread-safe.
  std::optional<std::size_t> next(unsigned Worker);

private:
  static constexpr std::size_t MinStolen = 4;
  struct Queue {
    std::vector<std::size_t> Items;
    std::size_t Front = 0, Back = 0; ///< Items[Front, Back) are left.
    bool Taken = false;
  };
  std::mutex M;
  std::vector<Queue> Queues;
  std::vector<std::optional<std::size_t>> Held; ///< Per worker: the group it works through.
};

} // namespace seams
