// Strongly connected components and a greedy feedback arc set per component (see feedback_arcs.h).
#include "graph/hotspots/feedback_arcs.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

namespace seams {
namespace {

/// Eades, Lin and Smyth (1993), weighted: the position of every vertex in the order (see
/// cycleCuts).
std::vector<std::size_t> eadesOrder(std::size_t N, const WeightedArcs &Arcs) {
  std::vector<bool> Left(N, true);
  std::vector<std::uint32_t> Front, Back;
  auto Degree = [&](std::uint32_t V, double &In, double &Out) {
    In = Out = 0;
    for (const auto &[K, W] : Arcs) {
      if (!Left[K.first] || !Left[K.second])
        continue;
      if (K.first == V)
        Out += W;
      if (K.second == V)
        In += W;
    }
  };
  std::size_t Remaining = N;
  while (Remaining) {
    bool Moved = true;
    while (Moved) {
      Moved = false;
      for (std::uint32_t V = 0; V < N; ++V) {
        double In, Out;
        if (!Left[V])
          continue;
        Degree(V, In, Out);
        if (Out == 0) {
          Back.push_back(V);
        } else if (In == 0) {
          Front.push_back(V);
        } else {
          continue;
        }
        Left[V] = false;
        --Remaining;
        Moved = true;
      }
    }
    if (!Remaining)
      break;
    std::uint32_t Best = 0;
    double BestDelta = 0;
    bool Found = false;
    for (std::uint32_t V = 0; V < N; ++V) {
      if (!Left[V])
        continue;
      double In, Out;
      Degree(V, In, Out);
      if (!Found || Out - In > BestDelta) {
        Best = V;
        BestDelta = Out - In;
        Found = true;
      }
    }
    Front.push_back(Best);
    Left[Best] = false;
    --Remaining;
  }
  std::vector<std::size_t> Pos(N);
  std::size_t P = 0;
  for (std::uint32_t V : Front)
    Pos[V] = P++;
  for (auto It = Back.rbegin(); It != Back.rend(); ++It)
    Pos[*It] = P++;
  return Pos;
}

} // namespace

std::vector<CycleCut> cycleCuts(std::size_t N, const WeightedArcs &Arcs) {
  using Digraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  Digraph G(N);
  for (const auto &[K, W] : Arcs)
    if (K.first != K.second)
      boost::add_edge(K.first, K.second, G);
  std::vector<std::size_t> Comp(N);
  std::size_t NumComp =
      N ? boost::strong_components(G, boost::make_iterator_property_map(
                                          Comp.begin(), boost::get(boost::vertex_index, G)))
        : 0;
  std::vector<std::vector<std::uint32_t>> Members(NumComp);
  for (std::uint32_t V = 0; V < N; ++V)
    Members[Comp[V]].push_back(V);
  std::vector<CycleCut> Out;
  std::vector<bool> Done(NumComp, false);
  // Components in order of their smallest vertex, so numbering does not depend on Boost.
  for (std::uint32_t V = 0; V < N; ++V) {
    const std::vector<std::uint32_t> &Scc = Members[Comp[V]];
    if (Done[Comp[V]] || Scc.size() < 2)
      continue;
    Done[Comp[V]] = true;
    std::map<std::uint32_t, std::uint32_t> Local;
    for (std::uint32_t I = 0; I < Scc.size(); ++I)
      Local[Scc[I]] = I;
    WeightedArcs Inner;
    for (const auto &[K, W] : Arcs)
      if (K.first != K.second && Local.count(K.first) && Local.count(K.second))
        Inner[{Local[K.first], Local[K.second]}] = W;
    std::vector<std::size_t> Pos = eadesOrder(Scc.size(), Inner);
    CycleCut C;
    C.Members = Scc;
    for (const auto &[K, W] : Inner)
      if (Pos[K.first] > Pos[K.second])
        C.Feedback.push_back({Scc[K.first], Scc[K.second]});
    Out.push_back(std::move(C));
  }
  return Out;
}

} // namespace seams
