// What the change history says about units and services: co-change between units (a clustering
// signal and a hotspot) and how independently a decomposition's services changed in the past
// (docs/HISTORY.md, docs/METRICS.md).
#pragma once

#include "graph/decompose/cluster.h"
#include "graph/decompose/compare.h"
#include "graph/decompose/unit_graph.h"
#include "graph/decompose/units.h"
#include "graph/model/history.h"

#include <map>
#include <string>
#include <vector>

namespace seams {

/// The co-change of units: each commit's files mapped to their units (a commit counts once per
/// unit), pairs over unit indices passing T, sorted by (A, B). Files no unit holds are ignored.
std::vector<CoChangePair> unitCoChange(const ChangeHistory &H, const UnitSet &U,
                                       const CoChangeThresholds &T);

/// The clustering edges co-change adds: Weight x degree x (1 + ln support) per unit pair, so
/// that a pair always changed together in one commit counts like a dependency of weight Weight,
/// damped in its support like the edge counts. Empty for a weight of 0.
std::vector<WeightedEdge> coChangeEdges(const std::vector<CoChangePair> &Pairs, double Weight);

/// The mean weight of the unit arcs that carry weight (1 without any): the scale co-change
/// edges are given in, so that `[weights] cochange = 1` means "like an average dependency"
/// whatever the project's size and edge kinds.
double meanArcWeight(const UnitGraph &G);

/// One service's past: commits that changed it alone, and with another service.
struct ServiceChange {
  unsigned Alone = 0;
  unsigned WithOthers = 0;
  friend bool operator==(const ServiceChange &, const ServiceChange &) = default;
};

/// The independent change rate of a decomposition (docs/METRICS.md). Only commits that changed
/// a file of some service count; shared and unassigned files belong to no service.
struct ChangeIndependence {
  unsigned Commits = 0;       ///< Commits that changed at least one service.
  unsigned SingleService = 0; ///< ... exactly one: it could have been released alone.
  unsigned MultiService = 0;  ///< ... two or more: a coordinated release.
  /// Commits of the history that changed no service: only the shared library, or files no
  /// service holds (left out, gone since). Counted so that the line adds up to the history's.
  unsigned NoService = 0;
  std::map<std::string, ServiceChange> PerService; ///< By service name.
  /// Commits that changed both services of a pair (first name < second): the support of the
  /// pair, beside the static weight of their edge.
  std::map<std::pair<std::string, std::string>, unsigned> Together;
  /// S's change partners: the services it changed with, most often first (then by name).
  std::vector<std::pair<std::string, unsigned>> partners(const std::string &S) const;
  /// Commits that changed both A and B (in either order).
  unsigned together(const std::string &A, const std::string &B) const;
  double independentShare() const { return Commits ? double(SingleService) / Commits : 0; }
  double coordinatedShare() const { return Commits ? double(MultiService) / Commits : 0; }
  friend bool operator==(const ChangeIndependence &, const ChangeIndependence &) = default;
};

/// The independent change rate of the decomposition A (file -> service; files mapped to
/// SharedCluster count as no service) over the commits of H.
ChangeIndependence changeIndependence(const ChangeHistory &H, const Assignment &A);

/// "62.5% of 40 commits changed one service alone (25), 15 changed two or more": one line for
/// summaries and `seams compare`.
std::string independenceLine(const ChangeIndependence &C);

} // namespace seams
