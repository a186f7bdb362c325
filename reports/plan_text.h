// `seams plan` on the console: one block per step (rationale, effort, blast radius, changes).
#pragma once

#include "graph/plan/plan.h"

#include <cstddef>
#include <iosfwd>

namespace seams {

/// The plan as text: each step's one-line rationale, effort and blast radius, then its changes,
/// at most MaxItems of each list ("and N more"); 0 lists all.
void writePlanText(const Plan &P, std::ostream &Out, std::size_t MaxItems = 5);

} // namespace seams
