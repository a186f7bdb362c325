// Coupling hotspots: the ranking, the summary, and the edge-level kinds (cross-service
// dependencies, shared mutable state, shared data stores). docs/HOTSPOTS.md.
#include "graph/hotspots/hotspots.h"

#include "graph/hotspots/coupling.h"
#include "graph/model/text_format.h"

#include <algorithm>
#include <cctype>
#include <cmath>
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
/// Services a shared-data message lists by name; the rest are counted.
constexpr std::size_t MaxListed = 5;

/// How much one unit of coupling weight matters for each action (docs/HOTSPOTS.md, "Benefit, effort
/// and rank").
double severity(const std::string &Action) {
  if (Action == "add-accessor" || Action == "own-guarded-state")
    return 4; // mutable state cannot be split at all until one service owns it
  if (Action == "cut-edges" || Action == "expose-table")
    return 3; // a cycle or a shared table keeps every service in it deployed together
  if (Action == "publish-event")
    return 2; // a synchronous dependency that need not be one
  if (Action == "merge-or-move")
    return 2; // every change of the pair needs a coordinated release
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

std::string percent(double Share) { return std::to_string(std::lround(Share * 100)) + "%"; }

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

/// One (user, used entity) group of cross-service edges with the action it calls for: the
/// parts a cross-service decision is made of.
struct UseGroup {
  std::uint32_t From = 0, To = 0;
  std::vector<const CrossEdge *> Edges;
  double Weight = 0;
  unsigned Sites = 0;
  std::string Action;
  std::string Do;     ///< What to do about this group alone.
  std::string Object; ///< What the action is about: the used entity, type, class or the user.
};

/// All groups of one (from service, to service, action): one decision.
struct Decision {
  std::vector<UseGroup> Groups;
  double Weight = 0;
  unsigned Sites = 0;
};

/// The objects of a decision's groups, heaviest first, without repeats.
std::vector<std::string> objects(const Decision &D) {
  std::map<std::string, double> Weight;
  for (const UseGroup &G : D.Groups)
    Weight[G.Object] += G.Weight;
  std::vector<std::pair<double, std::string>> Order;
  Order.reserve(Weight.size());
  for (const auto &[Name, W] : Weight)
    Order.push_back({-W, Name});
  std::sort(Order.begin(), Order.end());
  std::vector<std::string> Out;
  Out.reserve(Order.size());
  for (const auto &[W, Name] : Order)
    Out.push_back(Name);
  return Out;
}

} // namespace

void findCrossService(const CouplingModel &M, const HotspotOptions &O, std::vector<Hotspot> &Out) {
  // The composition root uses every service by design: what starts there is not a coupling to
  // break (shared state, cycles and tables it takes part in still are).
  auto FromRoot = [&](const CrossEdge &C) {
    return M.isService(C.FromService) && M.D.Services[C.FromService].CompositionRoot;
  };
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
    if (M.entity(C.To).Kind != EntityKind::Variable && !FromRoot(C))
      Groups[{C.From, Target(C.To)}].push_back(&C);

  // Each group's action as if it stood alone; then one decision per (from, to, action).
  std::map<std::tuple<std::uint32_t, std::uint32_t, std::string>, Decision> Decisions;
  for (const auto &[Key, Edges] : Groups) {
    const auto [From, To] = Key;
    const std::uint32_t FS = Edges.front()->FromService, TS = Edges.front()->ToService;
    UseGroup G{From, To, Edges, 0, 0, "", "", M.name(To)};
    bool AllEvents = true;
    for (const CrossEdge *C : Edges) {
      G.Weight += C->Weight;
      AllEvents = AllEvents && !C->Sync;
      G.Sites += M.F.Edges[C->Edge].Count;
    }
    double Total = 0;
    for (const auto &[S, W] : OutWeight[From])
      Total += W;
    double Share = Total > 0 ? OutWeight[From][TS] / Total : 0;
    std::uint32_t Cls = M.ClassOf[To];
    std::size_t Methods = 0;
    if (Cls != CouplingModel::NoEntity)
      for (std::uint32_t Mb : M.Members[Cls])
        Methods += M.entity(Mb).Kind == EntityKind::Method && !isConstructor(M.entity(Mb));
    if (AllEvents) {
      G.Action = "publish-event";
      G.Do = "publish an event instead (the result is discarded " +
             (G.Sites == 1 ? std::string("at its one site")
                           : "at all " + plural(G.Sites, "", "sites")) +
             "); " + M.serviceName(TS) + " subscribes";
    } else if (Share > 0.5) {
      G.Action = "move";
      G.Object = M.name(From);
      G.Do = "move " + M.name(From) + " to " + M.serviceName(TS) + " (" + percent(Share) +
             " of its dependency weight goes there)";
    } else if (M.isValueType(To, O.ValueTypeMaxLines)) {
      G.Action = "copy-value-type";
      G.Do = "copy the value type " + M.name(To) + " into " + M.serviceName(FS) + " (data only, " +
             plural(M.entity(To).Lines, "line", "lines") + ")";
    } else if (Cls != CouplingModel::NoEntity && M.entity(To).Kind == EntityKind::Method &&
               !isConstructor(M.entity(To)) && Callers[Cls].size() >= InterfaceMinCallers &&
               UsedMethods[Cls].size() <= InterfaceMaxMethods &&
               UsedMethods[Cls].size() < Methods) {
      G.Action = "extract-interface";
      G.Object = M.name(Cls);
      G.Do = "extract an interface of " + M.name(Cls) + " (" + std::to_string(Callers[Cls].size()) +
             " callers in other services use " + std::to_string(UsedMethods[Cls].size()) +
             " of its " + std::to_string(Methods) + " methods)";
    } else {
      G.Action = "call-api";
      G.Do = "add " + M.name(To) + " to the " + M.serviceName(TS) + " API";
    }
    Decision &D = Decisions[{FS, TS, G.Action}];
    D.Weight += G.Weight;
    D.Sites += G.Sites;
    D.Groups.push_back(std::move(G));
  }

  for (auto &[Key, D] : Decisions) {
    const auto &[FS, TS, Action] = Key;
    const std::string &FN = M.serviceName(FS), &TN = M.serviceName(TS);
    Hotspot H;
    H.Kind = HotspotKind::CrossService;
    H.Action = Action;
    H.Weight = D.Weight;
    for (const UseGroup &G : D.Groups)
      for (const CrossEdge *C : G.Edges)
        H.Edges.push_back(M.describe(*C));
    sortHotspotEdges(H.Edges);
    H.Services = {FN, TN};
    std::sort(H.Services.begin(), H.Services.end());
    H.Owner = TN;
    H.At = firstSite(H.Edges);
    const HotspotEdge &Top = H.Edges.front();
    std::string Pair = FN;
    Pair += " -> ";
    Pair += TN;
    Pair += ": ";
    if (D.Groups.size() == 1) { // one user, one used entity: name both
      const UseGroup &G = D.Groups.front();
      std::string Uses = Top.Kind == EdgeKind::Field && Top.To != M.name(G.To)
                             ? "uses fields of"
                             : std::string(edgeVerb(Top.Kind));
      std::string More =
          G.Edges.size() > 1 ? " (" + std::to_string(G.Edges.size()) + " edges)" : "";
      H.Entities = {M.name(G.From), M.name(G.To)};
      std::string What = Pair;
      What += M.name(G.From);
      What += " " + Uses + " ";
      What += M.name(G.To);
      What += More;
      H.Message = decisionMessage(What, G.Do);
      Out.push_back(std::move(H));
      continue;
    }
    // Several uses, one decision: count them, name the heaviest, list what the action is about.
    std::vector<std::string> Objects = objects(D);
    H.Entities.assign(Objects.begin(),
                      Objects.begin() +
                          static_cast<std::ptrdiff_t>(std::min<std::size_t>(Objects.size(), 10)));
    std::string Example = " (" + Top.From;
    Example += " ";
    Example += edgeVerb(Top.Kind);
    Example += " " + Top.To;
    if (H.Edges.size() > 1)
      Example += " and " + std::to_string(H.Edges.size() - 1) + " more";
    Example += ")";
    std::string Sites = plural(D.Sites, "site", "sites");
    std::string What, Do;
    // The same advice for every group (one object: a class, a type, an entity, a user to move)
    // is given as it is; otherwise it is summed up (always for events: it counts sites).
    const std::string &FirstDo = D.Groups.front().Do;
    bool SameDo = Action != "publish-event" &&
                  std::all_of(D.Groups.begin(), D.Groups.end(),
                              [&](const UseGroup &G) { return G.Do == FirstDo; });
    if (Action == "publish-event") {
      What = Pair;
      What += plural(D.Sites, "call discards its result", "calls discard their result");
      What += Example;
      Do = "publish events instead; " + TN + " subscribes";
    } else if (Action == "move") {
      What = Pair;
      What += plural(Objects.size(), "entity depends", "entities depend");
      What += " mostly on " + TN;
      What += Example;
      Do = "move " + listNames(Objects) + " to " + TN;
    } else if (Action == "copy-value-type") {
      What = Pair;
      What += plural(D.Groups.size(), "use", "uses");
      What += " of " + plural(Objects.size(), "data-only type", "data-only types") + Example;
      Do = "copy " + listNames(Objects) + " into " + FN;
    } else if (Action == "extract-interface") {
      What = Pair;
      What += Sites + " call a few methods of ";
      What += listNames(Objects);
      What += Example;
      Do = Objects.size() == 1 ? "extract an interface" : "extract interfaces";
      Do += " with just those methods";
    } else {
      What = Pair;
      What += Sites + " use ";
      What += plural(Objects.size(), "entity", "entities");
      What += " of " + TN;
      What += Example;
      Do = "add " + listNames(Objects) + " to the " + TN + " API";
    }
    if (SameDo)
      Do = D.Groups.front().Do;
    H.Message = decisionMessage(What, Do);
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
  const std::map<std::uint32_t, std::uint32_t> Owners = stateOwners(M);
  for (auto &[Var, Users] : ByVar) {
    // The owner writes most (stateOwners); a variable nobody writes is read-only sharing.
    auto Found = Owners.find(Var);
    if (Found == Owners.end())
      continue;
    const bool Lock = M.entity(Var).Lock;
    const std::uint32_t Owner = Found->second;
    // One decision per variable: its owner offers accessors, every other service uses them.
    const std::string &OwnerName = M.serviceName(Owner);
    Hotspot H;
    H.Kind = HotspotKind::SharedState;
    H.Services = {OwnerName};
    std::vector<std::string> Writers, Readers;
    for (auto &[S, A] : Users) {
      if (S == Owner)
        continue;
      H.Weight += A.Weight;
      H.Edges.insert(H.Edges.end(), A.Edges.begin(), A.Edges.end());
      H.Services.push_back(M.serviceName(S));
      (A.Writes ? Writers : Readers).push_back(M.serviceName(S));
    }
    sortHotspotEdges(H.Edges);
    std::sort(H.Services.begin(), H.Services.end());
    H.Entities = {M.name(Var)};
    H.Owner = OwnerName;
    H.Action = Lock ? "own-guarded-state" : "add-accessor";
    H.At = firstSite(H.Edges);
    if (Lock) {
      // No accessor makes sense for a mutex: what it guards moves to one service, whose API
      // the others call instead of taking the lock.
      std::vector<std::string> Others = Writers;
      Others.insert(Others.end(), Readers.begin(), Readers.end());
      std::sort(Others.begin(), Others.end());
      H.Message = decisionMessage(listNames(Others) + (Others.size() == 1 ? " takes " : " take ") +
                                      OwnerName + "'s lock " + M.name(Var),
                                  "a lock cannot span services: give what it guards to " +
                                      OwnerName + " and call its API instead of locking");
      Out.push_back(std::move(H));
      continue;
    }
    std::string Stem = accessorStem(M.name(Var));
    std::string Who;
    if (!Writers.empty()) {
      Who = listNames(Writers);
      Who += Writers.size() == 1 ? " writes " : " write ";
      Who += M.name(Var);
    }
    if (!Readers.empty()) {
      const bool First = Who.empty();
      if (!First)
        Who += " and ";
      Who += listNames(Readers);
      Who += Readers.size() == 1 ? " reads " : " read ";
      Who += First ? M.name(Var) : "it";
    }
    std::string Api = "add " + OwnerName;
    Api += " API ";
    if (!Writers.empty())
      Api += "adjust" + Stem + "()";
    if (!Writers.empty() && !Readers.empty())
      Api += " and ";
    if (Writers.empty() || !Readers.empty())
      Api += "get" + Stem + "()";
    Who += " (owned by " + OwnerName + ")";
    H.Message = decisionMessage(Who, Api);
    Out.push_back(std::move(H));
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
    std::size_t Listed = 0;
    for (auto &[S, U] : Users) {
      H.Services.push_back(M.serviceName(S));
      if (Listed++ < MaxListed)
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
    if (Users.size() > MaxListed)
      Who += " and " + std::to_string(Users.size() - MaxListed) + " more";
    std::string What = "table " + Table;
    What += " is used by " + Who;
    What += " (owned by " + H.Owner + ")";
    std::string Do = "expose " + Table;
    Do += " through " + H.Owner + " API";
    H.Message = decisionMessage(What, Do);
    Out.push_back(std::move(H));
  }
}

std::vector<TableUse> tableUses(const Facts &F) {
  std::vector<TableUse> Out = F.TableUses;
  std::sort(Out.begin(), Out.end());
  Out.erase(std::unique(Out.begin(), Out.end()), Out.end());
  return Out;
}

namespace {

/// Effort, priority and the edge cap, once a finder has built a hotspot with all its edges.
void finish(Hotspot &H, const HotspotOptions &O) {
  H.Score = H.Weight * severity(H.Action);
  std::set<std::string_view> Files;
  H.UseSites = 0;
  for (const HotspotEdge &E : H.Edges) {
    H.UseSites += E.Count;
    for (const Location &L : E.At)
      Files.insert(L.File);
  }
  H.FilesTouched = static_cast<unsigned>(Files.size());
  H.Effort = hotspotEffort(H.UseSites, H.FilesTouched);
  H.Priority = H.Score / H.Effort;
  H.EdgeCount = static_cast<unsigned>(H.Edges.size());
  sortHotspotEdges(H.Edges, O.MaxEdges);
}

} // namespace

double hotspotEffort(unsigned UseSites, unsigned FilesTouched) {
  return 1 + std::log(1.0 + UseSites) + std::log(1.0 + FilesTouched);
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
    findChangeCoupling(D, O, Hs);
    Contracts = contractsOf(M);
  }
  // The composition root uses every service by design: a hub there is not a coupling to break
  // (its cross-service uses are left out by findCrossService; shared state, cycles and tables
  // it takes part in still are hotspots).
  std::set<std::string> RootFiles;
  for (const Service &S : D.Services)
    if (S.CompositionRoot)
      RootFiles.insert(S.Files.begin(), S.Files.end());
  Hs.erase(std::remove_if(Hs.begin(), Hs.end(),
                          [&](const Hotspot &H) {
                            return H.Kind == HotspotKind::Hub && RootFiles.count(H.At.File);
                          }),
           Hs.end());
  for (Hotspot &H : Hs)
    finish(H, O);
  std::sort(Hs.begin(), Hs.end(), [](const Hotspot &A, const Hotspot &B) {
    return std::tie(B.Priority, B.Score, A.Kind, A.Message, A.At) <
           std::tie(A.Priority, A.Score, B.Kind, B.Message, B.At);
  });
  // A triage list: at most MaxPerUnit per unit on average, the best-ranked.
  std::size_t Omitted = 0;
  if (O.MaxPerUnit > 0) {
    auto Cap = static_cast<std::size_t>(O.MaxPerUnit * double(D.Units.Units.size()));
    if (Hs.size() > Cap) {
      Omitted = Hs.size() - Cap;
      Hs.resize(Cap);
    }
  }
  Assessment A;
  A.Hotspots = std::move(Hs);
  A.Omitted = Omitted;
  A.Contracts = std::move(Contracts);
  return A;
}

std::string hotspotLine(const Hotspot &H) {
  std::string Where = H.At.File.empty() ? "" : H.At.File + ":" + std::to_string(H.At.Line) + ": ";
  return Where + std::string(hotspotKindName(H.Kind)) + ": " + H.Message;
}

} // namespace seams
