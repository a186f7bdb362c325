// Writes services.dot and units.dot (see dot_writer.h); every name goes through dotString.
#include "reports/dot_writer.h"

#include "graph/model/text_format.h"
#include "reports/escape.h"

#include <algorithm>
#include <ostream>

namespace seams {
namespace {

constexpr const char *CycleColor = "#c0392b";
constexpr const char *CrossColor = "#d35400";
constexpr const char *EdgeColor = "#5b6b80";
constexpr const char *SharedColor = "#8a8f98";
constexpr const char *SharedFill = "#eceef1";

std::string penWidth(double Weight, double Max) {
  return formatNumber(1 + 4 * (Max > 0 ? Weight / Max : 0), 2);
}

/// The shared library's node: a name no service has.
std::string sharedNodeName(const Decomposition &D) {
  std::string Name = "shared library";
  while (std::any_of(D.Services.begin(), D.Services.end(),
                     [&](const Service &S) { return S.Name == Name; }))
    Name += "*";
  return Name;
}

} // namespace

void writeServicesDot(const ReportModel &M, std::ostream &Out, ServicesDotFor For) {
  const Decomposition &D = *M.D;
  const bool WithSvgIds = For == ServicesDotFor::HtmlMap;
  Out << "// Proposed services of " << dotString(M.Options.Project)
      << ": edges are dependency weights; red (dashed) edges are the ones to cut to break the "
         "cycles; grey: the shared library.\n// The strongest "
      << M.MapDefaultEdges << " of "
      << plural(D.ServiceEdges.size() + M.SharedEdges.size(), "edge", "edges")
      << ", as the report's service map draws them by default; decomposition.json has "
         "every service edge.\n";
  Out << "digraph services {\n"
         "  graph [rankdir=TB, nodesep=0.3, ranksep=0.5, fontname=\"Helvetica\""
      << (D.Services.size() > BoundedLayoutServices ? ", nslimit=1" : "")
      << "];\n"
         "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef3fb\", color=\"#4a6fa5\", "
         "fontname=\"Helvetica\", fontsize=14, margin=\"0.14,0.06\"];\n"
         "  edge [color=\""
      << EdgeColor
      << "\", fontname=\"Helvetica\", fontsize=12, "
         "arrowsize=0.7];\n";
  for (std::size_t I = 0; I < D.Services.size(); ++I) {
    const Service &S = D.Services[I];
    // The map shows the name alone (one line of text, so no two lines can touch) and the size
    // in the node's title.
    Out << "  " << dotString(S.Name) << " [label="
        << dotString(WithSvgIds ? S.Name
                                : S.Name + "\n" + plural(S.Metrics.Units, "unit", "units") + ", " +
                                      plural(S.Metrics.Lines, "line", "lines"));
    if (WithSvgIds)
      Out << ", id=\"s" << I << "\"";
    Out << "];\n";
  }
  const std::string Shared = sharedNodeName(D);
  if (!D.SharedUnits.empty()) {
    Out << "  " << dotString(Shared) << " [label="
        << dotString(WithSvgIds
                         ? std::string("shared library")
                         : "shared library\n" + plural(D.SharedUnits.size(), "unit", "units") +
                               ", " + plural(D.SharedFiles.size(), "file", "files"))
        << ", fillcolor=\"" << SharedFill << "\", color=\"" << SharedColor << "\"";
    if (WithSvgIds)
      Out << ", id=\"shared\"";
    Out << "];\n";
  }
  // Pen widths grow with the weight among service edges, and among shared-library edges (those
  // are often far heavier: using a library is what it is for).
  double Max = 0, SharedMax = 0;
  for (const ServiceEdge &E : D.ServiceEdges)
    Max = std::max(Max, E.Weight);
  for (const SharedLibraryEdge &E : M.SharedEdges)
    SharedMax = std::max(SharedMax, E.Weight);
  // Only the edges drawn by default and not cut place the services, so the map reads in the
  // direction of the dependencies (top to bottom) and the edges to cut (dashed) point up.
  auto Edge = [&](const std::string &From, const std::string &To, double Weight,
                  const ServiceEdgeDetail &X, bool ToOrFromShared, std::size_t Id) {
    const char *Color = X.Feedback ? CycleColor : ToOrFromShared ? SharedColor : nullptr;
    if (X.MapRank >= M.MapDefaultEdges)
      return;
    // An edge to cut must not place its ends. The map writes it reversed; the file keeps its
    // direction, with constraint=false and so an xlabel: Graphviz 2.43 frees the `label` of a
    // constraint=false edge twice in gvFreeLayout (harmless to the dot binary, which exits).
    bool Reversed = WithSvgIds && X.Feedback;
    bool Loose = !WithSvgIds && X.Feedback;
    Out << "  " << dotString(Reversed ? To : From) << " -> " << dotString(Reversed ? From : To)
        << " [" << (Loose ? "x" : "") << "label=\"" << formatNumber(Weight, 1)
        << "\", weight=" << formatNumber(std::max(1.0, Weight), 0)
        << ", penwidth=" << penWidth(Weight, ToOrFromShared ? SharedMax : Max);
    if (Reversed)
      Out << ", dir=back";
    if (Loose)
      Out << ", constraint=false";
    if (X.Feedback)
      Out << ", style=dashed";
    if (Color)
      Out << ", color=\"" << Color << "\", fontcolor=\"" << Color << "\"";
    if (WithSvgIds)
      Out << ", id=\"e" << Id << "\"";
    Out << "];\n";
  };
  for (std::size_t I = 0; I < D.ServiceEdges.size(); ++I) {
    const ServiceEdge &E = D.ServiceEdges[I];
    Edge(D.Services[E.From].Name, D.Services[E.To].Name, E.Weight, M.Edges[I], false, I);
  }
  for (std::size_t I = 0; I < M.SharedEdges.size(); ++I) {
    const SharedLibraryEdge &E = M.SharedEdges[I];
    const std::string &Name = D.Services[E.Service].Name;
    Edge(E.ToShared ? Name : Shared, E.ToShared ? Shared : Name, E.Weight, E.Detail, true,
         D.ServiceEdges.size() + I);
  }
  Out << "}\n";
}

void writeUnitsDot(const ReportModel &M, std::ostream &Out) {
  const Decomposition &D = *M.D;
  Out << "// Units of " << dotString(M.Options.Project)
      << " clustered by proposed service; orange arcs cross services.\n";
  Out << "digraph units {\n"
         "  graph [rankdir=LR, compound=true, fontname=\"Helvetica\"];\n"
         "  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];\n"
         "  edge [color=\"#8a97a8\", arrowsize=0.6];\n";
  auto Cluster = [&](const std::string &Name, const std::string &Label,
                     const std::vector<std::uint32_t> &Units, bool Dashed) {
    Out << "  subgraph " << Name << " {\n    label=" << dotString(Label) << ";\n";
    if (Dashed)
      Out << "    style=dashed;\n";
    for (std::uint32_t U : Units)
      Out << "    " << dotString(D.Units.Units[U].Id) << ";\n";
    Out << "  }\n";
  };
  for (std::size_t I = 0; I < D.Services.size(); ++I)
    Cluster("cluster_" + std::to_string(I), D.Services[I].Name, D.Services[I].Units, false);
  if (!D.SharedUnits.empty())
    Cluster("cluster_shared", "shared library", D.SharedUnits, true);
  double Max = 0;
  for (const UnitArc &A : D.UnitArcs)
    Max = std::max(Max, A.Weight);
  for (const UnitArc &A : D.UnitArcs) {
    std::uint32_t SF = D.ServiceOfUnit[A.From], ST = D.ServiceOfUnit[A.To];
    if (SF == Decomposition::NoService || ST == Decomposition::NoService)
      continue;
    Out << "  " << dotString(D.Units.Units[A.From].Id) << " -> "
        << dotString(D.Units.Units[A.To].Id) << " [penwidth=" << penWidth(A.Weight, Max);
    if (SF != ST && SF < D.Services.size() && ST < D.Services.size())
      Out << ", color=\"" << CrossColor << "\"";
    Out << "];\n";
  }
  Out << "}\n";
}

} // namespace seams
