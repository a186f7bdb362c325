// The composition root: main and the wiring only it uses, set aside as a service of its own
// because it depends on everything and would glue together whichever services it joined.
#pragma once

#include "graph/decompose/unit_graph.h"
#include "graph/decompose/units.h"
#include "graph/model/facts.h"

#include <vector>

namespace seams {

/// Per unit of U: whether it defines a program's entry point, a function `main` (or `wmain`,
/// `WinMain`, `wWinMain`) at global scope. Only such a unit can be a composition root: a library
/// has a facade nothing inside it depends on (TagLib's `FileRef` opens every format) but no
/// main, and setting that facade aside with the formats only it uses took one file of every
/// format away from its service.
std::vector<bool> programUnits(const Facts &F, const UnitSet &U);

/// Units of the composition root. A root is a unit of Programs nothing depends on; its closure
/// adds, to a fixed point, each unit the root uses directly whose dependents are all in the closure
/// (the wiring, the scripted driver). Only direct dependencies: deeper, the closure would swallow
/// every domain class that happens to be used only by the wiring. A closure counts when the units
/// it depends on outside itself and outside SetAside (the shared library) are at least MinReach of
/// all units not set aside: a program's main reaches every domain, an unused helper class does not.
/// Units with Fixed[u] (pinned by the team) are never taken. MinReach 0 disables the detection.
std::vector<bool> entryUnits(const UnitGraph &G, const std::vector<bool> &Programs,
                             const std::vector<bool> &SetAside, const std::vector<bool> &Fixed,
                             double MinReach);

/// Returned by rootUnitsClaimed for a unit that stays where it is.
inline constexpr std::uint32_t StaysInRoot = static_cast<std::uint32_t>(-1);

/// The root's absorbed units (those with a dependent) that one proposed service claims: a unit
/// whose dependencies on clustered units (Community[u] != StaysInRoot) go, by weight, at least
/// MinShare to one community is that domain's code, which only main happens to use. Wiring spreads
/// across domains and stays. Returns per unit the community it moves to, or StaysInRoot. So the
/// root never takes another domain's files, and this looks at the graph only, never at names.
std::vector<std::uint32_t> rootUnitsClaimed(const UnitGraph &G, const std::vector<bool> &Entry,
                                            const std::vector<std::uint32_t> &Community,
                                            double MinShare);

/// Communities the composition root alone uses: every arc of their units outside the community
/// goes to or from a root unit (Entry), and at least one does. Such code is the root's (a class
/// only the wiring instantiates, a helper of a helper of main); alone it would be a service that
/// serves nobody. Communities holding a pinned unit (Pinned[c]) are never taken.
std::vector<bool> communitiesOnlyTheRootUses(const UnitGraph &G, const std::vector<bool> &Entry,
                                             const std::vector<std::uint32_t> &Community,
                                             const std::vector<bool> &Pinned);

} // namespace seams
