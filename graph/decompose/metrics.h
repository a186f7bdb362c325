// Decomposition quality metrics: modularity, TurboMQ, Bunch MQ, Mono2Micro's SM/ICP/IFN/NED, and
// per-service size, cohesion and coupling. Definitions and sources: docs/METRICS.md.
#pragma once

#include "graph/decompose/unit_graph.h"

#include <cstdint>
#include <vector>

namespace seams {

/// Per-service figures. Weights are lifted dependency weights (unit_graph.h); edges to shared
/// or excluded units are not coupling between services and are counted only in SharedWeight.
struct ServiceMetrics {
  unsigned Units = 0;
  unsigned Files = 0;
  unsigned Lines = 0;
  double InternalWeight = 0;     ///< Arcs between two units of the service.
  double Cohesion = 0;           ///< Internal / (internal + afferent + efferent); 0 without edges.
  double Afferent = 0;           ///< Ca: weight of arcs from other services into this one.
  double Efferent = 0;           ///< Ce: weight of arcs from this service to others.
  unsigned AfferentServices = 0; ///< Services depending on this one.
  unsigned EfferentServices = 0; ///< Services this one depends on.
  double Instability = 0;        ///< Ce / (Ca + Ce) (Martin); 0 when both are 0.
  double SharedWeight = 0;       ///< Weight of arcs to shared units.
  unsigned Interfaces = 0;       ///< Entities other services call (see IFN).
};

/// Whole-decomposition figures, over the clustered units only (shared and excluded left out).
struct DecompositionMetrics {
  double Modularity = 0; ///< Weighted, undirected, resolution 1.
  double TurboMQ = 0; ///< Σ 2μ_i / (2μ_i + Σ_j ε_ij + ε_ji), weighted (Mitchell/Mancoridis).
  double BasicMQ = 0; ///< Bunch's basic MQ on distinct directed unit dependencies.
  double SM = 0;      ///< Mono2Micro structural modularity, on distinct undirected pairs.
  double ICP = 0;     ///< Share of calls (by count) that cross services; lower is better.
  double IFN = 0;     ///< Mean number of interfaces per service; lower is better.
  double NED = 0;     ///< Share of units in services outside [NedMin, NedMax] units.
  unsigned Services = 0;
  unsigned ClusteredUnits = 0;
};

/// NED bounds in units, as in Mono2Micro (which counts classes): a service of fewer than 5 or
/// more than 20 units is "extreme".
inline constexpr unsigned NedMin = 5;
inline constexpr unsigned NedMax = 20;

/// Input to the metrics: the directed unit arcs and the service of every unit.
struct PartitionInput {
  std::size_t NumUnits = 0;
  const std::vector<UnitArc> *Arcs = nullptr;
  std::vector<std::uint32_t> ServiceOf; ///< Per unit: a service index or NotClustered.
  std::vector<bool> Shared;             ///< Per unit: set aside as shared library.
  std::size_t NumServices = 0;
  std::vector<unsigned> UnitLines;  ///< Per unit.
  std::vector<unsigned> UnitFiles;  ///< Per unit.
  std::vector<unsigned> Interfaces; ///< Per service (computed from facts by the caller).
  /// Per unit: calls between its own entities (not arcs, but calls the ICP counts as not
  /// crossing: the ICP is the share of all calls between clustered code, as in `seams check`).
  std::vector<unsigned> InternalCalls;
  static constexpr std::uint32_t NotClustered = UINT32_MAX;
};

struct MetricsResult {
  DecompositionMetrics Overall;
  std::vector<ServiceMetrics> PerService;
};

/// Computes every metric. Deterministic: sums run in arc order (sorted by unit indices).
MetricsResult computeMetrics(const PartitionInput &In);

} // namespace seams
