// The entity-level coupling between proposed services, indexed once and shared by the hotspot
// finders and the service contracts.
#include "graph/hotspots/coupling.h"

#include "graph/model/error.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace seams {

bool isSymbolEdge(EdgeKind K) { return K != EdgeKind::Include && K != EdgeKind::Contains; }

bool answersThroughArguments(const Entity &Callee) {
  if (!Callee.Sig)
    return false;
  return std::any_of(Callee.Sig->Params.begin(), Callee.Sig->Params.end(), [](const Param &P) {
    const TypeShape &T = P.Type;
    const bool Rvalue = T.Kind == ShapeKind::Reference && T.Cpp.ends_with("&&");
    return (T.Kind == ShapeKind::Reference || T.Kind == ShapeKind::Pointer) && !T.Const && !Rvalue;
  });
}

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
    bool Sync = !(E.Kind == EdgeKind::Call && E.Count > 0 && E.Discarded >= E.Count) ||
                answersThroughArguments(F.Entities[To]);
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

const std::string &CouplingModel::serviceName(std::uint32_t S) const {
  static const std::string Shared = "shared", None;
  if (isService(S))
    return D.Services[S].Name;
  return S == Decomposition::SharedService ? Shared : None;
}

std::map<std::uint32_t, std::uint32_t> stateOwners(const CouplingModel &M) {
  std::map<std::uint32_t, std::map<std::uint32_t, unsigned>> Uses; // variable -> service -> uses
  for (std::uint32_t I = 0; I < M.F.Edges.size(); ++I) {
    const Edge &E = M.F.Edges[I];
    const std::uint32_t From = M.EdgeFrom[I], To = M.EdgeTo[I];
    if ((E.Kind != EdgeKind::Read && E.Kind != EdgeKind::Write) ||
        From == CouplingModel::NoEntity || To == CouplingModel::NoEntity ||
        M.entity(To).Kind != EntityKind::Variable || !M.isService(M.EntityService[From]))
      continue;
    unsigned &N = Uses[To][M.EntityService[From]];
    N += E.Kind == EdgeKind::Write || M.entity(To).Lock ? E.Count : 0;
  }
  std::map<std::uint32_t, std::uint32_t> Owners;
  for (const auto &[Var, By] : Uses) {
    if (By.size() < 2)
      continue;
    const std::uint32_t Decl = M.EntityService[Var];
    std::uint32_t Owner = Decomposition::NoService;
    for (const auto &[S, N] : By)
      if (N > 0 && (Owner == Decomposition::NoService || N > By.at(Owner) ||
                    (N == By.at(Owner) && S == Decl)))
        Owner = S;
    if (Owner != Decomposition::NoService)
      Owners.emplace(Var, Owner);
  }
  return Owners;
}

std::string CouplingModel::serviceOf(std::uint32_t Entity) const {
  std::uint32_t S = Entity == NoEntity ? Decomposition::NoService : EntityService[Entity];
  return serviceName(S);
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

Location firstSite(const std::vector<HotspotEdge> &Edges) {
  for (const HotspotEdge &E : Edges)
    if (!E.At.empty())
      return E.At.front();
  return {};
}

std::string listNames(const std::vector<std::string> &Names, std::size_t Max,
                      std::size_t MaxChars) {
  std::size_t Shown = 0, Chars = 0;
  while (Shown < Names.size() && Shown < std::max<std::size_t>(Max, 1) &&
         (Shown == 0 || Chars + Names[Shown].size() <= MaxChars))
    Chars += Names[Shown++].size() + 2;
  std::string Out;
  for (std::size_t I = 0; I < Shown; ++I)
    Out += (I == 0 ? "" : I + 1 == Shown && Shown == Names.size() ? " and " : ", ") + Names[I];
  if (Names.size() > Shown)
    Out += " and " + std::to_string(Names.size() - Shown) + " more";
  return Out;
}

namespace {

/// S cut to at most Max bytes, ending "..." when cut, never inside a UTF-8 sequence.
std::string cut(std::string_view S, std::size_t Max) {
  if (S.size() <= Max)
    return std::string(S);
  std::size_t End = Max > 3 ? Max - 3 : 0;
  while (End > 0 && (static_cast<unsigned char>(S[End]) & 0xC0) == 0x80)
    --End;
  return std::string(S.substr(0, End)) + "...";
}

} // namespace

std::string decisionMessage(std::string_view What, std::string_view Do) {
  constexpr std::string_view Arrow = " -> ";
  const std::size_t Room = MaxHotspotMessage - Arrow.size();
  if (What.size() + Do.size() <= Room)
    return std::string(What) + std::string(Arrow) + std::string(Do);
  // What is wrong keeps up to a third of the room; what to do gets the rest.
  std::size_t DoMax = std::min(Do.size(), Room - std::min(What.size(), Room / 3));
  return cut(What, Room - DoMax) + std::string(Arrow) + cut(Do, DoMax);
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
