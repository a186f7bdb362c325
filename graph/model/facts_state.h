// Facts in a compact binary form (a string table, then varints): the extraction cache's own
// copy of a run's facts, read many times faster than JSON. Never an output of seams.
#pragma once

#include "graph/model/facts.h"

#include <optional>
#include <string>
#include <string_view>

namespace seams {

/// F as bytes that readFactsBinary turns back into F exactly.
std::string writeFactsBinary(const Facts &F);
/// The facts writeFactsBinary wrote; nullopt when Bytes are not such (damaged, another version).
std::optional<Facts> readFactsBinary(std::string_view Bytes);

} // namespace seams
