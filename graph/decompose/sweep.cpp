// clusterMany: a fixed pool of threads taking run indices from one atomic counter.
#include "graph/decompose/sweep.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

namespace seams {

std::vector<std::vector<std::uint32_t>>
clusterMany(const WeightedGraph &G, std::span<const ClusterOptions> Runs, unsigned Jobs) {
  std::vector<std::vector<std::uint32_t>> Results(Runs.size());
  std::vector<std::exception_ptr> Errors(Runs.size());
  std::atomic<std::size_t> Next{0};
  auto Work = [&] {
    for (std::size_t I = Next++; I < Runs.size(); I = Next++) {
      try {
        Results[I] = cluster(G, Runs[I]);
      } catch (...) {
        Errors[I] = std::current_exception();
      }
    }
  };
  const std::size_t Threads = std::min<std::size_t>(std::max(Jobs, 1U), Runs.size());
  if (Threads <= 1) {
    Work();
  } else {
    std::vector<std::jthread> Pool;
    Pool.reserve(Threads);
    for (std::size_t T = 0; T < Threads; ++T)
      Pool.emplace_back(Work);
  } // the jthreads join here
  for (const std::exception_ptr &E : Errors)
    if (E)
      std::rethrow_exception(E);
  return Results;
}

} // namespace seams
