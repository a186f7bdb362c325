// Independent clustering runs (resolutions, seeds, consensus) across threads, with results that
// do not depend on how many threads ran them.
#pragma once

#include "graph/decompose/cluster.h"

#include <cstdint>
#include <span>
#include <vector>

namespace seams {

/// Runs cluster(G, Runs[I]) for every I on up to Jobs threads (0 or 1: on this thread) and
/// returns the memberships in the order of Runs. Each run is deterministic for its options and
/// shares nothing mutable with the others, so the result is byte-identical whatever Jobs: the
/// one place where the clustering goes parallel, so automatic granularity and consensus over
/// seeds cost wall time divided by the cores. An exception in a run is rethrown here (the first
/// by run index) after every thread has stopped.
std::vector<std::vector<std::uint32_t>>
clusterMany(const WeightedGraph &G, std::span<const ClusterOptions> Runs, unsigned Jobs);

} // namespace seams
