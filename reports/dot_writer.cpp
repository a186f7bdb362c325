// Writes services.dot and units.dot (see dot_writer.h); every name goes through dotString.
#include "reports/dot_writer.h"

#include "reports/escape.h"

#include <algorithm>
#include <ostream>

namespace seams {
namespace {

constexpr const char *CycleColor = "#c0392b";
constexpr const char *CrossColor = "#d35400";
constexpr const char *EdgeColor = "#5b6b80";

std::string penWidth(double Weight, double Max) {
  return formatNumber(1 + 4 * (Max > 0 ? Weight / Max : 0), 2);
}

} // namespace

void writeServicesDot(const ReportModel &M, std::ostream &Out, bool WithSvgIds) {
  const Decomposition &D = *M.D;
  Out << "// Proposed services of " << dotString(M.Options.Project)
      << ": edges are dependency weights; red edges are part of a cycle.\n";
  Out << "digraph services {\n"
         "  graph [rankdir=LR, nodesep=0.4, ranksep=0.8, fontname=\"Helvetica\"];\n"
         "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef3fb\", color=\"#4a6fa5\", "
         "fontname=\"Helvetica\", fontsize=12];\n"
         "  edge [color=\""
      << EdgeColor
      << "\", fontname=\"Helvetica\", fontsize=10, "
         "arrowsize=0.7];\n";
  for (std::size_t I = 0; I < D.Services.size(); ++I) {
    const Service &S = D.Services[I];
    Out << "  " << dotString(S.Name) << " [label="
        << dotString(S.Name + "\n" + std::to_string(S.Metrics.Units) + " units, " +
                     std::to_string(S.Metrics.Lines) + " lines");
    if (M.CycleOfService[I] >= 0)
      Out << ", color=\"" << CycleColor << "\", penwidth=2";
    if (WithSvgIds)
      Out << ", id=\"s" << I << "\"";
    Out << "];\n";
  }
  double Max = 0;
  for (const ServiceEdge &E : D.ServiceEdges)
    Max = std::max(Max, E.Weight);
  for (std::size_t I = 0; I < D.ServiceEdges.size(); ++I) {
    const ServiceEdge &E = D.ServiceEdges[I];
    Out << "  " << dotString(D.Services[E.From].Name) << " -> " << dotString(D.Services[E.To].Name)
        << " [label=\"" << formatNumber(E.Weight, 1)
        << "\", weight=" << formatNumber(std::max(1.0, E.Weight), 0)
        << ", penwidth=" << penWidth(E.Weight, Max);
    if (M.Edges[I].InCycle)
      Out << ", color=\"" << CycleColor << "\", fontcolor=\"" << CycleColor << "\"";
    if (WithSvgIds)
      Out << ", id=\"e" << I << "\"";
    Out << "];\n";
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
