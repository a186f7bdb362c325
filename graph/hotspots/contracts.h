// Coupling hotspots and service contracts: the data that says what to break first and what each
// proposed service would expose and own (docs/HOTSPOTS.md, docs/DECOMPOSITION.md).
#pragma once

#include "graph/model/facts.h"

#include <cstdint>
#include <iosfwd>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seams {

struct Decomposition;
struct EdgeWeights;

/// What a hotspot is. The spelling of each kind (hotspotKindName) is part of decomposition.json.
enum class HotspotKind : std::uint8_t {
  CrossService,   ///< Symbol edges between two proposed services.
  SharedState,    ///< A global written by one service and used by another.
  Cycle,          ///< Services that depend on each other, with the cheapest edges to cut.
  Misplaced,      ///< A unit whose directory says one service and whose dependencies another.
  Hub,            ///< A unit or class that holds several services together.
  SharedData,     ///< A database table used by several services.
  ChangeCoupling, ///< Units of two services that changed together in the project's history.
};

std::string_view hotspotKindName(HotspotKind K);
std::optional<HotspotKind> parseHotspotKind(std::string_view S);

/// One symbol-level dependency behind a hotspot. For shared-data, To is the table and Kind is
/// read or write.
struct HotspotEdge {
  std::string From; ///< Qualified name of the user.
  std::string To;   ///< Qualified name of the used entity (or the table).
  std::string FromService;
  std::string ToService;
  EdgeKind Kind = EdgeKind::Call;
  unsigned Count = 0;
  unsigned Discarded = 0;
  double Weight = 0;
  std::vector<Location> At; ///< Sorted; the samples the facts keep (`--max-samples`).
};

/// A service-level arc of a cycle proposed for cutting.
struct ServiceCut {
  std::string From;
  std::string To;
  double Weight = 0;
};

/// One decision to make: what couples the services, and what to do about it. The list is a
/// triage list: ranked by Priority (benefit over effort), at most a few per unit.
struct Hotspot {
  HotspotKind Kind = HotspotKind::CrossService;
  double Weight = 0; ///< The coupling weight the action removes (kind weights, damped counts).
  double Score = 0;  ///< The benefit: Weight x the action's severity (docs/HOTSPOTS.md).
  /// What the action costs: use sites to change and the distinct files they sit in, over every
  /// edge (before Edges is capped). Effort = 1 + ln(1 + UseSites) + ln(1 + FilesTouched).
  unsigned UseSites = 0;
  unsigned FilesTouched = 0;
  double Effort = 1;
  double Priority = 0; ///< Score / Effort: the ranking key.
  /// Short action code: move, publish-event, copy-value-type, extract-interface, call-api,
  /// add-accessor, own-guarded-state, cut-edges, move-unit, split-unit, split-class, expose-table.
  std::string Action;
  std::string Message;               ///< One line: what is wrong, "->", what to do.
  std::vector<std::string> Services; ///< The services involved, sorted.
  std::vector<std::string> Entities; ///< The main entities, units or tables, in message order.
  std::string Owner;                 ///< The owning or target service, when the action names one.
  Location At;                       ///< Where to look first.
  /// Heaviest first, then by names; at most HotspotOptions::MaxEdges of them are kept, so that
  /// decomposition.json grows with the units, not with the edges.
  std::vector<HotspotEdge> Edges;
  unsigned EdgeCount = 0;      ///< Every edge behind the hotspot, before the cap.
  std::vector<ServiceCut> Cut; ///< cycle: the arc this hotspot cuts (one per hotspot).
};

/// An entity of a service that other services use: a candidate endpoint.
struct ApiEntry {
  std::string Name; ///< Qualified name; overloads are one entry.
  EntityKind Kind = EntityKind::Function;
  std::vector<std::string> Callers; ///< The services using it, sorted.
  unsigned Uses = 0;                ///< Use sites from other services.
  bool EventOnly = false; ///< Only ever called with the result discarded: could be an event.
};

/// Another service this one depends on.
struct ServiceDependency {
  std::string Service;
  double Weight = 0; ///< Symbol edges only (no includes).
  unsigned Calls = 0;
  unsigned Discarded = 0; ///< Calls whose result is not used.
  bool Sync = true;       ///< False when every dependency is a call with its result discarded.
};

struct TableAccess {
  std::string Table;
  bool Read = false;
  bool Write = false;
};

/// What goes down with a service. Today the monolith is one binary, so everything fails
/// together; after the cut only the services that call it synchronously, transitively.
struct BlastRadius {
  unsigned UnitsToday = 0;             ///< Every unit of the binary (shared library included).
  unsigned ServicesToday = 0;          ///< Every service.
  unsigned UnitsAfter = 0;             ///< Units of the service and of its synchronous dependents.
  unsigned ServicesAfter = 0;          ///< The service and its synchronous dependents.
  std::vector<std::string> Dependents; ///< The synchronous dependents, sorted.
};

struct ServiceContract {
  std::vector<ApiEntry> Api;                ///< Sorted by name.
  std::vector<std::string> OwnsClasses;     ///< Classes no other service uses, sorted.
  std::vector<std::string> OwnsGlobals;     ///< Variables no other service reads or writes, sorted.
  std::vector<std::string> OwnsTables;      ///< Tables no other service touches, sorted.
  std::vector<TableAccess> Tables;          ///< Every table the service touches, sorted.
  std::vector<ServiceDependency> DependsOn; ///< Sorted by service name.
  BlastRadius Blast;
};

/// The contract of every service of D (index = service index) from the facts: api, owns, tables,
/// depends_on and blast_radius. D must come from decompose() over the same facts (or have its
/// entity map rebuildable from its files: component and file units). Weights are the config's.
std::vector<ServiceContract> computeContracts(const Facts &F, const Decomposition &D,
                                              const EdgeWeights &W);

} // namespace seams
