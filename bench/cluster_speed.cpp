// Clustering benchmark: our Leiden against igraph's igraph_community_leiden on the same
// seeded planted-partition graph, single-threaded. Prints seconds, modularity and the ratio.
// Usage: seams_cluster_bench <modules> <module-size> <p-in> <p-out> [resolution]
#include "graph/decompose/cluster.h"
#include "graph/decompose/igraph_bridge.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <sys/resource.h>

using namespace seams;

namespace {

double seconds(std::chrono::steady_clock::time_point Start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();
}

long peakKb() {
  rusage U{};
  getrusage(RUSAGE_SELF, &U);
  return U.ru_maxrss;
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc < 5) {
    std::fprintf(stderr, "usage: %s <modules> <module-size> <p-in> <p-out> [resolution]\n",
                 Argv[0]);
    return 2;
  }
  const unsigned Modules = std::atoi(Argv[1]), Size = std::atoi(Argv[2]);
  const double PIn = std::atof(Argv[3]), POut = std::atof(Argv[4]);
  const double Resolution = Argc > 5 ? std::atof(Argv[5]) : 1.0;
  const std::size_t N = std::size_t(Modules) * Size;

  // Edges: each node draws its intra- and inter-module partners (expected degree fixed).
  std::mt19937_64 Rng(1);
  std::vector<WeightedEdge> Edges;
  std::uniform_real_distribution<double> W(1.0, 2.0);
  std::binomial_distribution<unsigned> In(Size, PIn / 2), Out(N - Size, POut / 2);
  for (std::uint32_t V = 0; V < N; ++V) {
    std::uint32_t M = V / Size;
    for (unsigned K = In(Rng); K > 0; --K)
      Edges.push_back({V, static_cast<std::uint32_t>(M * Size + Rng() % Size), W(Rng)});
    for (unsigned K = Out(Rng); K > 0; --K)
      Edges.push_back({V, static_cast<std::uint32_t>(Rng() % N), W(Rng)});
  }
  long BeforeKb = peakKb();
  auto T0 = std::chrono::steady_clock::now();
  WeightedGraph G = WeightedGraph::fromEdges(N, Edges);
  double Build = seconds(T0);
  ClusterOptions O;
  O.Resolution = Resolution;
  auto T1 = std::chrono::steady_clock::now();
  std::vector<std::uint32_t> Ours = cluster(G, O);
  double OurTime = seconds(T1);
  long OursKb = peakKb();

  IgraphCopy IG(G);
  auto T2 = std::chrono::steady_clock::now();
  std::vector<std::uint32_t> Theirs = IG.leiden(Resolution, -1); // until stable
  double TheirTime = seconds(T2);
  double OurQ = IG.modularity(Ours, Resolution), TheirQ = IG.modularity(Theirs, Resolution);

  std::printf("nodes %zu, edges %zu (distinct, undirected)\n", N, G.Targets.size() / 2);
  std::printf("seams leiden  %.3f s (+ %.3f s CSR build)  modularity %.4f  peak RSS +%ld MB\n",
              OurTime, Build, OurQ, (OursKb - BeforeKb) / 1024);
  std::printf("igraph leiden %.3f s                      modularity %.4f\n", TheirTime, TheirQ);
  std::printf("time ratio seams/igraph %.2f, modularity ratio %.4f\n", OurTime / TheirTime,
              OurQ / TheirQ);
  return 0;
}
