// decomposition.json with what the hotspots stage adds: each service's contract (api, owns,
// tables, depends_on, blast_radius) and the ranked hotspots (docs/DECOMPOSITION.md).
#pragma once

#include "graph/decompose/decomposition.h"
#include "graph/hotspots/hotspots.h"

#include <iosfwd>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>

namespace seams {

/// Writes decomposition.json for D with A: the decomposition's own sections, a contract inside
/// each service and the hotspots at the end. Deterministic, no absolute paths.
void writeDecompositionJson(const Decomposition &D, const Assessment &A, std::ostream &Out);

/// The sections the assessment adds to decomposition.json, for a later stage to extend: A must
/// outlive the result.
DecompositionJsonSections assessmentSections(const Assessment &A);

/// One hotspot edge as decomposition.json writes it (from, to, services, kind, count, weight, at),
/// for later stages that list edges the same way.
void writeHotspotEdgeJson(const HotspotEdge &E, std::ostream &Out);

/// The assessment in a parsed decomposition.json whose decomposition was read into D, or nullopt
/// when the file has none (written before hotspots were computed). Throws seams::Error naming
/// Source for malformed input.
std::optional<Assessment> readAssessmentJson(const nlohmann::json &Doc, const Decomposition &D,
                                             const std::string &Source);

} // namespace seams
