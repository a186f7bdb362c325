// What the report writers show, derived once from the facts and the decomposition: symbol-level
// dependencies behind each service edge, service cycles, and hotspots/contracts in report form.
#pragma once

#include "graph/decompose/decomposition.h"
#include "graph/hotspots/hotspots.h"
#include "graph/model/facts.h"
#include "graph/plan/plan.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace seams {

/// One symbol-level dependency between two services (an entity edge of the facts).
struct SymbolDependency {
  std::string From; ///< Qualified name of the user.
  std::string To;   ///< Qualified name of the used entity.
  EdgeKind Kind = EdgeKind::Call;
  unsigned Count = 0;
  std::vector<Location> At; ///< The samples the facts keep, sorted.
};

/// A service edge (Decomposition::ServiceEdges) with what lies behind it.
struct ServiceEdgeDetail {
  bool InCycle = false;  ///< Both ends are in the same strongly connected component.
  bool Feedback = false; ///< One of the edges to cut to break its cycle (graph/hotspots cycleCuts).
  /// Its place in the order in which the service map draws edges (0 first); the map draws the
  /// first ReportModel::MapDefaultEdges by default.
  unsigned MapRank = 0;
  unsigned TotalDependencies = 0;     ///< Symbol edges behind it, before the cap.
  std::vector<SymbolDependency> Deps; ///< The heaviest (count, then names), at most the cap.
};

/// A dependency between a service and the shared library: the service map's grey edges.
struct SharedLibraryEdge {
  std::uint32_t Service = 0;
  bool ToShared = true; ///< The service uses the library; false: the library uses the service.
  double Weight = 0;
  unsigned Calls = 0;
  unsigned Arcs = 0;        ///< Unit-level arcs behind it.
  ServiceEdgeDetail Detail; ///< Never in a cycle: the library is not a service.
};

/// A hotspot as the reports show it (from graph/hotspots/hotspots.h once computed).
struct ReportHotspot {
  std::string Kind;    ///< cross-service, shared-state, cycle, misplaced, hub, shared-data,
                       ///< change-coupling.
  double Priority = 0; ///< Score / effort: the rank order.
  double Score = 0;    ///< The benefit.
  double Weight = 0;
  double Effort = 1;
  unsigned UseSites = 0;
  unsigned FilesTouched = 0;
  unsigned Edges = 0; ///< Symbol edges behind it (decomposition.json lists the heaviest).
  std::string Action;
  std::string Message;
  std::vector<std::string> Services;
  std::vector<std::string> Entities;
  /// What makes the decision the same one from run to run, for fingerprints: for cross-service
  /// "action from -> to" (its entities change as edges come and go), for a cycle the arc to cut;
  /// empty for the other kinds, whose entities are their identity.
  std::string Identity;
  /// cross-service and cycle: the services of the arc it is about (what depends on what), so
  /// the report can open the symbol-level dependencies behind that service edge; else empty.
  std::string FromService, ToService;
  /// The main location first, then the edges' samples; unique, at most MaxHotspotLocations.
  std::vector<Location> Locations;
};

/// Locations a report keeps per hotspot: where to look first, then the edges' samples.
inline constexpr std::size_t MaxHotspotLocations = 20;

struct ReportApiEntry {
  std::string Name;
  std::string Kind;
  std::vector<std::string> Callers;
  unsigned Uses = 0;
  bool EventOnly = false;
};

struct ReportBlast {
  unsigned UnitsToday = 0, ServicesToday = 0, UnitsAfter = 0, ServicesAfter = 0;
  std::vector<std::string> Dependents;
};

/// A service's contract as the reports show it (from graph/hotspots/contracts.h once computed).
struct ReportContract {
  std::vector<ReportApiEntry> Api;
  std::vector<std::string> OwnsClasses, OwnsGlobals, OwnsTables;
  std::optional<ReportBlast> Blast;
};

struct ReportOptions {
  std::string Project;    ///< Display name; defaults to Facts::Root.
  std::string SourceLink; ///< "https://host/repo/blob/REV/{path}#L{line}"; empty: plain text.
  unsigned MaxDepsPerEdge = 200; ///< Symbol dependencies kept per service edge.
  /// hotspots.sarif keeps the first (best-ranked) this many results; GitHub code scanning
  /// accepts at most 25,000 per run (MaxSarifResults).
  std::size_t SarifMaxResults = 5000;
  /// Prepended to every path in hotspots.sarif, '/'-terminated or empty: the project root within
  /// the repository, since code scanning resolves paths from the repository's root.
  std::string PathPrefix;
};

struct ServiceSketch;

struct ReportModel {
  const Facts *F = nullptr;
  const Decomposition *D = nullptr;
  ReportOptions Options;
  /// The extraction plan and its interface sketches (graph/plan, reports/interfaces.h): the
  /// report's Plan section. Null: no such section.
  const Plan *PlanData = nullptr;
  const std::vector<ServiceSketch> *Sketches = nullptr;
  std::vector<ServiceEdgeDetail> Edges; ///< Parallel to D->ServiceEdges.
  /// Per service: the index of its cycle (a strongly connected component of two or more
  /// services, numbered in order of their first service), or -1.
  std::vector<int> CycleOfService;
  unsigned Cycles = 0;
  unsigned FeedbackEdges = 0; ///< Service edges marked Feedback.
  /// Service <-> shared-library edges, by (service, direction); empty without a shared library.
  std::vector<SharedLibraryEdge> SharedEdges;
  /// How many edges the service map draws by default, the lowest MapRank of Edges and
  /// SharedEdges: per service its heaviest outgoing service edges, as many per service as keep
  /// the average at most MaxEdgesPerService per service, plus the heaviest edge of any node (the
  /// shared library too) left without one. Then come the other service edges, the heavier of each
  /// service first, then the shared-library edges.
  unsigned MapDefaultEdges = 0;
  static constexpr unsigned MaxEdgesPerService = 3;
  bool HasHotspots = false; ///< Hotspots and contracts were computed (even if none were found).
  std::vector<ReportHotspot> Hotspots;   ///< Rank order (priority descending), as computed.
  std::size_t HotspotsOmitted = 0;       ///< Left out of the assessment (Assessment::Omitted).
  std::vector<ReportContract> Contracts; ///< Parallel to D->Services when HasHotspots.
  std::vector<std::uint32_t> UnitOrder;  ///< Units grouped by service, then shared, then by id.
};

/// Builds the model. F and D must outlive it; D must come from decompose() over F (the entity
/// map is rebuilt from files if D was read back). A is D's assessment, or null when hotspots were
/// not computed. Deterministic.
ReportModel buildReportModel(const Facts &F, const Decomposition &D, const Assessment *A,
                             const ReportOptions &O);

/// Fills M.Hotspots, M.Contracts and M.HasHotspots from A (graph/hotspots/hotspots.h), or leaves
/// them empty when A is null. Called by buildReportModel; the only place that knows the hotspot
/// types.
void addHotspots(const Assessment *A, ReportModel &M);

} // namespace seams
