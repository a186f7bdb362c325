// Co-change between units and the independent change rate of a decomposition.
#include "graph/decompose/change.h"

#include "graph/model/text_format.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace seams {

std::vector<CoChangePair> unitCoChange(const ChangeHistory &H, const UnitSet &U,
                                       const CoChangeThresholds &T) {
  std::vector<std::vector<std::uint32_t>> Commits;
  Commits.reserve(H.Commits.size());
  for (const ChangeCommit &C : H.Commits) {
    std::vector<std::uint32_t> Units;
    for (const std::string &F : C.Files)
      if (std::uint32_t Unit = U.unitOfFile(F); Unit != UnitSet::NoUnit)
        Units.push_back(Unit);
    std::sort(Units.begin(), Units.end());
    Units.erase(std::unique(Units.begin(), Units.end()), Units.end());
    if (!Units.empty())
      Commits.push_back(std::move(Units));
  }
  return coChangePairs(Commits, U.Units.size(), T);
}

std::vector<WeightedEdge> coChangeEdges(const std::vector<CoChangePair> &Pairs, double Weight) {
  std::vector<WeightedEdge> Out;
  if (Weight <= 0)
    return Out;
  Out.reserve(Pairs.size());
  for (const CoChangePair &P : Pairs)
    Out.push_back({P.A, P.B, Weight * P.degree() * (1 + std::log(double(P.Support)))});
  return Out;
}

double meanArcWeight(const UnitGraph &G) {
  double Sum = 0;
  std::size_t N = 0;
  for (const UnitArc &A : G.Arcs)
    if (A.Weight > 0) {
      Sum += A.Weight;
      ++N;
    }
  return N ? Sum / double(N) : 1;
}

ChangeIndependence changeIndependence(const ChangeHistory &H, const Assignment &A) {
  ChangeIndependence R;
  for (const auto &[File, Service] : A)
    if (Service != SharedCluster)
      R.PerService.try_emplace(Service);
  for (const ChangeCommit &C : H.Commits) {
    std::set<std::string_view> Touched;
    for (const std::string &F : C.Files)
      if (auto It = A.find(F); It != A.end() && It->second != SharedCluster)
        Touched.insert(It->second);
    if (Touched.empty()) {
      ++R.NoService;
      continue;
    }
    ++R.Commits;
    ++(Touched.size() == 1 ? R.SingleService : R.MultiService);
    for (std::string_view S : Touched) {
      ServiceChange &SC = R.PerService[std::string(S)];
      ++(Touched.size() == 1 ? SC.Alone : SC.WithOthers);
      for (std::string_view T : Touched)
        if (S < T)
          ++R.Together[{std::string(S), std::string(T)}];
    }
  }
  return R;
}

std::vector<std::pair<std::string, unsigned>>
ChangeIndependence::partners(const std::string &S) const {
  std::vector<std::pair<std::string, unsigned>> Out;
  for (const auto &[Pair, N] : Together) {
    if (Pair.first == S)
      Out.emplace_back(Pair.second, N);
    else if (Pair.second == S)
      Out.emplace_back(Pair.first, N);
  }
  std::sort(Out.begin(), Out.end(), [](const auto &X, const auto &Y) {
    return X.second != Y.second ? X.second > Y.second : X.first < Y.first;
  });
  return Out;
}

unsigned ChangeIndependence::together(const std::string &A, const std::string &B) const {
  auto It = Together.find(A < B ? std::make_pair(A, B) : std::make_pair(B, A));
  return It == Together.end() ? 0 : It->second;
}

std::string independenceLine(const ChangeIndependence &C) {
  return formatNumber(100 * C.independentShare(), 1) + "% of " +
         plural(C.Commits, "commit", "commits") + " changed one service alone (" +
         std::to_string(C.SingleService) + "), " + std::to_string(C.MultiService) +
         " changed two or more" +
         (C.NoService ? "; " + std::to_string(C.NoService) +
                            " more changed no service (only the shared library, or files no "
                            "service holds)"
                      : std::string());
}

} // namespace seams
