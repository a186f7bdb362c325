// decomposition.json with the assessment: a contract inside each service, the hotspots at the end,
// written sorted and compact and read back (docs/DECOMPOSITION.md).
#include "graph/hotspots/hotspots_json.h"

#include "graph/model/error.h"
#include "graph/model/text_format.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace seams {
namespace {

using nlohmann::json;

std::string place(const Location &L) { return L.File + ":" + std::to_string(L.Line); }

void writeList(std::ostream &Out, const std::vector<std::string> &V) {
  Out << "[";
  for (std::size_t I = 0; I < V.size(); ++I)
    Out << (I ? "," : "") << jsonString(V[I]);
  Out << "]";
}

void writeEdge(std::ostream &Out, const HotspotEdge &E) {
  Out << "{\"from\":" << jsonString(E.From) << ",\"to\":" << jsonString(E.To)
      << ",\"from_service\":" << jsonString(E.FromService)
      << ",\"to_service\":" << jsonString(E.ToService)
      << ",\"kind\":" << jsonString(kindName(E.Kind)) << ",\"count\":" << E.Count;
  if (E.Kind == EdgeKind::Call)
    Out << ",\"discarded\":" << E.Discarded;
  Out << ",\"weight\":" << formatNumber(E.Weight) << ",\"at\":[";
  for (std::size_t I = 0; I < E.At.size(); ++I)
    Out << (I ? "," : "") << jsonString(place(E.At[I]));
  Out << "]}";
}

class Reader {
public:
  explicit Reader(std::string Where) : Where(std::move(Where)) {}

  [[noreturn]] void fail(const std::string &At, const std::string &What) const {
    throw Error(Where + (At.empty() ? "" : "." + At) + ": " + What);
  }
  const json &member(const json &O, const char *Key, const std::string &At) const {
    if (!O.is_object() || !O.contains(Key))
      fail(At, std::string("missing \"") + Key + "\"");
    return O.at(Key);
  }
  std::string str(const json &O, const char *Key, const std::string &At) const {
    if (!O.is_object() || !O.contains(Key))
      return "";
    const json &V = O.at(Key);
    if (!V.is_string())
      fail(At, std::string("\"") + Key + "\" must be a string");
    return V.get<std::string>();
  }
  double dbl(const json &O, const char *Key, const std::string &At) const {
    if (!O.is_object() || !O.contains(Key))
      return 0;
    if (!O.at(Key).is_number())
      fail(At, std::string("\"") + Key + "\" must be a number");
    return O.at(Key).get<double>();
  }
  unsigned uns(const json &O, const char *Key, const std::string &At) const {
    if (!O.is_object() || !O.contains(Key))
      return 0;
    if (!O.at(Key).is_number_unsigned())
      fail(At, std::string("\"") + Key + "\" must be a non-negative integer");
    return O.at(Key).get<unsigned>();
  }
  bool flag(const json &O, const char *Key, const std::string &At) const {
    if (!O.is_object() || !O.contains(Key))
      return false;
    if (!O.at(Key).is_boolean())
      fail(At, std::string("\"") + Key + "\" must be true or false");
    return O.at(Key).get<bool>();
  }
  const json &array(const json &O, const char *Key, const std::string &At) const {
    static const json Empty = json::array();
    if (!O.is_object() || !O.contains(Key))
      return Empty;
    if (!O.at(Key).is_array())
      fail(At, std::string("\"") + Key + "\" must be an array");
    return O.at(Key);
  }
  std::vector<std::string> strings(const json &O, const char *Key, const std::string &At) const {
    std::vector<std::string> Out;
    for (const json &S : array(O, Key, At)) {
      if (!S.is_string())
        fail(At, std::string("\"") + Key + "\" must contain only strings");
      Out.push_back(S.get<std::string>());
    }
    return Out;
  }
  Location location(const json &V, const std::string &At) const {
    if (!V.is_string())
      fail(At, "a location must be a \"file:line\" string");
    std::string S = V.get<std::string>();
    std::size_t Colon = S.rfind(':');
    if (Colon == std::string::npos || Colon + 1 == S.size() ||
        S.find_first_not_of("0123456789", Colon + 1) != std::string::npos)
      fail(At, "\"" + S + "\" is not \"file:line\"");
    return {S.substr(0, Colon), static_cast<unsigned>(std::stoul(S.substr(Colon + 1))), 0};
  }
  EdgeKind edgeKind(const json &O, const std::string &At) const {
    std::string K = str(O, "kind", At);
    auto Kind = parseEdgeKind(K);
    if (!Kind)
      fail(At, "unknown edge kind \"" + K + "\"");
    return *Kind;
  }

private:
  std::string Where;
};

void writeHotspots(const std::vector<Hotspot> &Hs, std::ostream &Out) {
  Out << "[";
  for (std::size_t I = 0; I < Hs.size(); ++I) {
    const Hotspot &H = Hs[I];
    Out << (I ? "," : "") << "\n    {\"kind\":" << jsonString(hotspotKindName(H.Kind))
        << ",\"priority\":" << formatNumber(H.Priority) << ",\"score\":" << formatNumber(H.Score)
        << ",\"weight\":" << formatNumber(H.Weight) << ",\"effort\":" << formatNumber(H.Effort)
        << ",\"use_sites\":" << H.UseSites << ",\"files_touched\":" << H.FilesTouched
        << ",\"action\":" << jsonString(H.Action)
        << ",\"at\":" << jsonString(H.At.File.empty() ? "" : place(H.At))
        << ",\n      \"message\":" << jsonString(H.Message) << ",\n      \"services\":";
    writeList(Out, H.Services);
    Out << ",\"entities\":";
    writeList(Out, H.Entities);
    if (!H.Owner.empty())
      Out << ",\"owner\":" << jsonString(H.Owner);
    if (!H.Cut.empty()) {
      Out << ",\n      \"cut\":[";
      for (std::size_t J = 0; J < H.Cut.size(); ++J)
        Out << (J ? "," : "") << "{\"from\":" << jsonString(H.Cut[J].From)
            << ",\"to\":" << jsonString(H.Cut[J].To)
            << ",\"weight\":" << formatNumber(H.Cut[J].Weight) << "}";
      Out << "]";
    }
    Out << ",\n      \"edges_total\":" << H.EdgeCount << ",\"edges\":[";
    for (std::size_t J = 0; J < H.Edges.size(); ++J) {
      Out << (J ? "," : "") << "\n        ";
      writeEdge(Out, H.Edges[J]);
    }
    Out << (H.Edges.empty() ? "]}" : "\n      ]}");
  }
  Out << (Hs.empty() ? "]" : "\n  ]");
}

void writeContract(const ServiceContract &C, std::ostream &Out) {
  Out << ",\n      \"api\": [";
  for (std::size_t I = 0; I < C.Api.size(); ++I) {
    const ApiEntry &A = C.Api[I];
    Out << (I ? "," : "") << "\n        {\"name\":" << jsonString(A.Name)
        << ",\"kind\":" << jsonString(kindName(A.Kind)) << ",\"callers\":";
    writeList(Out, A.Callers);
    Out << ",\"uses\":" << A.Uses << ",\"event\":" << (A.EventOnly ? "true" : "false") << "}";
  }
  Out << (C.Api.empty() ? "]" : "\n      ]") << ",\n      \"owns\": {\"classes\":";
  writeList(Out, C.OwnsClasses);
  Out << ",\"globals\":";
  writeList(Out, C.OwnsGlobals);
  Out << ",\"tables\":";
  writeList(Out, C.OwnsTables);
  Out << "},\n      \"tables\": [";
  for (std::size_t I = 0; I < C.Tables.size(); ++I)
    Out << (I ? "," : "") << "{\"table\":" << jsonString(C.Tables[I].Table)
        << ",\"read\":" << (C.Tables[I].Read ? "true" : "false")
        << ",\"write\":" << (C.Tables[I].Write ? "true" : "false") << "}";
  Out << "],\n      \"depends_on\": [";
  for (std::size_t I = 0; I < C.DependsOn.size(); ++I) {
    const ServiceDependency &D = C.DependsOn[I];
    Out << (I ? "," : "") << "\n        {\"service\":" << jsonString(D.Service)
        << ",\"weight\":" << formatNumber(D.Weight) << ",\"calls\":" << D.Calls
        << ",\"discarded\":" << D.Discarded << ",\"sync\":" << (D.Sync ? "true" : "false") << "}";
  }
  const BlastRadius &B = C.Blast;
  Out << (C.DependsOn.empty() ? "]" : "\n      ]")
      << ",\n      \"blast_radius\": {\"today\":{\"units\":" << B.UnitsToday
      << ",\"services\":" << B.ServicesToday << "},\"after_cut\":{\"units\":" << B.UnitsAfter
      << ",\"services\":" << B.ServicesAfter << ",\"dependents\":";
  writeList(Out, B.Dependents);
  Out << "}}";
}

std::vector<Hotspot> readHotspots(const nlohmann::json &J, const std::string &Where) {
  Reader R(Where);
  if (!J.is_array())
    R.fail("", "must be an array");
  std::vector<Hotspot> Out;
  for (std::size_t I = 0; I < J.size(); ++I) {
    std::string W = "[" + std::to_string(I) + "]";
    const json &O = J[I];
    Hotspot H;
    R.member(O, "kind", W);
    std::string Kind = R.str(O, "kind", W);
    auto K = parseHotspotKind(Kind);
    if (!K)
      R.fail(W, "unknown hotspot kind \"" + Kind + "\"");
    H.Kind = *K;
    H.Priority = R.dbl(O, "priority", W);
    H.Score = R.dbl(O, "score", W);
    H.Weight = R.dbl(O, "weight", W);
    H.Effort = O.contains("effort") ? R.dbl(O, "effort", W) : 1;
    H.UseSites = R.uns(O, "use_sites", W);
    H.FilesTouched = R.uns(O, "files_touched", W);
    H.Action = R.str(O, "action", W);
    H.Message = R.str(O, "message", W);
    if (!R.str(O, "at", W).empty())
      H.At = R.location(O["at"], W);
    H.Services = R.strings(O, "services", W);
    H.Entities = R.strings(O, "entities", W);
    H.Owner = R.str(O, "owner", W);
    for (const json &C : R.array(O, "cut", W))
      H.Cut.push_back({R.str(C, "from", W + ".cut"), R.str(C, "to", W + ".cut"),
                       R.dbl(C, "weight", W + ".cut")});
    std::size_t N = 0;
    for (const json &E : R.array(O, "edges", W)) {
      std::string WE = W + ".edges[" + std::to_string(N++) + "]";
      HotspotEdge HE;
      HE.From = R.str(E, "from", WE);
      HE.To = R.str(E, "to", WE);
      HE.FromService = R.str(E, "from_service", WE);
      HE.ToService = R.str(E, "to_service", WE);
      HE.Kind = R.edgeKind(E, WE);
      HE.Count = R.uns(E, "count", WE);
      HE.Discarded = R.uns(E, "discarded", WE);
      HE.Weight = R.dbl(E, "weight", WE);
      for (const json &L : R.array(E, "at", WE))
        HE.At.push_back(R.location(L, WE));
      H.Edges.push_back(std::move(HE));
    }
    H.EdgeCount = O.contains("edges_total") ? R.uns(O, "edges_total", W)
                                            : static_cast<unsigned>(H.Edges.size());
    Out.push_back(std::move(H));
  }
  return Out;
}

ServiceContract readContract(const nlohmann::json &Service, const std::string &Where) {
  Reader R(Where);
  ServiceContract C;
  std::size_t I = 0;
  for (const json &A : R.array(Service, "api", "")) {
    std::string W = "api[" + std::to_string(I++) + "]";
    ApiEntry E;
    E.Name = R.str(A, "name", W);
    std::string Kind = R.str(A, "kind", W);
    auto K = parseEntityKind(Kind);
    if (!K)
      R.fail(W, "unknown entity kind \"" + Kind + "\"");
    E.Kind = *K;
    E.Callers = R.strings(A, "callers", W);
    E.Uses = R.uns(A, "uses", W);
    E.EventOnly = R.flag(A, "event", W);
    C.Api.push_back(std::move(E));
  }
  if (Service.contains("owns")) {
    const json &O = Service["owns"];
    C.OwnsClasses = R.strings(O, "classes", "owns");
    C.OwnsGlobals = R.strings(O, "globals", "owns");
    C.OwnsTables = R.strings(O, "tables", "owns");
  }
  for (const json &T : R.array(Service, "tables", ""))
    C.Tables.push_back(
        {R.str(T, "table", "tables"), R.flag(T, "read", "tables"), R.flag(T, "write", "tables")});
  for (const json &D : R.array(Service, "depends_on", ""))
    C.DependsOn.push_back({R.str(D, "service", "depends_on"), R.dbl(D, "weight", "depends_on"),
                           R.uns(D, "calls", "depends_on"), R.uns(D, "discarded", "depends_on"),
                           R.flag(D, "sync", "depends_on")});
  if (Service.contains("blast_radius")) {
    const json &B = Service["blast_radius"];
    const std::string W = "blast_radius";
    if (B.contains("today")) {
      C.Blast.UnitsToday = R.uns(B["today"], "units", W);
      C.Blast.ServicesToday = R.uns(B["today"], "services", W);
    }
    if (B.contains("after_cut")) {
      C.Blast.UnitsAfter = R.uns(B["after_cut"], "units", W);
      C.Blast.ServicesAfter = R.uns(B["after_cut"], "services", W);
      C.Blast.Dependents = R.strings(B["after_cut"], "dependents", W);
    }
  }
  return C;
}

} // namespace

DecompositionJsonSections assessmentSections(const Assessment &A) {
  DecompositionJsonSections Extra;
  const Assessment *P = &A;
  Extra.InService = [P](std::size_t S, std::ostream &O) {
    writeContract(S < P->Contracts.size() ? P->Contracts[S] : ServiceContract{}, O);
  };
  Extra.AtEnd = [P](std::ostream &O) {
    O << ",\n  \"hotspots_omitted\": " << P->Omitted << ",\n  \"hotspots\": ";
    writeHotspots(P->Hotspots, O);
  };
  return Extra;
}

void writeDecompositionJson(const Decomposition &D, const Assessment &A, std::ostream &Out) {
  writeDecompositionJson(D, Out, assessmentSections(A));
}

void writeHotspotEdgeJson(const HotspotEdge &E, std::ostream &Out) { writeEdge(Out, E); }

std::optional<Assessment> readAssessmentJson(const nlohmann::json &Doc, const Decomposition &D,
                                             const std::string &Source) {
  if (!Doc.is_object() || !Doc.contains("hotspots"))
    return std::nullopt;
  Assessment A;
  A.Hotspots = readHotspots(Doc["hotspots"], Source + ": hotspots");
  Reader R(Source);
  A.Omitted = R.uns(Doc, "hotspots_omitted", "hotspots_omitted");
  const json &Services = Doc["services"];
  for (std::size_t S = 0; S < D.Services.size() && S < Services.size(); ++S)
    A.Contracts.push_back(
        readContract(Services[S], Source + ": services[" + std::to_string(S) + "]"));
  A.Contracts.resize(D.Services.size());
  return A;
}

} // namespace seams
