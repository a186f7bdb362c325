// hotspots.sarif: coupling hotspots as SARIF 2.1.0 results, so code-scanning UIs show them on the
// lines they point at.
#pragma once

#include "reports/report_model.h"

#include <iosfwd>
#include <string>

namespace seams {

/// Writes one SARIF 2.1.0 log with one run of the "seams" tool: a rule per hotspot kind and a
/// result per hotspot (level warning; the first location is where to look first, the others
/// are related locations). URIs are relative to %SRCROOT% (the project root). Each result's
/// partialFingerprints["seamsHotspot/v1"] hashes the kind, entities and services, never line
/// numbers, so a hotspot keeps its identity when code moves. Without hotspots the log has an
/// empty results list. Deterministic.
void writeHotspotsSarif(const ReportModel &M, std::ostream &Out);

/// The fingerprint of a hotspot: FNV-1a of kind, entities and services (see escape.h).
std::string hotspotFingerprint(const ReportHotspot &H);

} // namespace seams
