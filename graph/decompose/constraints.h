// The team's constraints applied to units: pins, together/apart groups, `[shared] include`,
// and the atoms (pre-merged units) the clustering works on.
#pragma once

#include "graph/decompose/cluster.h"
#include "graph/decompose/config.h"
#include "graph/decompose/unit_graph.h"
#include "graph/decompose/units.h"
#include "graph/model/facts.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace seams {

/// What seams.toml says about each unit.
struct UnitConstraints {
  std::vector<int> Pin;           ///< Index into Config::Services, or -1.
  std::vector<int> Together;      ///< Index into Config::Together, or -1.
  std::vector<bool> ConfigShared; ///< Matched by `[shared] include`.
  /// (apart entry, group) pairs the unit belongs to; at most one group per entry.
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> Apart;
};

/// Matches every unit against the pins and groups of C. Throws seams::Error when a unit is
/// pinned to two services, is both pinned and marked shared, or falls in two groups of one
/// [[apart]] entry (or in two [[together]] entries with different pins).
UnitConstraints matchConstraints(const Facts &F, const UnitSet &U, const Config &C);

/// Per unit: whether the pins place it, pinned itself or in a [[together]] group with a pinned
/// unit (buildAtoms joins them into the pin's atom).
std::vector<bool> placedByPins(const UnitConstraints &K);

/// Units pre-merged for clustering: each pin's units form one fixed atom, each [[together]]
/// entry one atom (joined with a pin it touches); every other clustered unit is its own atom.
struct Atoms {
  std::vector<std::uint32_t> AtomOf; ///< Per unit; UnitSet::NoUnit for shared and excluded.
  std::size_t Count = 0;
  std::vector<int> Pin; ///< Per atom: pinned service (index into Config::Services) or -1.
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> Apart; ///< Per atom.
  std::vector<bool> fixed() const;
};

/// Builds the atoms; throws seams::Error when a together group spans two pins or an atom would
/// hold two sides of one [[apart]] entry.
Atoms buildAtoms(const UnitSet &U, const Config &C, const UnitConstraints &K,
                 const std::vector<bool> &Shared);

/// True when atoms A and B may share a service: not two different pins, not two groups of one
/// [[apart]] entry.
bool compatible(const Atoms &A, std::uint32_t X, std::uint32_t Y);

/// Splits every community holding incompatible atoms: the atoms carrying the conflicting tags
/// seed one piece each and the others join, one at a time, the piece they are most strongly
/// connected to (the first piece when connected to none). Repeats until no conflict is left.
/// Returns a normalized membership.
std::vector<std::uint32_t> enforceApart(const WeightedGraph &G, const Atoms &A,
                                        std::vector<std::uint32_t> Membership);

/// Greedily merges communities, best modularity gain (at Resolution) first and only compatible
/// ones, until Target remain or no merge is allowed. Returns a normalized membership.
std::vector<std::uint32_t> mergeToCount(const WeightedGraph &G, const Atoms &A,
                                        std::vector<std::uint32_t> Membership, std::size_t Target,
                                        double Resolution);

} // namespace seams
