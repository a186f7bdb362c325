// The composition root: main and the wiring only it uses, set aside as a service of its own
// because it depends on everything and would glue together whichever services it joined.
#pragma once

#include "graph/decompose/unit_graph.h"

#include <vector>

namespace seams {

/// Units of the composition root. A root is a unit nothing depends on; its closure adds, to a
/// fixed point, each unit the root uses directly whose dependents are all in the closure (the
/// wiring, the scripted driver). Only direct dependencies: deeper, the closure would swallow
/// every domain class that happens to be used only by the wiring. A closure counts when the units
/// it depends on outside itself and outside SetAside (the shared library) are at least MinReach of
/// all units not set aside: a program's main reaches every domain, an unused helper class does not.
/// Units with Fixed[u] (pinned by the team) are never taken. MinReach 0 disables the detection.
std::vector<bool> entryUnits(const UnitGraph &G, const std::vector<bool> &SetAside,
                             const std::vector<bool> &Fixed, double MinReach);

} // namespace seams
