// Decomposition quality metrics: modularity, TurboMQ, Bunch MQ, Mono2Micro's SM/ICP/IFN/NED, and
// per-service size, cohesion and coupling. Definitions and sources: docs/METRICS.md.
#include "graph/decompose/metrics.h"

#include "graph/model/error.h"

#include <algorithm>
#include <map>
#include <set>

namespace seams {
namespace {

/// Bunch's MQ form: mean intra-connectivity minus mean inter-connectivity, where
/// A_i = Intra_i / N_i² and E_ij = Inter_ij / (2 N_i N_j) (Mancoridis et al. 1998).
double bunchForm(const std::vector<double> &Intra,
                 const std::map<std::pair<std::uint32_t, std::uint32_t>, double> &Inter,
                 const std::vector<unsigned> &Size) {
  std::size_t K = Size.size();
  if (K == 0)
    return 0;
  double A = 0;
  for (std::size_t I = 0; I < K; ++I)
    if (Size[I])
      A += Intra[I] / (double(Size[I]) * Size[I]);
  if (K == 1)
    return A;
  double E = 0;
  for (const auto &[Pair, N] : Inter)
    E += N / (2.0 * Size[Pair.first] * Size[Pair.second]);
  return A / double(K) - E / (double(K) * double(K - 1) / 2);
}

} // namespace

MetricsResult computeMetrics(const PartitionInput &In) {
  if (!In.Arcs || In.ServiceOf.size() != In.NumUnits)
    throw Error("computeMetrics: inconsistent input");
  const std::size_t K = In.NumServices;
  MetricsResult R;
  R.PerService.resize(K);
  std::vector<unsigned> Size(K, 0);
  for (std::size_t U = 0; U < In.NumUnits; ++U) {
    std::uint32_t S = In.ServiceOf[U];
    if (S == PartitionInput::NotClustered)
      continue;
    ++Size[S];
    ++R.Overall.ClusteredUnits;
    R.PerService[S].Units++;
    R.PerService[S].Lines += U < In.UnitLines.size() ? In.UnitLines[U] : 0;
    R.PerService[S].Files += U < In.UnitFiles.size() ? In.UnitFiles[U] : 0;
  }
  R.Overall.Services = static_cast<unsigned>(K);

  // Weighted sums for modularity, TurboMQ and the per-service coupling.
  std::vector<double> Strength(K, 0);
  std::vector<std::set<std::uint32_t>> AffSet(K), EffSet(K);
  std::vector<double> IntraArcs(K, 0);
  std::map<std::pair<std::uint32_t, std::uint32_t>, double> InterArcs, InterPairs;
  std::set<std::pair<std::uint32_t, std::uint32_t>> Pairs;
  double Total = 0, Calls = 0, CrossCalls = 0;
  for (std::size_t U = 0; U < In.InternalCalls.size() && U < In.NumUnits; ++U)
    if (In.ServiceOf[U] != PartitionInput::NotClustered)
      Calls += In.InternalCalls[U];
  for (const UnitArc &A : *In.Arcs) {
    std::uint32_t SF = In.ServiceOf[A.From], ST = In.ServiceOf[A.To];
    if (SF != PartitionInput::NotClustered && ST == PartitionInput::NotClustered &&
        A.To < In.Shared.size() && In.Shared[A.To])
      R.PerService[SF].SharedWeight += A.Weight;
    if (SF == PartitionInput::NotClustered || ST == PartitionInput::NotClustered)
      continue;
    Calls += A.Calls;
    if (A.Weight > 0) {
      Total += A.Weight;
      Strength[SF] += A.Weight;
      Strength[ST] += A.Weight;
      Pairs.insert({std::min(A.From, A.To), std::max(A.From, A.To)});
    }
    if (SF == ST) {
      R.PerService[SF].InternalWeight += A.Weight;
      if (A.Weight > 0)
        IntraArcs[SF] += 1;
      continue;
    }
    CrossCalls += A.Calls;
    if (A.Weight > 0) {
      R.PerService[SF].Efferent += A.Weight;
      R.PerService[ST].Afferent += A.Weight;
      EffSet[SF].insert(ST);
      AffSet[ST].insert(SF);
      InterArcs[{std::min(SF, ST), std::max(SF, ST)}] += 1;
    }
  }
  // Distinct undirected pairs for SM.
  std::vector<double> IntraPairs(K, 0);
  for (const auto &[U, V] : Pairs) {
    std::uint32_t SU = In.ServiceOf[U], SV = In.ServiceOf[V];
    if (SU == SV)
      IntraPairs[SU] += 1;
    else
      InterPairs[{std::min(SU, SV), std::max(SU, SV)}] += 1;
  }

  double Q = 0, TurboMQ = 0, Ifn = 0;
  unsigned Extreme = 0;
  for (std::size_t S = 0; S < K; ++S) {
    ServiceMetrics &M = R.PerService[S];
    double Mu = M.InternalWeight, Out = M.Afferent + M.Efferent;
    if (Total > 0)
      Q += Mu / Total - (Strength[S] / (2 * Total)) * (Strength[S] / (2 * Total));
    if (Mu > 0)
      TurboMQ += 2 * Mu / (2 * Mu + Out);
    M.Cohesion = Mu + Out > 0 ? Mu / (Mu + Out) : 0;
    M.Instability = Out > 0 ? M.Efferent / Out : 0;
    M.AfferentServices = static_cast<unsigned>(AffSet[S].size());
    M.EfferentServices = static_cast<unsigned>(EffSet[S].size());
    M.Interfaces = S < In.Interfaces.size() ? In.Interfaces[S] : 0;
    Ifn += M.Interfaces;
    if (Size[S] < NedMin || Size[S] > NedMax)
      Extreme += Size[S];
  }
  R.Overall.Modularity = Q;
  R.Overall.TurboMQ = TurboMQ;
  R.Overall.BasicMQ = bunchForm(IntraArcs, InterArcs, Size);
  R.Overall.SM = bunchForm(IntraPairs, InterPairs, Size);
  R.Overall.ICP = Calls > 0 ? CrossCalls / Calls : 0;
  R.Overall.IFN = K ? Ifn / double(K) : 0;
  R.Overall.NED = R.Overall.ClusteredUnits ? double(Extreme) / R.Overall.ClusteredUnits : 0;
  return R;
}

} // namespace seams
