// Community detection entry point, the CSR graph, modularity and label propagation.
#include "graph/decompose/cluster.h"

#include "graph/model/error.h"

#include <algorithm>
#include <utility>

namespace seams {

std::uint64_t SeededRandom::below(std::uint64_t Bound) {
  // Lemire-free rejection sampling: portable and unbiased.
  std::uint64_t Limit = UINT64_MAX - UINT64_MAX % Bound;
  std::uint64_t X;
  do
    X = Engine();
  while (X >= Limit);
  return X % Bound;
}

double SeededRandom::unit() { return static_cast<double>(Engine() >> 11) * 0x1.0p-53; }

double WeightedGraph::strength(std::uint32_t Node) const {
  double S = 2 * SelfLoops[Node];
  for (std::uint64_t E = Offsets[Node]; E < Offsets[Node + 1]; ++E)
    S += Weights[E];
  return S;
}

WeightedGraph WeightedGraph::fromEdges(std::size_t NumNodes, std::span<const WeightedEdge> Edges) {
  WeightedGraph G;
  G.SelfLoops.assign(NumNodes, 0);
  std::vector<std::uint64_t> Count(NumNodes + 1, 0);
  for (const WeightedEdge &E : Edges) {
    if (E.From >= NumNodes || E.To >= NumNodes)
      throw Error("graph edge " + std::to_string(E.From) + "-" + std::to_string(E.To) +
                  " refers to a node >= " + std::to_string(NumNodes));
    if (!(E.Weight > 0))
      continue;
    if (E.From == E.To) {
      G.SelfLoops[E.From] += E.Weight;
      continue;
    }
    ++Count[E.From + 1];
    ++Count[E.To + 1];
  }
  for (std::size_t I = 0; I < NumNodes; ++I)
    Count[I + 1] += Count[I];
  std::vector<std::pair<std::uint32_t, double>> Row(Count[NumNodes]);
  std::vector<std::uint64_t> Fill(Count.begin(), Count.end() - 1);
  for (const WeightedEdge &E : Edges) {
    if (!(E.Weight > 0) || E.From == E.To)
      continue;
    Row[Fill[E.From]++] = {E.To, E.Weight};
    Row[Fill[E.To]++] = {E.From, E.Weight};
  }
  G.Offsets.assign(NumNodes + 1, 0);
  G.Targets.reserve(Row.size());
  G.Weights.reserve(Row.size());
  for (std::size_t I = 0; I < NumNodes; ++I) {
    auto B = Row.begin() + static_cast<std::ptrdiff_t>(Count[I]);
    auto E = Row.begin() + static_cast<std::ptrdiff_t>(Count[I + 1]);
    std::sort(B, E, [](const auto &X, const auto &Y) { return X.first < Y.first; });
    for (auto It = B; It != E; ++It) {
      if (!G.Targets.empty() && G.Targets.size() > G.Offsets[I] && G.Targets.back() == It->first)
        G.Weights.back() += It->second;
      else {
        G.Targets.push_back(It->first);
        G.Weights.push_back(It->second);
      }
    }
    G.Offsets[I + 1] = G.Targets.size();
  }
  G.sumTotalWeight();
  return G;
}

void WeightedGraph::sumTotalWeight() {
  double Twice = 0;
  for (double W : Weights)
    Twice += W;
  TotalWeight = Twice / 2;
  for (double S : SelfLoops)
    TotalWeight += S;
}

std::string_view algorithmName(Algorithm A) {
  switch (A) {
  case Algorithm::Leiden:
    return "leiden";
  case Algorithm::Louvain:
    return "louvain";
  case Algorithm::LabelPropagation:
    return "label-propagation";
  case Algorithm::GirvanNewman:
    return "girvan-newman";
  }
  return "leiden";
}

std::optional<Algorithm> parseAlgorithm(std::string_view S) {
  if (S == "leiden")
    return Algorithm::Leiden;
  if (S == "louvain")
    return Algorithm::Louvain;
  if (S == "label-propagation" || S == "lpa")
    return Algorithm::LabelPropagation;
  if (S == "girvan-newman")
    return Algorithm::GirvanNewman;
  return std::nullopt;
}

std::size_t normalizeMembership(std::vector<std::uint32_t> &Membership) {
  std::vector<std::uint32_t> Map;
  std::uint32_t Next = 0;
  for (std::uint32_t &C : Membership) {
    if (C >= Map.size())
      Map.resize(C + 1, UINT32_MAX);
    if (Map[C] == UINT32_MAX)
      Map[C] = Next++;
    C = Map[C];
  }
  return Next;
}

double modularity(const WeightedGraph &G, std::span<const std::uint32_t> Membership,
                  double Resolution) {
  if (Membership.size() != G.size())
    throw Error("modularity: membership has " + std::to_string(Membership.size()) +
                " entries for a graph of " + std::to_string(G.size()) + " nodes");
  if (G.TotalWeight <= 0)
    return 0;
  std::uint32_t K = 0;
  for (std::uint32_t C : Membership)
    K = std::max(K, C + 1);
  std::vector<double> Internal(K, 0), Total(K, 0);
  for (std::uint32_t V = 0; V < G.size(); ++V) {
    std::uint32_t C = Membership[V];
    Internal[C] += G.SelfLoops[V];
    Total[C] += 2 * G.SelfLoops[V];
    for (std::uint64_t E = G.Offsets[V]; E < G.Offsets[V + 1]; ++E) {
      Total[C] += G.Weights[E];
      if (Membership[G.Targets[E]] == C)
        Internal[C] += G.Weights[E] / 2;
    }
  }
  double M = G.TotalWeight, Q = 0;
  for (std::uint32_t C = 0; C < K; ++C)
    Q += Internal[C] / M - Resolution * (Total[C] / (2 * M)) * (Total[C] / (2 * M));
  return Q;
}

std::vector<std::uint32_t> labelPropagation(const WeightedGraph &G, const ClusterOptions &O) {
  // Asynchronous weighted label propagation (Raghavan, Albert and Kumara 2007): in a seeded
  // random order every node takes the label with the most weight among its neighbours, keeping
  // its own on a tie and otherwise breaking ties at random; until no label changes.
  const std::size_t N = G.size();
  std::vector<std::uint32_t> Label(N);
  for (std::uint32_t V = 0; V < N; ++V)
    Label[V] = V;
  SeededRandom Rng(O.Seed);
  std::vector<std::uint32_t> Order(N);
  for (std::uint32_t V = 0; V < N; ++V)
    Order[V] = V;
  std::vector<double> Sum(N, 0);
  std::vector<std::uint32_t> Touched, Best;
  for (unsigned Sweep = 0; Sweep < 1000; ++Sweep) {
    Rng.shuffle(Order);
    bool Changed = false;
    for (std::uint32_t V : Order) {
      if (!O.Fixed.empty() && O.Fixed[V])
        continue;
      Touched.clear();
      for (std::uint64_t E = G.Offsets[V]; E < G.Offsets[V + 1]; ++E) {
        std::uint32_t L = Label[G.Targets[E]];
        if (Sum[L] == 0)
          Touched.push_back(L);
        Sum[L] += G.Weights[E];
      }
      if (Touched.empty())
        continue;
      double Max = 0;
      for (std::uint32_t L : Touched)
        Max = std::max(Max, Sum[L]);
      Best.clear();
      for (std::uint32_t L : Touched)
        if (Sum[L] >= Max * (1 - 1e-12))
          Best.push_back(L);
      for (std::uint32_t L : Touched)
        Sum[L] = 0;
      if (std::find(Best.begin(), Best.end(), Label[V]) != Best.end())
        continue;
      std::sort(Best.begin(), Best.end());
      Label[V] = Best[Best.size() == 1 ? 0 : Rng.below(Best.size())];
      Changed = true;
    }
    if (!Changed)
      break;
  }
  return Label;
}

std::vector<std::uint32_t> cluster(const WeightedGraph &G, const ClusterOptions &O) {
  if (!O.Fixed.empty() && O.Fixed.size() != G.size())
    throw Error("cluster: Fixed has " + std::to_string(O.Fixed.size()) + " entries for " +
                std::to_string(G.size()) + " nodes");
  if (!O.Initial.empty() && O.Initial.size() != G.size())
    throw Error("cluster: Initial has " + std::to_string(O.Initial.size()) + " entries for " +
                std::to_string(G.size()) + " nodes");
  if (!(O.Resolution > 0))
    throw Error("resolution must be > 0, got " + std::to_string(O.Resolution));
  std::vector<std::uint32_t> M;
  switch (O.Algo) {
  case Algorithm::Leiden:
    M = leiden(G, O, /*Refine=*/true);
    break;
  case Algorithm::Louvain:
    M = leiden(G, O, /*Refine=*/false);
    break;
  case Algorithm::LabelPropagation:
    M = labelPropagation(G, O);
    break;
  case Algorithm::GirvanNewman:
    M = girvanNewman(G, O);
    break;
  }
  normalizeMembership(M);
  return M;
}

} // namespace seams
