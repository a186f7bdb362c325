// Graphviz DOT output: services.dot (services, the shared library, weighted edges, the edges to
// cut in red) and units.dot
// (units clustered by service). Both are valid input for `dot -Tsvg`.
#pragma once

#include "reports/report_model.h"

#include <cstddef>
#include <iosfwd>

namespace seams {

/// Which services.dot to write: the file, or the DOT that index.html lays out as its map.
enum class ServicesDotFor { File, HtmlMap };

/// Above this many services the map bounds Graphviz's x positioning (`nslimit=1`: network
/// simplex stops after one iteration per node). On POCO with 940 one-unit services `dot` took
/// 118 s, 115 of them in that phase (46,940 nodes with the long edges' virtual ones); bounded,
/// 13.5 s. A map that large is searched, not read node by node. Smaller maps are laid out
/// exactly as before.
inline constexpr std::size_t BoundedLayoutServices = 200;

/// The service graph as the report's map draws it by default: one node per service (name,
/// units, lines; the name alone for HtmlMap) and a grey one for the shared library if there is
/// one; the edges of rank below ReportModel::MapDefaultEdges among the service edges and the
/// service <-> library dependencies (grey), labelled with their weight, pen width growing with
/// it, red and dashed when it is a feedback edge (one to cut to break a cycle). Feedback edges
/// do not place the nodes, so the dependencies read top to bottom and the edges to cut point
/// up: the file keeps their direction with constraint=false (weight as an xlabel), HtmlMap
/// writes them reversed with dir=back. HtmlMap adds ids: id="sN", id="shared" and id="eN" (N:
/// the index of a service edge, then of ReportModel::SharedEdges after them) so the page can
/// attach clicks to the rendered SVG (it draws the other edges itself). Above
/// BoundedLayoutServices services the graph asks for a bounded layout. Deterministic.
void writeServicesDot(const ReportModel &M, std::ostream &Out,
                      ServicesDotFor For = ServicesDotFor::File);

/// The unit graph: units as nodes in one `subgraph cluster_N` per service (and cluster_shared
/// for the shared library), unit arcs as edges, cross-service arcs orange. Deterministic.
void writeUnitsDot(const ReportModel &M, std::ostream &Out);

} // namespace seams
