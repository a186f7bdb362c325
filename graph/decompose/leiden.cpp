// Leiden (Traag, Waltman and van Eck 2019) and Louvain (Blondel et al. 2008) for weighted
// modularity with a resolution parameter, on the CSR graph, with fixed nodes.
#include "graph/decompose/cluster.h"
#include "graph/decompose/portable_exp.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace seams {
namespace {

/// Randomness of the refinement step (θ in the paper, as in igraph's default).
constexpr double Theta = 0.01;
/// Full passes (local moving + refinement + aggregation down to a fixed point) at most; the
/// loop stops earlier once a pass leaves the partition unchanged or gains less than 1e-5 of Q.
constexpr unsigned MaxPasses = 20;
/// exp(x) is exactly 0 in double below about -745.13: no need to call it.
constexpr double ExpZero = -746;

/// The refined partition being built and its scratch arrays, indexed by node (a sub-community is
/// named by the node that started it).
struct Refinement {
  explicit Refinement(std::size_t N) : Ref(N), RTotal(N), RExt(N), ExtV(N), RSize(N, 1), W(N, 0) {}
  std::vector<std::uint32_t> Ref; ///< The sub-community of every node.
  std::vector<double> RTotal;     ///< Strength of every sub-community.
  std::vector<double> RExt;       ///< Its weight to the rest of its community.
  std::vector<double> ExtV;       ///< A node's weight to its own community.
  std::vector<std::uint32_t> RSize;
  std::vector<double> W; ///< Scratch: weight from the node in hand to each sub-community.
  std::vector<std::uint32_t> Touched;
  std::vector<double> Gains;
};

/// The partition of one level's graph with the per-community totals the gains need.
class Partition {
public:
  Partition(const WeightedGraph &G, std::vector<std::uint32_t> Comm, std::vector<bool> Fixed,
            double Gamma)
      : G(G), Comm(std::move(Comm)), Fixed(std::move(Fixed)), Gamma(Gamma) {
    const std::size_t N = G.size();
    Strength.resize(N);
    for (std::uint32_t V = 0; V < N; ++V)
      Strength[V] = G.strength(V);
    TwoM = 2 * G.TotalWeight;
    Total.assign(N, 0);
    Size.assign(N, 0);
    for (std::uint32_t V = 0; V < N; ++V) {
      Total[this->Comm[V]] += Strength[V];
      ++Size[this->Comm[V]];
    }
    for (std::uint32_t C = static_cast<std::uint32_t>(N); C-- > 0;)
      if (Size[C] == 0)
        Empty.push_back(C);
    NeighW.assign(N, 0);
  }

  /// The queue-based local moving of Leiden ("fast local move"): visit nodes in a random order,
  /// move each to its best community, re-queue the neighbours it left behind.
  std::size_t moveFast(SeededRandom &Rng) {
    const std::size_t N = G.size();
    std::vector<std::uint32_t> Queue(N);
    for (std::uint32_t V = 0; V < N; ++V)
      Queue[V] = V;
    Rng.shuffle(Queue);
    std::vector<char> Queued(N, 1);
    std::size_t Head = 0, Count = N, Moves = 0;
    while (Count) {
      std::uint32_t V = Queue[Head];
      if (++Head == N)
        Head = 0;
      --Count;
      if (Count > 1) // the queue is in random order: fetch the next nodes' rows ahead of time
        prefetchRow(Queue[Head], Queue[Head + 1 < N ? Head + 1 : 0]);
      Queued[V] = 0;
      std::uint32_t Old = Comm[V];
      if (moveNode(V) == Old)
        continue;
      ++Moves;
      for (std::uint64_t E = G.Offsets[V]; E < G.Offsets[V + 1]; ++E) {
        std::uint32_t U = G.Targets[E];
        if (!Queued[U] && Comm[U] != Comm[V] && !isFixed(U)) {
          std::size_t Tail = Head + Count;
          Queue[Tail < N ? Tail : Tail - N] = U;
          ++Count;
          Queued[U] = 1;
        }
      }
    }
    return Moves;
  }

  /// Louvain's local moving: sweeps over all nodes in a random order until one sweep moves none.
  std::size_t moveSweeps(SeededRandom &Rng) {
    std::vector<std::uint32_t> Order(G.size());
    for (std::uint32_t V = 0; V < G.size(); ++V)
      Order[V] = V;
    std::size_t Moves = 0;
    for (unsigned Sweep = 0; Sweep < 1000; ++Sweep) {
      Rng.shuffle(Order);
      std::size_t Now = 0;
      for (std::uint32_t V : Order) {
        std::uint32_t Old = Comm[V];
        Now += moveNode(V) != Old;
      }
      Moves += Now;
      if (!Now)
        break;
    }
    return Moves;
  }

  /// Leiden's refinement: inside every community, start from singletons and merge well-connected
  /// singletons into well-connected sub-communities, choosing among non-negative gains at random
  /// with probability ∝ exp(gain/θ). Returns the refined community of every node. Communities
  /// are refined one after the other (their members in a random order), as in igraph: the
  /// scratch arrays a community touches stay in cache while it is refined.
  std::vector<std::uint32_t> refine(SeededRandom &Rng) const {
    const std::size_t N = G.size();
    // Members of every community, bucketed by community in node order.
    std::vector<std::uint32_t> Start(N + 1, 0), Members(N);
    for (std::uint32_t V = 0; V < N; ++V)
      ++Start[Comm[V] + 1];
    for (std::size_t C = 0; C < N; ++C)
      Start[C + 1] += Start[C];
    {
      std::vector<std::uint32_t> Fill(Start.begin(), Start.end() - 1);
      for (std::uint32_t V = 0; V < N; ++V)
        Members[Fill[Comm[V]]++] = V;
    }
    Refinement S(N);
    for (std::uint32_t C = 0; C < N; ++C) {
      const std::uint32_t B = Start[C], E = Start[C + 1];
      if (B == E)
        continue;
      for (std::uint32_t I = B; I < E; ++I) {
        const std::uint32_t V = Members[I];
        S.Ref[V] = V;
        S.RTotal[V] = Strength[V];
        double Ext = 0;
        for (std::uint64_t A = G.Offsets[V]; A < G.Offsets[V + 1]; ++A)
          if (Comm[G.Targets[A]] == C)
            Ext += G.Weights[A];
        S.ExtV[V] = S.RExt[V] = Ext;
      }
      if (E - B == 1)
        continue;
      for (std::uint32_t I = E - B; I > 1; --I) // Fisher-Yates on this community's members
        std::swap(Members[B + I - 1], Members[B + Rng.below(I)]);
      const double KC = Total[C];
      for (std::uint32_t I = B; I < E; ++I)
        mergeSingleton(Members[I], KC, Rng, S);
    }
    return std::move(S.Ref);
  }

  const std::vector<std::uint32_t> &communities() const { return Comm; }
  const std::vector<bool> &fixed() const { return Fixed; }

private:
  const WeightedGraph &G;
  std::vector<std::uint32_t> Comm;
  std::vector<bool> Fixed;
  double Gamma;
  std::vector<double> Strength, Total, NeighW;
  std::vector<std::uint32_t> Size, Empty, Touched;
  double TwoM = 0;

  /// One step of the refinement for node V of a community of total strength KC: if V is still
  /// a well-connected singleton, merge it into a well-connected sub-community of its community,
  /// picked at random with probability ∝ exp(gain/θ) (staying alone has gain 0).
  void mergeSingleton(std::uint32_t V, double KC, SeededRandom &Rng, Refinement &S) const {
    auto &[Ref, RTotal, RExt, ExtV, RSize, W, Touched, Gains] = S;
    if (RSize[Ref[V]] != 1)
      return;
    const double KV = Strength[V];
    if (ExtV[V] < Gamma * KV * (KC - KV) / TwoM)
      return; // not well connected to its community
    const std::uint32_t C = Comm[V];
    Touched.clear();
    for (std::uint64_t E = G.Offsets[V]; E < G.Offsets[V + 1]; ++E) {
      std::uint32_t U = G.Targets[E];
      if (Comm[U] != C || Ref[U] == Ref[V])
        continue;
      if (W[Ref[U]] == 0)
        Touched.push_back(Ref[U]);
      W[Ref[U]] += G.Weights[E];
    }
    // Candidates: staying alone (gain 0) and every well-connected neighbour sub-community.
    double Max = 0;
    Gains.assign(Touched.size(), -1);
    for (std::size_t I = 0; I < Touched.size(); ++I) {
      std::uint32_t R = Touched[I];
      if (RExt[R] < Gamma * RTotal[R] * (KC - RTotal[R]) / TwoM)
        continue;
      double Gain = W[R] - Gamma * KV * RTotal[R] / TwoM;
      if (Gain >= 0) {
        Gains[I] = Gain;
        Max = std::max(Max, Gain);
      }
    }
    // Each candidate's weight exp((gain - max)/θ), computed once; exp of anything below
    // ExpZero is exactly 0 in double, so it is skipped.
    const double Alone = weight(-Max);
    double Sum = Alone;
    for (double &Gain : Gains)
      if (Gain >= 0)
        Sum += Gain = weight(Gain - Max);
      else
        Gain = 0;
    double Pick = Rng.unit() * Sum;
    std::uint32_t Chosen = Ref[V];
    double ChosenW = 0;
    if (Pick >= Alone) {
      double Acc = Alone;
      for (std::size_t I = 0; I < Touched.size(); ++I) {
        if (Gains[I] == 0)
          continue;
        Acc += Gains[I];
        Chosen = Touched[I];
        ChosenW = W[Touched[I]];
        if (Pick < Acc)
          break;
      }
    }
    for (std::uint32_t R : Touched)
      W[R] = 0;
    if (Chosen == Ref[V])
      return;
    RSize[Ref[V]] = 0;
    RTotal[Chosen] += KV;
    ++RSize[Chosen];
    RExt[Chosen] += ExtV[V] - 2 * ChosenW;
    Ref[V] = Chosen;
  }

  /// exp(D/θ) for D <= 0, with the underflow to 0 short-cut; the same bits on every platform.
  static double weight(double D) {
    const double X = D / Theta;
    return X < ExpZero ? 0.0 : portableExp(X);
  }

  /// Asks the memory system early for what visiting Next will read (its row of the graph) and
  /// for where the row of After starts: the node order is random, so every row is a cache miss.
  /// Only addresses inside the arrays are formed: a graph without edges has empty ones.
  void prefetchRow(std::uint32_t Next, std::uint32_t After) const {
    const std::uint64_t E = G.Offsets[Next];
    if (E < G.Targets.size()) {
      __builtin_prefetch(G.Targets.data() + E);
      __builtin_prefetch(G.Weights.data() + E);
      if (E + 8 < G.Weights.size())
        __builtin_prefetch(G.Weights.data() + E + 8);
    }
    __builtin_prefetch(G.Offsets.data() + After);
  }

  bool isFixed(std::uint32_t V) const { return !Fixed.empty() && Fixed[V]; }

  /// Moves V to the community with the largest gain w(V,C) − γ k_V K_C / 2m (an empty one gives
  /// 0); stays on a tie. Returns the community V ends in.
  std::uint32_t moveNode(std::uint32_t V) {
    std::uint32_t Cur = Comm[V];
    if (isFixed(V) || TwoM <= 0)
      return Cur;
    Touched.clear();
    for (std::uint64_t E = G.Offsets[V]; E < G.Offsets[V + 1]; ++E) {
      std::uint32_t C = Comm[G.Targets[E]];
      if (NeighW[C] == 0)
        Touched.push_back(C);
      NeighW[C] += G.Weights[E];
    }
    const double KV = Strength[V];
    Total[Cur] -= KV;
    --Size[Cur];
    const double Scale = Gamma * KV / TwoM;
    std::uint32_t Best = Cur;
    double BestGain = NeighW[Cur] - Scale * Total[Cur];
    const double Eps = 1e-12 * std::max(1.0, KV);
    for (std::uint32_t C : Touched) {
      double Gain = NeighW[C] - Scale * Total[C];
      if (Gain > BestGain + Eps) {
        Best = C;
        BestGain = Gain;
      }
    }
    if (BestGain < -Eps && Size[Cur] > 0 && !Empty.empty()) {
      Best = Empty.back();
      Empty.pop_back();
    }
    for (std::uint32_t C : Touched)
      NeighW[C] = 0;
    Total[Best] += KV;
    ++Size[Best];
    Comm[V] = Best;
    if (Size[Cur] == 0)
      Empty.push_back(Cur);
    return Best;
  }
};

/// The graph whose nodes are the communities of Of (numbered 0..K-1), edge weights summed and
/// internal edges turned into self-loops, so total weight and modularity are preserved. Rows
/// are accumulated in a dense scratch array, member by member: no sort at all. Unlike
/// WeightedGraph's contract, a row lists its neighbours in the order the members' rows first
/// reach them (deterministic, and all the algorithm needs: it is never seen outside).
WeightedGraph aggregate(const WeightedGraph &G, const std::vector<std::uint32_t> &Of,
                        std::size_t K) {
  const std::size_t N = G.size();
  std::vector<std::uint32_t> Start(K + 1, 0), Members(N);
  for (std::uint32_t V = 0; V < N; ++V)
    ++Start[Of[V] + 1];
  for (std::size_t C = 0; C < K; ++C)
    Start[C + 1] += Start[C];
  {
    std::vector<std::uint32_t> Fill(Start.begin(), Start.end() - 1);
    for (std::uint32_t V = 0; V < N; ++V)
      Members[Fill[Of[V]]++] = V;
  }
  WeightedGraph A;
  A.SelfLoops.assign(K, 0);
  A.Offsets.assign(K + 1, 0);
  A.Targets.reserve(G.Targets.size() / 2);
  A.Weights.reserve(G.Targets.size() / 2);
  std::vector<double> Row(K, 0);
  std::vector<std::uint32_t> Touched;
  for (std::uint32_t C = 0; C < K; ++C) {
    Touched.clear();
    double Self = 0;
    for (std::uint32_t I = Start[C]; I < Start[C + 1]; ++I) {
      std::uint32_t V = Members[I];
      Self += G.SelfLoops[V];
      for (std::uint64_t E = G.Offsets[V]; E < G.Offsets[V + 1]; ++E) {
        std::uint32_t D = Of[G.Targets[E]];
        if (D == C) {
          Self += G.Weights[E] / 2; // seen from both ends
          continue;
        }
        if (Row[D] == 0)
          Touched.push_back(D);
        Row[D] += G.Weights[E];
      }
    }
    for (std::uint32_t D : Touched) {
      A.Targets.push_back(D);
      A.Weights.push_back(Row[D]);
      Row[D] = 0;
    }
    A.SelfLoops[C] = Self;
    A.Offsets[C + 1] = A.Targets.size();
  }
  A.sumTotalWeight();
  return A;
}

/// One run of the multi-level algorithm from Start; returns the membership of the nodes of G
/// and its modularity, computed on the last aggregate graph (aggregation preserves it), so
/// that checking a pass costs nothing on the full graph.
std::pair<std::vector<std::uint32_t>, double> runLevels(const WeightedGraph &G,
                                                        std::vector<std::uint32_t> Start,
                                                        const ClusterOptions &O, bool Refine,
                                                        SeededRandom &Rng) {
  const std::size_t N = G.size();
  std::vector<std::uint32_t> NodeMap(N);
  for (std::uint32_t V = 0; V < N; ++V)
    NodeMap[V] = V;
  WeightedGraph Owned;
  const WeightedGraph *Cur = &G;
  std::vector<std::uint32_t> Comm = std::move(Start);
  std::vector<bool> Fixed = O.Fixed;
  for (;;) {
    Partition P(*Cur, Comm, Fixed, O.Resolution);
    std::size_t Moves = Refine ? P.moveFast(Rng) : P.moveSweeps(Rng);
    Comm = P.communities();
    std::size_t K = normalizeMembership(Comm);
    if (K == Cur->size() || (!Refine && Moves == 0 && Cur != &G))
      break;
    std::vector<std::uint32_t> Ref = Refine ? P.refine(Rng) : Comm;
    std::size_t R = normalizeMembership(Ref);
    if (R == Cur->size()) { // refinement kept singletons: aggregate by the partition itself
      Ref = Comm;
      R = K;
    }
    std::vector<std::uint32_t> NextComm(R);
    std::vector<bool> NextFixed(Fixed.empty() ? 0 : R, false);
    for (std::uint32_t V = 0; V < Cur->size(); ++V) {
      NextComm[Ref[V]] = Comm[V];
      if (!Fixed.empty() && Fixed[V])
        NextFixed[Ref[V]] = true;
    }
    for (std::uint32_t &M : NodeMap)
      M = Ref[M];
    WeightedGraph Next = aggregate(*Cur, Ref, R);
    Owned = std::move(Next);
    Cur = &Owned;
    Comm = std::move(NextComm);
    Fixed = std::move(NextFixed);
  }
  std::vector<std::uint32_t> Out(N);
  for (std::uint32_t V = 0; V < N; ++V)
    Out[V] = Comm[NodeMap[V]];
  return {std::move(Out), modularity(*Cur, Comm, O.Resolution)};
}

} // namespace

std::vector<std::uint32_t> leiden(const WeightedGraph &G, const ClusterOptions &O, bool Refine) {
  const std::size_t N = G.size();
  SeededRandom Rng(O.Seed);
  std::vector<std::uint32_t> M = O.Initial;
  if (M.empty()) {
    M.resize(N);
    for (std::uint32_t V = 0; V < N; ++V)
      M[V] = V;
  }
  normalizeMembership(M);
  double Best = modularity(G, M, O.Resolution);
  const unsigned Passes = O.Passes ? std::min(O.Passes, MaxPasses) : MaxPasses;
  for (unsigned Pass = 0; Pass < Passes; ++Pass) {
    auto [Next, Q] = runLevels(G, M, O, Refine, Rng);
    normalizeMembership(Next);
    if (Next == M)
      break;
    if (Pass > 0 && Q <= Best + 1e-12) // no gain: keep the partition we have
      break;
    bool Converged = Pass > 0 && Q - Best < 1e-5 * std::abs(Best);
    M = std::move(Next);
    Best = std::max(Best, Q);
    if (Converged) // the last pass gained less than 1e-5 of Q: stable
      break;
  }
  return M;
}

} // namespace seams
