// Replacing an output file so that a reader never sees half of it.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

namespace seams {

/// Writes Path through a temporary file in the same directory and renames it into place, so a
/// reader never sees half a file and a failed run never clobbers the previous one.
void writeFileAtomically(const std::string &Path, const std::function<void(std::ostream &)> &Write);

} // namespace seams
