// The team's constraints applied to units: pins, together/apart groups, `[shared] include`,
// and the atoms (pre-merged units) the clustering works on.
#include "graph/decompose/constraints.h"

#include "graph/model/error.h"
#include "graph/model/glob.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace seams {
namespace {

/// The constraint tags of a set of atoms: its pin and, per apart entry, its group.
struct Tags {
  int Pin = -1;
  std::map<std::uint32_t, std::uint32_t> Groups;

  bool compatibleWith(const Tags &O) const {
    if (Pin >= 0 && O.Pin >= 0 && Pin != O.Pin)
      return false;
    for (const auto &[Entry, Group] : O.Groups) {
      auto It = Groups.find(Entry);
      if (It != Groups.end() && It->second != Group)
        return false;
    }
    return true;
  }
  void add(const Tags &O) {
    if (O.Pin >= 0)
      Pin = O.Pin;
    Groups.insert(O.Groups.begin(), O.Groups.end());
  }
};

Tags tagsOf(const Atoms &A, std::uint32_t X) {
  Tags T;
  T.Pin = A.Pin[X];
  for (const auto &[Entry, Group] : A.Apart[X])
    T.Groups[Entry] = Group;
  return T;
}

struct UnionFind {
  std::vector<std::uint32_t> Parent;
  explicit UnionFind(std::size_t N) : Parent(N) { std::iota(Parent.begin(), Parent.end(), 0u); }
  std::uint32_t find(std::uint32_t X) {
    while (Parent[X] != X)
      X = Parent[X] = Parent[Parent[X]];
    return X;
  }
  void unite(std::uint32_t A, std::uint32_t B) {
    A = find(A);
    B = find(B);
    if (A != B)
      Parent[std::max(A, B)] = std::min(A, B);
  }
};

bool anyMatch(const std::vector<std::string> &Globs, const Unit &U) {
  return unitMatches(U, Globs);
}

bool globMatchAny(const std::string &Glob, const Unit &U) {
  return unitMatches(U, std::span<const std::string>(&Glob, 1));
}

} // namespace

UnitConstraints matchConstraints(const Facts &F, const UnitSet &U, const Config &C) {
  const std::size_t N = U.Units.size();
  UnitConstraints K;
  K.Pin.assign(N, -1);
  K.Together.assign(N, -1);
  K.ConfigShared.assign(N, false);
  K.Apart.resize(N);
  for (std::uint32_t I = 0; I < N; ++I) {
    const Unit &Un = U.Units[I];
    for (std::size_t S = 0; S < C.Services.size(); ++S) {
      const ServicePin &P = C.Services[S];
      bool Match = anyMatch(P.Include, Un);
      for (const std::string &Ns : P.Namespaces)
        Match = Match || namespaceShare(Un, F, Ns) > 0.5;
      if (!Match)
        continue;
      if (K.Pin[I] >= 0)
        throw Error("seams.toml: unit \"" + Un.Id + "\" is pinned to both [services." +
                    C.Services[K.Pin[I]].Name + "] and [services." + P.Name + "]");
      K.Pin[I] = static_cast<int>(S);
    }
    K.ConfigShared[I] = anyMatch(C.SharedInclude, Un);
    if (K.ConfigShared[I] && K.Pin[I] >= 0)
      throw Error("seams.toml: unit \"" + Un.Id +
                  "\" is both in [shared] include and pinned to "
                  "[services." +
                  C.Services[K.Pin[I]].Name + "]");
    for (std::size_t T = 0; T < C.Together.size(); ++T)
      if (anyMatch(C.Together[T], Un) && K.Together[I] < 0)
        K.Together[I] = static_cast<int>(T);
    for (std::uint32_t E = 0; E < C.Apart.size(); ++E) {
      int Found = -1;
      for (std::uint32_t G = 0; G < C.Apart[E].size(); ++G) {
        if (!globMatchAny(C.Apart[E][G], Un))
          continue;
        if (Found >= 0)
          throw Error("seams.toml: unit \"" + Un.Id + "\" matches both \"" + C.Apart[E][Found] +
                      "\" and \"" + C.Apart[E][G] + "\" of [[apart]] #" + std::to_string(E + 1));
        Found = static_cast<int>(G);
      }
      if (Found >= 0)
        K.Apart[I].push_back({E, static_cast<std::uint32_t>(Found)});
    }
  }
  // A pin that matches nothing is a typo or a moved directory: ignoring it would silently drop
  // the service the team asked for.
  for (std::size_t S = 0; S < C.Services.size(); ++S)
    if (std::find(K.Pin.begin(), K.Pin.end(), static_cast<int>(S)) == K.Pin.end())
      throw Error("seams.toml: [services." + C.Services[S].Name +
                  "] matches no unit: its include patterns and namespaces match nothing in the "
                  "facts (patterns are paths relative to the project root, e.g. "
                  "\"src/payments/**\")");
  return K;
}

std::vector<bool> Atoms::fixed() const {
  std::vector<bool> F(Count);
  for (std::size_t I = 0; I < Count; ++I)
    F[I] = Pin[I] >= 0;
  return F;
}

std::vector<bool> placedByPins(const UnitConstraints &K) {
  // A unit is in at most one [[together]] group, so a group reaches a pin only through a pinned
  // unit of its own.
  std::vector<bool> GroupPinned;
  for (std::size_t U = 0; U < K.Pin.size(); ++U)
    if (K.Together[U] >= 0 && K.Pin[U] >= 0) {
      const auto G = static_cast<std::size_t>(K.Together[U]);
      if (GroupPinned.size() <= G)
        GroupPinned.resize(G + 1, false);
      GroupPinned[G] = true;
    }
  std::vector<bool> Out(K.Pin.size(), false);
  for (std::size_t U = 0; U < K.Pin.size(); ++U) {
    const int G = K.Together[U];
    Out[U] = K.Pin[U] >= 0 ||
             (G >= 0 && static_cast<std::size_t>(G) < GroupPinned.size() && GroupPinned[G]);
  }
  return Out;
}

Atoms buildAtoms(const UnitSet &U, const Config &C, const UnitConstraints &K,
                 const std::vector<bool> &Shared) {
  const std::size_t N = U.Units.size();
  UnionFind UF(N);
  std::vector<std::uint32_t> FirstOfPin(C.Services.size(), UnitSet::NoUnit);
  std::vector<std::uint32_t> FirstOfTogether(C.Together.size(), UnitSet::NoUnit);
  for (std::uint32_t I = 0; I < N; ++I) {
    if (Shared[I])
      continue;
    if (K.Pin[I] >= 0) {
      auto &First = FirstOfPin[K.Pin[I]];
      First == UnitSet::NoUnit ? void(First = I) : UF.unite(First, I);
    }
    if (K.Together[I] >= 0) {
      auto &First = FirstOfTogether[K.Together[I]];
      First == UnitSet::NoUnit ? void(First = I) : UF.unite(First, I);
    }
  }
  Atoms A;
  A.AtomOf.assign(N, UnitSet::NoUnit);
  std::vector<std::uint32_t> AtomOfRoot(N, UnitSet::NoUnit);
  std::vector<std::uint32_t> Example; // a unit of every atom, for messages
  for (std::uint32_t I = 0; I < N; ++I) {
    if (Shared[I])
      continue;
    std::uint32_t R = UF.find(I);
    if (AtomOfRoot[R] == UnitSet::NoUnit) {
      AtomOfRoot[R] = static_cast<std::uint32_t>(A.Count++);
      A.Pin.push_back(-1);
      A.Apart.emplace_back();
      Example.push_back(I);
    }
    std::uint32_t X = A.AtomOf[I] = AtomOfRoot[R];
    if (K.Pin[I] >= 0) {
      if (A.Pin[X] >= 0 && A.Pin[X] != K.Pin[I])
        throw Error("seams.toml: a [[together]] group joins units pinned to [services." +
                    C.Services[A.Pin[X]].Name + "] and [services." + C.Services[K.Pin[I]].Name +
                    "] (\"" + U.Units[Example[X]].Id + "\", \"" + U.Units[I].Id + "\")");
      A.Pin[X] = K.Pin[I];
    }
    for (const auto &[Entry, Group] : K.Apart[I]) {
      auto &Tags = A.Apart[X];
      auto It = std::find_if(Tags.begin(), Tags.end(),
                             [E = Entry](const auto &T) { return T.first == E; });
      if (It == Tags.end())
        Tags.push_back({Entry, Group});
      else if (It->second != Group)
        throw Error("seams.toml: [[apart]] #" + std::to_string(Entry + 1) + " wants \"" +
                    C.Apart[Entry][It->second] + "\" and \"" + C.Apart[Entry][Group] +
                    "\" apart, but a pin or [[together]] joins \"" + U.Units[Example[X]].Id +
                    "\" and \"" + U.Units[I].Id + "\"");
    }
  }
  for (auto &Tags : A.Apart)
    std::sort(Tags.begin(), Tags.end());
  return A;
}

bool compatible(const Atoms &A, std::uint32_t X, std::uint32_t Y) {
  return tagsOf(A, X).compatibleWith(tagsOf(A, Y));
}

std::vector<std::uint32_t> enforceApart(const WeightedGraph &G, const Atoms &A,
                                        std::vector<std::uint32_t> M) {
  normalizeMembership(M);
  for (bool Changed = true; Changed;) {
    Changed = false;
    std::uint32_t K = M.empty() ? 0 : *std::max_element(M.begin(), M.end()) + 1;
    std::vector<std::vector<std::uint32_t>> Members(K);
    for (std::uint32_t X = 0; X < M.size(); ++X)
      Members[M[X]].push_back(X);
    const std::uint32_t Existing = K; // pieces split off now are checked on the next round
    for (std::uint32_t C = 0; C < Existing; ++C) {
      // Find the first conflict: two pins, or two groups of one apart entry.
      std::map<int, std::vector<std::uint32_t>> Seeds; // key -> atoms
      Tags Seen;
      bool Conflict = false;
      int Entry = -2; // -1: pins; >= 0: that apart entry
      for (std::uint32_t X : Members[C]) {
        Tags T = tagsOf(A, X);
        if (!Seen.compatibleWith(T)) {
          Conflict = true;
          if (Seen.Pin >= 0 && T.Pin >= 0 && Seen.Pin != T.Pin)
            Entry = -1;
          else
            for (const auto &[E, Gr] : T.Groups)
              if (Seen.Groups.count(E) && Seen.Groups[E] != Gr) {
                Entry = static_cast<int>(E);
                break;
              }
          break;
        }
        Seen.add(T);
      }
      if (!Conflict)
        continue;
      for (std::uint32_t X : Members[C]) {
        if (Entry == -1 && A.Pin[X] >= 0)
          Seeds[A.Pin[X]].push_back(X);
        if (Entry >= 0)
          for (const auto &[E, Gr] : A.Apart[X])
            if (static_cast<int>(E) == Entry)
              Seeds[static_cast<int>(Gr)].push_back(X);
      }
      // Grow the pieces: the unassigned atom most strongly tied to a piece joins it.
      std::vector<std::uint32_t> PieceOf(M.size(), UINT32_MAX);
      std::uint32_t P = 0;
      for (const auto &[Key, List] : Seeds) {
        for (std::uint32_t X : List)
          PieceOf[X] = P;
        ++P;
      }
      std::map<std::uint32_t, std::vector<double>> Tie; // atom -> weight to each piece
      auto Touch = [&](std::uint32_t X) {
        for (std::uint64_t E = G.Offsets[X]; E < G.Offsets[X + 1]; ++E) {
          std::uint32_t Y = G.Targets[E];
          if (M[Y] != C || PieceOf[Y] != UINT32_MAX)
            continue;
          auto &W = Tie[Y];
          W.resize(P, 0);
          W[PieceOf[X]] += G.Weights[E];
        }
      };
      for (std::uint32_t X : Members[C])
        if (PieceOf[X] != UINT32_MAX)
          Touch(X);
      for (;;) {
        std::uint32_t BestX = UINT32_MAX, BestP = 0;
        double BestW = -1;
        for (const auto &[X, W] : Tie)
          for (std::uint32_t Q = 0; Q < W.size(); ++Q)
            if (W[Q] > BestW) {
              BestW = W[Q];
              BestX = X;
              BestP = Q;
            }
        if (BestX == UINT32_MAX)
          break;
        Tie.erase(BestX);
        PieceOf[BestX] = BestP;
        Touch(BestX);
      }
      for (std::uint32_t X : Members[C]) {
        std::uint32_t Piece = PieceOf[X] == UINT32_MAX ? 0 : PieceOf[X];
        M[X] = Piece == 0 ? C : K + Piece - 1;
      }
      K += P - 1;
      Changed = true;
    }
    normalizeMembership(M);
  }
  return M;
}

std::vector<std::uint32_t> mergeToCount(const WeightedGraph &G, const Atoms &A,
                                        std::vector<std::uint32_t> M, std::size_t Target,
                                        double Resolution) {
  std::size_t K = normalizeMembership(M);
  if (K <= Target || G.TotalWeight <= 0)
    return M;
  std::vector<Tags> T(K);
  std::vector<double> Total(K, 0);
  std::vector<std::map<std::uint32_t, double>> W(K);
  for (std::uint32_t X = 0; X < M.size(); ++X) {
    T[M[X]].add(tagsOf(A, X));
    Total[M[X]] += G.strength(X);
    for (std::uint64_t E = G.Offsets[X]; E < G.Offsets[X + 1]; ++E)
      if (M[G.Targets[E]] != M[X])
        W[M[X]][M[G.Targets[E]]] += G.Weights[E];
  }
  std::vector<bool> Alive(K, true);
  std::vector<std::uint32_t> Into(K);
  std::iota(Into.begin(), Into.end(), 0u);
  const double TwoM = 2 * G.TotalWeight;
  for (std::size_t Left = K; Left > Target; --Left) {
    double Best = -1e300;
    std::uint32_t BA = UINT32_MAX, BB = UINT32_MAX;
    for (std::uint32_t X = 0; X < K; ++X) {
      if (!Alive[X])
        continue;
      for (std::uint32_t Y = X + 1; Y < K; ++Y) {
        if (!Alive[Y] || !T[X].compatibleWith(T[Y]))
          continue;
        auto It = W[X].find(Y);
        double Wxy = It == W[X].end() ? 0 : It->second;
        double Gain = Wxy / G.TotalWeight - Resolution * Total[X] * Total[Y] * 2 / (TwoM * TwoM);
        if (Gain > Best + 1e-15) {
          Best = Gain;
          BA = X;
          BB = Y;
        }
      }
    }
    if (BA == UINT32_MAX)
      break; // nothing compatible is left to merge
    Alive[BB] = false;
    Into[BB] = BA;
    T[BA].add(T[BB]);
    Total[BA] += Total[BB];
    for (const auto &[Y, Wy] : W[BB]) {
      if (Y == BA)
        continue;
      W[BA][Y] += Wy;
      W[Y][BA] += Wy;
      W[Y].erase(BB);
    }
    W[BA].erase(BB);
    W[BB].clear();
  }
  for (std::uint32_t &C : M) {
    while (Into[C] != C)
      C = Into[C];
  }
  normalizeMembership(M);
  return M;
}

} // namespace seams
