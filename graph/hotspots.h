// Coupling hotspots of a proposed decomposition (what to break first) and the per-service
// contracts, computed from the facts; kinds, scores and actions are in docs/HOTSPOTS.md.
#pragma once

#include "graph/config.h"
#include "graph/contracts.h"
#include "graph/decomposition.h"
#include "graph/facts.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace seams {

struct HotspotOptions {
  /// Class names (unqualified, or qualified without leading "::") of the database wrappers whose
  /// methods take the table name as their first string-literal argument. The analyzer records
  /// those calls as Facts::TableUses; here they name the wrapper in shared-data hotspots.
  std::vector<std::string> DatabaseWrappers = {"Database"};
  unsigned Top = 10;   ///< How many hotspots printHotspotSummary shows by default.
  EdgeWeights Weights; ///< The config's weights: scores are in the same currency as clustering.
  /// copy-value-type applies to data-only structs up to this many lines.
  unsigned ValueTypeMaxLines = 40;
};

/// The table uses of the facts (Facts::TableUses), sorted by (table, caller, location, access).
/// Empty until the analyzer records them; every caller is an entity id of F.
std::vector<TableUse> tableUses(const Facts &F);

/// Computes every hotspot kind into D.Hotspots (sorted by score descending, then kind, message)
/// and the contract of every service (Service::Contract), and sets D.HasHotspots so that
/// decomposition.json carries them. D must come from decompose() over the same facts (component
/// and file units may also be read back from JSON). Deterministic.
void computeHotspots(const Facts &F, Decomposition &D, const HotspotOptions &O);

/// The concise stdout summary: services with size and cohesion, then the Top hotspots, one per
/// line, compiler-like: "payments/refund.cpp:51: shared-state: payments writes ... -> ...".
void printHotspotSummary(const Decomposition &D, std::ostream &Out, unsigned Top = 10);

/// One hotspot as its summary line ("FILE:LINE: KIND: MESSAGE"; no location prefix without one).
std::string hotspotLine(const Hotspot &H);

} // namespace seams
