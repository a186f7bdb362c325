// The composition root: main and the wiring only it uses, set aside as a service of its own.
#include "graph/decompose/entry_points.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string_view>

namespace seams {

std::vector<bool> programUnits(const Facts &F, const UnitSet &U) {
  static constexpr std::array<std::string_view, 4> EntryPoints = {"main", "wmain", "WinMain",
                                                                  "wWinMain"};
  std::vector<bool> Programs(U.Units.size(), false);
  for (std::size_t E = 0; E < F.Entities.size(); ++E) {
    const Entity &X = F.Entities[E];
    if (X.Kind != EntityKind::Function || X.DefFile.empty() ||
        std::find(EntryPoints.begin(), EntryPoints.end(), X.Name) == EntryPoints.end())
      continue;
    if (const std::uint32_t Unit = U.EntityUnit[E]; Unit != UnitSet::NoUnit)
      Programs[Unit] = true;
  }
  return Programs;
}

std::vector<bool> entryUnits(const UnitGraph &G, const std::vector<bool> &Programs,
                             const std::vector<bool> &SetAside, const std::vector<bool> &Fixed,
                             double MinReach) {
  const std::size_t N = G.NumUnits;
  std::vector<bool> Entry(N, false);
  if (MinReach <= 0)
    return Entry;
  auto Usable = [&](std::uint32_t U) { return !SetAside[U] && !Fixed[U]; };
  std::vector<std::vector<std::uint32_t>> Dependents(N), Dependencies(N);
  for (const UnitArc &A : G.Arcs) {
    if (A.Weight <= 0 || SetAside[A.From] || SetAside[A.To])
      continue;
    Dependents[A.To].push_back(A.From);
    Dependencies[A.From].push_back(A.To);
  }
  std::size_t Candidates = 0;
  for (std::uint32_t U = 0; U < N; ++U)
    Candidates += !SetAside[U];
  const double Needed = MinReach * static_cast<double>(Candidates);

  for (std::uint32_t Root = 0; Root < N; ++Root) {
    if (!Programs[Root] || !Usable(Root) || !Dependents[Root].empty() || Dependencies[Root].empty())
      continue;
    std::vector<bool> In(N, false);
    In[Root] = true;
    for (bool Grew = true; Grew;) {
      Grew = false;
      for (std::uint32_t U : Dependencies[Root]) {
        if (In[U] || !Usable(U))
          continue;
        bool AllIn = true;
        for (std::uint32_t D : Dependents[U])
          AllIn = AllIn && In[D];
        if (AllIn)
          In[U] = Grew = true;
      }
    }
    std::set<std::uint32_t> Reach;
    for (std::uint32_t U = 0; U < N; ++U)
      if (In[U])
        for (std::uint32_t D : Dependencies[U])
          if (!In[D])
            Reach.insert(D);
    if (static_cast<double>(Reach.size()) >= Needed)
      for (std::uint32_t U = 0; U < N; ++U)
        if (In[U])
          Entry[U] = true;
  }
  return Entry;
}

std::vector<std::uint32_t> rootUnitsClaimed(const UnitGraph &G, const std::vector<bool> &Entry,
                                            const std::vector<std::uint32_t> &Community,
                                            double MinShare) {
  const std::size_t N = G.NumUnits;
  std::vector<std::uint32_t> Move(N, StaysInRoot);
  std::vector<bool> HasDependent(N, false);
  std::vector<std::map<std::uint32_t, double>> Weight(N);
  std::vector<double> Total(N, 0);
  for (const UnitArc &A : G.Arcs) {
    if (A.Weight <= 0)
      continue;
    HasDependent[A.To] = HasDependent[A.To] || Entry[A.From];
    if (Entry[A.From] && Community[A.To] != StaysInRoot) {
      Weight[A.From][Community[A.To]] += A.Weight;
      Total[A.From] += A.Weight;
    }
  }
  for (std::uint32_t U = 0; U < N; ++U) {
    if (!Entry[U] || !HasDependent[U] || Total[U] <= 0)
      continue;
    for (const auto &[C, W] : Weight[U]) // ascending community: ties go to the first
      if (W >= MinShare * Total[U]) {
        Move[U] = C;
        break;
      }
  }
  return Move;
}

std::vector<bool> communitiesOnlyTheRootUses(const UnitGraph &G, const std::vector<bool> &Entry,
                                             const std::vector<std::uint32_t> &Community,
                                             const std::vector<bool> &Pinned) {
  std::vector<bool> ToRoot(Pinned.size(), false), Elsewhere(Pinned.size(), false);
  for (const UnitArc &A : G.Arcs) {
    if (A.Weight <= 0)
      continue;
    std::uint32_t CF = Community[A.From], CT = Community[A.To];
    if (CF == CT)
      continue;
    for (auto [C, Other] : {std::pair(CF, A.To), std::pair(CT, A.From)}) {
      if (C == StaysInRoot)
        continue;
      if (Entry[Other])
        ToRoot[C] = true;
      else
        Elsewhere[C] = true;
    }
  }
  std::vector<bool> Out(Pinned.size(), false);
  for (std::size_t C = 0; C < Out.size(); ++C)
    Out[C] = ToRoot[C] && !Elsewhere[C] && !Pinned[C];
  return Out;
}

} // namespace seams
