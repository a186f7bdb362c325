// Graphviz DOT output: services.dot (services, the shared library, weighted edges, the edges to
// cut in red) and units.dot
// (units clustered by service). Both are valid input for `dot -Tsvg`.
#pragma once

#include "reports/report_model.h"

#include <iosfwd>

namespace seams {

/// Which services.dot to write: the file, or the DOT that index.html lays out as its map.
enum class ServicesDotFor { File, HtmlMap };

/// The service graph: one node per service (name, units, lines; the name alone for HtmlMap) and
/// a grey one for the shared
/// library if there is one; one edge per service edge and per service <-> library dependency
/// (grey), labelled with its weight, pen width growing with it, red when it is a feedback edge
/// (one to cut to break a cycle). Only the edges the map draws by default that are not feedback
/// edges place the nodes, so the dependencies read top to bottom and the edges to cut point
/// up. For File, every edge, the others dashed (constraint=false, weight as an xlabel). For
/// HtmlMap, only the edges drawn by default (the page draws the others), a feedback edge
/// written reversed with dir=back, and ids: id="sN", id="shared" and id="eN" (N: the index of a
/// service edge, then of ReportModel::SharedEdges after them) so the page can attach clicks to
/// the rendered SVG. Deterministic.
void writeServicesDot(const ReportModel &M, std::ostream &Out,
                      ServicesDotFor For = ServicesDotFor::File);

/// The unit graph: units as nodes in one `subgraph cluster_N` per service (and cluster_shared
/// for the shared library), unit arcs as edges, cross-service arcs orange. Deterministic.
void writeUnitsDot(const ReportModel &M, std::ostream &Out);

} // namespace seams
