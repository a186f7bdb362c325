// Coupling hotspots of a proposed decomposition (what to break first) and the per-service
// contracts, computed from the facts; kinds, scores and actions are in docs/HOTSPOTS.md.
#pragma once

#include "graph/decompose/config.h"
#include "graph/decompose/decomposition.h"
#include "graph/hotspots/contracts.h"
#include "graph/model/facts.h"

#include <cstddef>
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
  /// Edges kept per hotspot (the heaviest); Hotspot::EdgeCount keeps the total. 0 keeps all.
  std::size_t MaxEdges = 50;
  /// At most this many hotspots per unit on average (the best-ranked are kept): a triage list
  /// for people, not an inventory of edges. 0 keeps all.
  double MaxPerUnit = 2;
  /// change-coupling needs at least this degree of coupling (Code Maat's minimum, 30%).
  double MinChangeDegree = 0.3;
};

/// The longest message a hotspot carries: lists end with "and N more", the detail is in Edges.
inline constexpr std::size_t MaxHotspotMessage = 300;

/// The table uses of the facts (Facts::TableUses), sorted by (table, caller, location, access).
/// Empty until the analyzer records them; every caller is an entity id of F.
std::vector<TableUse> tableUses(const Facts &F);

/// What the hotspots stage adds to a decomposition: the couplings to break first and what each
/// proposed service would expose and own. decomposition.json carries it (hotspots_json.h).
struct Assessment {
  std::vector<Hotspot> Hotspots; ///< Priority descending, then score, kind, message.
  /// Hotspots found but left out by HotspotOptions::MaxPerUnit (the lowest-ranked).
  std::size_t Omitted = 0;
  std::vector<ServiceContract> Contracts; ///< Parallel to Decomposition::Services.
};

/// Computes every hotspot kind and the contract of every service. D must come from decompose()
/// over the same facts (component and file units may also be read back from JSON).
/// Deterministic.
Assessment computeHotspots(const Facts &F, const Decomposition &D, const HotspotOptions &O);

/// What a hotspot's action costs, from its use sites and the files they sit in, damped like the
/// edge weights (1 + ln count) so that one large decision is not buried under many small ones:
/// 1 + ln(1 + UseSites) + ln(1 + FilesTouched). Hotspots rank by Score / effort.
double hotspotEffort(unsigned UseSites, unsigned FilesTouched);

/// One hotspot as a compiler-like line: "FILE:LINE: KIND: MESSAGE" (no location prefix without
/// one), as the console summary and the tests show it.
std::string hotspotLine(const Hotspot &H);

} // namespace seams
