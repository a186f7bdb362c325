// How much of the code's modular structure its include graph carries, against its symbol graph.
#pragma once

#include "graph/decompose/config.h"
#include "graph/decompose/units.h"
#include "graph/model/facts.h"

#include <cstdint>

namespace seams {

/// The modularity of the best Leiden partition (γ = 1) of two graphs between the units: the
/// include graph alone (one per included file, whatever the include weight), and the symbol
/// graph (every other kind but contains, weighted by W).
struct IncludeStructure {
  double IncludeModularity = 0;
  double SymbolModularity = 0;
  /// IncludeModularity / SymbolModularity; 0 when the symbol graph has no structure. Stored, so
  /// that decomposition.json reads back what it wrote.
  double Ratio = 0;

  static IncludeStructure of(double IncludeModularity, double SymbolModularity);
  /// True when the include graph is at least Threshold times as modular as the symbol graph and
  /// has some structure; always for a Threshold of 0 or less.
  bool carriesStructure(double Threshold) const;
};

/// Measures both modularities of F's units with Seed, each graph clustered in its canonical
/// order (canonical_order.h), so renaming files never changes the measure. Code whose includes are
/// written along its modules has an include graph about as modular as its symbol graph (ratios 0.8
/// to 1.2 on the projects of docs/EVALUATION.md); code whose domains include each other's headers
/// has one much less modular (the shop: 0.56). The include-neighbourhood signal is worth its weight
/// only in the first case.
IncludeStructure includeStructure(const Facts &F, const UnitSet &U, const EdgeWeights &W,
                                  std::uint64_t Seed);

} // namespace seams
