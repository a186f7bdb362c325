// The service boundary proposal: units clustered into named services under the team's
// constraints, with a shared library set aside, metrics, and decomposition.json
// (docs/DECOMPOSITION.md).
#pragma once

#include "graph/decompose/change.h"
#include "graph/decompose/cluster.h"
#include "graph/decompose/compare.h"
#include "graph/decompose/config.h"
#include "graph/decompose/explain.h"
#include "graph/decompose/include_structure.h"
#include "graph/decompose/metrics.h"
#include "graph/decompose/unit_graph.h"
#include "graph/decompose/units.h"
#include "graph/model/facts.h"

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seams {

/// Version tag of decomposition.json; readers refuse other major versions.
inline constexpr std::string_view DecompositionSchema = "seams-decomposition/1";

/// Decomposition::Granularity of the default: the services are what stays together across
/// resolutions (DecomposeOptions::ResolutionConsensus).
inline constexpr std::string_view GranularityConsensusAcrossResolutions =
    "consensus-across-resolutions";

struct DecomposeOptions {
  UnitKind Unit = UnitKind::Component;
  std::string Algorithm = "leiden"; ///< leiden, louvain, label-propagation, girvan-newman.
  /// Find the resolution that gives this many services (docs/DECOMPOSITION.md says how and what
  /// happens when it cannot be hit exactly). Absent: use Resolution.
  std::optional<int> Services;
  double Resolution = 1.0;
  /// Leiden and Louvain without Services: choose the resolution by stability over seeds and
  /// neighbouring resolutions (granularity.h) instead of using Resolution (--auto-resolution).
  bool AutoResolution = false;
  /// With AutoResolution: the coarsest level scoring within this of the best wins
  /// (GranularityOptions::Tolerance).
  double GranularityTolerance = 0;
  /// Leiden and Louvain without Services: this many seeds merged by consensus
  /// (granularity.h, consensusCluster) instead of one run; 0 or 1: one run.
  unsigned Consensus = 0;
  /// Leiden and Louvain without Services, AutoResolution or Consensus: the services are what
  /// stays together across resolutions 1/8 to 8 and seeds (granularity.h, resolutionConsensus),
  /// Resolution only clustering that consensus. Off: one run at Resolution (what an explicit
  /// --resolution asks for).
  bool ResolutionConsensus = true;
  std::uint64_t Seed = 42;
  /// Threads for independent clustering runs (the resolution search of Services): 0 or 1 runs
  /// them on the calling thread. The result is byte-identical whatever the count.
  unsigned Jobs = 1;
  /// The project's change history (history/), or null: without it nothing here changes.
  const ChangeHistory *History = nullptr;
  CoChangeThresholds CoChange; ///< Which unit pairs count as changing together.
};

/// One proposed service.
struct Service {
  std::string Name;
  bool Pinned = false; ///< Named by a `[services.NAME]` pin.
  /// main and the wiring only it uses (graph/entry_points.h): it depends on every service by
  /// design, so the couplings it starts are not hotspots.
  bool CompositionRoot = false;
  std::vector<std::uint32_t> Units; ///< Indices into Decomposition::Units.Units, ascending.
  std::vector<std::string> Files;   ///< Sorted.
  ServiceMetrics Metrics;
  /// Why its units belong together (explain.h); absent in decomposition.json written before.
  std::optional<ServiceExplanation> Why;
};

/// Directed dependency weight from one service to another, summed over unit arcs.
struct ServiceEdge {
  std::uint32_t From = 0; ///< Service index.
  std::uint32_t To = 0;
  double Weight = 0;
  unsigned Calls = 0;
  unsigned Arcs = 0; ///< Unit-level arcs behind it.
};

struct Decomposition {
  static constexpr std::uint32_t SharedService = UINT32_MAX - 1;
  static constexpr std::uint32_t NoService = UINT32_MAX; ///< Excluded (or unknown) unit.

  // How it was made.
  UnitKind Unit = UnitKind::Component;
  std::string Algorithm = "leiden";
  std::uint64_t Seed = 42;
  double Resolution = 1.0; ///< The resolution actually used (found, with Services).
  /// How the number of services came about: "consensus-across-resolutions" (the default),
  /// "one-run" (at Resolution), "services", "auto-resolution" or "consensus-over-seeds". Empty
  /// when read from a file written before it was recorded.
  std::string Granularity;
  std::optional<int> RequestedServices;
  /// How modular the include graph is against the symbol graph, when include similarity was
  /// weighed ([weights] include_similarity > 0), and whether it entered the clustering.
  std::optional<IncludeStructure> Includes;
  bool IncludeSimilarityUsed = false;
  /// The [weights] include_structure it was compared with (the console says how close the
  /// ratio came: aria2's 0.7018 against 0.70 decided between 9 and 13 services).
  double IncludeStructureThreshold = 0;

  UnitSet Units; ///< Every unit, file -> unit, entity -> unit (the latter empty when read back).
  std::vector<Service> Services; ///< Sorted by name.
  std::vector<std::uint32_t>
      ServiceOfUnit;                       ///< Per unit: service index, SharedService or NoService.
  std::vector<std::uint32_t> SharedUnits;  ///< Ascending unit indices.
  std::vector<std::string> SharedFiles;    ///< Sorted.
  std::vector<std::string> ExcludedFiles;  ///< Sorted.
  std::vector<std::string> GeneratedFiles; ///< Set apart: generated, never a service. Sorted.
  /// The lifted directed unit arcs (empty when read back from JSON).
  std::vector<UnitArc> UnitArcs;
  /// Directed service -> service weights, sorted by (From, To); for hotspots and the service graph.
  std::vector<ServiceEdge> ServiceEdges;
  DecompositionMetrics Metrics;
  /// With a history: unit pairs that changed together (over Units, sorted), and how
  /// independently the services changed. Neither is read back from JSON.
  std::vector<CoChangePair> UnitCoChange;
  std::optional<ChangeIndependence> Change;

  /// Service index of a file, SharedService, or NoService (excluded or unknown).
  std::uint32_t serviceOfFile(std::string_view Path) const;
  /// file -> service name for comparison; shared files map to SharedCluster, excluded are left out.
  Assignment assignment() const;
};

/// Proposes services for F under the constraints of C. Throws seams::Error for contradictory
/// constraints (a unit pinned to two services, a [[together]] group spanning two pins, an
/// [[apart]] group whose sides are forced together) and bad options. Same inputs and seed
/// give an identical result.
Decomposition decompose(const Facts &F, const Config &C, const DecomposeOptions &O);

/// What a later stage adds to decomposition.json: members inside each service object and
/// members at the end of the document (the hotspots stage: contracts and hotspots). Each callback
/// writes its members with their leading ",\n"; an empty callback adds nothing.
struct DecompositionJsonSections {
  std::function<void(std::size_t Service, std::ostream &Out)> InService;
  std::function<void(std::ostream &Out)> AtEnd;
};

/// Writes decomposition.json: sorted, one file or unit per line, no absolute paths.
void writeDecompositionJson(const Decomposition &D, std::ostream &Out,
                            const DecompositionJsonSections &Extra = {});

/// Parses decomposition.json, throwing seams::Error that names Source for text that is not JSON.
nlohmann::json parseDecompositionJson(std::istream &In, const std::string &Source);

/// Reads decomposition.json back (for `seams compare` and `seams check --from`): units, services,
/// shared, excluded and metrics; not entity maps or unit arcs, nor later stages' sections.
/// Errors name Source.
Decomposition readDecompositionJson(const nlohmann::json &Doc, const std::string &Source);
Decomposition readDecompositionJson(std::istream &In, const std::string &Source);

} // namespace seams
