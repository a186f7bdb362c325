// Claim groups, cost-balanced shards and header owners.
#include "analyzer/shard_plan.h"

#include <algorithm>
#include <numeric>

namespace seams {

std::vector<unsigned> balanceShards(const std::vector<std::uint64_t> &GroupCosts, unsigned Shards) {
  std::vector<std::size_t> Order(GroupCosts.size());
  std::iota(Order.begin(), Order.end(), 0);
  std::stable_sort(Order.begin(), Order.end(),
                   [&](std::size_t A, std::size_t B) { return GroupCosts[A] > GroupCosts[B]; });
  std::vector<std::uint64_t> Load(std::max(1u, Shards), 0);
  std::vector<unsigned> Out(GroupCosts.size(), 0);
  for (std::size_t G : Order) {
    auto Least = std::min_element(Load.begin(), Load.end());
    Out[G] = static_cast<unsigned>(Least - Load.begin());
    *Least += GroupCosts[G];
  }
  return Out;
}

std::map<std::string, std::size_t> fileOwners(const std::vector<TuFiles> &Group) {
  std::map<std::string, std::size_t> Owners;
  for (const TuFiles &T : Group)
    for (const std::string &Path : *T.Read) {
      auto [It, Inserted] = Owners.try_emplace(Path, T.Rank);
      if (!Inserted)
        It->second = std::min(It->second, T.Rank);
    }
  return Owners;
}

bool misowned(const TuFiles &T, const std::map<std::string, std::size_t> &Owners) {
  std::set<std::string> Expected;
  for (const std::string &Path : *T.Read)
    if (Owners.at(Path) == T.Rank)
      Expected.insert(Path);
  std::set<std::string> Actual(T.Owned->begin(), T.Owned->end());
  Expected.erase(T.MainFile);
  Actual.erase(T.MainFile);
  return Expected != Actual;
}

} // namespace seams
