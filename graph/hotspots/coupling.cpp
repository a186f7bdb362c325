// The entity-level coupling between proposed services, indexed once and shared by the hotspot
// finders and the service contracts.
#include "graph/hotspots/coupling.h"

#include "graph/model/error.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace seams {

bool isSymbolEdge(EdgeKind K) { return K != EdgeKind::Include && K != EdgeKind::Contains; }

CouplingModel::CouplingModel(const Facts &F, const Decomposition &D, const EdgeWeights &W)
    : F(F), D(D), W(W) {
  const std::size_t N = F.Entities.size();
  IndexOfId.reserve(N);
  for (std::uint32_t I = 0; I < N; ++I)
    IndexOfId.emplace(F.Entities[I].Id, I);

  if (D.Units.EntityUnit.size() == N) {
    EntityUnit = D.Units.EntityUnit;
  } else if (D.Unit == UnitKind::Class) {
    throw Error("hotspots need the entity -> unit map of a class-unit decomposition: run "
                "decompose() on the facts instead of reading decomposition.json back");
  } else {
    // Component and file units are whole files: an entity lives in the unit of its home file.
    EntityUnit.assign(N, UnitSet::NoUnit);
    for (std::uint32_t I = 0; I < N; ++I) {
      const Entity &E = F.Entities[I];
      if (E.Kind != EntityKind::External && E.Kind != EntityKind::Namespace)
        EntityUnit[I] = D.Units.unitOfFile(homeFile(E));
    }
  }
  EntityService.assign(N, Decomposition::NoService);
  for (std::uint32_t I = 0; I < N; ++I)
    if (EntityUnit[I] != UnitSet::NoUnit && EntityUnit[I] < D.ServiceOfUnit.size())
      EntityService[I] = D.ServiceOfUnit[EntityUnit[I]];

  ClassOf.assign(N, NoEntity);
  Members.assign(N, {});
  EdgeFrom.reserve(F.Edges.size());
  EdgeTo.reserve(F.Edges.size());
  for (std::uint32_t I = 0; I < F.Edges.size(); ++I) {
    const Edge &E = F.Edges[I];
    std::uint32_t From = index(E.From), To = index(E.To);
    EdgeFrom.push_back(From);
    EdgeTo.push_back(To);
    if (From == NoEntity || To == NoEntity)
      continue;
    EntityKind FK = F.Entities[From].Kind, TK = F.Entities[To].Kind;
    if (E.Kind == EdgeKind::Contains &&
        (FK == EntityKind::Class || FK == EntityKind::Struct || FK == EntityKind::Union) &&
        (TK == EntityKind::Method || TK == EntityKind::Field)) {
      if (ClassOf[To] == NoEntity) {
        ClassOf[To] = From;
        Members[From].push_back(To);
      }
      continue;
    }
    if (!isSymbolEdge(E.Kind))
      continue;
    std::uint32_t SF = EntityService[From], ST = EntityService[To];
    if (SF == ST || !isService(SF) || !isService(ST))
      continue;
    double Weight = W.edgeWeight(E.Kind, E.Count);
    if (Weight <= 0)
      continue;
    bool Sync = !(E.Kind == EdgeKind::Call && E.Count > 0 && E.Discarded >= E.Count);
    Cross.push_back({I, From, To, SF, ST, Weight, Sync});
  }
  for (auto &Ms : Members)
    std::sort(Ms.begin(), Ms.end());
}

std::uint32_t CouplingModel::index(std::string_view Id) const {
  auto It = IndexOfId.find(Id);
  return It == IndexOfId.end() ? NoEntity : It->second;
}

bool CouplingModel::isValueType(std::uint32_t I, unsigned MaxLines) const {
  const Entity &E = F.Entities[I];
  if (E.Kind != EntityKind::Struct && E.Kind != EntityKind::Class)
    return false;
  if (E.Lines > MaxLines || Members[I].empty())
    return false;
  return std::all_of(Members[I].begin(), Members[I].end(),
                     [&](std::uint32_t M) { return F.Entities[M].Kind == EntityKind::Field; });
}

std::string CouplingModel::serviceOf(std::uint32_t Entity) const {
  std::uint32_t S = Entity == NoEntity ? Decomposition::NoService : EntityService[Entity];
  if (isService(S))
    return serviceName(S);
  return S == Decomposition::SharedService ? "shared" : "";
}

HotspotEdge CouplingModel::describe(std::uint32_t EdgeIndex, double Weight) const {
  const Edge &E = F.Edges[EdgeIndex];
  std::uint32_t From = EdgeFrom[EdgeIndex], To = EdgeTo[EdgeIndex];
  HotspotEdge H;
  H.From = From == NoEntity ? E.From : name(From);
  H.To = To == NoEntity ? E.To : name(To);
  H.FromService = serviceOf(From);
  H.ToService = serviceOf(To);
  H.Kind = E.Kind;
  H.Count = E.Count;
  H.Discarded = E.Discarded;
  H.Weight = Weight;
  for (const Occurrence &O : E.At)
    H.At.push_back({O.At.File, O.At.Line, 0});
  std::sort(H.At.begin(), H.At.end());
  H.At.erase(std::unique(H.At.begin(), H.At.end()), H.At.end());
  return H;
}

void sortHotspotEdges(std::vector<HotspotEdge> &Edges, std::size_t Max) {
  std::sort(Edges.begin(), Edges.end(), [](const HotspotEdge &A, const HotspotEdge &B) {
    return std::tie(B.Weight, A.From, A.To, A.Kind, A.At) <
           std::tie(A.Weight, B.From, B.To, B.Kind, B.At);
  });
  if (Max && Edges.size() > Max)
    Edges.resize(Max);
}

} // namespace seams
