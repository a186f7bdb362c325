// The shared library: code every service may use because it depends on none of them, chosen
// before the clustering and narrowed once the services are known (docs/METRICS.md).
#pragma once

#include "graph/decompose/config.h"
#include "graph/decompose/constraints.h"
#include "graph/decompose/unit_graph.h"
#include "graph/decompose/units.h"
#include "graph/model/facts.h"

#include <cstdint>
#include <vector>

namespace seams {

/// Per unit: true when it defines a variable (namespace scope or static data member) that code of
/// another unit writes. Such a unit owns mutable state other code changes: whoever extracts a
/// service must decide who owns it, so it is never hidden in the shared library.
std::vector<bool> ownsWrittenState(const Facts &F, const UnitSet &U);

/// Per unit: whether the shared library may take it automatically: not pinned, not in a
/// `[[together]]` group, owning no written state (OwnsWrittenState).
std::vector<bool> eligibleForLibrary(const UnitConstraints &K,
                                     const std::vector<bool> &OwnsWrittenState);

/// The shared library before clustering: `[shared] include` units; then, when there are at
/// least C.SharedMinUnits units, the omnipresent ones (fan-in >= C.SharedThreshold of all units)
/// and, to a fixed point, the library closure (fan-in >= C.LibraryThreshold of all units and
/// every dependency already shared). Never automatically shared: pinned and together units,
/// units owning written state (OwnsWrittenState), and units that depend on a unit outside the
/// library (removed to a fixed point), because the library depends on no service.
std::vector<bool> sharedUnits(const UnitSet &U, const UnitGraph &G, const Config &C,
                              const UnitConstraints &K, const std::vector<bool> &OwnsWrittenState);

/// Removes from Shared, to a fixed point, every unit not in Keep with a weighted arc to a unit
/// outside Shared: the library depends on no service.
void keepIndependent(const UnitGraph &G, std::vector<bool> &Shared, const std::vector<bool> &Keep);

/// Per unit: how many services use it, i.e. distinct communities Home[v] < Communities of the
/// units v outside the library (not InLibrary[v]) with a weighted arc to it.
std::vector<std::uint32_t> servicesUsing(const UnitGraph &G, const std::vector<bool> &InLibrary,
                                         const std::vector<std::uint32_t> &Home,
                                         std::uint32_t Communities);

/// The number of services: communities below Communities holding a unit outside the library.
std::size_t serviceCount(const std::vector<bool> &InLibrary, const std::vector<std::uint32_t> &Home,
                         std::uint32_t Communities);

/// The services that are library code as a whole, returned as their units. Of a community below
/// Communities (the root is Communities) every unit of which is Eligible (not pinned or together,
/// owning no written state), the units that depend on no unit outside it and outside the library
/// (Shared), the root included (to a fixed point, as keepIndependent) are library code when
/// they are used, together, by at least Threshold of the units outside them and outside the
/// library (what `[shared] threshold` asks of one omnipresent unit) and by more than ServiceShare
/// of the other services (what keeps a unit in the library after clustering,
/// unsharedAfterClustering: a domain one of two other services uses stays a service). A utility
/// layer spread over small units (ninja's util, string_piece, hash_map and the hash table it wraps)
/// meets no unit threshold alone, yet the clustering puts it together, and a service every other
/// one calls that calls none is what the library is.
std::vector<bool> omnipresentServices(const UnitGraph &G, const std::vector<bool> &Shared,
                                      const std::vector<bool> &Eligible,
                                      const std::vector<std::uint32_t> &Home,
                                      std::uint32_t Communities, double Threshold,
                                      double ServiceShare);

/// The bottom layer the clustering spread over its users, returned as its units. The bottom of
/// a service (Home below Communities) is its units outside Shared that are Eligible and depend
/// on nothing but bottom units of the same service and Shared (the largest such set, to a fixed
/// point). Of the bottom units, those reached by more than ServiceShare of the services (the
/// communities below Communities holding a unit outside Shared) are returned, where a service
/// reaches a unit when one of its units (bottom or not, outside Shared) uses it, or uses a
/// bottom unit that depends on it through bottom units. What a returned unit depends on is
/// reached by as many and returned too (the library depends on no service). A
/// module of small value types and helpers every service uses (SFML's System: Vector2, Time,
/// err) meets no fan-in threshold unit by unit, and the clustering puts each unit with its
/// heaviest user; together they are what the library is.
std::vector<bool> bottomLayerLibrary(const UnitGraph &G, const std::vector<bool> &Shared,
                                     const std::vector<bool> &Eligible,
                                     const std::vector<std::uint32_t> &Home,
                                     std::uint32_t Communities, double ServiceShare);

/// Returned by unsharedAfterClustering and leftoversOfLibraryServices for a unit that does not
/// move.
inline constexpr std::uint32_t StaysShared = UINT32_MAX;

/// Where the rest of a service omnipresentServices took (Library) goes: per unit of such a
/// community that is not in Library, the community (the root, Communities, included) it depends
/// on most among the units that stay where they are and the leftovers already moved (ties: the
/// lowest), in rounds to a fixed point, each decided on the state it started from; StaysShared
/// for every other unit (and for a leftover that reaches nothing, which cannot happen: it is a
/// leftover because it depends on something outside). A utility layer's one unit that uses a
/// service is that service's code.
std::vector<std::uint32_t> leftoversOfLibraryServices(const UnitGraph &G,
                                                      const std::vector<bool> &Library,
                                                      const std::vector<std::uint32_t> &Home,
                                                      std::uint32_t Communities);

/// The shared library after clustering. Home[u] is the community of a clustered unit, in
/// [0, Communities); Communities itself stands for the composition root; Home of a shared unit is
/// ignored. An automatically shared unit (Shared[u] and not Keep[u], the `[shared] include`
/// units) leaves the library when
/// * no unit of the library uses it (what the library needs, every service needs through it),
///   and it is used by at least one service but by no more than ServiceShare of the services
///   (the non-empty communities; the root not counted): a domain type a few services pass around is
///   their code, owned by one of them, not a library; or
/// * it depends on a unit that is not shared (after the first rule moved it).
/// Repeated to a fixed point, each round decided on the state the round started from. A unit
/// that leaves goes to the service whose units use it with the most weight (ties: the lowest
/// community), or, when no service uses it, to the one it depends on most (the root included).
/// Returns per unit its new home, or StaysShared.
std::vector<std::uint32_t> unsharedAfterClustering(const UnitGraph &G,
                                                   const std::vector<bool> &Shared,
                                                   const std::vector<bool> &Keep,
                                                   const std::vector<std::uint32_t> &Home,
                                                   std::uint32_t Communities, double ServiceShare);

} // namespace seams
