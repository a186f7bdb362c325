// A node order computed from a graph's structure alone, so the clustering never sees names.
#include "graph/decompose/canonical_order.h"

#include <algorithm>
#include <bit>
#include <numeric>
#include <unordered_set>

namespace seams {
namespace {

/// Rounds of colour refinement at most; it stops earlier once no class splits.
constexpr unsigned MaxRounds = 8;

/// splitmix64's finaliser: a fixed, portable 64-bit mix.
std::uint64_t mix(std::uint64_t X) {
  X += 0x9e3779b97f4a7c15ULL;
  X = (X ^ (X >> 30)) * 0xbf58476d1ce4e5b9ULL;
  X = (X ^ (X >> 27)) * 0x94d049bb133111ebULL;
  return X ^ (X >> 31);
}

/// A weight as a float's bits: the same facts summed in another order agree here.
std::uint64_t weightKey(double W) { return std::bit_cast<std::uint32_t>(static_cast<float>(W)); }

std::size_t distinct(const std::vector<std::uint64_t> &C) {
  return std::unordered_set<std::uint64_t>(C.begin(), C.end()).size();
}

} // namespace

NodeOrder canonicalOrder(const WeightedGraph &G, std::span<const std::uint64_t> Colours) {
  const std::size_t N = G.size();
  std::vector<std::uint64_t> Colour(N);
  for (std::size_t I = 0; I < N; ++I)
    Colour[I] = mix((I < Colours.size() ? Colours[I] : 0) ^ mix(weightKey(G.SelfLoops[I])));
  std::size_t Classes = distinct(Colour);
  for (unsigned Round = 0; Round < MaxRounds && Classes < N; ++Round) {
    std::vector<std::uint64_t> Next(N);
    for (std::size_t I = 0; I < N; ++I) {
      // A sum of mixed (colour, weight) pairs: the same whatever the neighbours' order.
      std::uint64_t Sum = 0;
      for (std::uint64_t E = G.Offsets[I]; E < G.Offsets[I + 1]; ++E)
        Sum += mix(Colour[G.Targets[E]] ^ mix(weightKey(G.Weights[E]) + 1));
      Next[I] = mix(Colour[I] ^ mix(Sum));
    }
    std::size_t After = distinct(Next);
    Colour = std::move(Next);
    if (After == Classes)
      break;
    Classes = After;
  }
  NodeOrder O;
  O.Node.resize(N);
  std::iota(O.Node.begin(), O.Node.end(), 0U);
  std::stable_sort(O.Node.begin(), O.Node.end(),
                   [&](std::uint32_t A, std::uint32_t B) { return Colour[A] < Colour[B]; });
  O.Rank.resize(N);
  for (std::uint32_t R = 0; R < N; ++R)
    O.Rank[O.Node[R]] = R;
  return O;
}

WeightedGraph permuted(const WeightedGraph &G, const NodeOrder &Order) {
  const std::size_t N = G.size();
  WeightedGraph P;
  P.SelfLoops.resize(N);
  P.Offsets.assign(N + 1, 0);
  P.Targets.reserve(G.Targets.size());
  P.Weights.reserve(G.Weights.size());
  std::vector<std::pair<std::uint32_t, double>> Row;
  for (std::uint32_t R = 0; R < N; ++R) {
    const std::uint32_t Old = Order.Node[R];
    P.SelfLoops[R] = G.SelfLoops[Old];
    Row.clear();
    for (std::uint64_t E = G.Offsets[Old]; E < G.Offsets[Old + 1]; ++E)
      Row.push_back({Order.Rank[G.Targets[E]], G.Weights[E]});
    std::sort(Row.begin(), Row.end(),
              [](const auto &X, const auto &Y) { return X.first < Y.first; });
    for (const auto &[T, W] : Row) {
      P.Targets.push_back(T);
      P.Weights.push_back(W);
    }
    P.Offsets[R + 1] = P.Targets.size();
  }
  P.sumTotalWeight(); // in the new order, like every other sum the clustering makes
  return P;
}

} // namespace seams
