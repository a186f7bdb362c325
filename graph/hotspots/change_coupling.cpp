// The change-coupling hotspot: units of two proposed services that changed together in the
// project's history, so that each change would have needed both services released together.
#include "graph/hotspots/coupling.h"
#include "graph/hotspots/hotspots.h"

#include <algorithm>

namespace seams {

void findChangeCoupling(const Decomposition &D, const HotspotOptions &O,
                        std::vector<Hotspot> &Out) {
  auto ServiceOf = [&](std::uint32_t U) -> const Service * {
    std::uint32_t S = D.ServiceOfUnit[U];
    if (S >= D.Services.size() || D.Services[S].CompositionRoot)
      return nullptr;
    return &D.Services[S];
  };
  for (const CoChangePair &P : D.UnitCoChange) {
    const Service *SA = ServiceOf(P.A), *SB = ServiceOf(P.B);
    if (!SA || !SB || SA == SB || P.degree() < O.MinChangeDegree)
      continue;
    const Unit &UA = D.Units.Units[P.A], &UB = D.Units.Units[P.B];
    // Move the smaller unit to the bigger one's service (or merge the two services).
    bool MoveA = std::tie(UA.Lines, UB.Id) < std::tie(UB.Lines, UA.Id);
    const Unit &Moved = MoveA ? UA : UB;
    const Service &To = MoveA ? *SB : *SA;
    Hotspot H;
    H.Kind = HotspotKind::ChangeCoupling;
    H.Action = "merge-or-move";
    // Commits of the pair, tightness-weighted: a pair always changed together weighs its support.
    H.Weight = P.Support * P.degree();
    H.Services = {SA->Name, SB->Name};
    std::sort(H.Services.begin(), H.Services.end());
    H.Entities = {UA.Id, UB.Id};
    H.Owner = To.Name;
    H.At = {Moved.Anchor, 1, 0};
    H.Message = decisionMessage(
        UA.Id + " and " + UB.Id + " changed together in " + std::to_string(P.Support) +
            " of their " + std::to_string(P.commitsOfEither()) +
            " commits: each change needs both services released together",
        "merge " + SA->Name + " and " + SB->Name + ", or move " + Moved.Id + " to " + To.Name);
    Out.push_back(std::move(H));
  }
}

} // namespace seams
