// The hook from the hotspots stage (graph/hotspots/) to the report model: hotspots and
// per-service contracts in report form.
#include "reports/report_model.h"

#include <algorithm>
#include <set>

namespace seams {
namespace {

ReportHotspot view(const Hotspot &H) {
  ReportHotspot R;
  R.Kind = std::string(hotspotKindName(H.Kind));
  R.Priority = H.Priority;
  R.Score = H.Score;
  R.Weight = H.Weight;
  R.Effort = H.Effort;
  R.UseSites = H.UseSites;
  R.FilesTouched = H.FilesTouched;
  R.Edges = H.EdgeCount;
  R.Action = H.Action;
  R.Message = H.Message;
  R.Services = H.Services;
  R.Entities = H.Entities;
  if (H.Kind == HotspotKind::CrossService && !H.Edges.empty()) {
    R.FromService = H.Edges.front().FromService;
    R.ToService = H.Owner;
    R.Identity = H.Action + " " + R.FromService + " -> " + R.ToService;
  } else if (H.Kind == HotspotKind::Cycle && !H.Cut.empty()) {
    R.FromService = H.Cut.front().From;
    R.ToService = H.Cut.front().To;
    R.Identity = R.FromService + " -> " + R.ToService;
  }
  std::set<Location> Seen;
  auto Add = [&](const Location &L) {
    if (L.File.empty() || R.Locations.size() >= MaxHotspotLocations)
      return;
    Location Plain{L.File, L.Line, 0};
    if (Seen.insert(Plain).second)
      R.Locations.push_back(Plain);
  };
  Add(H.At);
  for (const HotspotEdge &E : H.Edges)
    for (const Location &L : E.At)
      Add(L);
  return R;
}

ReportContract view(const ServiceContract &C) {
  ReportContract R;
  for (const ApiEntry &A : C.Api)
    R.Api.push_back({A.Name, std::string(kindName(A.Kind)), A.Callers, A.Uses, A.EventOnly});
  R.OwnsClasses = C.OwnsClasses;
  R.OwnsGlobals = C.OwnsGlobals;
  R.OwnsTables = C.OwnsTables;
  R.Blast = ReportBlast{C.Blast.UnitsToday, C.Blast.ServicesToday, C.Blast.UnitsAfter,
                        C.Blast.ServicesAfter, C.Blast.Dependents};
  return R;
}

} // namespace

void addHotspots(const Assessment *A, ReportModel &M) {
  M.HasHotspots = A != nullptr;
  M.Hotspots.clear();
  M.Contracts.clear();
  M.HotspotsOmitted = 0;
  if (!A)
    return;
  M.HotspotsOmitted = A->Omitted;
  for (const Hotspot &H : A->Hotspots)
    M.Hotspots.push_back(view(H));
  for (const ServiceContract &C : A->Contracts)
    M.Contracts.push_back(view(C));
}

} // namespace seams
