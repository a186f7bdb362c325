// The shared library: code every service may use because it depends on none of them, chosen
// before the clustering and narrowed once the services are known.
#include "graph/decompose/shared_library.h"

#include <algorithm>
#include <bit>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

namespace seams {
namespace {

/// Which units have a dependency on a unit outside the library.
std::vector<bool> dependsOutside(const UnitGraph &G, const std::vector<bool> &Shared) {
  std::vector<bool> Outside(Shared.size(), false);
  for (const UnitArc &A : G.Arcs)
    if (A.Weight > 0 && !Shared[A.To])
      Outside[A.From] = true;
  return Outside;
}

/// Per unit: whether it is Included, outside Shared, in a community below Communities, and
/// depends on nothing but Shared units and such units of its own community: the largest such
/// set, found with a work list (a unit that leaves makes its users check again), linear in the
/// arcs. The independent part of a service, as omnipresentServices and bottomLayerLibrary read it.
std::vector<bool> independentParts(const UnitGraph &G, const std::vector<bool> &Shared,
                                   const std::vector<bool> &Included,
                                   const std::vector<std::uint32_t> &Home,
                                   std::uint32_t Communities) {
  const std::size_t N = G.NumUnits;
  std::vector<std::vector<std::uint32_t>> Uses(N), UsedBy(N);
  for (const UnitArc &A : G.Arcs)
    if (A.Weight > 0) {
      Uses[A.From].push_back(A.To);
      UsedBy[A.To].push_back(A.From);
    }
  std::vector<bool> In(N);
  std::vector<std::uint32_t> Check;
  for (std::uint32_t U = 0; U < N; ++U) {
    In[U] = Included[U] && !Shared[U] && Home[U] < Communities;
    if (In[U])
      Check.push_back(U);
  }
  std::reverse(Check.begin(), Check.end());
  while (!Check.empty()) {
    const std::uint32_t U = Check.back();
    Check.pop_back();
    if (In[U] && std::any_of(Uses[U].begin(), Uses[U].end(), [&](std::uint32_t V) {
          return !Shared[V] && (!In[V] || Home[V] != Home[U]);
        })) {
      In[U] = false;
      for (std::uint32_t V : UsedBy[U])
        if (In[V])
          Check.push_back(V);
    }
  }
  return In;
}

} // namespace

std::vector<bool> ownsWrittenState(const Facts &F, const UnitSet &U) {
  std::vector<bool> Owns(U.Units.size(), false);
  const EntityIndex Index = entityIndex(F);
  for (const Edge &E : F.Edges) {
    if (E.Kind != EdgeKind::Write)
      continue;
    auto Ends = crossUnitEnds(Index, U, E);
    if (Ends && F.Entities[Ends->ToEntity].Kind == EntityKind::Variable)
      Owns[Ends->To] = true;
  }
  return Owns;
}

std::vector<bool> eligibleForLibrary(const UnitConstraints &K,
                                     const std::vector<bool> &OwnsWrittenState) {
  std::vector<bool> Out(OwnsWrittenState.size());
  for (std::size_t I = 0; I < Out.size(); ++I)
    Out[I] = K.Pin[I] < 0 && K.Together[I] < 0 && !OwnsWrittenState[I];
  return Out;
}

std::vector<bool> sharedUnits(const UnitSet &U, const UnitGraph &G, const Config &C,
                              const UnitConstraints &K, const std::vector<bool> &OwnsWrittenState) {
  const std::size_t N = U.Units.size();
  std::vector<bool> Shared(K.ConfigShared);
  if (N < C.SharedMinUnits)
    return Shared;
  const std::vector<bool> Eligible = eligibleForLibrary(K, OwnsWrittenState);
  for (std::size_t I = 0; I < N; ++I)
    if (Eligible[I] && G.FanIn[I] >= C.SharedThreshold * double(N))
      Shared[I] = true;
  // The library closure: widely used units that depend on nothing outside the library.
  for (bool Changed = true; Changed;) {
    Changed = false;
    std::vector<bool> Outside = dependsOutside(G, Shared);
    for (std::size_t I = 0; I < N; ++I)
      if (!Shared[I] && Eligible[I] && !Outside[I] &&
          G.FanIn[I] >= C.LibraryThreshold * double(N)) {
        Shared[I] = true;
        Changed = true;
      }
  }
  // The library depends on no service: an omnipresent unit that depends on domain code is not
  // library code, and neither is what depended on it through the library.
  keepIndependent(G, Shared, K.ConfigShared);
  return Shared;
}

void keepIndependent(const UnitGraph &G, std::vector<bool> &Shared, const std::vector<bool> &Keep) {
  for (bool Changed = true; Changed;) {
    Changed = false;
    std::vector<bool> Outside = dependsOutside(G, Shared);
    for (std::size_t I = 0; I < Shared.size(); ++I)
      if (Shared[I] && !Keep[I] && Outside[I]) {
        Shared[I] = false;
        Changed = true;
      }
  }
}

std::vector<std::uint32_t> servicesUsing(const UnitGraph &G, const std::vector<bool> &InLibrary,
                                         const std::vector<std::uint32_t> &Home,
                                         std::uint32_t Communities) {
  std::vector<std::vector<std::uint32_t>> Users(G.NumUnits);
  for (const UnitArc &A : G.Arcs)
    if (A.Weight > 0 && !InLibrary[A.From] && Home[A.From] < Communities)
      Users[A.To].push_back(Home[A.From]);
  std::vector<std::uint32_t> Count(G.NumUnits, 0);
  for (std::size_t U = 0; U < G.NumUnits; ++U) {
    std::sort(Users[U].begin(), Users[U].end());
    Count[U] = static_cast<std::uint32_t>(std::unique(Users[U].begin(), Users[U].end()) -
                                          Users[U].begin());
  }
  return Count;
}

std::size_t serviceCount(const std::vector<bool> &InLibrary, const std::vector<std::uint32_t> &Home,
                         std::uint32_t Communities) {
  std::vector<bool> Seen(Communities, false);
  for (std::size_t U = 0; U < Home.size(); ++U)
    if (!InLibrary[U] && Home[U] < Communities)
      Seen[Home[U]] = true;
  return static_cast<std::size_t>(std::count(Seen.begin(), Seen.end(), true));
}

std::vector<bool> omnipresentServices(const UnitGraph &G, const std::vector<bool> &Shared,
                                      const std::vector<bool> &Eligible,
                                      const std::vector<std::uint32_t> &Home,
                                      std::uint32_t Communities, double Threshold,
                                      double ServiceShare) {
  const std::size_t N = G.NumUnits;
  std::vector<std::vector<std::uint32_t>> Members(Communities);
  std::vector<bool> Candidate(Communities, true);
  for (std::uint32_t U = 0; U < N; ++U)
    if (!Shared[U] && Home[U] < Communities) {
      Members[Home[U]].push_back(U);
      Candidate[Home[U]] = Candidate[Home[U]] && Eligible[U];
    }
  std::vector<std::vector<std::uint32_t>> UsedBy(N);
  for (const UnitArc &A : G.Arcs)
    if (A.Weight > 0)
      UsedBy[A.To].push_back(A.From);
  const auto Outside = static_cast<std::size_t>(std::count(Shared.begin(), Shared.end(), false));
  // The other services: the non-empty communities but one (the root not counted).
  const auto Services = static_cast<double>(
      std::count_if(Members.begin(), Members.end(), [](const auto &M) { return !M.empty(); }));
  const double Others = Services - 1;
  // What of each candidate service depends on no unit outside it and outside the library (as
  // keepIndependent), to a fixed point.
  std::vector<bool> InCandidate(N, false);
  for (std::uint32_t U = 0; U < N; ++U)
    InCandidate[U] = Home[U] < Communities && Candidate[Home[U]];
  const std::vector<bool> Independent = independentParts(G, Shared, InCandidate, Home, Communities);
  std::vector<bool> Out(N, false);
  for (std::uint32_t C = 0; C < Communities; ++C) {
    if (!Candidate[C])
      continue;
    std::vector<std::uint32_t> Rest = Members[C];
    std::erase_if(Rest, [&](std::uint32_t U) { return !Independent[U]; });
    auto In = [&](std::uint32_t V) { return Independent[V] && Home[V] == C; };
    std::set<std::uint32_t> Users, UserServices;
    for (std::uint32_t U : Rest)
      for (std::uint32_t V : UsedBy[U])
        if (!Shared[V] && !In(V)) {
          Users.insert(V);
          if (Home[V] < Communities && Home[V] != C)
            UserServices.insert(Home[V]);
        }
    const bool Omnipresent =
        2 * Rest.size() > Members[C].size() && Rest.size() < Outside &&
        static_cast<double>(Users.size()) >=
            Threshold * static_cast<double>(Outside - Rest.size()) &&
        static_cast<double>(UserServices.size()) > ServiceShare * static_cast<double>(Others);
    for (std::uint32_t U : Rest)
      Out[U] = Omnipresent;
  }
  return Out;
}

std::vector<bool> bottomLayerLibrary(const UnitGraph &G, const std::vector<bool> &Shared,
                                     const std::vector<bool> &Eligible,
                                     const std::vector<std::uint32_t> &Home,
                                     std::uint32_t Communities, double ServiceShare) {
  const std::size_t N = G.NumUnits;
  // The bottom of each service: its eligible units that depend on nothing outside it and the
  // library, to a fixed point (what omnipresentServices keeps of a service).
  const std::vector<bool> Layer = independentParts(G, Shared, Eligible, Home, Communities);
  // Which services reach each unit of the layer, as bit sets, propagated from a user to what it
  // depends on within the layer.
  const std::size_t Words = (Communities + 63) / 64;
  std::vector<std::uint64_t> Reach(N * Words, 0);
  auto Mark = [&](std::size_t U, std::uint32_t S) {
    std::uint64_t &W = Reach[U * Words + S / 64];
    const std::uint64_t Bit = std::uint64_t{1} << (S % 64);
    const bool New = !(W & Bit);
    W |= Bit;
    return New;
  };
  std::vector<std::vector<std::uint32_t>> Within(N);
  std::vector<std::uint32_t> Work;
  std::vector<bool> Seen(Communities, false);
  for (const UnitArc &A : G.Arcs) {
    if (A.Weight <= 0 || !Layer[A.To] || Shared[A.From] || Home[A.From] >= Communities)
      continue;
    Seen[Home[A.From]] = true;
    if (Layer[A.From])
      Within[A.From].push_back(A.To);
    if (Mark(A.To, Home[A.From]))
      Work.push_back(A.To);
  }
  for (std::size_t U = 0; U < N; ++U)
    if (!Shared[U] && Home[U] < Communities)
      Seen[Home[U]] = true;
  const auto Services = static_cast<double>(std::count(Seen.begin(), Seen.end(), true));
  while (!Work.empty()) {
    const std::uint32_t U = Work.back();
    Work.pop_back();
    for (std::uint32_t V : Within[U]) {
      bool Changed = false;
      for (std::size_t W = 0; W < Words; ++W) {
        const std::uint64_t Old = Reach[V * Words + W];
        Reach[V * Words + W] |= Reach[U * Words + W];
        Changed = Changed || Reach[V * Words + W] != Old;
      }
      if (Changed)
        Work.push_back(V);
    }
  }
  std::vector<bool> Out(N, false);
  for (std::size_t U = 0; U < N; ++U) {
    if (!Layer[U])
      continue;
    std::size_t Count = 0;
    for (std::size_t W = 0; W < Words; ++W)
      Count += static_cast<std::size_t>(std::popcount(Reach[U * Words + W]));
    Out[U] = static_cast<double>(Count) > ServiceShare * Services;
  }
  return Out;
}

std::vector<std::uint32_t> leftoversOfLibraryServices(const UnitGraph &G,
                                                      const std::vector<bool> &Library,
                                                      const std::vector<std::uint32_t> &Home,
                                                      std::uint32_t Communities) {
  const std::size_t N = G.NumUnits;
  std::vector<bool> Took(Communities, false);
  for (std::size_t U = 0; U < N; ++U)
    if (Library[U] && Home[U] < Communities)
      Took[Home[U]] = true;
  auto Leftover = [&](std::size_t U) {
    return !Library[U] && Home[U] < Communities && Took[Home[U]];
  };
  std::vector<std::vector<const UnitArc *>> Outgoing(N);
  for (const UnitArc &A : G.Arcs)
    if (A.Weight > 0 && Leftover(A.From))
      Outgoing[A.From].push_back(&A);
  // Rounds, each decided on the state it started from: a leftover goes where it depends most on
  // a unit that stays (not the library, not another leftover) or on a leftover already moved.
  std::vector<std::uint32_t> Out(N, StaysShared);
  for (bool Changed = true; Changed;) {
    Changed = false;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> Round;
    for (std::uint32_t U = 0; U < N; ++U) {
      if (!Leftover(U) || Out[U] != StaysShared)
        continue;
      std::map<std::uint32_t, double> DependsOn;
      for (const UnitArc *A : Outgoing[U]) {
        const std::uint32_t V = A->To;
        if (Library[V])
          continue;
        const std::uint32_t Where = Leftover(V) ? Out[V] : Home[V];
        if (Where <= Communities && Where != Home[U])
          DependsOn[Where] += A->Weight;
      }
      if (DependsOn.empty())
        continue;
      Round.push_back(
          {U,
           std::max_element(DependsOn.begin(), DependsOn.end(), [](const auto &X, const auto &Y) {
             return X.second < Y.second;
           })->first});
    }
    for (const auto &[U, To] : Round) {
      Out[U] = To;
      Changed = true;
    }
  }
  return Out;
}

namespace {

/// The index of the largest weight, the lowest index on a tie; StaysShared when all are 0.
std::uint32_t heaviest(const std::vector<double> &W) {
  std::uint32_t Best = StaysShared;
  for (std::uint32_t I = 0; I < W.size(); ++I)
    if (W[I] > 0 && (Best == StaysShared || W[I] > W[Best]))
      Best = I;
  return Best;
}

} // namespace

std::vector<std::uint32_t> unsharedAfterClustering(const UnitGraph &G,
                                                   const std::vector<bool> &Shared,
                                                   const std::vector<bool> &Keep,
                                                   const std::vector<std::uint32_t> &Home,
                                                   std::uint32_t Communities, double ServiceShare) {
  const std::size_t N = G.NumUnits;
  std::vector<std::uint32_t> Moved(N, StaysShared);
  std::vector<bool> InLibrary(Shared);
  std::vector<std::uint32_t> Where(Home);
  std::vector<std::vector<const UnitArc *>> Incoming(N);
  for (const UnitArc &A : G.Arcs)
    if (A.Weight > 0)
      Incoming[A.To].push_back(&A);
  std::vector<std::vector<const UnitArc *>> Outgoing(N);
  for (const UnitArc &A : G.Arcs)
    if (A.Weight > 0)
      Outgoing[A.From].push_back(&A);
  const auto Services = static_cast<double>(serviceCount(Shared, Home, Communities));
  for (bool Changed = true; Changed;) {
    Changed = false;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> Round; // (unit, new home)
    for (std::uint32_t U = 0; U < N; ++U) {
      if (!InLibrary[U] || Keep[U])
        continue;
      // Uses by services (the root not counted), and dependencies on anything outside the
      // library (the root counted as index Communities).
      std::vector<double> UsedBy(Communities, 0), DependsOn(Communities + 1, 0);
      bool LibraryNeedsIt = false;
      for (const UnitArc *A : Incoming[U]) {
        LibraryNeedsIt = LibraryNeedsIt || InLibrary[A->From];
        if (!InLibrary[A->From] && Where[A->From] < Communities)
          UsedBy[Where[A->From]] += A->Weight;
      }
      for (const UnitArc *A : Outgoing[U])
        if (!InLibrary[A->To] && Where[A->To] <= Communities)
          DependsOn[Where[A->To]] += A->Weight;
      std::size_t Users = 0;
      for (double W : UsedBy)
        Users += W > 0;
      bool Dependent = heaviest(DependsOn) != StaysShared;
      // What the library itself uses stays: through it, every service uses it.
      bool FewUsers =
          !LibraryNeedsIt && Users > 0 && static_cast<double>(Users) <= ServiceShare * Services;
      if (!Dependent && !FewUsers)
        continue;
      std::uint32_t To = heaviest(UsedBy);
      Round.push_back({U, To != StaysShared ? To : heaviest(DependsOn)});
    }
    for (const auto &[U, To] : Round) {
      InLibrary[U] = false;
      Where[U] = Moved[U] = To;
      Changed = true;
    }
  }
  return Moved;
}

} // namespace seams
