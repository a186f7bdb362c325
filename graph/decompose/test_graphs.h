// Test support: seeded synthetic graphs with a known community structure (ring of cliques,
// planted partition), shared by the clustering, decomposition and igraph cross-check tests.
#pragma once

#include "graph/decompose/cluster.h"

#include <cstdint>
#include <vector>

namespace seams::testing {

struct PlantedGraph {
  std::size_t NumNodes = 0;
  std::vector<WeightedEdge> Edges;
  std::vector<std::uint32_t> Truth; ///< The planted community of every node.
};

/// Cliques of Size nodes joined in a ring by one edge between consecutive cliques.
inline PlantedGraph ringOfCliques(std::uint32_t Cliques, std::uint32_t Size) {
  PlantedGraph P;
  P.NumNodes = std::size_t(Cliques) * Size;
  for (std::uint32_t C = 0; C < Cliques; ++C) {
    for (std::uint32_t I = 0; I < Size; ++I) {
      P.Truth.push_back(C);
      for (std::uint32_t J = I + 1; J < Size; ++J)
        P.Edges.push_back({C * Size + I, C * Size + J, 1.0});
    }
    P.Edges.push_back({C * Size + Size - 1, ((C + 1) % Cliques) * Size, 1.0});
  }
  return P;
}

/// Modules modules of Size nodes; each pair inside a module is an edge with probability PIn,
/// each pair across modules with POut; weights uniform in [1, 2). Seeded and portable.
inline PlantedGraph plantedPartition(std::uint32_t Modules, std::uint32_t Size, double PIn,
                                     double POut, std::uint64_t Seed) {
  PlantedGraph P;
  P.NumNodes = std::size_t(Modules) * Size;
  SeededRandom Rng(Seed);
  for (std::uint32_t V = 0; V < P.NumNodes; ++V)
    P.Truth.push_back(V / Size);
  for (std::uint32_t U = 0; U < P.NumNodes; ++U)
    for (std::uint32_t V = U + 1; V < P.NumNodes; ++V)
      if (Rng.unit() < (P.Truth[U] == P.Truth[V] ? PIn : POut))
        P.Edges.push_back({U, V, 1.0 + Rng.unit()});
  return P;
}

} // namespace seams::testing
