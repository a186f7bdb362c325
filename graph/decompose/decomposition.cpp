// The service boundary proposal: units clustered into named services under the team's
// constraints, with a shared library set aside, and the metrics of the result.
#include "graph/decompose/decomposition.h"

#include "graph/decompose/canonical_order.h"
#include "graph/decompose/constraints.h"
#include "graph/decompose/entry_points.h"
#include "graph/decompose/granularity.h"
#include "graph/decompose/service_naming.h"
#include "graph/decompose/shared_library.h"
#include "graph/decompose/sweep.h"
#include "graph/model/error.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

namespace seams {
namespace {

/// Bounds of the resolution search for `services N` (log-space bisection).
constexpr double MinResolution = 1e-4;
constexpr double MaxResolution = 1e4;
constexpr unsigned BisectionSteps = 48;
/// A unit only the composition root uses leaves it for the service that gets at least this share
/// of its dependency weight (see rootUnitsClaimed).
constexpr double RootClaimShare = 0.75;
/// Rounds of clustering while units leave the shared library (see decompose).
constexpr unsigned MaxSharedRounds = 4;

/// The name of the service a community of atoms gets when nothing pins it: set by nameServices.
struct Clustering {
  std::vector<std::uint32_t> Membership; ///< Per atom.
  double Resolution = 1.0;
  std::string_view Granularity = "services"; ///< Decomposition::Granularity.
};

std::size_t countOf(const std::vector<std::uint32_t> &M) {
  return M.empty() ? 0 : *std::max_element(M.begin(), M.end()) + 1;
}

Clustering clusterAtoms(const WeightedGraph &G, const Atoms &A, const DecomposeOptions &O,
                        Algorithm Algo) {
  ClusterOptions CO;
  CO.Algo = Algo;
  CO.Seed = O.Seed;
  CO.Fixed = A.fixed();
  // Clusters at every resolution of Resolutions at once, on up to O.Jobs threads; each result is
  // what a run alone gives, so the search below takes the same path whatever the thread count.
  auto RunAll = [&](const std::vector<double> &Resolutions) {
    std::vector<ClusterOptions> Runs(Resolutions.size(), CO);
    for (std::size_t I = 0; I < Runs.size(); ++I)
      Runs[I].Resolution = Resolutions[I];
    std::vector<std::vector<std::uint32_t>> Out = clusterMany(G, Runs, O.Jobs);
    for (std::vector<std::uint32_t> &M : Out)
      M = enforceApart(G, A, M);
    return Out;
  };
  auto Run = [&](double Resolution) { return std::move(RunAll({Resolution}).front()); };
  // The granularity modes need a resolution to vary: modularity's algorithms only.
  const bool Modularity = Algo == Algorithm::Leiden || Algo == Algorithm::Louvain;
  if (!O.Services && O.AutoResolution && Modularity) {
    GranularityOptions GO;
    GO.Jobs = O.Jobs;
    GO.Tolerance = O.GranularityTolerance;
    GO.Consensus = O.Consensus;
    CO.Resolution = O.Resolution;
    GranularityChoice Choice = chooseGranularity(G, CO, GO);
    return {enforceApart(G, A, std::move(Choice.Membership)), Choice.Resolution, "auto-resolution"};
  }
  if (!O.Services && O.Consensus > 1 && Modularity) {
    CO.Resolution = O.Resolution;
    return {enforceApart(G, A, consensusCluster(G, CO, O.Consensus, O.Jobs)), O.Resolution,
            "consensus-over-seeds"};
  }
  if (!O.Services && O.ResolutionConsensus && Modularity) {
    ResolutionConsensusOptions RO;
    RO.Jobs = O.Jobs;
    CO.Resolution = O.Resolution;
    return {enforceApart(G, A, resolutionConsensus(G, CO, RO)), O.Resolution,
            GranularityConsensusAcrossResolutions};
  }
  if (!O.Services)
    return {Run(O.Resolution), O.Resolution, "one-run"};

  const std::size_t Target = static_cast<std::size_t>(*O.Services);
  if (Algo == Algorithm::LabelPropagation) {
    // No resolution to tune: propagate once, then merge the closest communities down to N.
    // Fewer communities than N stay fewer (the summary and decomposition.json show the count).
    std::vector<std::uint32_t> M = Run(O.Resolution);
    if (countOf(M) > Target)
      M = mergeToCount(G, A, M, Target, O.Resolution);
    return {M, O.Resolution};
  }
  if (Algo == Algorithm::GirvanNewman) {
    CO.Communities = Target;
    std::vector<std::uint32_t> M = Run(O.Resolution);
    return {mergeToCount(G, A, M, Target, O.Resolution), O.Resolution};
  }
  // Bisection in log space for a resolution giving exactly Target; keep the smallest resolution
  // seen with more than Target (to merge down from) and the largest with fewer.
  double Lo = MinResolution, Hi = MaxResolution;
  const std::size_t Width = std::max(1U, O.Jobs);
  // Both ends at once when there are threads for both; the low end is needed unless the high
  // one already has too few communities.
  std::vector<std::vector<std::uint32_t>> Ends =
      Width > 1 ? RunAll({Hi, Lo}) : RunAll(std::vector<double>{Hi});
  std::vector<std::uint32_t> Above = std::move(Ends[0]);
  double AboveRes = Hi;
  if (countOf(Above) < Target) // as fine as it gets: every atom alone, or constraints
    return {Above, Hi};
  std::vector<std::uint32_t> Low = Width > 1 ? std::move(Ends[1]) : Run(Lo);
  if (countOf(Low) == Target)
    return {Low, Lo};
  if (countOf(Low) > Target) // pins or components force more than Target even at the bottom
    return {mergeToCount(G, A, Low, Target, Lo), Lo};
  // Speculative bisection: each round clusters the next probes of the bisection tree (its
  // midpoint, then both halves' midpoints, ... in breadth-first order, as many as there are
  // jobs), then walks down the tree exactly as one probe at a time would. The probes off the
  // path are wasted, never used: the result is the sequential bisection's whatever -j.
  unsigned Step = 0;
  while (Step < BisectionSteps) {
    // Node I of the tree covers (Bounds[I].first, Bounds[I].second); its halves are 2I+1, 2I+2.
    std::vector<std::pair<double, double>> Bounds{{Lo, Hi}};
    std::vector<double> Mids;
    for (std::size_t I = 0; I < Width; ++I) {
      auto [L, H] = Bounds[I];
      double Mid = std::sqrt(L * H);
      Mids.push_back(Mid);
      Bounds.push_back({L, Mid});
      Bounds.push_back({Mid, H});
    }
    std::vector<std::vector<std::uint32_t>> Probes = RunAll(Mids);
    for (std::size_t I = 0; I < Width && Step < BisectionSteps; ++Step) {
      double Mid = Mids[I];
      std::size_t K = countOf(Probes[I]);
      if (K == Target)
        return {std::move(Probes[I]), Mid};
      if (K < Target) {
        Lo = Mid;
        I = 2 * I + 2;
      } else {
        Hi = Mid;
        Above = std::move(Probes[I]);
        AboveRes = Mid;
        I = 2 * I + 1;
      }
    }
  }
  return {mergeToCount(G, A, Above, Target, AboveRes), AboveRes};
}

/// clusterAtoms on the atoms renumbered in the canonical order of their graph
/// (canonical_order.h), mapped back: the communities are numbered in that order too, so neither
/// the clustering nor any tie after it (the lowest community wins) depends on unit names.
Clustering clusterStructureBlind(const WeightedGraph &G, const Atoms &A, const DecomposeOptions &O,
                                 Algorithm Algo) {
  // Pins and [[apart]] groups are the team's: fair to tell atoms apart by.
  std::vector<std::uint64_t> Colours(A.Count);
  for (std::size_t X = 0; X < A.Count; ++X) {
    std::uint64_t C = static_cast<std::uint64_t>(A.Pin[X]) + 1; // no pin (-1): 0
    for (const auto &[Entry, Group] : A.Apart[X])
      C = C * 0x100000001b3ULL + ((std::uint64_t{Entry} << 32) | Group);
    Colours[X] = C;
  }
  const NodeOrder Order = canonicalOrder(G, Colours);
  Atoms Ranked;
  Ranked.Count = A.Count;
  Ranked.AtomOf = A.AtomOf;
  for (std::uint32_t &X : Ranked.AtomOf)
    if (X != UnitSet::NoUnit)
      X = Order.Rank[X];
  for (std::uint32_t X : Order.Node) {
    Ranked.Pin.push_back(A.Pin[X]);
    Ranked.Apart.push_back(A.Apart[X]);
  }
  Clustering Cl = clusterAtoms(permuted(G, Order), Ranked, O, Algo);
  std::vector<std::uint32_t> Membership(A.Count);
  for (std::size_t X = 0; X < A.Count; ++X)
    Membership[X] = Cl.Membership[Order.Rank[X]];
  Cl.Membership = std::move(Membership);
  return Cl;
}

/// What the metrics need from the call edges of the facts: per service, the entities other
/// services call (a method counted as its class); per unit, the calls inside it.
struct CallFigures {
  std::vector<unsigned> Interfaces;
  std::vector<unsigned> InternalCalls;
};

CallFigures callFigures(const Facts &F, const Decomposition &D) {
  CallFigures Out;
  Out.InternalCalls.assign(D.Units.Units.size(), 0);
  const EntityIndex Index = entityIndex(F);
  std::vector<std::set<std::string>> Seen(D.Services.size());
  for (const Edge &E : F.Edges) {
    if (E.Kind != EdgeKind::Call)
      continue;
    auto Ends = unitEnds(Index, D.Units, E);
    if (!Ends)
      continue;
    std::uint32_t UF = Ends->From, UT = Ends->To;
    if (UF == UT)
      Out.InternalCalls[UF] += E.Count;
    std::uint32_t SF = D.ServiceOfUnit[UF], ST = D.ServiceOfUnit[UT];
    if (SF == ST || SF >= D.Services.size() || ST >= D.Services.size())
      continue;
    const Entity &Callee = F.Entities[Ends->ToEntity];
    std::string Key = Callee.Name;
    if (Callee.Kind == EntityKind::Method) {
      std::size_t Cut = Key.rfind("::");
      if (Cut != std::string::npos)
        Key.resize(Cut);
    }
    Seen[ST].insert(Key);
  }
  Out.Interfaces.reserve(Seen.size());
  for (const auto &S : Seen)
    Out.Interfaces.push_back(static_cast<unsigned>(S.size()));
  return Out;
}

void computeServiceMetrics(const Facts *F, Decomposition &D) {
  PartitionInput In;
  In.NumUnits = D.Units.Units.size();
  In.Arcs = &D.UnitArcs;
  In.NumServices = D.Services.size();
  In.ServiceOf.resize(In.NumUnits);
  In.Shared.resize(In.NumUnits);
  for (std::size_t U = 0; U < In.NumUnits; ++U) {
    std::uint32_t S = D.ServiceOfUnit[U];
    In.ServiceOf[U] = S < D.Services.size() ? S : PartitionInput::NotClustered;
    In.Shared[U] = S == Decomposition::SharedService;
    In.UnitLines.push_back(D.Units.Units[U].Lines);
    In.UnitFiles.push_back(static_cast<unsigned>(D.Units.Units[U].Files.size()));
  }
  if (F) {
    CallFigures Calls = callFigures(*F, D);
    In.Interfaces = std::move(Calls.Interfaces);
    In.InternalCalls = std::move(Calls.InternalCalls);
  }
  MetricsResult R = computeMetrics(In);
  D.Metrics = R.Overall;
  for (std::size_t S = 0; S < D.Services.size(); ++S)
    D.Services[S].Metrics = R.PerService[S];
  std::map<std::pair<std::uint32_t, std::uint32_t>, ServiceEdge> Edges;
  for (const UnitArc &A : D.UnitArcs) {
    std::uint32_t SF = In.ServiceOf[A.From], ST = In.ServiceOf[A.To];
    if (SF == PartitionInput::NotClustered || ST == PartitionInput::NotClustered || SF == ST)
      continue;
    ServiceEdge &E = Edges[{SF, ST}];
    E.From = SF;
    E.To = ST;
    E.Weight += A.Weight;
    E.Calls += A.Calls;
    ++E.Arcs;
  }
  D.ServiceEdges.clear();
  for (const auto &[Key, E] : Edges)
    D.ServiceEdges.push_back(E);
}

/// One clustering of the units the shared library leaves: per unit its community, or StaysInRoot
/// for shared and root units; which units the composition root holds; the number of communities,
/// the resolution used and the atoms clustered.
struct Proposal {
  std::vector<std::uint32_t> Community;
  std::vector<bool> Entry;
  std::size_t NumComm = 0;
  double Resolution = 1.0;
  std::string_view Granularity;
  Atoms A;
};

Proposal propose(const UnitGraph &G, const UnitSet &Units, const std::vector<bool> &Programs,
                 const Config &C, const UnitConstraints &K, const std::vector<bool> &Shared,
                 const std::vector<WeightedEdge> &CoChange, const DecomposeOptions &O,
                 Algorithm Algo) {
  Proposal P;
  std::vector<bool> Fixed(K.Pin.size());
  for (std::size_t U = 0; U < Fixed.size(); ++U)
    Fixed[U] = K.Pin[U] >= 0 || K.Together[U] >= 0;
  std::vector<bool> &Entry = P.Entry;
  Entry = entryUnits(G, Programs, Shared, Fixed, C.EntryReach);
  // --services N counts the composition root: the clustering makes N - 1 services beside it,
  // and with N = 1 there is no root apart.
  DecomposeOptions ClusterOptions = O;
  if (O.Services && std::find(Entry.begin(), Entry.end(), true) != Entry.end()) {
    if (*O.Services == 1)
      Entry.assign(Entry.size(), false);
    else
      ClusterOptions.Services = *O.Services - 1;
  }
  std::vector<bool> SetAside(Shared);
  for (std::size_t U = 0; U < SetAside.size(); ++U)
    SetAside[U] = SetAside[U] || Entry[U];
  P.A = buildAtoms(Units, C, K, SetAside);
  const Atoms &A = P.A;
  WeightedGraph AG = undirectedGraph(G, A.AtomOf, A.Count, CoChange);
  Clustering Cl = clusterStructureBlind(AG, A, ClusterOptions, Algo);
  P.Resolution = Cl.Resolution;
  P.Granularity = Cl.Granularity;

  // Communities become services, numbered in the canonical order (clusterStructureBlind).
  const std::size_t N = Units.Units.size();
  P.NumComm = countOf(Cl.Membership);
  std::vector<std::uint32_t> &Community = P.Community;
  Community.assign(N, StaysInRoot);
  for (std::uint32_t U = 0; U < N; ++U)
    if (A.AtomOf[U] != UnitSet::NoUnit)
      Community[U] = Cl.Membership[A.AtomOf[U]];
  // A unit's pinned service (index into C.Services), or -1; a unit the root held has no atom.
  auto PinOf = [&](std::uint32_t U) {
    return A.AtomOf[U] == UnitSet::NoUnit ? -1 : A.Pin[A.AtomOf[U]];
  };
  std::vector<std::uint32_t> Claimed = rootUnitsClaimed(G, Entry, Community, RootClaimShare);
  for (std::uint32_t U = 0; U < N; ++U)
    if (Claimed[U] != StaysInRoot) {
      Community[U] = Claimed[U];
      Entry[U] = false;
    }
  // Without a requested count, code only the root uses is the root's, not a service serving
  // nobody (with --services N it stays a service, so that N holds).
  if (!ClusterOptions.Services) {
    std::vector<bool> Pinned(P.NumComm, false);
    for (std::uint32_t U = 0; U < N; ++U)
      if (Community[U] != StaysInRoot && PinOf(U) >= 0)
        Pinned[Community[U]] = true;
    std::vector<bool> Fold = communitiesOnlyTheRootUses(G, Entry, Community, Pinned);
    for (std::uint32_t U = 0; U < N; ++U)
      if (Community[U] != StaysInRoot && Fold[Community[U]]) {
        Community[U] = StaysInRoot;
        Entry[U] = true;
      }
  }
  return P;
}

/// Per unit: its community, NumComm for the root's units (what shared_library.h calls Home).
std::vector<std::uint32_t> homes(const Proposal &P) {
  std::vector<std::uint32_t> Home(P.Community);
  for (std::size_t U = 0; U < Home.size(); ++U)
    if (P.Entry[U])
      Home[U] = static_cast<std::uint32_t>(P.NumComm);
  return Home;
}

} // namespace

std::uint32_t Decomposition::serviceOfFile(std::string_view Path) const {
  std::uint32_t U = Units.unitOfFile(Path);
  return U == UnitSet::NoUnit ? NoService : ServiceOfUnit[U];
}

Assignment Decomposition::assignment() const {
  Assignment A;
  for (const Service &S : Services)
    for (const std::string &F : S.Files)
      A[F] = S.Name;
  for (const std::string &F : SharedFiles)
    A[F] = SharedCluster;
  return A;
}

Decomposition decompose(const Facts &F, const Config &C, const DecomposeOptions &O) {
  auto Algo = parseAlgorithm(O.Algorithm);
  if (!Algo)
    throw Error("unknown algorithm \"" + O.Algorithm +
                "\" (expected leiden, louvain, label-propagation or girvan-newman)");
  if (O.Services && *O.Services < 1)
    throw Error("services must be at least 1, got " + std::to_string(*O.Services));
  if (!(O.Resolution > 0) || !std::isfinite(O.Resolution))
    throw Error("resolution must be a positive number");

  Decomposition D;
  D.Unit = O.Unit;
  D.Algorithm = std::string(algorithmName(*Algo));
  D.Seed = O.Seed;
  D.RequestedServices = O.Services;
  D.Units = buildUnits(F, O.Unit, C.Exclude);
  D.ExcludedFiles = D.Units.ExcludedFiles;
  D.GeneratedFiles = D.Units.GeneratedFiles;
  // Include similarity follows the directories' structure where includes are written along the
  // modules, and crosses domains where they are not (docs/DECOMPOSITION.md, "Include structure").
  EdgeWeights Weights = C.Weights;
  if (Weights.IncludeSimilarity > 0) {
    D.Includes = includeStructure(F, D.Units, Weights, O.Seed);
    D.IncludeSimilarityUsed = D.Includes->carriesStructure(Weights.IncludeStructure);
    D.IncludeStructureThreshold = Weights.IncludeStructure;
    if (!D.IncludeSimilarityUsed)
      Weights.IncludeSimilarity = 0;
  }
  UnitConstraints K = matchConstraints(F, D.Units, C);
  UnitGraph G = buildUnitGraph(F, D.Units, Weights, placedByPins(K));
  if (O.History)
    D.UnitCoChange = unitCoChange(*O.History, D.Units, O.CoChange);
  const std::vector<WeightedEdge> CoChange =
      coChangeEdges(D.UnitCoChange, C.Weights.CoChange * meanArcWeight(G));
  const std::vector<bool> Written = ownsWrittenState(F, D.Units);
  const std::vector<bool> Programs = programUnits(F, D.Units);
  std::vector<bool> Shared = sharedUnits(D.Units, G, C, K, Written);
  const std::size_t N = D.Units.Units.size();
  // The library closure often holds a domain's entity types, and clustering without them would
  // lose the domain they hold together. So they are first clustered with their users (only the
  // configured and omnipresent units set aside), and stay in the library only when more than
  // [shared] service_share of the services of that clustering use them.
  if (C.SharedServiceShare > 0) {
    std::vector<bool> Core(N);
    for (std::uint32_t U = 0; U < N; ++U)
      Core[U] = K.ConfigShared[U] || (Shared[U] && G.FanIn[U] >= C.SharedThreshold * double(N));
    if (Core != Shared) {
      Proposal Trial = propose(G, D.Units, Programs, C, K, Core, CoChange, O, *Algo);
      const auto Root = static_cast<std::uint32_t>(Trial.NumComm);
      std::vector<std::uint32_t> Home = homes(Trial);
      // Services and their users are the other units' communities: a community of candidates
      // alone (the utilities clustered together) is the library, not a service using it.
      std::vector<std::uint32_t> Users = servicesUsing(G, Shared, Home, Root);
      const double Services = static_cast<double>(serviceCount(Shared, Home, Root));
      for (std::uint32_t U = 0; U < N; ++U)
        if (Shared[U] && !Core[U] && !(Users[U] > C.SharedServiceShare * Services))
          Shared[U] = false;
      keepIndependent(G, Shared, K.ConfigShared);
    }
  }
  // The library is known only with the services: a shared unit only a few services use is
  // their domain code. It rejoins the clustering and the services are proposed again, until the
  // library holds; after MaxSharedRounds the rest join their heaviest user as they are.
  Proposal P;
  for (unsigned Round = 1;; ++Round) {
    P = propose(G, D.Units, Programs, C, K, Shared, CoChange, O, *Algo);
    const auto Root = static_cast<std::uint32_t>(P.NumComm);
    std::vector<std::uint32_t> Home = homes(P);
    std::vector<std::uint32_t> Moved =
        unsharedAfterClustering(G, Shared, K.ConfigShared, Home, Root, C.SharedServiceShare);
    if (std::all_of(Moved.begin(), Moved.end(), [](std::uint32_t M) { return M == StaysShared; }))
      break;
    for (std::uint32_t U = 0; U < Moved.size(); ++U) {
      if (Moved[U] == StaysShared)
        continue;
      Shared[U] = false;
      if (Round < MaxSharedRounds)
        continue;
      P.Entry[U] = Moved[U] == Root;
      if (Moved[U] != Root)
        P.Community[U] = Moved[U];
    }
    if (Round == MaxSharedRounds)
      break;
  }
  // A service most others use and that uses none is library code as a whole
  // (omnipresentServices): it joins the library whole, the other services left as they are. It
  // is not narrowed unit by unit: what the clustering put together as one utility layer is used
  // as one (narrowing spread Box2D's public headers over their users: 68.9 to 59.8).
  if (C.SharedThreshold > 0 && N >= C.SharedMinUnits && !O.Services) { // --services N holds
    const auto Root = static_cast<std::uint32_t>(P.NumComm);
    std::vector<bool> Library =
        omnipresentServices(G, Shared, eligibleForLibrary(K, Written), homes(P), Root,
                            C.SharedThreshold, C.SharedServiceShare);
    if (std::find(Library.begin(), Library.end(), true) != Library.end()) {
      const std::vector<std::uint32_t> Moved =
          leftoversOfLibraryServices(G, Library, homes(P), Root);
      for (std::uint32_t U = 0; U < N; ++U) {
        if (Library[U]) {
          Shared[U] = true;
          P.Community[U] = StaysInRoot;
          P.Entry[U] = false;
        } else if (Moved[U] != StaysShared) {
          P.Entry[U] = Moved[U] == Root;
          P.Community[U] = Moved[U] == Root ? StaysInRoot : Moved[U];
        }
      }
    }
  }
  if (C.BottomLayerShare > 0 && N >= C.SharedMinUnits && !O.Services) {
    const auto Root = static_cast<std::uint32_t>(P.NumComm);
    const std::vector<bool> Layer = bottomLayerLibrary(G, Shared, eligibleForLibrary(K, Written),
                                                       homes(P), Root, C.BottomLayerShare);
    for (std::uint32_t U = 0; U < N; ++U)
      if (Layer[U]) {
        Shared[U] = true;
        P.Community[U] = StaysInRoot;
        P.Entry[U] = false;
      }
  }
  D.Resolution = P.Resolution;
  D.Granularity = P.Granularity;
  const std::size_t NumComm = P.NumComm;
  std::vector<std::uint32_t> &Community = P.Community;
  std::vector<bool> &Entry = P.Entry;
  auto PinOf = [&](std::uint32_t U) {
    return P.A.AtomOf[U] == UnitSet::NoUnit ? -1 : P.A.Pin[P.A.AtomOf[U]];
  };
  std::vector<std::vector<std::uint32_t>> Members(NumComm);
  for (std::uint32_t U = 0; U < N; ++U)
    if (Community[U] != StaysInRoot)
      Members[Community[U]].push_back(U);
  std::vector<Service> Services;
  for (std::size_t Cm = 0; Cm < NumComm; ++Cm) {
    if (Members[Cm].empty())
      continue;
    Service S;
    S.Units = Members[Cm];
    for (std::uint32_t U : S.Units) {
      if (int Pin = PinOf(U); Pin >= 0) {
        S.Pinned = true;
        S.Name = C.Services[Pin].Name;
      }
      for (const std::string &Fl : D.Units.Units[U].Files)
        S.Files.push_back(Fl);
    }
    std::sort(S.Files.begin(), S.Files.end());
    Services.push_back(std::move(S));
  }
  // The composition root is one service of its own, never clustered.
  Service Root;
  for (std::uint32_t U = 0; U < N; ++U)
    if (Entry[U]) {
      Root.Units.push_back(U);
      for (const std::string &Fl : D.Units.Units[U].Files)
        Root.Files.push_back(Fl);
    }
  if (!Root.Units.empty()) {
    std::sort(Root.Files.begin(), Root.Files.end());
    Root.CompositionRoot = true;
    Services.push_back(std::move(Root));
  }
  D.Services = std::move(Services);
  D.ServiceOfUnit.assign(N, Decomposition::NoService);
  for (std::uint32_t U = 0; U < N; ++U)
    if (Shared[U]) {
      D.ServiceOfUnit[U] = Decomposition::SharedService;
      D.SharedUnits.push_back(U);
      for (const std::string &Fl : D.Units.Units[U].Files)
        D.SharedFiles.push_back(Fl);
    }
  std::sort(D.SharedFiles.begin(), D.SharedFiles.end());
  nameServices(D);
  std::sort(D.Services.begin(), D.Services.end(),
            [](const Service &X, const Service &Y) { return X.Name < Y.Name; });
  for (std::uint32_t S = 0; S < D.Services.size(); ++S)
    for (std::uint32_t U : D.Services[S].Units)
      D.ServiceOfUnit[U] = S;
  D.UnitArcs = G.Arcs;
  computeServiceMetrics(&F, D);
  const bool HasHistory = O.History && !O.History->Commits.empty();
  if (HasHistory)
    D.Change = changeIndependence(*O.History, D.assignment());
  std::vector<ServiceExplanation> Why =
      explainServices(F, D, HasHistory, G.IncludeNeighbours ? &*G.IncludeNeighbours : nullptr,
                      Weights.NamespaceSimilarity > 0);
  for (std::size_t S = 0; S < D.Services.size(); ++S)
    D.Services[S].Why = std::move(Why[S]);
  return D;
}

} // namespace seams
