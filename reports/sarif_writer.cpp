// Writes hotspots.sarif (SARIF 2.1.0; see sarif_writer.h). Strings go through jsonString.
#include "reports/sarif_writer.h"

#include "graph/model/text_format.h"
#include "reports/escape.h"

#include <algorithm>
#include <map>
#include <ostream>

namespace seams {
namespace {

struct Rule {
  const char *Id;
  const char *Name;
  const char *Description;
};

/// The hotspot kinds of docs/HOTSPOTS.md, in their documented order.
constexpr Rule Rules[] = {
    {"cross-service", "CrossServiceDependency",
     "Symbol-level dependencies between two proposed services."},
    {"shared-state", "SharedMutableState",
     "A global written by one proposed service and used by another."},
    {"cycle", "ServiceCycle", "Proposed services that depend on each other."},
    {"misplaced", "MisplacedUnit",
     "A unit whose directory says one service and whose dependencies say another."},
    {"hub", "HubUnit", "A unit or class that holds several services together."},
    {"shared-data", "SharedTable", "A database table used by several proposed services."},
    {"change-coupling", "ChangeCoupling",
     "Units of two proposed services that often changed together in the project's history."},
};

int ruleIndex(const std::string &Kind) {
  for (std::size_t I = 0; I < std::size(Rules); ++I)
    if (Kind == Rules[I].Id)
      return static_cast<int>(I);
  return -1;
}

void writeLocation(const Location &L, const std::string &Prefix, std::ostream &Out) {
  Out << "{\"physicalLocation\":{\"artifactLocation\":{\"uri\":"
      << jsonString(uriPath(Prefix + L.File)) << ",\"uriBaseId\":\"SRCROOT\"}";
  if (L.Line)
    Out << ",\"region\":{\"startLine\":" << L.Line << "}";
  Out << "}}";
}

void writeStrings(const std::vector<std::string> &V, std::ostream &Out) {
  Out << "[";
  for (std::size_t I = 0; I < V.size(); ++I)
    Out << (I ? "," : "") << jsonString(V[I]);
  Out << "]";
}

} // namespace

std::string hotspotFingerprint(const ReportHotspot &H) {
  std::string Key = H.Kind;
  if (!H.Identity.empty())
    Key += "\x1f" + H.Identity;
  else
    for (const std::string &E : H.Entities)
      Key += "\x1f" + E;
  Key += "\x1e";
  for (const std::string &S : H.Services)
    Key += "\x1f" + S;
  return fingerprint(Key);
}

void writeHotspotsSarif(const ReportModel &M, std::ostream &Out) {
  // The hotspots are in rank order: the first ones are the most important.
  const std::size_t Shown =
      std::min({M.Hotspots.size(), M.Options.SarifMaxResults, MaxSarifResults});
  Out << "{\n"
         "  \"$schema\": \"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
         "sarif-schema-2.1.0.json\",\n"
         "  \"version\": \"2.1.0\",\n"
         "  \"runs\": [\n"
         "    {\n"
         "      \"tool\": {\n"
         "        \"driver\": {\n"
         "          \"name\": \"seams\",\n"
         "          \"rules\": [";
  for (std::size_t I = 0; I < std::size(Rules); ++I)
    Out << (I ? "," : "") << "\n            {\"id\":" << jsonString(Rules[I].Id)
        << ",\"name\":" << jsonString(Rules[I].Name)
        << ",\"shortDescription\":{\"text\":" << jsonString(Rules[I].Description)
        << "},\"defaultConfiguration\":{\"level\":\"warning\"}}";
  Out << "\n          ]\n"
         "        }\n"
         "      },\n"
         "      \"originalUriBaseIds\": {\"SRCROOT\": {\"description\": {\"text\": "
      << jsonString(M.Options.PathPrefix.empty()
                        ? "The root of " + M.Options.Project
                        : "The root of the repository holding " + M.Options.Project + " in " +
                              M.Options.PathPrefix)
      << "}}},\n"
      << "      \"properties\": {\"hotspots\": " << M.Hotspots.size() << ", \"results\": " << Shown
      << ", \"results_omitted\": " << M.Hotspots.size() - Shown
      << ", \"hotspots_omitted_by_analysis\": " << M.HotspotsOmitted << "},\n"
      << "      \"results\": [";
  std::map<std::string, unsigned> Seen;
  for (std::size_t I = 0; I < Shown; ++I) {
    const ReportHotspot &H = M.Hotspots[I];
    std::string Print = hotspotFingerprint(H);
    if (unsigned N = Seen[Print]++)
      Print += ":" + std::to_string(N + 1); // Identical hotspots stay distinct, in rank order.
    Out << (I ? "," : "") << "\n        {\"ruleId\":" << jsonString(H.Kind);
    if (int R = ruleIndex(H.Kind); R >= 0)
      Out << ",\"ruleIndex\":" << R;
    Out << ",\"level\":\"warning\",\"message\":{\"text\":" << jsonString(H.Message) << "}";
    if (!H.Locations.empty()) {
      Out << ",\"locations\":[";
      writeLocation(H.Locations.front(), M.Options.PathPrefix, Out);
      Out << "]";
    }
    if (H.Locations.size() > 1) {
      Out << ",\"relatedLocations\":[";
      for (std::size_t J = 1; J < H.Locations.size() && J < MaxSarifLocations; ++J) {
        Out << (J > 1 ? "," : "");
        writeLocation(H.Locations[J], M.Options.PathPrefix, Out);
      }
      Out << "]";
    }
    Out << ",\"partialFingerprints\":{\"seamsHotspot/v1\":" << jsonString(Print) << "}"
        << ",\"properties\":{\"score\":" << formatNumber(H.Score)
        << ",\"weight\":" << formatNumber(H.Weight) << ",\"priority\":" << formatNumber(H.Priority)
        << ",\"effort\":" << formatNumber(H.Effort) << ",\"use_sites\":" << H.UseSites
        << ",\"files_touched\":" << H.FilesTouched << ",\"action\":" << jsonString(H.Action)
        << ",\"services\":";
    writeStrings(H.Services, Out);
    Out << ",\"entities\":";
    writeStrings(H.Entities, Out);
    Out << "}}";
  }
  Out << (Shown == 0 ? "]\n" : "\n      ]\n") << "    }\n  ]\n}\n";
}

} // namespace seams
