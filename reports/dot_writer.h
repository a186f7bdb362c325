// Graphviz DOT output: services.dot (services, weighted edges, cycles in red) and units.dot
// (units clustered by service). Both are valid input for `dot -Tsvg`.
#pragma once

#include "reports/report_model.h"

#include <iosfwd>

namespace seams {

/// The service graph: one node per service (name, units, lines), one edge per service edge
/// labelled with its weight, pen width growing with it, red when part of a cycle. WithSvgIds
/// adds id="sN" / id="eN" (service and service-edge indices) so the HTML report can attach
/// clicks to the rendered SVG. Deterministic.
void writeServicesDot(const ReportModel &M, std::ostream &Out, bool WithSvgIds = false);

/// The unit graph: units as nodes in one `subgraph cluster_N` per service (and cluster_shared
/// for the shared library), unit arcs as edges, cross-service arcs orange. Deterministic.
void writeUnitsDot(const ReportModel &M, std::ostream &Out);

} // namespace seams
