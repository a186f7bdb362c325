// The console summary of `seams analyze`: the services with size and cohesion, then the top
// hotspots, one compiler-like line each.
#pragma once

#include "graph/decompose/decomposition.h"
#include "graph/hotspots/hotspots.h"

#include <iosfwd>

namespace seams {

/// Writes the services of D, then the Top hotspots of A, one per line, compiler-like:
/// "payments/refund.cpp:51: shared-state: payments writes ... -> ...".
void writeAnalyzeSummary(const Decomposition &D, const Assessment &A, std::ostream &Out,
                         unsigned Top = 10);

} // namespace seams
