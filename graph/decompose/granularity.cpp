// Automatic granularity: the resolution whose clusterings agree most across seeds and with the
// neighbouring resolutions (a stability plateau), chosen over a grid with clusterMany.
#include "graph/decompose/granularity.h"

#include "graph/decompose/sweep.h"

#include <algorithm>
#include <unordered_map>

namespace seams {
namespace {

double pairs(double N) { return N * (N - 1) / 2; }

std::size_t communities(std::span<const std::uint32_t> M) {
  return M.empty() ? 0 : *std::max_element(M.begin(), M.end()) + 1;
}

/// M with communities renumbered in order of first appearance, so equal partitions are equal.
std::vector<std::uint32_t> firstSeen(std::vector<std::uint32_t> M) {
  std::unordered_map<std::uint32_t, std::uint32_t> Number;
  for (std::uint32_t &C : M)
    C = Number.emplace(C, static_cast<std::uint32_t>(Number.size())).first->second;
  return M;
}

/// How much runs agree: each run's summed ARI with the others, and the sum over all pairs.
struct Agreement {
  std::vector<double> PerRun;
  double Sum = 0;
  /// The run agreeing most with the others (the first on a tie).
  std::size_t medoid() const {
    return static_cast<std::size_t>(std::max_element(PerRun.begin(), PerRun.end()) -
                                    PerRun.begin());
  }
};

Agreement agreement(std::span<const std::vector<std::uint32_t>> Runs) {
  Agreement A;
  A.PerRun.assign(Runs.size(), 0);
  for (std::size_t S = 0; S < Runs.size(); ++S)
    for (std::size_t T = S + 1; T < Runs.size(); ++T) {
      double Ari = adjustedRand(Runs[S], Runs[T]);
      A.PerRun[S] += Ari;
      A.PerRun[T] += Ari;
      A.Sum += Ari;
    }
  return A;
}

/// G's edges weighted by the share of Runs putting their ends together; pairs below Threshold
/// are cut, but a node whose edges all fall below it keeps its heaviest one.
WeightedGraph coClassification(const WeightedGraph &G,
                               std::span<const std::vector<std::uint32_t>> Runs, double Threshold) {
  std::vector<WeightedEdge> Edges;
  std::vector<double> Heaviest(G.size(), 0);
  std::vector<std::uint32_t> HeaviestTo(G.size(), 0);
  for (std::uint32_t U = 0; U < G.size(); ++U)
    for (std::uint64_t I = G.Offsets[U]; I < G.Offsets[U + 1]; ++I) {
      std::uint32_t V = G.Targets[I];
      if (V <= U)
        continue;
      double Together = 0;
      for (const auto &M : Runs)
        Together += M[U] == M[V] ? 1 : 0;
      double W = Together / static_cast<double>(Runs.size());
      for (std::uint32_t X : {U, V})
        if (W > Heaviest[X]) {
          Heaviest[X] = W;
          HeaviestTo[X] = X == U ? V : U;
        }
      if (W >= Threshold)
        Edges.push_back({U, V, W});
    }
  for (std::uint32_t U = 0; U < G.size(); ++U)
    if (Heaviest[U] > 0 && Heaviest[U] < Threshold)
      Edges.push_back({U, HeaviestTo[U], Heaviest[U]});
  return WeightedGraph::fromEdges(G.size(), Edges);
}

} // namespace

std::vector<double> resolutionGrid(double Min, double Max, double Step) {
  std::vector<double> Grid{Min};
  while (Step > 1 && Grid.back() * Step <= Max * (1 + 1e-9))
    Grid.push_back(Grid.back() * Step);
  return Grid;
}

std::vector<std::uint32_t> resolutionConsensus(const WeightedGraph &G, const ClusterOptions &Base,
                                               const ResolutionConsensusOptions &O) {
  const unsigned Seeds = std::max(O.Seeds, 1U);
  std::vector<ClusterOptions> Runs;
  for (double R : resolutionGrid(O.MinResolution, O.MaxResolution, O.Step))
    for (unsigned S = 0; S < Seeds; ++S) {
      ClusterOptions C = Base;
      C.Resolution = R;
      C.Seed = Base.Seed + S;
      Runs.push_back(std::move(C));
    }
  std::vector<std::vector<std::uint32_t>> Results = clusterMany(G, Runs, O.Jobs);
  return consensusCluster(coClassification(G, Results, O.Threshold), Base, Seeds, O.Jobs,
                          O.Threshold);
}

std::vector<std::uint32_t> consensusCluster(const WeightedGraph &G, const ClusterOptions &Base,
                                            unsigned Runs, unsigned Jobs, double Threshold,
                                            unsigned MaxRounds) {
  if (Runs <= 1)
    return cluster(G, Base);
  std::vector<ClusterOptions> Options(Runs, Base);
  for (unsigned S = 0; S < Runs; ++S)
    Options[S].Seed = Base.Seed + S;
  std::vector<std::vector<std::uint32_t>> Results = clusterMany(G, Options, Jobs);
  for (unsigned Round = 0; Round < MaxRounds; ++Round) {
    for (auto &M : Results)
      M = firstSeen(std::move(M));
    if (std::all_of(Results.begin(), Results.end(),
                    [&](const std::vector<std::uint32_t> &M) { return M == Results.front(); }))
      return Results.front();
    // The consensus graph: G's edges weighted by the share of runs joining their ends.
    WeightedGraph C = coClassification(G, Results, Threshold);
    Results = clusterMany(C, Options, Jobs);
  }
  for (auto &M : Results)
    M = firstSeen(std::move(M));
  return Results[agreement(Results).medoid()];
}

double adjustedRand(std::span<const std::uint32_t> A, std::span<const std::uint32_t> B) {
  const std::size_t N = std::min(A.size(), B.size());
  std::unordered_map<std::uint64_t, double> Cells;
  std::vector<double> RowSum(communities(A)), ColSum(communities(B));
  for (std::size_t I = 0; I < N; ++I) {
    Cells[(std::uint64_t(A[I]) << 32) | B[I]] += 1;
    RowSum[A[I]] += 1;
    ColSum[B[I]] += 1;
  }
  double Index = 0, Rows = 0, Cols = 0;
  for (const auto &[Key, C] : Cells)
    Index += pairs(C);
  for (double R : RowSum)
    Rows += pairs(R);
  for (double C : ColSum)
    Cols += pairs(C);
  double Total = pairs(static_cast<double>(N));
  double Expected = Total > 0 ? Rows * Cols / Total : 0;
  double Max = (Rows + Cols) / 2;
  if (Max - Expected == 0)
    return 1;
  return (Index - Expected) / (Max - Expected);
}

GranularityChoice chooseGranularity(const WeightedGraph &G, const ClusterOptions &Base,
                                    const GranularityOptions &O) {
  const std::vector<double> Grid = resolutionGrid(O.MinResolution, O.MaxResolution, O.Step);
  const unsigned Seeds = std::max(O.Seeds, 1U);
  std::vector<ClusterOptions> Runs;
  for (double R : Grid)
    for (unsigned S = 0; S < Seeds; ++S) {
      ClusterOptions C = Base;
      C.Resolution = R;
      C.Seed = Base.Seed + S;
      Runs.push_back(std::move(C));
    }
  std::vector<std::vector<std::uint32_t>> Results = clusterMany(G, Runs, O.Jobs);

  GranularityChoice Out;
  std::vector<std::size_t> Medoid(Grid.size());
  for (std::size_t R = 0; R < Grid.size(); ++R) {
    ResolutionScore Score;
    Score.Resolution = Grid[R];
    std::span<const std::vector<std::uint32_t>> Level(Results.data() + R * Seeds, Seeds);
    for (const auto &M : Level)
      Score.Communities += static_cast<double>(communities(M)) / Seeds;
    Agreement A = agreement(Level);
    Score.Stability = Seeds > 1 ? A.Sum / pairs(Seeds) : 1;
    Medoid[R] = R * Seeds + A.medoid();
    Score.Eligible = Score.Communities >= 2 &&
                     static_cast<double>(G.size()) / Score.Communities >= O.MinMeanSize;
    Out.Profile.push_back(Score);
  }
  for (std::size_t R = 0; R < Grid.size(); ++R) {
    double Sum = 0;
    int Count = 0;
    for (std::size_t Nb : {R - 1, R + 1})
      if (Nb < Grid.size()) {
        Sum += adjustedRand(Results[Medoid[R]], Results[Medoid[Nb]]);
        ++Count;
      }
    Out.Profile[R].Plateau = Count ? Sum / Count : 0;
  }
  std::size_t Best = Grid.size();
  auto Score = [&](std::size_t R) { return Out.Profile[R].Stability + Out.Profile[R].Plateau; };
  for (std::size_t R = 0; R < Grid.size(); ++R) {
    if (!Out.Profile[R].Eligible)
      continue;
    if (Best == Grid.size() || Score(R) > Score(Best) + 1e-12)
      Best = R;
  }
  if (Best < Grid.size() && O.Tolerance > 0)
    for (std::size_t R = 0; R < Best; ++R)
      if (Out.Profile[R].Eligible && Score(R) >= Score(Best) - O.Tolerance - 1e-12) {
        Best = R;
        break;
      }
  ClusterOptions At = Base;
  if (Best == Grid.size()) {
    Out.Resolution = Base.Resolution;
    Out.Membership = cluster(G, Base);
  } else {
    Out.Resolution = Grid[Best];
    Out.Membership = Results[Medoid[Best]];
    At.Resolution = Grid[Best];
  }
  if (O.Consensus > 1)
    Out.Membership = consensusCluster(G, At, O.Consensus, O.Jobs);
  return Out;
}

} // namespace seams
