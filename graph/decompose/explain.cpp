// Why each proposed service holds together: static weight, co-change, alike includes and shared
// identifier terms.
#include "graph/decompose/explain.h"

#include "graph/decompose/decomposition.h"
#include "graph/decompose/signals.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

namespace seams {
namespace {

bool namesCodeNotPaths(EntityKind K) {
  return K != EntityKind::File && K != EntityKind::Namespace && K != EntityKind::External &&
         K != EntityKind::Macro;
}

/// The name without Clang's "(anonymous namespace)" scopes: words Clang wrote, not the code.
std::string withoutAnonymousScopes(std::string Name) {
  constexpr std::string_view Anonymous = "(anonymous namespace)";
  for (std::size_t At; (At = Name.find(Anonymous)) != std::string::npos;)
    Name.erase(At, Anonymous.size());
  return Name;
}

/// Per unit: its distinct identifier terms, sorted.
std::vector<std::vector<std::string>> unitTerms(const Facts &F, const UnitSet &U) {
  std::vector<std::vector<std::string>> Out(U.Units.size());
  for (std::size_t Un = 0; Un < U.Units.size(); ++Un) {
    std::set<std::string> Terms;
    for (std::uint32_t E : U.Units[Un].Entities)
      if (E < F.Entities.size() && namesCodeNotPaths(F.Entities[E].Kind))
        for (std::string &T : identifierTerms(withoutAnonymousScopes(F.Entities[E].Name)))
          Terms.insert(std::move(T));
    Out[Un].assign(Terms.begin(), Terms.end());
  }
  return Out;
}

bool heavierPair(const ServiceExplanation::UnitPair &X, const ServiceExplanation::UnitPair &Y) {
  if (X.Weight != Y.Weight)
    return X.Weight > Y.Weight;
  return std::tie(X.A, X.B) < std::tie(Y.A, Y.B);
}

} // namespace

std::vector<ServiceExplanation>
explainServices(const Facts &F, const Decomposition &D, bool HasHistory,
                const std::vector<WeightedEdge> *IncludeNeighbours) {
  const std::size_t NS = D.Services.size();
  std::vector<ServiceExplanation> Out(NS);
  auto ServiceOf = [&](std::uint32_t U) {
    return U < D.ServiceOfUnit.size() ? D.ServiceOfUnit[U] : Decomposition::NoService;
  };
  // Static weight: pairs inside, weight across.
  std::vector<std::map<std::pair<std::uint32_t, std::uint32_t>, double>> Pairs(NS);
  for (const UnitArc &A : D.UnitArcs) {
    std::uint32_t SF = ServiceOf(A.From), ST = ServiceOf(A.To);
    if (SF < NS && SF == ST) {
      Out[SF].Inside += A.Weight;
      Pairs[SF][{std::min(A.From, A.To), std::max(A.From, A.To)}] += A.Weight;
    } else if (SF < NS && ST < NS) {
      Out[SF].Outside += A.Weight;
      Out[ST].Outside += A.Weight;
    }
  }
  for (std::size_t S = 0; S < NS; ++S) {
    for (const auto &[Key, W] : Pairs[S])
      if (W > 0)
        Out[S].Strongest.push_back({Key.first, Key.second, W});
    std::sort(Out[S].Strongest.begin(), Out[S].Strongest.end(), heavierPair);
    if (Out[S].Strongest.size() > ExplainPairs)
      Out[S].Strongest.resize(ExplainPairs);
  }
  // Co-change inside each service.
  if (HasHistory) {
    for (ServiceExplanation &E : Out)
      E.Change.emplace();
    for (const CoChangePair &P : D.UnitCoChange) {
      std::uint32_t SA = ServiceOf(P.A);
      if (SA >= NS || SA != ServiceOf(P.B))
        continue;
      ServiceExplanation::CoChange &C = *Out[SA].Change;
      ++C.Pairs;
      C.Support += P.Support;
      ServiceExplanation::UnitPair Pair{std::min(P.A, P.B), std::max(P.A, P.B),
                                        static_cast<double>(P.Support)};
      if (!C.Top || heavierPair(Pair, *C.Top))
        C.Top = Pair;
    }
  }
  // Units inside that include, and are included by, the same units (the clustering's edges).
  if (IncludeNeighbours) {
    for (ServiceExplanation &E : Out)
      E.AlikeIncludes.emplace();
    for (const WeightedEdge &E : *IncludeNeighbours) {
      std::uint32_t SA = ServiceOf(E.From);
      if (SA >= NS || SA != ServiceOf(E.To))
        continue;
      ServiceExplanation::Includes &I = *Out[SA].AlikeIncludes;
      ++I.Pairs;
      ServiceExplanation::UnitPair Pair{E.From, E.To, E.Weight};
      if (!I.Closest || heavierPair(Pair, *I.Closest))
        I.Closest = Pair;
    }
  }
  // Identifier terms its units share, weighted by how rare they are in the whole project.
  std::vector<std::vector<std::string>> Terms = unitTerms(F, D.Units);
  std::map<std::string, unsigned> Df;
  for (const auto &T : Terms)
    for (const std::string &Term : T)
      ++Df[Term];
  const double N = static_cast<double>(D.Units.Units.size());
  for (std::size_t S = 0; S < NS; ++S) {
    std::map<std::string, unsigned> InService;
    for (std::uint32_t U : D.Services[S].Units)
      for (const std::string &Term : Terms[U])
        ++InService[Term];
    const unsigned MinUnits = D.Services[S].Units.size() > 1 ? 2 : 1;
    std::vector<std::pair<double, const std::string *>> Ranked;
    for (const auto &[Term, Count] : InService) {
      double Score = Count * std::log(N / Df[Term]);
      if (Count >= MinUnits && Score > 0)
        Ranked.push_back({Score, &Term});
    }
    std::sort(Ranked.begin(), Ranked.end(), [](const auto &X, const auto &Y) {
      return X.first != Y.first ? X.first > Y.first : *X.second < *Y.second;
    });
    for (std::size_t I = 0; I < Ranked.size() && I < ExplainTerms; ++I)
      Out[S].Terms.push_back({*Ranked[I].second, InService[*Ranked[I].second]});
  }
  return Out;
}

} // namespace seams
