// Automatic granularity: consensus across resolutions and seeds (the default), or the resolution
// whose clusterings agree most across seeds and with its neighbours (a stability plateau).
#pragma once

#include "graph/decompose/cluster.h"

#include <cstdint>
#include <span>
#include <vector>

namespace seams {

/// Adjusted Rand index (Hubert and Arabie 1985) of two memberships of the same nodes: 1 for
/// equal partitions, about 0 for independent ones. 1 when both put every node together or
/// every node alone (nothing to disagree on).
double adjustedRand(std::span<const std::uint32_t> A, std::span<const std::uint32_t> B);

/// One resolution of the grid and how stable its clusterings were.
struct ResolutionScore {
  double Resolution = 1.0;
  double Communities = 0; ///< Mean number of communities over the seeds.
  double Stability = 0;   ///< Mean ARI between the seeds' clusterings at this resolution.
  double Plateau = 0;     ///< Mean ARI of its medoid with the neighbouring resolutions' medoids.
  bool Eligible = false;  ///< Between 2 communities and a mean community of MinMeanSize nodes.
};

struct GranularityChoice {
  double Resolution = 1.0;
  std::vector<std::uint32_t> Membership; ///< The medoid clustering at that resolution.
  std::vector<ResolutionScore> Profile;  ///< The grid, in increasing resolution.
};

struct GranularityOptions {
  /// The grid: MinResolution × Step^k up to MaxResolution.
  double MinResolution = 0.5;
  double MaxResolution = 8;
  double Step = 1.41421356237309515; // sqrt(2)
  unsigned Seeds = 5;                ///< Clusterings per resolution: Base.Seed, Base.Seed + 1, ...
  double MinMeanSize = 3; ///< Finer partitions (mean community below this) are not services.
  unsigned Jobs = 0;      ///< clusterMany threads; the result does not depend on it.
  /// The coarsest eligible level whose Stability + Plateau is within this of the best wins
  /// (0: the best itself).
  double Tolerance = 0;
  /// Clusterings per level merged by consensus (consensusCluster) for the result; 0 or 1: the
  /// level's medoid.
  unsigned Consensus = 0;
};

/// Clusters G at every resolution of the grid with O.Seeds seeds (clusterMany) and picks the
/// eligible resolution with the highest Stability + Plateau (ties: the lower resolution): a
/// level the graph itself keeps whatever the random order and small changes of γ, rather than a
/// constant that suits one code base. Without an eligible level, Base.Resolution is used. The
/// result is the medoid clustering (highest mean ARI to the other seeds, first on a tie), so it
/// is deterministic for Base.Seed.
GranularityChoice chooseGranularity(const WeightedGraph &G, const ClusterOptions &Base,
                                    const GranularityOptions &O = {});

/// Consensus over seeds (Lancichinetti and Fortunato 2012, on the graph's edges): clusters G
/// with Runs seeds (Base.Seed, Base.Seed + 1, ...), weights each edge of G by the share of the
/// runs that put its ends together, drops edges below Threshold (a node keeps its heaviest
/// edge), and clusters that graph again with the same seeds, until every run agrees or after
/// MaxRounds (then the medoid of the last round). It removes the seed noise of one run: the
/// result depends on Base.Seed only through the set of seeds. Runs <= 1: cluster(G, Base).
std::vector<std::uint32_t> consensusCluster(const WeightedGraph &G, const ClusterOptions &Base,
                                            unsigned Runs, unsigned Jobs, double Threshold = 0.5,
                                            unsigned MaxRounds = 8);

/// The grid of resolutions Min × Step^k up to Max (one point when Step <= 1).
std::vector<double> resolutionGrid(double Min, double Max, double Step);

struct ResolutionConsensusOptions {
  /// The grid: MinResolution × Step^k up to MaxResolution, symmetric around γ = 1 in log space
  /// so that it leans neither to coarse nor to fine levels.
  double MinResolution = 0.125;
  double MaxResolution = 8;
  double Step = 1.41421356237309515; // sqrt(2)
  unsigned Seeds = 5;                ///< Clusterings per resolution: Base.Seed, Base.Seed + 1, ...
  double Threshold = 0.5;            ///< Pairs joined by fewer runs than this share are cut.
  unsigned Jobs = 0;                 ///< clusterMany threads; the result does not depend on it.
};

/// Consensus across resolutions (after Jeub, Sporns and Fortunato 2018, "Multiresolution
/// consensus clustering in networks"): clusters G at every resolution of the grid with O.Seeds
/// seeds each, weights each edge of G by the share of all those runs that put its ends together,
/// cuts the pairs joined by fewer than O.Threshold of them (a node keeps its heaviest edge), and
/// clusters what is left by consensusCluster at Base.Resolution. Units that stay together from
/// coarse to fine levels form a service; the number of services comes from the graph rather
/// than from one resolution, and the one resolution left barely moves it (the consensus graph
/// is nearly cut into its blocks already). Deterministic for Base.Seed whatever O.Jobs.
std::vector<std::uint32_t> resolutionConsensus(const WeightedGraph &G, const ClusterOptions &Base,
                                               const ResolutionConsensusOptions &O = {});

} // namespace seams
