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

GroupScheduler::GroupScheduler(std::vector<std::vector<std::size_t>> Groups, unsigned Workers)
    : Held(std::max(1u, Workers)) {
  for (auto &G : Groups)
    if (!G.empty()) {
      Queue Q;
      Q.Back = G.size();
      Q.Items = std::move(G);
      Queues.push_back(std::move(Q));
    }
}

std::optional<std::size_t> GroupScheduler::next(unsigned Worker) {
  std::lock_guard<std::mutex> Lock(M);
  std::optional<std::size_t> &Mine = Held.at(Worker);
  if (Mine && Queues[*Mine].Front < Queues[*Mine].Back)
    return Queues[*Mine].Items[Queues[*Mine].Front++];
  Mine.reset();
  for (std::size_t G = 0; G < Queues.size(); ++G)
    if (!Queues[G].Taken && Queues[G].Front < Queues[G].Back) {
      Queues[G].Taken = true;
      Mine = G;
      return Queues[G].Items[Queues[G].Front++];
    }
  Queue *Most = nullptr;
  for (Queue &Q : Queues)
    if (Q.Back - Q.Front >= MinStolen && (!Most || Q.Back - Q.Front > Most->Back - Most->Front))
      Most = &Q;
  if (!Most)
    return std::nullopt;
  return Most->Items[--Most->Back];
}

} // namespace seams
