// Writing and reading decomposition.json (docs/DECOMPOSITION.md): sorted, diff-friendly, versioned.
#include "graph/decompose/decomposition.h"
#include "graph/model/error.h"
#include "graph/model/text_format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

namespace seams {
namespace {

using nlohmann::json;

void writeStrings(std::ostream &Out, const std::vector<std::string> &V, const char *Indent) {
  Out << "[";
  for (std::size_t I = 0; I < V.size(); ++I)
    Out << (I ? "," : "") << "\n" << Indent << jsonString(V[I]);
  Out << (V.empty() ? "]" : std::string("\n") + (Indent + 2) + "]");
}

void writeUnits(std::ostream &Out, const Decomposition &D, const std::vector<std::uint32_t> &Us,
                const char *Indent) {
  Out << "[";
  for (std::size_t I = 0; I < Us.size(); ++I) {
    const Unit &U = D.Units.Units[Us[I]];
    Out << (I ? "," : "") << "\n" << Indent << "{\"id\":" << jsonString(U.Id) << ",\"files\":[";
    for (std::size_t J = 0; J < U.Files.size(); ++J)
      Out << (J ? "," : "") << jsonString(U.Files[J]);
    Out << "],\"lines\":" << U.Lines << "}";
  }
  Out << (Us.empty() ? "]" : std::string("\n") + (Indent + 2) + "]");
}

void writeServiceMetrics(std::ostream &Out, const ServiceMetrics &M) {
  Out << "{\"units\":" << M.Units << ",\"files\":" << M.Files << ",\"lines\":" << M.Lines
      << ",\"internal_weight\":" << formatNumber(M.InternalWeight)
      << ",\"cohesion\":" << formatNumber(M.Cohesion)
      << ",\"afferent\":" << formatNumber(M.Afferent)
      << ",\"efferent\":" << formatNumber(M.Efferent)
      << ",\"afferent_services\":" << M.AfferentServices
      << ",\"efferent_services\":" << M.EfferentServices
      << ",\"instability\":" << formatNumber(M.Instability)
      << ",\"shared_weight\":" << formatNumber(M.SharedWeight) << ",\"interfaces\":" << M.Interfaces
      << "}";
}

/// A service's past: commits alone, with others, and its change partners.
void writeServiceChange(std::ostream &Out, const ChangeIndependence &C, const std::string &S) {
  auto It = C.PerService.find(S);
  ServiceChange SC = It == C.PerService.end() ? ServiceChange() : It->second;
  Out << ",\n      \"change\": {\"alone\":" << SC.Alone << ",\"with_others\":" << SC.WithOthers
      << ",\"partners\":[";
  auto Partners = C.partners(S);
  for (std::size_t I = 0; I < Partners.size(); ++I)
    Out << (I ? "," : "") << "{\"service\":" << jsonString(Partners[I].first)
        << ",\"commits\":" << Partners[I].second << "}";
  Out << "]}";
}

void writePair(std::ostream &Out, const Decomposition &D, const ServiceExplanation::UnitPair &P,
               const char *WeightKey) {
  Out << "{\"a\":" << jsonString(D.Units.Units[P.A].Id)
      << ",\"b\":" << jsonString(D.Units.Units[P.B].Id) << ",\"" << WeightKey
      << "\":" << formatNumber(P.Weight) << "}";
}

/// Why a service's units belong together (explain.h).
void writeWhy(std::ostream &Out, const Decomposition &D, const ServiceExplanation &W) {
  Out << ",\n      \"why\": {\"inside\":" << formatNumber(W.Inside)
      << ",\"outside\":" << formatNumber(W.Outside) << ",\"strongest\":[";
  for (std::size_t I = 0; I < W.Strongest.size(); ++I) {
    Out << (I ? "," : "");
    writePair(Out, D, W.Strongest[I], "weight");
  }
  Out << "]";
  if (W.Change) {
    Out << ",\"cochange\":{\"pairs\":" << W.Change->Pairs << ",\"support\":" << W.Change->Support;
    if (W.Change->Top) {
      Out << ",\"top\":";
      writePair(Out, D, *W.Change->Top, "support");
    }
    Out << "}";
  }
  if (W.AlikeIncludes) {
    Out << ",\"includes\":{\"pairs\":" << W.AlikeIncludes->Pairs;
    if (W.AlikeIncludes->Closest) {
      Out << ",\"closest\":";
      writePair(Out, D, *W.AlikeIncludes->Closest, "similarity");
    }
    Out << "}";
  }
  Out << ",\"terms\":[";
  for (std::size_t I = 0; I < W.Terms.size(); ++I)
    Out << (I ? "," : "") << "{\"term\":" << jsonString(W.Terms[I].Text)
        << ",\"units\":" << W.Terms[I].Units << "}";
  Out << "]";
  if (W.Namespaces) {
    Out << ",\"namespaces\":[";
    for (std::size_t I = 0; I < W.Namespaces->size(); ++I)
      Out << (I ? "," : "") << "{\"namespace\":" << jsonString((*W.Namespaces)[I].Text)
          << ",\"units\":" << (*W.Namespaces)[I].Units << "}";
    Out << "]";
  }
  Out << "}";
}

/// The independent change rate and the unit pairs that changed together.
void writeChange(std::ostream &Out, const Decomposition &D) {
  const ChangeIndependence &C = *D.Change;
  Out << ",\n  \"change\": {\n    \"commits\": " << C.Commits
      << ",\n    \"single_service\": " << C.SingleService
      << ",\n    \"multi_service\": " << C.MultiService << ",\n    \"no_service\": " << C.NoService
      << ",\n    \"independent_share\": " << formatNumber(C.independentShare())
      << ",\n    \"unit_pairs\": [";
  for (std::size_t I = 0; I < D.UnitCoChange.size(); ++I) {
    const CoChangePair &P = D.UnitCoChange[I];
    Out << (I ? "," : "") << "\n      {\"a\":" << jsonString(D.Units.Units[P.A].Id)
        << ",\"b\":" << jsonString(D.Units.Units[P.B].Id) << ",\"support\":" << P.Support
        << ",\"revisions_a\":" << P.RevisionsA << ",\"revisions_b\":" << P.RevisionsB
        << ",\"degree\":" << formatNumber(P.degree()) << "}";
  }
  Out << (D.UnitCoChange.empty() ? "]" : "\n    ]") << "\n  }";
}

class Reader {
public:
  explicit Reader(std::string Source) : Source(std::move(Source)) {}

  [[noreturn]] void fail(const std::string &Where, const std::string &What) const {
    throw Error(Source + ": " + Where + ": " + What);
  }
  const json &member(const json &O, const char *Key, const std::string &Where) const {
    if (!O.is_object() || !O.contains(Key))
      fail(Where, std::string("missing \"") + Key + "\"");
    return O.at(Key);
  }
  std::string str(const json &O, const char *Key, const std::string &Where) const {
    const json &V = member(O, Key, Where);
    if (!V.is_string())
      fail(Where, std::string("\"") + Key + "\" must be a string");
    return V.get<std::string>();
  }
  double dbl(const json &O, const char *Key, const std::string &Where) const {
    if (!O.contains(Key))
      return 0;
    const json &V = O.at(Key);
    if (!V.is_number())
      fail(Where, std::string("\"") + Key + "\" must be a number");
    return V.get<double>();
  }
  unsigned uns(const json &O, const char *Key, const std::string &Where) const {
    if (!O.contains(Key))
      return 0;
    const json &V = O.at(Key);
    if (!V.is_number_unsigned())
      fail(Where, std::string("\"") + Key + "\" must be a non-negative integer");
    return V.get<unsigned>();
  }
  std::vector<std::string> strings(const json &O, const char *Key, const std::string &Where) const {
    std::vector<std::string> Out;
    if (!O.contains(Key))
      return Out;
    const json &V = O.at(Key);
    if (!V.is_array())
      fail(Where, std::string("\"") + Key + "\" must be an array");
    for (const json &S : V) {
      if (!S.is_string())
        fail(Where, std::string("\"") + Key + "\" must contain only strings");
      Out.push_back(S.get<std::string>());
    }
    return Out;
  }
  ServiceExplanation::UnitPair pair(const json &J,
                                    const std::map<std::string, std::uint32_t> &Units,
                                    const char *WeightKey, const std::string &Where) const {
    auto Of = [&](const char *Key) {
      auto It = Units.find(str(J, Key, Where));
      if (It == Units.end())
        fail(Where, std::string("\"") + Key + "\" names a unit that is not in the services");
      return It->second;
    };
    return {Of("a"), Of("b"), dbl(J, WeightKey, Where)};
  }
  const json &array(const json &O, const char *Key, const std::string &Where) const {
    const json &V = member(O, Key, Where);
    if (!V.is_array())
      fail(Where, std::string("\"") + Key + "\" must be an array");
    return V;
  }
  ServiceExplanation why(const json &J, const std::map<std::string, std::uint32_t> &Units,
                         const std::string &Where) const {
    ServiceExplanation W;
    W.Inside = dbl(J, "inside", Where);
    W.Outside = dbl(J, "outside", Where);
    for (const json &P : array(J, "strongest", Where))
      W.Strongest.push_back(pair(P, Units, "weight", Where + ".strongest"));
    if (J.contains("cochange")) {
      const json &C = J["cochange"];
      W.Change.emplace();
      W.Change->Pairs = uns(C, "pairs", Where + ".cochange");
      W.Change->Support = uns(C, "support", Where + ".cochange");
      if (C.contains("top"))
        W.Change->Top = pair(C["top"], Units, "support", Where + ".cochange.top");
    }
    if (J.contains("includes")) {
      const json &I = J["includes"];
      W.AlikeIncludes.emplace();
      W.AlikeIncludes->Pairs = uns(I, "pairs", Where + ".includes");
      if (I.contains("closest"))
        W.AlikeIncludes->Closest =
            pair(I["closest"], Units, "similarity", Where + ".includes.closest");
    }
    for (const json &T : array(J, "terms", Where))
      W.Terms.push_back({str(T, "term", Where + ".terms"), uns(T, "units", Where + ".terms")});
    if (J.contains("namespaces")) {
      W.Namespaces.emplace();
      for (const json &N : array(J, "namespaces", Where))
        W.Namespaces->push_back(
            {str(N, "namespace", Where + ".namespaces"), uns(N, "units", Where + ".namespaces")});
    }
    return W;
  }
  std::vector<Unit> units(const json &O, const std::string &Where) const {
    std::vector<Unit> Out;
    if (!O.contains("units"))
      return Out;
    if (!O.at("units").is_array())
      fail(Where, "\"units\" must be an array");
    std::size_t I = 0;
    for (const json &J : O.at("units")) {
      std::string W = Where + ".units[" + std::to_string(I++) + "]";
      Unit U;
      U.Id = str(J, "id", W);
      U.Files = strings(J, "files", W);
      U.Lines = uns(J, "lines", W);
      U.Anchor = U.Files.empty() ? U.Id : U.Files.front();
      Out.push_back(std::move(U));
    }
    return Out;
  }

  Decomposition read(const json &Doc) const {
    if (!Doc.is_object())
      fail("top level", "must be a JSON object");
    std::string Schema = str(Doc, "schema", "top level");
    if (Schema != DecompositionSchema)
      fail("schema",
           "is \"" + Schema + "\"; this seams reads \"" + std::string(DecompositionSchema) + "\"");
    Decomposition D;
    auto Kind = parseUnitKind(str(Doc, "unit", "top level"));
    if (!Kind)
      fail("unit", "must be component, file or class");
    D.Unit = *Kind;
    D.Units.Kind = *Kind;
    D.Algorithm = str(Doc, "algorithm", "top level");
    if (!Doc.contains("seed") || !Doc["seed"].is_number_unsigned())
      fail("seed", "must be a non-negative integer");
    D.Seed = Doc["seed"].get<std::uint64_t>();
    D.Resolution = dbl(Doc, "resolution", "top level");
    if (Doc.contains("granularity"))
      D.Granularity = str(Doc, "granularity", "top level");
    if (Doc.contains("requested_services"))
      D.RequestedServices = static_cast<int>(uns(Doc, "requested_services", "top level"));
    if (Doc.contains("include_structure")) {
      const json &S = Doc["include_structure"];
      if (!S.is_object() || !S.contains("include_similarity") ||
          !S["include_similarity"].is_boolean())
        fail("include_structure", "must be an object with a boolean include_similarity");
      D.Includes = IncludeStructure{dbl(S, "include_modularity", "include_structure"),
                                    dbl(S, "symbol_modularity", "include_structure"),
                                    dbl(S, "ratio", "include_structure")};
      D.IncludeSimilarityUsed = S["include_similarity"].get<bool>();
    }

    // Units from services and shared, then sorted by id as UnitSet promises.
    std::vector<std::pair<Unit, std::uint32_t>> All; // unit, service (or SharedService)
    const json &Services = member(Doc, "services", "top level");
    if (!Services.is_array())
      fail("services", "must be an array");
    for (std::size_t S = 0; S < Services.size(); ++S) {
      std::string W = "services[" + std::to_string(S) + "]";
      const json &J = Services[S];
      Service Sv;
      Sv.Name = str(J, "name", W);
      Sv.Pinned = J.value("pinned", false);
      Sv.CompositionRoot = J.value("composition_root", false);
      Sv.Files = strings(J, "files", W);
      if (J.contains("metrics")) {
        const json &M = J["metrics"];
        std::string WM = W + ".metrics";
        Sv.Metrics = {uns(M, "units", WM),
                      uns(M, "files", WM),
                      uns(M, "lines", WM),
                      dbl(M, "internal_weight", WM),
                      dbl(M, "cohesion", WM),
                      dbl(M, "afferent", WM),
                      dbl(M, "efferent", WM),
                      uns(M, "afferent_services", WM),
                      uns(M, "efferent_services", WM),
                      dbl(M, "instability", WM),
                      dbl(M, "shared_weight", WM),
                      uns(M, "interfaces", WM)};
      }
      for (Unit &U : units(J, W))
        All.push_back({std::move(U), static_cast<std::uint32_t>(S)});
      D.Services.push_back(std::move(Sv));
    }
    if (Doc.contains("shared")) {
      D.SharedFiles = strings(Doc["shared"], "files", "shared");
      for (Unit &U : units(Doc["shared"], "shared"))
        All.push_back({std::move(U), Decomposition::SharedService});
    }
    if (Doc.contains("excluded"))
      D.ExcludedFiles = strings(Doc["excluded"], "files", "excluded");
    D.Units.ExcludedFiles = D.ExcludedFiles;
    if (Doc.contains("generated"))
      D.GeneratedFiles = strings(Doc["generated"], "files", "generated");
    D.Units.GeneratedFiles = D.GeneratedFiles;
    std::sort(All.begin(), All.end(),
              [](const auto &A, const auto &B) { return A.first.Id < B.first.Id; });
    for (std::uint32_t I = 0; I < All.size(); ++I) {
      if (I && All[I].first.Id == All[I - 1].first.Id)
        fail("units", "unit \"" + All[I].first.Id + "\" appears twice");
      for (const std::string &F : All[I].first.Files)
        if (!D.Units.FileUnit.emplace(F, I).second)
          fail("units", "file \"" + F + "\" is in two units");
      D.ServiceOfUnit.push_back(All[I].second);
      if (All[I].second == Decomposition::SharedService)
        D.SharedUnits.push_back(I);
      else
        D.Services[All[I].second].Units.push_back(I);
      D.Units.Units.push_back(std::move(All[I].first));
    }
    // Explanations name units, known only now.
    std::map<std::string, std::uint32_t> UnitIndex;
    for (std::uint32_t I = 0; I < D.Units.Units.size(); ++I)
      UnitIndex.emplace(D.Units.Units[I].Id, I);
    for (std::size_t S = 0; S < Services.size(); ++S)
      if (Services[S].contains("why"))
        D.Services[S].Why =
            why(Services[S]["why"], UnitIndex, "services[" + std::to_string(S) + "].why");
    std::map<std::string, std::uint32_t> ServiceIndex;
    for (std::uint32_t S = 0; S < D.Services.size(); ++S)
      if (!ServiceIndex.emplace(D.Services[S].Name, S).second)
        fail("services", "service \"" + D.Services[S].Name + "\" appears twice");
    if (Doc.contains("service_edges")) {
      std::size_t I = 0;
      for (const json &J : Doc["service_edges"]) {
        std::string W = "service_edges[" + std::to_string(I++) + "]";
        std::string From = str(J, "from", W), To = str(J, "to", W);
        if (!ServiceIndex.count(From) || !ServiceIndex.count(To))
          fail(W, "names a service that is not in \"services\"");
        D.ServiceEdges.push_back({ServiceIndex[From], ServiceIndex[To], dbl(J, "weight", W),
                                  uns(J, "calls", W), uns(J, "arcs", W)});
      }
    }
    if (Doc.contains("metrics")) {
      const json &M = Doc["metrics"];
      D.Metrics = {dbl(M, "modularity", "metrics"),
                   dbl(M, "turbo_mq", "metrics"),
                   dbl(M, "basic_mq", "metrics"),
                   dbl(M, "sm", "metrics"),
                   dbl(M, "icp", "metrics"),
                   dbl(M, "ifn", "metrics"),
                   dbl(M, "ned", "metrics"),
                   uns(M, "services", "metrics"),
                   uns(M, "clustered_units", "metrics")};
    }
    return D;
  }

private:
  std::string Source;
};

} // namespace

void writeDecompositionJson(const Decomposition &D, std::ostream &Out,
                            const DecompositionJsonSections &Extra) {
  Out << "{\n  \"schema\": " << jsonString(DecompositionSchema)
      << ",\n  \"unit\": " << jsonString(unitKindName(D.Unit))
      << ",\n  \"algorithm\": " << jsonString(D.Algorithm) << ",\n  \"seed\": " << D.Seed
      << ",\n  \"resolution\": " << formatNumber(D.Resolution);
  if (!D.Granularity.empty())
    Out << ",\n  \"granularity\": " << jsonString(D.Granularity);
  if (D.RequestedServices)
    Out << ",\n  \"requested_services\": " << *D.RequestedServices;
  if (D.Includes)
    Out << ",\n  \"include_structure\": {\"include_modularity\": "
        << formatNumber(D.Includes->IncludeModularity)
        << ", \"symbol_modularity\": " << formatNumber(D.Includes->SymbolModularity)
        << ", \"ratio\": " << formatNumber(D.Includes->Ratio)
        << ", \"include_similarity\": " << (D.IncludeSimilarityUsed ? "true" : "false") << "}";
  Out << ",\n  \"services\": [";
  for (std::size_t S = 0; S < D.Services.size(); ++S) {
    const Service &Sv = D.Services[S];
    Out << (S ? "," : "") << "\n    {\n      \"name\": " << jsonString(Sv.Name)
        << ",\n      \"pinned\": " << (Sv.Pinned ? "true" : "false");
    if (Sv.CompositionRoot)
      Out << ",\n      \"composition_root\": true";
    Out << ",\n      \"files\": ";
    writeStrings(Out, Sv.Files, "        ");
    Out << ",\n      \"units\": ";
    writeUnits(Out, D, Sv.Units, "        ");
    Out << ",\n      \"metrics\": ";
    writeServiceMetrics(Out, Sv.Metrics);
    if (D.Change)
      writeServiceChange(Out, *D.Change, Sv.Name);
    if (Sv.Why)
      writeWhy(Out, D, *Sv.Why);
    if (Extra.InService)
      Extra.InService(S, Out);
    Out << "\n    }";
  }
  Out << (D.Services.empty() ? "]" : "\n  ]") << ",\n  \"shared\": {\n    \"files\": ";
  writeStrings(Out, D.SharedFiles, "      ");
  Out << ",\n    \"units\": ";
  writeUnits(Out, D, D.SharedUnits, "      ");
  Out << "\n  },\n  \"excluded\": {\n    \"files\": ";
  writeStrings(Out, D.ExcludedFiles, "      ");
  Out << "\n  }";
  if (!D.GeneratedFiles.empty()) {
    Out << ",\n  \"generated\": {\n    \"files\": ";
    writeStrings(Out, D.GeneratedFiles, "      ");
    Out << "\n  }";
  }
  Out << ",\n  \"service_edges\": [";
  for (std::size_t I = 0; I < D.ServiceEdges.size(); ++I) {
    const ServiceEdge &E = D.ServiceEdges[I];
    Out << (I ? "," : "") << "\n    {\"from\":" << jsonString(D.Services[E.From].Name)
        << ",\"to\":" << jsonString(D.Services[E.To].Name)
        << ",\"weight\":" << formatNumber(E.Weight) << ",\"calls\":" << E.Calls
        << ",\"arcs\":" << E.Arcs;
    if (D.Change)
      Out << ",\"cochange\":" << D.Change->together(D.Services[E.From].Name, D.Services[E.To].Name);
    Out << "}";
  }
  const DecompositionMetrics &M = D.Metrics;
  Out << (D.ServiceEdges.empty() ? "]" : "\n  ]")
      << ",\n  \"metrics\": {\"modularity\":" << formatNumber(M.Modularity)
      << ",\"turbo_mq\":" << formatNumber(M.TurboMQ) << ",\"basic_mq\":" << formatNumber(M.BasicMQ)
      << ",\"sm\":" << formatNumber(M.SM) << ",\"icp\":" << formatNumber(M.ICP)
      << ",\"ifn\":" << formatNumber(M.IFN) << ",\"ned\":" << formatNumber(M.NED)
      << ",\"services\":" << M.Services << ",\"clustered_units\":" << M.ClusteredUnits << "}";
  if (D.Change)
    writeChange(Out, D);
  if (Extra.AtEnd)
    Extra.AtEnd(Out);
  Out << "\n}\n";
}

nlohmann::json parseDecompositionJson(std::istream &In, const std::string &Source) {
  try {
    return json::parse(In);
  } catch (const json::parse_error &E) {
    throw Error(Source + ": not valid JSON: " + E.what());
  }
}

Decomposition readDecompositionJson(const nlohmann::json &Doc, const std::string &Source) {
  return Reader(Source).read(Doc);
}

Decomposition readDecompositionJson(std::istream &In, const std::string &Source) {
  return readDecompositionJson(parseDecompositionJson(In, Source), Source);
}

} // namespace seams
