// Small output helpers shared by every writer: JSON string escaping and atomic file replacement.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace seams {

/// S as a JSON string literal, quotes included; non-ASCII passes through as UTF-8.
std::string jsonString(std::string_view S);

/// Writes Path through a temporary file in the same directory and renames it into place, so a
/// reader never sees half a file and a failed run never clobbers the previous one.
void writeFileAtomically(const std::string &Path, const std::function<void(std::ostream &)> &Write);

} // namespace seams
