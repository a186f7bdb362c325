// The plan in decomposition.json: the "plan" member after the hotspots (docs/DECOMPOSITION.md).
#include "graph/hotspots/hotspots_json.h"
#include "graph/model/text_format.h"
#include "graph/plan/plan.h"

#include <ostream>

namespace seams {
namespace {

void writeList(std::ostream &Out, const std::vector<std::string> &V) {
  Out << "[";
  for (std::size_t I = 0; I < V.size(); ++I)
    Out << (I ? "," : "") << jsonString(V[I]);
  Out << "]";
}

void writeAt(std::ostream &Out, const std::vector<Location> &At) {
  Out << ",\"at\":[";
  for (std::size_t I = 0; I < At.size(); ++I)
    Out << (I ? "," : "") << jsonString(At[I].File + ":" + std::to_string(At[I].Line));
  Out << "]";
}

template <typename T, typename Fn>
void writeItems(std::ostream &Out, const char *Name, const std::vector<T> &Items, Fn Write,
                bool First = false) {
  Out << (First ? "" : ",") << "\n        \"" << Name << "\":[";
  for (std::size_t I = 0; I < Items.size(); ++I) {
    Out << (I ? "," : "") << "\n          ";
    Write(Items[I]);
  }
  Out << (Items.empty() ? "]" : "\n        ]");
}

void writeEdges(std::ostream &Out, const char *Name, const std::vector<HotspotEdge> &Edges,
                bool First = false) {
  writeItems(
      Out, Name, Edges, [&](const HotspotEdge &E) { writeHotspotEdgeJson(E, Out); }, First);
}

void writeStep(std::ostream &Out, const PlanStep &S) {
  Out << "\n    {\"step\":" << S.Number << ",\"service\":" << jsonString(S.Service)
      << ",\n      \"rationale\":" << jsonString(S.Rationale)
      << ",\n      \"in_cycle\":" << (S.InCycle ? "true" : "false") << ",\"cycle_with\":";
  writeList(Out, S.CycleWith);
  Out << ",\"inbound_sync\":" << S.InboundSync << ",\"inbound_event\":" << S.InboundEvent
      << ",\"shared_state\":" << S.SharedState
      << ",\n      \"effort\":{\"use_sites\":" << S.UseSites << ",\"files\":" << S.Files
      << ",\"score\":" << formatNumber(S.Effort)
      << "},\n      \"blast_radius\":{\"before\":{\"units\":" << S.BlastBefore.Units
      << ",\"services\":" << S.BlastBefore.Services
      << "},\"after\":{\"units\":" << S.BlastAfter.Units
      << ",\"services\":" << S.BlastAfter.Services << "}},\n      \"rpcs\":[";
  for (std::size_t I = 0; I < S.Rpcs.size(); ++I) {
    const PlanRpc &R = S.Rpcs[I];
    Out << (I ? "," : "") << "{\"function\":" << jsonString(R.Function) << ",\"callers\":";
    writeList(Out, R.Callers);
    Out << ",\"uses\":" << R.UseSites << "}";
  }
  Out << "],\n      \"changes\":{";
  writeEdges(Out, "route_calls", S.Route, true);
  writeEdges(Out, "outbound_calls", S.Outbound);
  writeItems(Out, "globals", S.Globals, [&](const PlanGlobal &G) {
    Out << "{\"name\":" << jsonString(G.Name) << ",\"owner\":" << jsonString(G.Owner);
    if (!G.DeclaredIn.empty())
      Out << ",\"declared_in\":" << jsonString(G.DeclaredIn);
    Out << ",\"users\":";
    writeList(Out, G.Users);
    Out << ",\"written\":" << (G.Written ? "true" : "false")
        << ",\"mutable\":" << (G.Mutable ? "true" : "false");
    if (G.Lock)
      Out << ",\"lock\":true";
    Out << ",\"use_sites\":" << G.UseSites;
    writeAt(Out, G.At);
    Out << "}";
  });
  writeItems(Out, "tables", S.Tables, [&](const PlanTable &T) {
    Out << "{\"table\":" << jsonString(T.Table) << ",\"services\":";
    writeList(Out, T.Services);
    Out << ",\"write\":" << (T.Write ? "true" : "false") << ",\"use_sites\":" << T.UseSites;
    writeAt(Out, T.At);
    Out << "}";
  });
  writeEdges(Out, "cycle_edges", S.CycleEdges);
  writeItems(Out, "events", S.Events, [&](const PlanEvent &E) {
    Out << "{\"topic\":" << jsonString(E.Topic) << ",\"function\":" << jsonString(E.Function)
        << ",\"consumer\":" << jsonString(E.Consumer) << ",\"publishers\":";
    writeList(Out, E.Publishers);
    Out << ",\"use_sites\":" << E.UseSites;
    writeAt(Out, E.At);
    Out << "}";
  });
  Out << "}}";
}

} // namespace

void writePlanJson(const Plan &P, std::ostream &Out) {
  Out << "{\"order\":\"strangler fig: no cycle first, then no shared state, then fewest "
         "synchronous inbound uses, then most event-able, then least effort\",\n   \"steps\":[";
  for (std::size_t I = 0; I < P.Steps.size(); ++I) {
    Out << (I ? "," : "");
    writeStep(Out, P.Steps[I]);
  }
  Out << (P.Steps.empty() ? "]" : "\n   ]") << ",\n   \"not_extracted\":[";
  for (std::size_t I = 0; I < P.Skipped.size(); ++I)
    Out << (I ? "," : "") << "{\"service\":" << jsonString(P.Skipped[I].Service)
        << ",\"reason\":" << jsonString(P.Skipped[I].Reason) << "}";
  Out << "]}";
}

void writeDecompositionJson(const Decomposition &D, const Assessment &A, const Plan &P,
                            std::ostream &Out) {
  DecompositionJsonSections Extra = assessmentSections(A);
  auto Hotspots = Extra.AtEnd;
  const Plan *Pl = &P;
  Extra.AtEnd = [Hotspots, Pl](std::ostream &O) {
    Hotspots(O);
    O << ",\n  \"plan\": ";
    writePlanJson(*Pl, O);
  };
  writeDecompositionJson(D, Out, Extra);
}

} // namespace seams
