// hotspots.sarif: coupling hotspots as SARIF 2.1.0 results, so code-scanning UIs show them on the
// lines they point at.
#pragma once

#include "reports/report_model.h"

#include <cstddef>
#include <iosfwd>
#include <string>

namespace seams {

/// The most results GitHub code scanning accepts in one run.
inline constexpr std::size_t MaxSarifResults = 25000;
/// Locations (and related locations) kept per result; GitHub accepts 1,000.
inline constexpr std::size_t MaxSarifLocations = 100;

/// Writes one SARIF 2.1.0 log with one run of the "seams" tool: a rule per hotspot kind and a
/// result per hotspot, best-ranked first, at most M.Options.SarifMaxResults (capped at
/// MaxSarifResults) so that code scanning accepts the file at any project size (level warning;
/// the first location is where to look first, the others are related locations, at most
/// MaxSarifLocations in all). The run's properties say how many hotspots there are and how many
/// were left out (here, and by the analysis's per-unit cap). URIs are relative to %SRCROOT% (the
/// project root). Each result's partialFingerprints["seamsHotspot/v1"] hashes the kind, the
/// identity (or entities) and services, never line numbers, so a hotspot keeps its identity when
/// code moves. Without hotspots the log has an empty results list. Deterministic.
void writeHotspotsSarif(const ReportModel &M, std::ostream &Out);

/// The fingerprint of a hotspot: FNV-1a of kind, identity (or entities when it has none) and
/// services (see escape.h). A cross-service decision keeps its fingerprint while the edges
/// behind it change; a cycle's cut keeps it while the cycle's other arcs change.
std::string hotspotFingerprint(const ReportHotspot &H);

} // namespace seams
