// Why each proposed service holds together: static weight inside against outside, its strongest
// unit pairs, co-change inside it, and the identifier terms and namespaces its units share
// (docs/DECOMPOSITION.md).
#pragma once

#include "graph/decompose/cluster.h"
#include "graph/model/facts.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace seams {

struct Decomposition;

/// Two units of a service (A < B, unit indices) and the weight or support between them.
struct ExplainedPair {
  std::uint32_t A = 0;
  std::uint32_t B = 0;
  double Weight = 0;
  friend bool operator==(const ExplainedPair &, const ExplainedPair &) = default;
};

/// With a history only: unit pairs inside a service that changed together (the co-change
/// thresholds passed), the commits behind them summed, and the pair changed together most often.
struct ExplainedCoChange {
  unsigned Pairs = 0;
  unsigned Support = 0;
  std::optional<ExplainedPair> Top; ///< Weight holds the pair's support.
  friend bool operator==(const ExplainedCoChange &, const ExplainedCoChange &) = default;
};

/// Only where include similarity entered the clustering: unit pairs inside a service that each
/// kept among their most include-alike units, and the most alike (Weight: the cosine).
struct ExplainedIncludes {
  unsigned Pairs = 0;
  std::optional<ExplainedPair> Closest;
  friend bool operator==(const ExplainedIncludes &, const ExplainedIncludes &) = default;
};

/// An identifier term and how many of the service's units hold it.
struct ExplainedTerm {
  std::string Text;
  unsigned Units = 0;
  friend bool operator==(const ExplainedTerm &, const ExplainedTerm &) = default;
};

/// The reasons behind one service, for decomposition.json (`why`) and the report's service card.
struct ServiceExplanation {
  using UnitPair = ExplainedPair;
  using CoChange = ExplainedCoChange;
  using Term = ExplainedTerm;
  using Includes = ExplainedIncludes;
  double Inside = 0;  ///< Static dependency weight between its units.
  double Outside = 0; ///< Static weight to and from other services (not the shared library).
  /// Its unit pairs with the heaviest static weight (both directions summed), heaviest first.
  std::vector<UnitPair> Strongest;
  std::optional<CoChange> Change;        ///< Only with a history.
  std::optional<Includes> AlikeIncludes; ///< Only where include similarity was used.
  /// Identifier terms of the code in at least two of its units (one for a single-unit
  /// service), ranked by units × ln(all units / units anywhere holding it): terms every unit of
  /// the project has score 0 and are left out. Never file or directory names.
  std::vector<Term> Terms;
  /// Only where namespace similarity is on (`namespace_similarity` > 0, the default): the
  /// namespaces (every enclosing level) of the code in its units, chosen and ranked as Terms;
  /// those of more than half the project's units (its own top-level namespace) are left out, as
  /// the signal leaves them out. Pinned units count too: the list says what the service holds,
  /// not which edges moved it (the signal links no pinned unit).
  std::optional<std::vector<Term>> Namespaces;
  friend bool operator==(const ServiceExplanation &, const ServiceExplanation &) = default;
};

/// How many strongest pairs and terms an explanation keeps.
inline constexpr std::size_t ExplainPairs = 3;
inline constexpr std::size_t ExplainTerms = 5;

/// Explains every service of D (parallel to D.Services) from its unit arcs, D.UnitCoChange
/// (HasHistory: a history was read, so co-change is reported even when empty) and the names of
/// the entities defined in its units (files, namespaces, externals and macros skipped: include
/// guards spell paths). IncludeNeighbours (the clustering's include-neighbourhood pairs, when
/// it used them; UnitGraph::IncludeNeighbours): also the include-alike pairs inside each service.
/// WithNamespaces (namespace similarity was used): also the namespaces its units share.
std::vector<ServiceExplanation>
explainServices(const Facts &F, const Decomposition &D, bool HasHistory,
                const std::vector<WeightedEdge> *IncludeNeighbours = nullptr,
                bool WithNamespaces = false);

} // namespace seams
