// Coupling hotspots of a proposed decomposition (what to break first) and the per-service
// contracts, computed from the facts; kinds, scores and actions are in docs/HOTSPOTS.md.
#pragma once

#include "graph/decompose/config.h"
#include "graph/decompose/decomposition.h"
#include "graph/hotspots/contracts.h"
#include "graph/model/facts.h"

#include <string>
#include <vector>

namespace seams {

struct HotspotOptions {
  /// Class names (unqualified, or qualified without leading "::") of the database wrappers whose
  /// methods take the table name as their first string-literal argument. The analyzer records
  /// those calls as Facts::TableUses; here they name the wrapper in shared-data hotspots.
  std::vector<std::string> DatabaseWrappers = {"Database"};
  EdgeWeights Weights; ///< The config's weights: scores are in the same currency as clustering.
  /// copy-value-type applies to data-only structs up to this many lines.
  unsigned ValueTypeMaxLines = 40;
};

/// The table uses of the facts (Facts::TableUses), sorted by (table, caller, location, access).
/// Empty until the analyzer records them; every caller is an entity id of F.
std::vector<TableUse> tableUses(const Facts &F);

/// What the hotspots stage adds to a decomposition: the couplings to break first and what each
/// proposed service would expose and own. decomposition.json carries it (hotspots_json.h).
struct Assessment {
  std::vector<Hotspot> Hotspots;          ///< Score descending, then kind, message.
  std::vector<ServiceContract> Contracts; ///< Parallel to Decomposition::Services.
};

/// Computes every hotspot kind and the contract of every service. D must come from decompose()
/// over the same facts (component and file units may also be read back from JSON).
/// Deterministic.
Assessment computeHotspots(const Facts &F, const Decomposition &D, const HotspotOptions &O);

/// One hotspot as a compiler-like line: "FILE:LINE: KIND: MESSAGE" (no location prefix without
/// one), as the console summary and the tests show it.
std::string hotspotLine(const Hotspot &H);

} // namespace seams
