// Coupling hotspots of the structure: cycles between services (with a greedy feedback-arc set),
// misplaced units, and hubs (betweenness in the unit graph, god classes). docs/HOTSPOTS.md.
#include "graph/decompose/service_naming.h"
#include "graph/hotspots/coupling.h"
#include "graph/hotspots/feedback_arcs.h"
#include "graph/model/text_format.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <iterator>
#include <map>
#include <set>
#include <tuple>

namespace seams {
namespace {

/// A number with at most 2 decimals, for messages.
std::string shortNumber(double V) { return formatNumber(V, 2); }

/// A god class reaches at least this many other services.
constexpr std::size_t GodClassServices = 3;
/// At most this many hub units are reported (the highest betweenness).
constexpr std::size_t HubUnits = 3;

using Digraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

/// The symbol-level ties of the units: per (unit, service) the weight of the symbol edges between
/// the unit and that service's other units (both directions), and the edges behind it.
struct UnitTies {
  std::vector<std::map<std::uint32_t, double>> Weight;
  std::vector<std::map<std::uint32_t, std::vector<std::uint32_t>>> Edges;
  std::vector<std::map<std::uint32_t, double>> OutWeight; ///< The unit's own dependencies only.
  std::vector<std::map<std::uint32_t, std::vector<std::uint32_t>>> OutEdges;
  std::map<std::pair<std::uint32_t, std::uint32_t>, double> Arcs; ///< Directed unit arcs.
};

UnitTies unitTies(const CouplingModel &M) {
  UnitTies T;
  const std::size_t NU = M.D.Units.Units.size();
  T.Weight.resize(NU);
  T.Edges.resize(NU);
  T.OutWeight.resize(NU);
  T.OutEdges.resize(NU);
  for (std::uint32_t I = 0; I < M.F.Edges.size(); ++I) {
    const Edge &E = M.F.Edges[I];
    std::uint32_t From = M.EdgeFrom[I], To = M.EdgeTo[I];
    if (!isSymbolEdge(E.Kind) || From == CouplingModel::NoEntity || To == CouplingModel::NoEntity)
      continue;
    std::uint32_t UF = M.EntityUnit[From], UT = M.EntityUnit[To];
    if (UF == UnitSet::NoUnit || UT == UnitSet::NoUnit || UF == UT)
      continue;
    double W = M.W.edgeWeight(E.Kind, E.Count);
    if (W <= 0)
      continue;
    std::uint32_t SF = M.serviceOfUnit(UF), ST = M.serviceOfUnit(UT);
    if (M.isService(ST)) {
      T.Weight[UF][ST] += W;
      T.Edges[UF][ST].push_back(I);
      T.OutWeight[UF][ST] += W;
      T.OutEdges[UF][ST].push_back(I);
    }
    if (M.isService(SF)) {
      T.Weight[UT][SF] += W;
      T.Edges[UT][SF].push_back(I);
    }
    if (M.isService(SF) && M.isService(ST))
      T.Arcs[{UF, UT}] += W;
  }
  return T;
}

std::vector<HotspotEdge> describeAll(const CouplingModel &M, const std::vector<std::uint32_t> &Is) {
  std::vector<HotspotEdge> Out;
  Out.reserve(Is.size());
  for (std::uint32_t I : Is)
    Out.push_back(M.describe(I, M.W.edgeWeight(M.F.Edges[I].Kind, M.F.Edges[I].Count)));
  sortHotspotEdges(Out);
  return Out;
}

/// The largest class or struct of a unit (by lines, then name), else its largest function.
std::uint32_t mainEntity(const CouplingModel &M, const Unit &U) {
  std::uint32_t Best = CouplingModel::NoEntity;
  auto Rank = [&](std::uint32_t I) {
    EntityKind K = M.entity(I).Kind;
    int Kind = K == EntityKind::Class || K == EntityKind::Struct ? 2
               : K == EntityKind::Function                       ? 1
                                                                 : 0;
    return std::make_tuple(Kind, M.entity(I).Lines);
  };
  for (std::uint32_t I : U.Entities)
    if (std::get<0>(Rank(I)) > 0 && (Best == CouplingModel::NoEntity || Rank(I) > Rank(Best) ||
                                     (Rank(I) == Rank(Best) && M.name(I) < M.name(Best))))
      Best = I;
  return Best;
}

std::string joinNames(const std::vector<std::string> &Names, std::size_t Max = 8) {
  std::string Out;
  for (std::size_t I = 0; I < Names.size() && I < Max; ++I)
    Out += (Out.empty() ? "" : ", ") + Names[I];
  if (Names.size() > Max)
    Out += " and " + std::to_string(Names.size() - Max) + " more";
  return Out;
}

/// Fan-in and fan-out of every entity at class level (a member counts as its class), over every
/// symbol edge between two entities that have a unit: one pass over the edges for all classes.
struct ClassFans {
  std::map<std::uint32_t, std::set<std::uint32_t>> In, Out;
};

ClassFans classFans(const CouplingModel &M) {
  ClassFans Fans;
  auto Owner = [&](std::uint32_t E) {
    return M.ClassOf[E] == CouplingModel::NoEntity ? E : M.ClassOf[E];
  };
  for (std::uint32_t I = 0; I < M.F.Edges.size(); ++I) {
    std::uint32_t From = M.EdgeFrom[I], To = M.EdgeTo[I];
    if (!isSymbolEdge(M.F.Edges[I].Kind) || From == CouplingModel::NoEntity ||
        To == CouplingModel::NoEntity || M.EntityUnit[From] == UnitSet::NoUnit ||
        M.EntityUnit[To] == UnitSet::NoUnit)
      continue;
    std::uint32_t OF = Owner(From), OT = Owner(To);
    if (OF != OT) {
      Fans.Out[OF].insert(OT);
      Fans.In[OT].insert(OF);
    }
  }
  return Fans;
}

/// "a/b/c.cpp" -> "a/b"; "c.cpp" -> "".
std::string parentDirectory(const std::string &Path) {
  const std::size_t Slash = Path.rfind('/');
  return Slash == std::string::npos ? std::string() : Path.substr(0, Slash);
}

} // namespace

void findCycles(const CouplingModel &M, const HotspotOptions &, std::vector<Hotspot> &Out) {
  constexpr std::size_t MaxNamedCycle = 4;
  const std::size_t NS = M.D.Services.size();
  WeightedArcs Arcs;
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::vector<const CrossEdge *>> Behind;
  for (const CrossEdge &C : M.Cross) {
    Arcs[{C.FromService, C.ToService}] += C.Weight;
    Behind[{C.FromService, C.ToService}].push_back(&C);
  }
  for (const CycleCut &Cycle : cycleCuts(NS, Arcs)) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> Cut = Cycle.Feedback;
    std::sort(Cut.begin(), Cut.end(), [&](const auto &A, const auto &B) {
      return std::tie(Arcs[A], M.serviceName(A.first), M.serviceName(A.second)) <
             std::tie(Arcs[B], M.serviceName(B.first), M.serviceName(B.second));
    });
    // One decision per arc to cut, cheapest first: each names its edges.
    std::vector<std::string> Names;
    for (std::uint32_t S : Cycle.Members)
      Names.push_back(M.serviceName(S));
    std::sort(Names.begin(), Names.end());
    for (std::size_t I = 0; I < Cut.size(); ++I) {
      const auto &K = Cut[I];
      Hotspot H;
      H.Kind = HotspotKind::Cycle;
      H.Action = "cut-edges";
      H.Services = Names;
      H.Weight = Arcs[K];
      H.Cut.push_back({M.serviceName(K.first), M.serviceName(K.second), H.Weight});
      for (const CrossEdge *C : Behind[K])
        H.Edges.push_back(M.describe(*C));
      sortHotspotEdges(H.Edges);
      H.At = firstSite(H.Edges);
      for (const HotspotEdge &E : H.Edges)
        for (const std::string *N : {&E.From, &E.To})
          if (H.Entities.size() < 10 &&
              std::find(H.Entities.begin(), H.Entities.end(), *N) == H.Entities.end())
            H.Entities.push_back(*N);
      const HotspotEdge &Top = H.Edges.front();
      std::string Arc = M.serviceName(K.first) + " -> " + M.serviceName(K.second);
      std::string Which = Cut.size() == 1 ? ""
                                          : ", arc " + std::to_string(I + 1) + " of " +
                                                std::to_string(Cut.size()) + " to cut";
      std::string Do = "cut " + Arc;
      Do += " (weight " + shortNumber(H.Weight) + ", ";
      Do += plural(H.Edges.size(), "edge", "edges");
      Do += Which + ": " + Top.From;
      Do += Top.Kind == EdgeKind::Call ? " calls " : " uses ";
      Do += Top.To;
      if (H.Edges.size() > 1)
        Do += " and " + std::to_string(H.Edges.size() - 1) + " more";
      Do += ")";
      // A long cycle is one count, not its names again on each of its cuts (Bitcoin Core's nine
      // services, eight cuts); its members are the hotspot's services.
      H.Message = decisionMessage(Names.size() <= MaxNamedCycle
                                      ? "cycle between " + joinNames(Names)
                                      : "cycle of " + std::to_string(Names.size()) + " services",
                                  Do);
      Out.push_back(std::move(H));
    }
  }
}

void findMisplaced(const CouplingModel &M, const HotspotOptions &, std::vector<Hotspot> &Out) {
  const Decomposition &D = M.D;
  // Which service holds most files of each directory that names services.
  NamingDirectories Dirs(D.Units);
  // And the directory holding most of each service's files (its home; ties: first by name): a
  // unit in its service's home needs no move, whatever the directory above says (taglib's
  // mpeg/*.cpp are service mpeg's home while mpeg/id3v2/**, most of mpeg/, is frames).
  std::map<std::string, std::map<std::uint32_t, unsigned>> DirFiles;
  std::map<std::uint32_t, std::map<std::string, unsigned>> ServiceDirFiles;
  for (const auto &[Path, U] : D.Units.FileUnit)
    if (M.isService(M.serviceOfUnit(U))) {
      ++DirFiles[Dirs.of(Path)][M.serviceOfUnit(U)];
      ++ServiceDirFiles[M.serviceOfUnit(U)][parentDirectory(Path)];
    }
  std::map<std::uint32_t, std::string> Home;
  for (const auto &[S, Counts] : ServiceDirFiles)
    Home[S] = std::max_element(Counts.begin(), Counts.end(), [](const auto &X, const auto &Y) {
                return X.second < Y.second;
              })->first;
  // A directory names a service only when that service holds at least two thirds of its files:
  // in a flat tree (everything in lib/), the clustering's split of it is no misplacement.
  std::map<std::string, std::uint32_t> DirService;
  for (const auto &[Dir, Counts] : DirFiles) {
    std::uint32_t Best = Counts.begin()->first;
    unsigned Total = 0;
    for (const auto &[S, N] : Counts) {
      Total += N;
      if (N > Counts.at(Best))
        Best = S;
    }
    if (3 * Counts.at(Best) >= 2 * Total)
      DirService[Dir] = Best;
  }
  UnitTies T = unitTies(M);
  for (std::uint32_t U = 0; U < D.Units.Units.size(); ++U) {
    std::uint32_t S = M.serviceOfUnit(U);
    // The composition root (main and its wiring) depends on every service by design: its
    // units belong nowhere else, whatever their dependencies say.
    if (!M.isService(S) || D.Services[S].CompositionRoot)
      continue;
    const Unit &Un = D.Units.Units[U];
    std::string Dir = Dirs.of(Un.Anchor);
    auto Tie = [&](std::uint32_t X) {
      auto It = T.Weight[U].find(X);
      return It == T.Weight[U].end() ? 0.0 : It->second;
    };
    auto OutTie = [&](std::uint32_t X) {
      auto It = T.OutWeight[U].find(X);
      return It == T.OutWeight[U].end() ? 0.0 : It->second;
    };
    auto It = DirService.find(Dir);
    std::uint32_t DS = It == DirService.end() ? S : It->second;
    std::uint32_t Target = Decomposition::NoService;
    double Net = 0;
    std::string Why, Do;
    if (DS != S && parentDirectory(Un.Anchor) == Home[S])
      continue;    // its files are already where its service's are
    if (DS != S) { // the clustering moved it away from its directory's service
      Net = Tie(S) - Tie(DS);
      Target = S;
      Why = "is in " + Dir + "/ (service " + M.serviceName(DS) +
            ") but its dependencies put it in " + M.serviceName(S) + " (weight " +
            shortNumber(Tie(S)) + " vs " + shortNumber(Tie(DS)) + ")";
      Do = "move its files to " + M.serviceName(S);
    } else if (D.Services[S].Units.size() > 1) {
      // Its own dependencies (not its users: a provider is meant to be used) mostly go to one
      // other service, and weigh more than all its ties inside its service. A service of one
      // unit has nothing inside to compare with and is left alone.
      std::uint32_t Best = Decomposition::NoService;
      double Cross = 0;
      for (const auto &[X, W] : T.OutWeight[U])
        if (X != S) {
          Cross += W;
          if (Best == Decomposition::NoService || W > OutTie(Best))
            Best = X;
        }
      if (Best != Decomposition::NoService && OutTie(Best) > 0.5 * Cross) {
        Net = OutTie(Best) - Tie(S);
        Target = Best;
        Why = "is in service " + M.serviceName(S) + " but its dependencies go to " +
              M.serviceName(Best) + " (weight " + shortNumber(OutTie(Best)) + " vs " +
              shortNumber(Tie(S)) + " inside)";
        Do = "move it to " + M.serviceName(Best);
      }
    }
    if (Target == Decomposition::NoService || Net <= 0)
      continue;
    Hotspot H;
    H.Kind = HotspotKind::Misplaced;
    H.Action = "move-unit";
    H.Weight = Net;
    H.Owner = M.serviceName(Target);
    H.Services = {M.serviceName(S), M.serviceName(DS == S ? Target : DS)};
    std::sort(H.Services.begin(), H.Services.end());
    H.Entities = {Un.Id};
    std::uint32_t Main = mainEntity(M, Un);
    if (Main != CouplingModel::NoEntity) {
      H.Entities.push_back(M.name(Main));
      H.At = {M.entity(Main).File, M.entity(Main).Line, 0};
    } else {
      H.At = {Un.Anchor, 1, 0};
    }
    H.Edges = describeAll(M, DS != S ? T.Edges[U][Target] : T.OutEdges[U][Target]);
    H.Message = decisionMessage(Un.Id + " " + Why, Do);
    Out.push_back(std::move(H));
  }
}

void findHubs(const CouplingModel &M, const HotspotOptions &, std::vector<Hotspot> &Out) {
  const Decomposition &D = M.D;
  // God classes: a class whose members reach into at least GodClassServices other services.
  std::set<std::uint32_t> GodUnits;
  std::map<std::uint32_t, std::vector<const CrossEdge *>> ClassOut, ClassIn;
  auto Owner = [&](std::uint32_t E) {
    return M.ClassOf[E] == CouplingModel::NoEntity ? E : M.ClassOf[E];
  };
  for (const CrossEdge &C : M.Cross) {
    ClassOut[Owner(C.From)].push_back(&C);
    ClassIn[Owner(C.To)].push_back(&C);
  }
  ClassFans Fans = classFans(M);
  for (const auto &[Cls, Edges] : ClassOut) {
    EntityKind K = M.entity(Cls).Kind;
    if (K != EntityKind::Class && K != EntityKind::Struct && K != EntityKind::Union)
      continue;
    // A class of the shared library or of an excluded unit is never a service's to split, even
    // when members defined in a service's files reach into others (file units, or class units
    // whose class file is excluded): those members' edges are the services' cross-service uses.
    const std::uint32_t S = M.EntityService[Cls];
    if (!M.isService(S))
      continue;
    // Members defined in another service's files (a header in one service, its source in
    // another) reach back into the class's own service: that is not a service it drives.
    std::set<std::string> Reached;
    for (const CrossEdge *C : Edges)
      if (C->ToService != S)
        Reached.insert(M.serviceName(C->ToService));
    if (Reached.size() < GodClassServices)
      continue;
    const std::set<std::uint32_t> &FanIn = Fans.In[Cls], &FanOut = Fans.Out[Cls];
    Hotspot H;
    H.Kind = HotspotKind::Hub;
    H.Action = "split-class";
    H.Owner = M.serviceName(S);
    H.Services = {H.Owner};
    H.Services.insert(H.Services.end(), Reached.begin(), Reached.end());
    std::sort(H.Services.begin(), H.Services.end());
    H.Entities = {M.name(Cls)};
    H.At = {M.entity(Cls).File, M.entity(Cls).Line, 0};
    for (const CrossEdge *C : Edges) {
      H.Weight += C->Weight;
      H.Edges.push_back(M.describe(*C));
    }
    for (const CrossEdge *C : ClassIn[Cls])
      H.Weight += C->Weight;
    sortHotspotEdges(H.Edges);
    H.Message = decisionMessage(M.name(Cls) + " (" + H.Owner + ") reaches " +
                                    plural(Reached.size(), "service", "services") + " (" +
                                    joinNames({Reached.begin(), Reached.end()}) + "), fan-in " +
                                    std::to_string(FanIn.size()) + " x fan-out " +
                                    std::to_string(FanOut.size()) + " = " +
                                    std::to_string(FanIn.size() * FanOut.size()),
                                "split it by the services it drives");
    GodUnits.insert(M.EntityUnit[Cls]);
    Out.push_back(std::move(H));
  }

  // Hub units: betweenness centrality in the directed unit graph of the clustered units.
  UnitTies T = unitTies(M);
  std::vector<std::uint32_t> Local(D.Units.Units.size(), UnitSet::NoUnit), Global;
  for (std::uint32_t U = 0; U < D.Units.Units.size(); ++U)
    if (M.isService(M.serviceOfUnit(U))) {
      Local[U] = static_cast<std::uint32_t>(Global.size());
      Global.push_back(U);
    }
  Digraph G(Global.size());
  for (const auto &[K, W] : T.Arcs)
    boost::add_edge(Local[K.first], Local[K.second], G);
  std::vector<double> Centrality(Global.size(), 0);
  if (Global.size() > 2)
    boost::brandes_betweenness_centrality(
        G,
        boost::make_iterator_property_map(Centrality.begin(), boost::get(boost::vertex_index, G)));
  const double Norm = Global.size() > 2 ? double(Global.size() - 1) * double(Global.size() - 2) : 1;
  std::vector<std::uint32_t> Candidates;
  for (std::uint32_t L = 0; L < Global.size(); ++L) {
    std::uint32_t U = Global[L], S = M.serviceOfUnit(U);
    std::size_t Others = 0;
    for (const auto &[X, W] : T.Weight[U])
      Others += X != S;
    if (Centrality[L] > 0 && Others >= 2 && !GodUnits.count(U))
      Candidates.push_back(L);
  }
  std::sort(Candidates.begin(), Candidates.end(), [&](std::uint32_t A, std::uint32_t B) {
    return std::tie(Centrality[B], D.Units.Units[Global[A]].Id) <
           std::tie(Centrality[A], D.Units.Units[Global[B]].Id);
  });
  if (Candidates.size() > HubUnits)
    Candidates.resize(HubUnits);
  for (std::uint32_t L : Candidates) {
    std::uint32_t U = Global[L], S = M.serviceOfUnit(U);
    const Unit &Un = D.Units.Units[U];
    Hotspot H;
    H.Kind = HotspotKind::Hub;
    H.Action = "split-unit";
    H.Owner = M.serviceName(S);
    std::vector<std::uint32_t> EdgeIs;
    for (const auto &[X, W] : T.Weight[U]) {
      H.Services.push_back(M.serviceName(X));
      if (X != S) {
        H.Weight += W;
        EdgeIs.insert(EdgeIs.end(), T.Edges[U].at(X).begin(), T.Edges[U].at(X).end());
      }
    }
    if (std::find(H.Services.begin(), H.Services.end(), H.Owner) == H.Services.end())
      H.Services.push_back(H.Owner);
    std::sort(H.Services.begin(), H.Services.end());
    H.Entities = {Un.Id};
    H.Edges = describeAll(M, EdgeIs);
    H.At = {Un.Anchor, 1, 0};
    // The services it links besides its own (aria2: "util (util) links 9 services" counted util).
    std::vector<std::string> Others;
    std::copy_if(H.Services.begin(), H.Services.end(), std::back_inserter(Others),
                 [&](const std::string &N) { return N != H.Owner; });
    H.Message = decisionMessage(Un.Id + " (" + H.Owner + ") links " +
                                    plural(Others.size(), "other service", "other services") +
                                    " (" + joinNames(Others) + "), betweenness " +
                                    shortNumber(Centrality[L] / Norm) + ", cross weight " +
                                    shortNumber(H.Weight),
                                "split it along the services it serves");
    Out.push_back(std::move(H));
  }
}

} // namespace seams
