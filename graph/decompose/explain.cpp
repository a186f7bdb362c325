// Why each proposed service holds together: static weight, co-change, alike includes, and shared
// identifier terms and namespaces.
#include "graph/decompose/explain.h"

#include "graph/decompose/decomposition.h"
#include "graph/decompose/signals.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string_view>
#include <unordered_set>

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

/// Per unit: the namespaces, every enclosing level, of the code defined in it, sorted.
std::vector<std::vector<std::string>> unitNamespaces(const Facts &F, const UnitSet &U) {
  const std::unordered_set<std::string> Namespaces = namespaceNames(F);
  std::vector<std::vector<std::string>> Out(U.Units.size());
  for (std::size_t Un = 0; Un < U.Units.size(); ++Un) {
    std::set<std::string> Held;
    for (std::uint32_t E : U.Units[Un].Entities)
      if (E < F.Entities.size() && namesCodeNotPaths(F.Entities[E].Kind))
        for (std::string &N : enclosingNamespaces(F.Entities[E].Name, Namespaces))
          Held.insert(std::move(N));
    Out[Un].assign(Held.begin(), Held.end());
  }
  return Out;
}

/// Per service, the words (terms or namespaces) of Held in at least two of its units (one for a
/// single-unit service), ranked by units × ln(all units / units anywhere holding it), at most
/// ExplainTerms. Words of more than MaxUnits units anywhere are left out, as are those every
/// unit holds (score 0).
std::vector<std::vector<ExplainedTerm>>
sharedWords(const Decomposition &D, const std::vector<std::vector<std::string>> &Held,
            double MaxUnits) {
  std::map<std::string, unsigned> Df;
  for (const auto &Words : Held)
    for (const std::string &W : Words)
      ++Df[W];
  const double N = static_cast<double>(D.Units.Units.size());
  std::vector<std::vector<ExplainedTerm>> Out(D.Services.size());
  for (std::size_t S = 0; S < D.Services.size(); ++S) {
    std::map<std::string, unsigned> InService;
    for (std::uint32_t U : D.Services[S].Units)
      for (const std::string &W : Held[U])
        ++InService[W];
    const unsigned MinUnits = D.Services[S].Units.size() > 1 ? 2 : 1;
    std::vector<std::pair<double, const std::string *>> Ranked;
    for (const auto &[W, Count] : InService) {
      double Score = Count * std::log(N / Df[W]);
      if (Count >= MinUnits && Score > 0 && Df[W] <= MaxUnits)
        Ranked.push_back({Score, &W});
    }
    std::sort(Ranked.begin(), Ranked.end(), [](const auto &X, const auto &Y) {
      return X.first != Y.first ? X.first > Y.first : *X.second < *Y.second;
    });
    for (std::size_t I = 0; I < Ranked.size() && I < ExplainTerms; ++I)
      Out[S].push_back({*Ranked[I].second, InService[*Ranked[I].second]});
  }
  return Out;
}

bool heavierPair(const ServiceExplanation::UnitPair &X, const ServiceExplanation::UnitPair &Y) {
  if (X.Weight != Y.Weight)
    return X.Weight > Y.Weight;
  return std::tie(X.A, X.B) < std::tie(Y.A, Y.B);
}

} // namespace

std::vector<ServiceExplanation> explainServices(const Facts &F, const Decomposition &D,
                                                bool HasHistory,
                                                const std::vector<WeightedEdge> *IncludeNeighbours,
                                                bool WithNamespaces) {
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
  const double AllUnits = static_cast<double>(D.Units.Units.size());
  std::vector<std::vector<ExplainedTerm>> Terms = sharedWords(D, unitTerms(F, D.Units), AllUnits);
  // Namespaces likewise, without those of more than half the units, as namespaceEdges.
  std::vector<std::vector<ExplainedTerm>> Namespaces;
  if (WithNamespaces)
    Namespaces = sharedWords(D, unitNamespaces(F, D.Units), AllUnits / 2);
  for (std::size_t S = 0; S < NS; ++S) {
    Out[S].Terms = std::move(Terms[S]);
    if (WithNamespaces)
      Out[S].Namespaces = std::move(Namespaces[S]);
  }
  return Out;
}

} // namespace seams
