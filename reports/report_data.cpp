// The JSON embedded in index.html (see html_writer.h): compact arrays, sorted, no absolute paths.
#include "reports/escape.h"
#include "reports/html_writer.h"

#include <map>
#include <ostream>

namespace seams {
namespace {

/// Diagnostics embedded at most; the rest are counted.
constexpr std::size_t MaxDiagnostics = 1000;

std::string str(std::string_view S) { return scriptJsonString(S); }

void strings(const std::vector<std::string> &V, std::ostream &Out) {
  Out << "[";
  for (std::size_t I = 0; I < V.size(); ++I)
    Out << (I ? "," : "") << str(V[I]);
  Out << "]";
}

void location(const Location &L, std::ostream &Out) {
  Out << "[" << str(L.File) << "," << L.Line << "]";
}

long serviceCode(std::uint32_t S) {
  if (S == Decomposition::SharedService)
    return -1;
  if (S == Decomposition::NoService)
    return -2;
  return static_cast<long>(S);
}

bool searchable(EntityKind K) {
  switch (K) {
  case EntityKind::Class:
  case EntityKind::Struct:
  case EntityKind::Union:
  case EntityKind::Enum:
  case EntityKind::Function:
  case EntityKind::Method:
  case EntityKind::Variable:
  case EntityKind::Alias:
    return true;
  default:
    return false;
  }
}

struct Metric {
  const char *Key, *Label, *Explain;
  double DecompositionMetrics::*Value;
};

constexpr Metric Metrics[] = {
    {"modularity", "Modularity Q",
     "Dependency weight inside services minus what chance would put there. Higher is better.",
     &DecompositionMetrics::Modularity},
    {"turbo_mq", "TurboMQ",
     "Sum over services of internal / (internal + boundary) weight. Grows with cohesive services.",
     &DecompositionMetrics::TurboMQ},
    {"basic_mq", "Basic MQ",
     "Bunch's intra- minus inter-connectivity on distinct unit dependencies, in [-1, 1].",
     &DecompositionMetrics::BasicMQ},
    {"sm", "Structural modularity",
     "Mono2Micro's cohesion minus coupling on distinct unit pairs. Higher is better.",
     &DecompositionMetrics::SM},
    {"icp", "Inter-partition calls", "Share of calls that cross services. Lower is better.",
     &DecompositionMetrics::ICP},
    {"ifn", "Interface number",
     "Mean number of entities per service that other services call. Lower is better.",
     &DecompositionMetrics::IFN},
    {"ned", "Non-extreme distribution",
     "Share of units in services of fewer than 5 or more than 20 units. Lower is better.",
     &DecompositionMetrics::NED},
};

void writeCounts(const ReportModel &M, std::ostream &Out) {
  const Facts &F = *M.F;
  unsigned Errors = 0, Failed = 0;
  for (const TuInfo &T : F.Tus) {
    Errors += T.Status == "errors";
    Failed += T.Status == "failed";
  }
  Out << "\"counts\":{\"files\":" << F.Files.size() << ",\"tus\":" << F.Tus.size()
      << ",\"tus_errors\":" << Errors << ",\"tus_failed\":" << Failed
      << ",\"entities\":" << F.Entities.size() << ",\"edges\":" << F.Edges.size()
      << ",\"units\":" << M.D->Units.Units.size() << ",\"services\":" << M.D->Services.size()
      << ",\"shared_files\":" << M.D->SharedFiles.size()
      << ",\"excluded_files\":" << M.D->ExcludedFiles.size() << ",\"cycles\":" << M.Cycles
      << "},\n";
}

void writeContract(const ReportContract &C, std::ostream &Out) {
  Out << "{\"api\":[";
  for (std::size_t I = 0; I < C.Api.size(); ++I) {
    const ReportApiEntry &A = C.Api[I];
    Out << (I ? "," : "") << "[" << str(A.Name) << "," << str(A.Kind) << ",";
    strings(A.Callers, Out);
    Out << "," << A.Uses << "," << (A.EventOnly ? "true" : "false") << "]";
  }
  Out << "],\"owns_classes\":";
  strings(C.OwnsClasses, Out);
  Out << ",\"owns_globals\":";
  strings(C.OwnsGlobals, Out);
  Out << ",\"owns_tables\":";
  strings(C.OwnsTables, Out);
  if (C.Blast) {
    Out << ",\"blast\":{\"units_today\":" << C.Blast->UnitsToday
        << ",\"services_today\":" << C.Blast->ServicesToday
        << ",\"units_after\":" << C.Blast->UnitsAfter
        << ",\"services_after\":" << C.Blast->ServicesAfter << ",\"dependents\":";
    strings(C.Blast->Dependents, Out);
    Out << "}";
  }
  Out << "}";
}

/// A service's past (null without history): commits alone, with others, its change partners.
void writeServiceChange(const Decomposition &D, const std::string &Name, std::ostream &Out) {
  if (!D.Change) {
    Out << "null";
    return;
  }
  auto It = D.Change->PerService.find(Name);
  ServiceChange SC = It == D.Change->PerService.end() ? ServiceChange() : It->second;
  Out << "{\"alone\":" << SC.Alone << ",\"with_others\":" << SC.WithOthers << ",\"partners\":[";
  auto Partners = D.Change->partners(Name);
  for (std::size_t I = 0; I < Partners.size(); ++I)
    Out << (I ? "," : "") << "[" << str(Partners[I].first) << "," << Partners[I].second << "]";
  Out << "]}";
}

/// Why a service's units belong together (null when not explained): static weight inside and
/// outside, the strongest unit pairs (unit indices), co-change inside (null without history),
/// the include-alike pairs (only where include similarity was used), the identifier terms its
/// units share, and the namespaces they share (only where namespace similarity was used).
void writeServiceWhy(const Service &S, std::ostream &Out) {
  if (!S.Why) {
    Out << "null";
    return;
  }
  const ServiceExplanation &W = *S.Why;
  Out << "{\"inside\":" << formatNumber(W.Inside, 2)
      << ",\"outside\":" << formatNumber(W.Outside, 2) << ",\"pairs\":[";
  for (std::size_t I = 0; I < W.Strongest.size(); ++I)
    Out << (I ? "," : "") << "[" << W.Strongest[I].A << "," << W.Strongest[I].B << ","
        << formatNumber(W.Strongest[I].Weight, 2) << "]";
  Out << "],\"cochange\":";
  if (W.Change)
    Out << "{\"pairs\":" << W.Change->Pairs << ",\"support\":" << W.Change->Support << "}";
  else
    Out << "null";
  if (W.AlikeIncludes) {
    Out << ",\"includes\":{\"pairs\":" << W.AlikeIncludes->Pairs << ",\"closest\":";
    if (const auto &C = W.AlikeIncludes->Closest)
      Out << "[" << C->A << "," << C->B << "," << formatNumber(C->Weight, 2) << "]";
    else
      Out << "null";
    Out << "}";
  }
  Out << ",\"terms\":[";
  for (std::size_t I = 0; I < W.Terms.size(); ++I)
    Out << (I ? "," : "") << "[" << str(W.Terms[I].Text) << "," << W.Terms[I].Units << "]";
  Out << "]";
  if (W.Namespaces) {
    Out << ",\"namespaces\":[";
    for (std::size_t I = 0; I < W.Namespaces->size(); ++I)
      Out << (I ? "," : "") << "[" << str((*W.Namespaces)[I].Text) << ","
          << (*W.Namespaces)[I].Units << "]";
    Out << "]";
  }
  Out << "}";
}

void writeServices(const ReportModel &M, std::ostream &Out) {
  const Decomposition &D = *M.D;
  Out << "\"services\":[";
  for (std::size_t I = 0; I < D.Services.size(); ++I) {
    const Service &S = D.Services[I];
    const ServiceMetrics &SM = S.Metrics;
    Out << (I ? "," : "") << "\n{\"name\":" << str(S.Name)
        << ",\"pinned\":" << (S.Pinned ? "true" : "false") << ",\"cycle\":" << M.CycleOfService[I]
        << ",\"units\":[";
    for (std::size_t J = 0; J < S.Units.size(); ++J)
      Out << (J ? "," : "") << S.Units[J];
    Out << "],\"metrics\":{\"units\":" << SM.Units << ",\"files\":" << SM.Files
        << ",\"lines\":" << SM.Lines << ",\"cohesion\":" << formatNumber(SM.Cohesion, 3)
        << ",\"afferent\":" << formatNumber(SM.Afferent, 2)
        << ",\"efferent\":" << formatNumber(SM.Efferent, 2)
        << ",\"afferent_services\":" << SM.AfferentServices
        << ",\"efferent_services\":" << SM.EfferentServices
        << ",\"instability\":" << formatNumber(SM.Instability, 3)
        << ",\"shared_weight\":" << formatNumber(SM.SharedWeight, 2)
        << ",\"interfaces\":" << SM.Interfaces << "},\"change\":";
    writeServiceChange(D, S.Name, Out);
    Out << ",\"why\":";
    writeServiceWhy(S, Out);
    Out << ",\"contract\":";
    if (M.HasHotspots && I < M.Contracts.size())
      writeContract(M.Contracts[I], Out);
    else
      Out << "null";
    Out << "}";
  }
  Out << "],\n\"shared\":{\"units\":[";
  for (std::size_t J = 0; J < D.SharedUnits.size(); ++J)
    Out << (J ? "," : "") << D.SharedUnits[J];
  Out << "],\"files\":" << D.SharedFiles.size() << "},\n";
}

void writeUnits(const ReportModel &M, std::ostream &Out) {
  const Decomposition &D = *M.D;
  Out << "\"units\":[";
  for (std::size_t I = 0; I < D.Units.Units.size(); ++I) {
    const Unit &U = D.Units.Units[I];
    Out << (I ? "," : "") << "\n[" << str(U.Id) << ","
        << serviceCode(I < D.ServiceOfUnit.size() ? D.ServiceOfUnit[I] : Decomposition::NoService)
        << "," << U.Lines << ",";
    strings(U.Files, Out);
    Out << "]";
  }
  Out << "],\n\"unit_order\":[";
  for (std::size_t I = 0; I < M.UnitOrder.size(); ++I)
    Out << (I ? "," : "") << M.UnitOrder[I];
  Out << "],\n\"arcs\":[";
  bool First = true;
  for (const UnitArc &A : D.UnitArcs) {
    Out << (First ? "" : ",") << "[" << A.From << "," << A.To << "," << formatNumber(A.Weight, 2)
        << "]";
    First = false;
  }
  Out << "],\n";
}

/// The rest of an edge object: its map fields and the symbol dependencies behind it.
void writeEdgeDeps(const ServiceEdgeDetail &X, std::ostream &Out) {
  Out << ",\"feedback\":" << (X.Feedback ? "true" : "false") << ",\"rank\":" << X.MapRank
      << ",\"total\":" << X.TotalDependencies << ",\"deps\":[";
  for (std::size_t J = 0; J < X.Deps.size(); ++J) {
    const SymbolDependency &S = X.Deps[J];
    Out << (J ? "," : "") << "[" << str(S.From) << "," << str(S.To) << "," << str(kindName(S.Kind))
        << "," << S.Count << ",[";
    for (std::size_t K = 0; K < S.At.size(); ++K) {
      Out << (K ? "," : "");
      location(S.At[K], Out);
    }
    Out << "]]";
  }
  Out << "]}";
}

/// Service edges, then the shared-library edges (-1 is the library), as the map's ids number them.
void writeEdges(const ReportModel &M, std::ostream &Out) {
  const Decomposition &D = *M.D;
  Out << "\"edges\":[";
  for (std::size_t I = 0; I < D.ServiceEdges.size(); ++I) {
    const ServiceEdge &E = D.ServiceEdges[I];
    Out << (I ? "," : "") << "\n{\"from\":" << E.From << ",\"to\":" << E.To
        << ",\"weight\":" << formatNumber(E.Weight, 2) << ",\"calls\":" << E.Calls
        << ",\"arcs\":" << E.Arcs << ",\"cycle\":" << (M.Edges[I].InCycle ? "true" : "false");
    if (D.Change)
      Out << ",\"cochange\":" << D.Change->together(D.Services[E.From].Name, D.Services[E.To].Name);
    writeEdgeDeps(M.Edges[I], Out);
  }
  for (std::size_t I = 0; I < M.SharedEdges.size(); ++I) {
    const SharedLibraryEdge &E = M.SharedEdges[I];
    long S = static_cast<long>(E.Service);
    Out << (I || !D.ServiceEdges.empty() ? "," : "") << "\n{\"from\":" << (E.ToShared ? S : -1)
        << ",\"to\":" << (E.ToShared ? -1 : S) << ",\"weight\":" << formatNumber(E.Weight, 2)
        << ",\"calls\":" << E.Calls << ",\"arcs\":" << E.Arcs << ",\"cycle\":false";
    writeEdgeDeps(E.Detail, Out);
  }
  Out << "],\n\"map\":{\"default_edges\":" << M.MapDefaultEdges
      << ",\"max_per_service\":" << ReportModel::MaxEdgesPerService
      << ",\"feedback_edges\":" << M.FeedbackEdges << "},\n";
}

/// The index in D.ServiceEdges of each (from, to) pair of service names: where the report lists
/// every symbol-level dependency behind a cross-service or cycle hotspot.
std::map<std::pair<std::string, std::string>, long> serviceEdgeIndex(const Decomposition &D) {
  std::map<std::pair<std::string, std::string>, long> Out;
  for (std::size_t I = 0; I < D.ServiceEdges.size(); ++I)
    Out[{D.Services[D.ServiceEdges[I].From].Name, D.Services[D.ServiceEdges[I].To].Name}] =
        static_cast<long>(I);
  return Out;
}

void writeHotspots(const ReportModel &M, std::ostream &Out) {
  Out << "\"has_hotspots\":" << (M.HasHotspots ? "true" : "false") << ",\n\"hotspots\":[";
  const auto EdgeIndex = serviceEdgeIndex(*M.D);
  for (std::size_t I = 0; I < M.Hotspots.size(); ++I) {
    const ReportHotspot &H = M.Hotspots[I];
    Out << (I ? "," : "") << "\n{\"rank\":" << I + 1 << ",\"kind\":" << str(H.Kind)
        << ",\"priority\":" << formatNumber(H.Priority, 2)
        << ",\"score\":" << formatNumber(H.Score, 2) << ",\"weight\":" << formatNumber(H.Weight, 2)
        << ",\"effort\":" << formatNumber(H.Effort, 2) << ",\"use_sites\":" << H.UseSites
        << ",\"files_touched\":" << H.FilesTouched << ",\"edges\":" << H.Edges
        << ",\"service_edge\":";
    auto Edge = EdgeIndex.find({H.FromService, H.ToService});
    Out << (Edge == EdgeIndex.end() ? -1 : Edge->second) << ",\"action\":" << str(H.Action)
        << ",\"message\":" << str(H.Message) << ",\"services\":";
    strings(H.Services, Out);
    Out << ",\"entities\":";
    strings(H.Entities, Out);
    Out << ",\"at\":[";
    for (std::size_t K = 0; K < H.Locations.size(); ++K) {
      Out << (K ? "," : "");
      location(H.Locations[K], Out);
    }
    Out << "]}";
  }
  Out << "],\n\"hotspots_omitted\":" << M.HotspotsOmitted << ",\n";
}

void writeEntities(const ReportModel &M, std::ostream &Out) {
  const Facts &F = *M.F;
  const Decomposition &D = *M.D;
  bool HaveMap = D.Units.EntityUnit.size() == F.Entities.size();
  Out << "\"entities\":[";
  bool First = true;
  for (std::size_t I = 0; I < F.Entities.size(); ++I) {
    const Entity &E = F.Entities[I];
    if (!searchable(E.Kind))
      continue;
    std::uint32_t U = HaveMap ? D.Units.EntityUnit[I] : D.Units.unitOfFile(homeFile(E));
    const std::string &File = E.DefFile.empty() ? E.File : E.DefFile;
    unsigned Line = E.DefFile.empty() ? E.Line : E.DefLine;
    Out << (First ? "" : ",") << "\n[" << str(E.Name) << "," << str(kindName(E.Kind)) << ","
        << str(File) << "," << Line << "," << (U == UnitSet::NoUnit ? -1L : static_cast<long>(U))
        << "]";
    First = false;
  }
  Out << "],\n";
}

void writeDiagnostics(const ReportModel &M, std::ostream &Out) {
  const Facts &F = *M.F;
  Out << "\"bad_tus\":[";
  bool First = true;
  for (const TuInfo &T : F.Tus) {
    if (T.Status == "ok")
      continue;
    Out << (First ? "" : ",") << "\n[" << str(T.File) << "," << str(T.Status) << "," << T.Errors
        << "]";
    First = false;
  }
  Out << "],\n\"diagnostics\":[";
  std::size_t N = 0;
  for (const Diagnostic &Dg : F.Diagnostics) {
    if (N == MaxDiagnostics)
      break;
    Out << (N++ ? "," : "") << "\n[" << str(Dg.File) << "," << Dg.Line << "," << str(Dg.Severity)
        << "," << str(Dg.Message) << "]";
  }
  Out << "],\n\"diagnostics_total\":" << F.Diagnostics.size() << "\n";
}

} // namespace

void writeReportData(const ReportModel &M, std::ostream &Out) {
  const Decomposition &D = *M.D;
  Out << "{\"schema\":\"seams-report/1\",\n\"project\":" << str(M.Options.Project)
      << ",\n\"source_link\":"
      << (M.Options.SourceLink.empty() ? std::string("null") : str(M.Options.SourceLink))
      << ",\n\"unit_kind\":" << str(unitKindName(D.Unit)) << ",\"algorithm\":" << str(D.Algorithm)
      << ",\"seed\":" << D.Seed << ",\"resolution\":" << formatNumber(D.Resolution) << ",\n";
  writeCounts(M, Out);
  Out << "\"metrics\":[";
  for (std::size_t I = 0; I < std::size(Metrics); ++I)
    Out << (I ? "," : "") << "\n{\"key\":" << str(Metrics[I].Key)
        << ",\"label\":" << str(Metrics[I].Label)
        << ",\"value\":" << formatNumber(D.Metrics.*Metrics[I].Value, 3)
        << ",\"explain\":" << str(Metrics[I].Explain) << "}";
  Out << "],\n\"change\":";
  if (D.Change)
    Out << "{\"commits\":" << D.Change->Commits << ",\"single\":" << D.Change->SingleService
        << ",\"multi\":" << D.Change->MultiService
        << ",\"share\":" << formatNumber(D.Change->independentShare(), 3) << "}";
  else
    Out << "null";
  Out << ",\n";
  writeServices(M, Out);
  writeUnits(M, Out);
  writeEdges(M, Out);
  writeHotspots(M, Out);
  writeEntities(M, Out);
  writeDiagnostics(M, Out);
  Out << "}";
}

} // namespace seams
