// Clustering signals beyond the dependency arcs: how informative an entity is (IDF damping),
// similarity of units' identifiers, include neighbourhoods and namespaces, and
// header/implementation pairing by symbols.
#include "graph/decompose/signals.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <span>
#include <unordered_map>

namespace seams {
namespace {

bool namesCode(EntityKind K) {
  return K != EntityKind::File && K != EntityKind::Namespace && K != EntityKind::External;
}

std::vector<WeightedEdge>
sortedEdges(const std::map<std::pair<std::uint32_t, std::uint32_t>, double> &M) {
  std::vector<WeightedEdge> Out;
  Out.reserve(M.size());
  for (const auto &[Key, W] : M)
    Out.push_back({Key.first, Key.second, W});
  return Out;
}

} // namespace

std::vector<double> entityInformativeness(const Facts &F, const UnitSet &U) {
  const EntityIndex Index = entityIndex(F);
  std::vector<std::vector<std::uint32_t>> Users(F.Entities.size());
  for (const Edge &E : F.Edges)
    if (auto Ends = crossUnitEnds(Index, U, E))
      Users[Ends->ToEntity].push_back(Ends->From);
  const double N = static_cast<double>(U.Units.size());
  std::vector<double> Out(F.Entities.size(), 1.0);
  for (std::size_t I = 0; I < Users.size(); ++I) {
    auto &V = Users[I];
    std::sort(V.begin(), V.end());
    double Df = static_cast<double>(std::unique(V.begin(), V.end()) - V.begin());
    if (Df > 0 && N > 1)
      Out[I] = std::max(std::log((N + 1) / (Df + 1)) / std::log(N + 1), 0.0);
  }
  return Out;
}

std::vector<std::string> identifierTerms(std::string_view Name) {
  std::vector<std::string> Out;
  std::string Cur;
  auto Flush = [&] {
    if (Cur.size() > 1)
      Out.push_back(Cur);
    Cur.clear();
  };
  for (std::size_t I = 0; I < Name.size(); ++I) {
    unsigned char C = static_cast<unsigned char>(Name[I]);
    if (!std::isalpha(C)) {
      Flush();
      continue;
    }
    bool Upper = std::isupper(C);
    if (Upper && !Cur.empty()) {
      unsigned char Prev = static_cast<unsigned char>(Name[I - 1]);
      bool NextLower = I + 1 < Name.size() && std::islower(static_cast<unsigned char>(Name[I + 1]));
      // "fooBar" splits before B; "HTTPServer" splits before the S that starts "Server".
      if (std::islower(Prev) || (std::isupper(Prev) && NextLower))
        Flush();
    }
    Cur += static_cast<char>(std::tolower(C));
  }
  Flush();
  return Out;
}

namespace {

/// How many of Ranked (sorted by Dot, then Closeness, highest first) a unit keeps: the units
/// ranked above the (Neighbours + 1)-th, at most Neighbours. Units tied with it on both are all
/// left out: only their names could tell them apart, and keeping them all could make a clique of
/// a large group of units written alike.
std::size_t keptNeighbours(const std::vector<std::uint32_t> &Ranked, const std::vector<double> &Dot,
                           const std::vector<double> &Closeness, unsigned Neighbours) {
  if (Ranked.size() <= Neighbours)
    return Ranked.size();
  std::size_t End = Neighbours;
  const std::uint32_t Last = Ranked[Neighbours];
  while (End > 0 && Dot[Ranked[End - 1]] == Dot[Last] &&
         Closeness[Ranked[End - 1]] == Closeness[Last])
    --End;
  return End;
}

/// X rounded to 40 significant bits: sums of the same terms in another order (the order follows
/// the unit numbers, so the names) differ in the last bits, and must not decide a tie.
double onGrid(double X) {
  int Exp = 0;
  double Mantissa = std::frexp(X, &Exp);
  return std::ldexp(std::round(std::ldexp(Mantissa, 40)), Exp - 40);
}

/// Each unit's Neighbours most cosine-similar units by TF-IDF ((1 + ln tf) × ln(N / df)) over
/// the feature counts Tf; features held by more than MaxPosting units are skipped. Units marked
/// in Left (or none) neither choose nor are chosen; they still count in every df.
std::vector<WeightedEdge> cosineNeighbours(const std::vector<std::map<std::uint32_t, double>> &Tf,
                                           std::size_t NumFeatures, unsigned Neighbours,
                                           std::size_t MaxPosting,
                                           std::span<const WeightedEdge> Closeness = {},
                                           const std::vector<bool> &Left = {}) {
  auto IsLeft = [&](std::uint32_t Un) { return !Left.empty() && Left[Un]; };
  const std::size_t N = Tf.size();
  std::vector<std::vector<std::uint32_t>> Postings(NumFeatures);
  for (std::uint32_t Un = 0; Un < N; ++Un)
    for (const auto &[T, C] : Tf[Un])
      Postings[T].push_back(Un);
  // TF-IDF vectors, normalised.
  std::vector<std::vector<std::pair<std::uint32_t, double>>> Vec(N);
  for (std::uint32_t Un = 0; Un < N; ++Un) {
    double Norm = 0;
    for (const auto &[T, C] : Tf[Un]) {
      double Df = static_cast<double>(Postings[T].size());
      double W = (1 + std::log(C)) * std::log(static_cast<double>(N) / Df);
      if (W <= 0 || Postings[T].size() > MaxPosting)
        continue;
      Vec[Un].push_back({T, W});
      Norm += W * W;
    }
    for (auto &P : Vec[Un])
      P.second /= std::sqrt(Norm);
  }
  std::vector<std::unordered_map<std::uint32_t, double>> WeightOf(N);
  for (std::uint32_t Un = 0; Un < N; ++Un)
    for (const auto &[T, W] : Vec[Un])
      WeightOf[Un].emplace(T, W);
  // Per unit, the units it is close to by Closeness (both directions summed), on the grid.
  std::vector<std::map<std::uint32_t, double>> CloseTo(Closeness.empty() ? 0 : N);
  for (const WeightedEdge &E : Closeness)
    if (E.From != E.To) {
      CloseTo[E.From][E.To] += E.Weight;
      CloseTo[E.To][E.From] += E.Weight;
    }
  for (auto &M : CloseTo)
    for (auto &[V, W] : M)
      W = onGrid(W);
  std::map<std::pair<std::uint32_t, std::uint32_t>, double> Kept;
  std::vector<double> Dot(N, 0), Close(N, 0);
  std::vector<std::uint32_t> Touched;
  for (std::uint32_t Un = 0; Un < N; ++Un) {
    if (IsLeft(Un))
      continue;
    Touched.clear();
    for (const auto &[T, W] : Vec[Un])
      for (std::uint32_t V : Postings[T])
        if (V != Un && !IsLeft(V)) {
          if (Dot[V] == 0)
            Touched.push_back(V);
          Dot[V] += W * WeightOf[V].at(T);
        }
    // Cosines on a grid of 2^-40: sums whose order follows the unit numbers (so the names)
    // differ in the last bits, and must not decide a tie.
    for (std::uint32_t V : Touched)
      Dot[V] = std::ldexp(std::round(std::ldexp(Dot[V], 40)), -40);
    if (!CloseTo.empty())
      for (const auto &[V, W] : CloseTo[Un])
        Close[V] = W;
    // keptNeighbours reads the first Neighbours + 1 only: order those (a total order, so the
    // same whatever the sort), not the whole list (quadratic in a large namespace's size).
    const auto Ranked = Touched.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(
                                              Touched.size(), std::size_t{Neighbours} + 1));
    std::partial_sort(Touched.begin(), Ranked, Touched.end(),
                      [&](std::uint32_t A, std::uint32_t B) {
                        if (Dot[A] != Dot[B])
                          return Dot[A] > Dot[B];
                        return Close[A] != Close[B] ? Close[A] > Close[B] : A < B;
                      });
    for (std::size_t I = 0, End = keptNeighbours(Touched, Dot, Close, Neighbours); I < End; ++I) {
      std::uint32_t V = Touched[I];
      Kept[{std::min(Un, V), std::max(Un, V)}] = Dot[V];
    }
    for (std::uint32_t V : Touched)
      Dot[V] = 0;
    if (!CloseTo.empty())
      for (const auto &[V, W] : CloseTo[Un])
        Close[V] = 0;
  }
  return sortedEdges(Kept);
}

/// Each unit as the bag of Features(name) over the entities whose code lives in it (files,
/// namespaces and externals skipped), then cosineNeighbours. Features are numbered in order of
/// first sight, so the result is deterministic.
template <typename FeaturesOf>
std::vector<WeightedEdge> entityFeatureNeighbours(const Facts &F, const UnitSet &U,
                                                  unsigned Neighbours, std::size_t MaxPosting,
                                                  FeaturesOf Features,
                                                  std::span<const WeightedEdge> Closeness = {},
                                                  const std::vector<bool> &Left = {}) {
  std::unordered_map<std::string, std::uint32_t> Id;
  std::vector<std::map<std::uint32_t, double>> Tf(U.Units.size());
  for (std::uint32_t Un = 0; Un < U.Units.size(); ++Un)
    for (std::uint32_t E : U.Units[Un].Entities) {
      const Entity &En = F.Entities[E];
      if (!namesCode(En.Kind))
        continue;
      for (std::string &T : Features(En.Name)) {
        auto [It, New] = Id.emplace(std::move(T), static_cast<std::uint32_t>(Id.size()));
        Tf[Un][It->second] += 1;
      }
    }
  return cosineNeighbours(Tf, Id.size(), Neighbours, MaxPosting, Closeness, Left);
}

} // namespace

std::vector<WeightedEdge> lexicalEdges(const Facts &F, const UnitSet &U, unsigned Neighbours,
                                       std::size_t MaxPosting) {
  const std::size_t N = U.Units.size();
  if (N < 2 || Neighbours == 0)
    return {};
  return entityFeatureNeighbours(F, U, Neighbours, MaxPosting, identifierTerms);
}

std::vector<WeightedEdge> includeNeighbourEdges(const Facts &F, const UnitSet &U,
                                                unsigned Neighbours) {
  const std::size_t N = U.Units.size();
  if (N < 2 || Neighbours == 0)
    return {};
  // Features: 2V for "includes unit V", 2V + 1 for "is included by unit V".
  const EntityIndex Index = entityIndex(F);
  std::vector<std::map<std::uint32_t, double>> Tf(N);
  for (const Edge &E : F.Edges) {
    if (E.Kind != EdgeKind::Include)
      continue;
    if (auto Ends = crossUnitEnds(Index, U, E)) {
      Tf[Ends->From][2 * Ends->To] = 1;
      Tf[Ends->To][2 * Ends->From + 1] = 1;
    }
  }
  // A header most units include (a common config or logging header) is the stop word of this
  // signal: it says nothing about which units sit side by side.
  return cosineNeighbours(Tf, 2 * N, Neighbours, N / 2);
}

std::unordered_set<std::string> namespaceNames(const Facts &F) {
  std::unordered_set<std::string> Out;
  for (const Entity &E : F.Entities)
    if (E.Kind == EntityKind::Namespace)
      Out.insert(E.Name);
  return Out;
}

std::vector<std::string> enclosingNamespaces(std::string_view Name,
                                             const std::unordered_set<std::string> &Namespaces) {
  // The first prefix that is not a namespace ends the walk; it always comes before any
  // template argument or parameter list, so their "::" are never read as separators.
  std::vector<std::string> Out;
  for (std::size_t At = Name.find("::"); At != std::string_view::npos;
       At = Name.find("::", At + 2)) {
    std::string Prefix(Name.substr(0, At));
    // An anonymous namespace is one file's: every file's is spelled alike, so it would join
    // unrelated units.
    if (!Namespaces.count(Prefix) || Prefix.ends_with("(anonymous)") ||
        Prefix.ends_with("(anonymous namespace)"))
      break;
    Out.push_back(std::move(Prefix));
  }
  return Out;
}

std::vector<WeightedEdge> namespaceEdges(const Facts &F, const UnitSet &U, unsigned Neighbours,
                                         std::span<const WeightedEdge> Closeness,
                                         const std::vector<bool> &Left) {
  const std::size_t N = U.Units.size();
  if (N < 2 || Neighbours == 0)
    return {};
  const std::unordered_set<std::string> Namespaces = namespaceNames(F);
  if (Namespaces.empty())
    return {};
  return entityFeatureNeighbours(
      F, U, Neighbours, N / 2,
      [&](std::string_view Name) { return enclosingNamespaces(Name, Namespaces); }, Closeness,
      Left);
}

std::vector<WeightedEdge> pairingEdges(const Facts &F, const UnitSet &U) {
  std::map<std::pair<std::uint32_t, std::uint32_t>, double> Count;
  for (const Entity &E : F.Entities) {
    if (!namesCode(E.Kind) || E.DefFile.empty() || E.DefFile == E.File)
      continue;
    std::uint32_t A = U.unitOfFile(E.File), B = U.unitOfFile(E.DefFile);
    if (A == UnitSet::NoUnit || B == UnitSet::NoUnit || A == B)
      continue;
    Count[{std::min(A, B), std::max(A, B)}] += 1;
  }
  return sortedEdges(Count);
}

} // namespace seams
