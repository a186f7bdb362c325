// Our CSR graph handed to igraph, for the Leiden cross-check test and the clustering benchmark
// only: no seams library links igraph. Header-only, so each of the two builds it where igraph is.
#pragma once

#include "graph/decompose/cluster.h"

#include <cstdint>
#include <igraph/igraph.h>
#include <utility>
#include <vector>

namespace seams {

/// An igraph copy of G (undirected, each edge once, with its weights and node strengths) and
/// igraph's Leiden and modularity on it. Owns the igraph objects.
class IgraphCopy {
public:
  explicit IgraphCopy(const WeightedGraph &G) : TotalWeight(G.TotalWeight) {
    igraph_vector_int_t Ends;
    igraph_vector_int_init(&Ends, 0);
    igraph_vector_init(&Weights, 0);
    for (std::uint32_t V = 0; V < G.size(); ++V)
      for (std::uint64_t E = G.Offsets[V]; E < G.Offsets[V + 1]; ++E)
        if (G.Targets[E] > V) {
          igraph_vector_int_push_back(&Ends, V);
          igraph_vector_int_push_back(&Ends, G.Targets[E]);
          igraph_vector_push_back(&Weights, G.Weights[E]);
        }
    igraph_create(&Graph, &Ends, static_cast<igraph_integer_t>(G.size()), IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&Ends);
    igraph_vector_init(&Strength, 0);
    igraph_strength(&Graph, &Strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &Weights);
  }
  ~IgraphCopy() {
    igraph_vector_destroy(&Strength);
    igraph_vector_destroy(&Weights);
    igraph_destroy(&Graph);
  }
  IgraphCopy(const IgraphCopy &) = delete;
  IgraphCopy &operator=(const IgraphCopy &) = delete;

  /// igraph's Leiden on modularity as igraph's Python and R wrappers pose it (node weights =
  /// strengths, resolution / 2m), seeded with 42. Iterations -1 is meant to run until stable,
  /// but igraph 0.10.2 (Debian 12) stops after one iteration (igraph issue #2798, fixed in
  /// 0.10.17): untilStable() does what it means.
  std::vector<std::uint32_t> leiden(double Resolution, int Iterations) {
    igraph_rng_seed(igraph_rng_default(), 42);
    igraph_vector_int_t Membership;
    igraph_vector_int_init(&Membership, 0);
    run(Resolution, Iterations, false, Membership);
    std::vector<std::uint32_t> Out = toVector(Membership);
    igraph_vector_int_destroy(&Membership);
    return Out;
  }

  /// igraph's Leiden iterated, one iteration at a time from the last membership, until an
  /// iteration leaves the membership unchanged (what the fixed igraph does for -1), at most
  /// MaxIterations. Seeded with 42 once. Returns the membership and the iterations run.
  std::pair<std::vector<std::uint32_t>, int> untilStable(double Resolution,
                                                         int MaxIterations = 100) {
    igraph_rng_seed(igraph_rng_default(), 42);
    igraph_vector_int_t Membership;
    igraph_vector_int_init(&Membership, 0);
    run(Resolution, 1, false, Membership);
    std::vector<std::uint32_t> Last = toVector(Membership);
    int Iterations = 1;
    while (Iterations < MaxIterations) {
      run(Resolution, 1, true, Membership);
      ++Iterations;
      std::vector<std::uint32_t> Now = toVector(Membership);
      if (Now == Last)
        break;
      Last = std::move(Now);
    }
    igraph_vector_int_destroy(&Membership);
    return {Last, Iterations};
  }

  /// igraph_modularity of a membership, so both partitions are scored by the same function.
  double modularity(const std::vector<std::uint32_t> &Membership, double Resolution) {
    igraph_vector_int_t M;
    igraph_vector_int_init(&M, static_cast<igraph_integer_t>(Membership.size()));
    for (std::size_t I = 0; I < Membership.size(); ++I)
      VECTOR(M)[I] = Membership[I];
    igraph_real_t Q = 0;
    igraph_modularity(&Graph, &M, &Weights, Resolution, false, &Q);
    igraph_vector_int_destroy(&M);
    return Q;
  }

private:
  igraph_t Graph;

  void run(double Resolution, int Iterations, bool Start, igraph_vector_int_t &Membership) {
    igraph_integer_t Clusters = 0;
    igraph_real_t Quality = 0;
    igraph_community_leiden(&Graph, &Weights, &Strength, Resolution / (2 * TotalWeight), 0.01,
                            Start, Iterations, &Membership, &Clusters, &Quality);
  }

  static std::vector<std::uint32_t> toVector(const igraph_vector_int_t &Membership) {
    std::vector<std::uint32_t> Out(static_cast<std::size_t>(igraph_vector_int_size(&Membership)));
    for (std::size_t I = 0; I < Out.size(); ++I)
      Out[I] = static_cast<std::uint32_t>(VECTOR(Membership)[I]);
    return Out;
  }

  igraph_vector_t Weights, Strength;
  double TotalWeight = 0;
};

} // namespace seams
