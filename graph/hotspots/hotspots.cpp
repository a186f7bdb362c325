// Coupling hotspots: the ranking, the summary, and the edge-level kinds (cross-service
// dependencies, shared mutable state, shared data stores). docs/HOTSPOTS.md.
#include "graph/hotspots/hotspots.h"

#include "graph/hotspots/coupling.h"

#include <algorithm>
#include <cctype>
#include <iomanip>
#include <map>
#include <ostream>
#include <set>
#include <sstream>
#include <tuple>

namespace seams {
namespace {

/// A use counts as "many callers" for extract-interface from this many distinct callers ...
constexpr std::size_t InterfaceMinCallers = 3;
/// ... through at most this many methods of the class.
constexpr std::size_t InterfaceMaxMethods = 3;

/// How much one unit of coupling weight matters for each action (docs/HOTSPOTS.md, "Scores").
double severity(const std::string &Action) {
  if (Action == "add-accessor")
    return 4; // mutable state cannot be split at all until one service owns it
  if (Action == "cut-edges" || Action == "expose-table")
    return 3; // a cycle or a shared table keeps every service in it deployed together
  if (Action == "publish-event")
    return 2; // a synchronous dependency that need not be one
  if (Action == "move" || Action == "move-unit" || Action == "extract-interface")
    return 1;
  return 0.5; // call-api, copy-value-type, split-*: the normal cost of an API, or a spread
}

bool isConstructor(const Entity &E) {
  std::size_t Cut = E.Name.rfind("::");
  if (E.Kind != EntityKind::Method || Cut == std::string::npos || Cut < 2)
    return false;
  std::string_view Name = std::string_view(E.Name).substr(Cut + 2);
  std::string_view Scope = std::string_view(E.Name).substr(0, Cut);
  std::size_t Prev = Scope.rfind("::");
  std::string_view Class = Prev == std::string::npos ? Scope : Scope.substr(Prev + 2);
  return Name == Class || (Name.starts_with("~") && Name.substr(1) == Class);
}

std::string percent(double Share) { return std::to_string(int(Share * 100 + 0.5)) + "%"; }

/// "g_stock_levels" -> "StockLevels": the variable's name without scope, g_/s_/m_ prefix and
/// trailing underscore, in CamelCase, for the accessor a service should offer.
std::string accessorStem(const std::string &Qualified) {
  std::string N =
      Qualified.substr(Qualified.rfind(':') == std::string::npos ? 0 : Qualified.rfind(':') + 1);
  for (const char *P : {"g_", "s_", "m_"})
    if (N.starts_with(P) && N.size() > 2)
      N = N.substr(2);
  while (!N.empty() && N.back() == '_')
    N.pop_back();
  std::string Out;
  bool Up = true;
  for (char C : N) {
    if (C == '_') {
      Up = true;
      continue;
    }
    Out += Up ? char(std::toupper(static_cast<unsigned char>(C))) : C;
    Up = false;
  }
  return Out.empty() ? "State" : Out;
}

Location firstSite(const std::vector<HotspotEdge> &Edges) {
  for (const HotspotEdge &E : Edges)
    if (!E.At.empty())
      return E.At.front();
  return {};
}

} // namespace

void findCrossService(const CouplingModel &M, const HotspotOptions &O, std::vector<Hotspot> &Out) {
  // Where each user's dependency weight goes, by service (its own included): for "move".
  std::map<std::uint32_t, std::map<std::uint32_t, double>> OutWeight;
  for (const CrossEdge &C : M.Cross)
    OutWeight[C.From];
  for (std::uint32_t I = 0; I < M.F.Edges.size(); ++I) {
    const Edge &E = M.F.Edges[I];
    std::uint32_t From = M.EdgeFrom[I], To = M.EdgeTo[I];
    if (!isSymbolEdge(E.Kind) || From == CouplingModel::NoEntity || To == CouplingModel::NoEntity ||
        From == To || !M.isService(M.EntityService[To]))
      continue;
    auto It = OutWeight.find(From);
    if (It != OutWeight.end())
      It->second[M.EntityService[To]] += M.W.edgeWeight(E.Kind, E.Count);
  }
  // Per class: its distinct callers in other services and the methods they use.
  std::map<std::uint32_t, std::set<std::uint32_t>> Callers, UsedMethods;
  for (const CrossEdge &C : M.Cross) {
    std::uint32_t Cls = M.ClassOf[C.To];
    if (M.F.Edges[C.Edge].Kind == EdgeKind::Call && Cls != CouplingModel::NoEntity &&
        M.entity(C.To).Kind == EntityKind::Method && !isConstructor(M.entity(C.To))) {
      Callers[Cls].insert(C.From);
      UsedMethods[Cls].insert(C.To);
    }
  }
  // One group per (user, used entity); a field counts as its class (its data is the dependency).
  auto Target = [&](std::uint32_t To) {
    return M.entity(To).Kind == EntityKind::Field && M.ClassOf[To] != CouplingModel::NoEntity
               ? M.ClassOf[To]
               : To;
  };
  // Reads and writes of globals are shared-state hotspots, not repeated here.
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::vector<const CrossEdge *>> Groups;
  for (const CrossEdge &C : M.Cross)
    if (M.entity(C.To).Kind != EntityKind::Variable)
      Groups[{C.From, Target(C.To)}].push_back(&C);

  // Fire-and-forget calls from one service to another are one decision (publish events there),
  // so they are gathered into one hotspot per service pair below.
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::vector<Hotspot>> Events;
  for (const auto &[Key, Group] : Groups) {
    const auto [From, To] = Key;
    const std::uint32_t FS = Group.front()->FromService, TS = Group.front()->ToService;
    Hotspot H;
    H.Kind = HotspotKind::CrossService;
    bool AllEvents = true;
    unsigned Sites = 0;
    for (const CrossEdge *C : Group) {
      H.Weight += C->Weight;
      H.Edges.push_back(M.describe(*C));
      AllEvents = AllEvents && !C->Sync;
      Sites += M.F.Edges[C->Edge].Count;
    }
    sortHotspotEdges(H.Edges);
    H.Services = {M.serviceName(FS), M.serviceName(TS)};
    std::sort(H.Services.begin(), H.Services.end());
    H.Entities = {M.name(From), M.name(To)};
    H.Owner = M.serviceName(TS);
    H.At = firstSite(H.Edges);

    double Total = 0;
    for (const auto &[S, W] : OutWeight[From])
      Total += W;
    double Share = Total > 0 ? OutWeight[From][TS] / Total : 0;
    std::uint32_t Value = To;
    std::uint32_t Cls = M.ClassOf[To];
    std::size_t Methods = 0;
    if (Cls != CouplingModel::NoEntity)
      for (std::uint32_t Mb : M.Members[Cls])
        Methods += M.entity(Mb).Kind == EntityKind::Method && !isConstructor(M.entity(Mb));
    std::string Action;
    if (AllEvents) {
      H.Action = "publish-event";
      Action = "publish an event instead (the result is discarded at all " + std::to_string(Sites) +
               " site" + (Sites == 1 ? "" : "s") + "); " + M.serviceName(TS) + " subscribes";
    } else if (Share > 0.5) {
      H.Action = "move";
      Action = "move " + M.name(From) + " to " + M.serviceName(TS) + " (" + percent(Share) +
               " of its dependency weight goes there)";
    } else if (M.isValueType(Value, O.ValueTypeMaxLines)) {
      H.Action = "copy-value-type";
      Action = "copy the value type " + M.name(Value) + " into " + M.serviceName(FS) +
               " (data only, " + std::to_string(M.entity(Value).Lines) + " lines)";
    } else if (Cls != CouplingModel::NoEntity && M.entity(To).Kind == EntityKind::Method &&
               !isConstructor(M.entity(To)) && Callers[Cls].size() >= InterfaceMinCallers &&
               UsedMethods[Cls].size() <= InterfaceMaxMethods &&
               UsedMethods[Cls].size() < Methods) {
      H.Action = "extract-interface";
      Action = "extract an interface of " + M.name(Cls) + " (" +
               std::to_string(Callers[Cls].size()) + " callers in other services use " +
               std::to_string(UsedMethods[Cls].size()) + " of its " + std::to_string(Methods) +
               " methods)";
    } else {
      H.Action = "call-api";
      Action = "add " + M.name(To) + " to the " + M.serviceName(TS) + " API";
    }
    std::string Uses = H.Edges.front().Kind == EdgeKind::Field && H.Edges.front().To != M.name(To)
                           ? "uses fields of"
                           : std::string(edgeVerb(H.Edges.front().Kind));
    std::string More = Group.size() > 1 ? " (" + std::to_string(Group.size()) + " edges)" : "";
    H.Message = M.serviceName(FS) + " -> " + M.serviceName(TS) + ": " + M.name(From) + " " + Uses +
                " " + M.name(To) + More + " -> " + Action;
    if (H.Action == "publish-event")
      Events[{FS, TS}].push_back(std::move(H));
    else
      Out.push_back(std::move(H));
  }
  for (auto &[Pair, Group] : Events) {
    if (Group.size() == 1) {
      Out.push_back(std::move(Group.front()));
      continue;
    }
    Hotspot H = Group.front();
    H.Weight = 0;
    H.Edges.clear();
    H.Entities.clear();
    unsigned Sites = 0;
    for (Hotspot &G : Group) {
      H.Weight += G.Weight;
      for (HotspotEdge &E : G.Edges) {
        Sites += E.Count;
        H.Edges.push_back(std::move(E));
      }
      for (const std::string &Name : G.Entities)
        if (std::find(H.Entities.begin(), H.Entities.end(), Name) == H.Entities.end())
          H.Entities.push_back(Name);
    }
    sortHotspotEdges(H.Edges);
    H.At = firstSite(H.Edges);
    const HotspotEdge &Top = H.Edges.front();
    H.Message = M.serviceName(Pair.first) + " -> " + M.serviceName(Pair.second) + ": " +
                std::to_string(Sites) + " calls discard their result (" + Top.From + " calls " +
                Top.To + ", ...) -> publish events instead; " + M.serviceName(Pair.second) +
                " subscribes";
    Out.push_back(std::move(H));
  }
}

void findSharedState(const CouplingModel &M, const HotspotOptions &, std::vector<Hotspot> &Out) {
  struct Access {
    unsigned Writes = 0;
    unsigned Reads = 0;
    double Weight = 0;
    std::vector<HotspotEdge> Edges;
  };
  std::map<std::uint32_t, std::map<std::uint32_t, Access>> ByVar; // variable -> service -> use
  for (std::uint32_t I = 0; I < M.F.Edges.size(); ++I) {
    const Edge &E = M.F.Edges[I];
    std::uint32_t From = M.EdgeFrom[I], To = M.EdgeTo[I];
    if ((E.Kind != EdgeKind::Read && E.Kind != EdgeKind::Write) ||
        From == CouplingModel::NoEntity || To == CouplingModel::NoEntity ||
        M.entity(To).Kind != EntityKind::Variable || !M.isService(M.EntityService[From]))
      continue;
    Access &A = ByVar[To][M.EntityService[From]];
    (E.Kind == EdgeKind::Write ? A.Writes : A.Reads) += E.Count;
    double W = M.W.edgeWeight(E.Kind, E.Count);
    A.Weight += W;
    A.Edges.push_back(M.describe(I, W));
  }
  for (auto &[Var, Users] : ByVar) {
    if (Users.size() < 2)
      continue;
    // The owner writes most; on a tie the declaring service, then the first by name.
    std::uint32_t Decl = M.EntityService[Var], Owner = Decomposition::NoService;
    for (const auto &[S, A] : Users) {
      if (A.Writes == 0)
        continue;
      if (Owner == Decomposition::NoService || A.Writes > Users[Owner].Writes ||
          (A.Writes == Users[Owner].Writes && S == Decl))
        Owner = S;
    }
    if (Owner == Decomposition::NoService)
      continue; // nobody writes it: read-only sharing
    const std::string &OwnerName = M.serviceName(Owner);
    for (auto &[S, A] : Users) {
      if (S == Owner)
        continue;
      Hotspot H;
      H.Kind = HotspotKind::SharedState;
      H.Weight = A.Weight;
      H.Edges = A.Edges;
      sortHotspotEdges(H.Edges);
      H.Services = {M.serviceName(S), OwnerName};
      std::sort(H.Services.begin(), H.Services.end());
      H.Entities = {M.name(Var)};
      H.Owner = OwnerName;
      H.Action = "add-accessor";
      H.At = firstSite(H.Edges);
      std::string Stem = accessorStem(M.name(Var));
      H.Message = M.serviceName(S) + (A.Writes ? " writes " : " reads ") + M.name(Var) +
                  " (owned by " + OwnerName + ") -> add " + OwnerName + " API " +
                  (A.Writes ? "adjust" : "get") + Stem + "()";
      Out.push_back(std::move(H));
    }
  }
}

void findSharedData(const CouplingModel &M, const HotspotOptions &O, std::vector<Hotspot> &Out) {
  struct Use {
    unsigned Writes = 0;
    unsigned Reads = 0;
    std::map<std::pair<std::uint32_t, bool>, std::vector<Location>> Sites; // (entity, write)
  };
  std::map<std::string, std::map<std::uint32_t, Use>> ByTable;
  for (const TableUse &T : tableUses(M.F)) {
    std::uint32_t From = M.index(T.From);
    if (From == CouplingModel::NoEntity || !M.isService(M.EntityService[From]))
      continue;
    Use &U = ByTable[T.Table][M.EntityService[From]];
    (T.Write ? U.Writes : U.Reads) += 1;
    U.Sites[{From, T.Write}].push_back({T.At.File, T.At.Line, 0});
  }
  // The wrapper classes the configuration names, as they appear in the facts.
  std::vector<std::string> Wrappers;
  for (const Entity &E : M.F.Entities)
    if (E.Kind == EntityKind::Class || E.Kind == EntityKind::Struct)
      for (const std::string &W : O.DatabaseWrappers)
        if (E.Name == W || E.Name.ends_with("::" + W))
          Wrappers.push_back(E.Name);
  std::sort(Wrappers.begin(), Wrappers.end());
  Wrappers.erase(std::unique(Wrappers.begin(), Wrappers.end()), Wrappers.end());

  for (auto &[Table, Users] : ByTable) {
    if (Users.size() < 2)
      continue;
    std::uint32_t Owner = Users.begin()->first;
    for (const auto &[S, U] : Users)
      if (std::tie(U.Writes, U.Reads) > std::tie(Users[Owner].Writes, Users[Owner].Reads))
        Owner = S;
    Hotspot H;
    H.Kind = HotspotKind::SharedData;
    H.Action = "expose-table";
    H.Owner = M.serviceName(Owner);
    H.Entities = {Table};
    H.Entities.insert(H.Entities.end(), Wrappers.begin(), Wrappers.end());
    std::vector<HotspotEdge> Foreign;
    std::string Who;
    for (auto &[S, U] : Users) {
      H.Services.push_back(M.serviceName(S));
      Who += (Who.empty() ? "" : ", ") + M.serviceName(S) + " (" +
             (U.Writes && U.Reads ? "reads, writes"
              : U.Writes          ? "writes"
                                  : "reads") +
             ")";
      for (auto &[Key, Sites] : U.Sites) {
        std::sort(Sites.begin(), Sites.end());
        HotspotEdge E;
        E.From = M.name(Key.first);
        E.To = Table;
        E.FromService = M.serviceName(S);
        E.ToService = H.Owner;
        E.Kind = Key.second ? EdgeKind::Write : EdgeKind::Read;
        E.Count = static_cast<unsigned>(Sites.size());
        E.Weight = M.W.edgeWeight(E.Kind, E.Count);
        E.At = Sites;
        if (S != Owner) {
          H.Weight += E.Weight;
          Foreign.push_back(E);
        }
        H.Edges.push_back(std::move(E));
      }
    }
    sortHotspotEdges(H.Edges);
    sortHotspotEdges(Foreign);
    H.At = firstSite(Foreign);
    H.Message = "table " + Table + " is used by " + Who + " (owned by " + H.Owner + ") -> expose " +
                Table + " through " + H.Owner + " API";
    Out.push_back(std::move(H));
  }
}

std::vector<TableUse> tableUses(const Facts &F) {
  std::vector<TableUse> Out = F.TableUses;
  std::sort(Out.begin(), Out.end());
  Out.erase(std::unique(Out.begin(), Out.end()), Out.end());
  return Out;
}

Assessment computeHotspots(const Facts &F, const Decomposition &D, const HotspotOptions &O) {
  std::vector<Hotspot> Hs;
  std::vector<ServiceContract> Contracts;
  {
    CouplingModel M(F, D, O.Weights);
    findCrossService(M, O, Hs);
    findSharedState(M, O, Hs);
    findCycles(M, O, Hs);
    findMisplaced(M, O, Hs);
    findHubs(M, O, Hs);
    findSharedData(M, O, Hs);
    Contracts = contractsOf(M);
  }
  // The composition root uses every service by design: what starts there is not a coupling
  // to break (shared state, cycles and tables it takes part in still are).
  std::set<std::string> RootFiles;
  for (const Service &S : D.Services)
    if (S.CompositionRoot)
      RootFiles.insert(S.Files.begin(), S.Files.end());
  Hs.erase(std::remove_if(Hs.begin(), Hs.end(),
                          [&](const Hotspot &H) {
                            return (H.Kind == HotspotKind::CrossService ||
                                    H.Kind == HotspotKind::Hub) &&
                                   RootFiles.count(H.At.File);
                          }),
           Hs.end());
  for (Hotspot &H : Hs)
    H.Score = H.Weight * severity(H.Action);
  std::sort(Hs.begin(), Hs.end(), [](const Hotspot &A, const Hotspot &B) {
    return std::tie(B.Score, A.Kind, A.Message, A.At) < std::tie(A.Score, B.Kind, B.Message, B.At);
  });
  return {std::move(Hs), std::move(Contracts)};
}

std::string hotspotLine(const Hotspot &H) {
  std::string Where = H.At.File.empty() ? "" : H.At.File + ":" + std::to_string(H.At.Line) + ": ";
  return Where + std::string(hotspotKindName(H.Kind)) + ": " + H.Message;
}

} // namespace seams
