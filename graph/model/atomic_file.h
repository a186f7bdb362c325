// Replacing an output file so that a reader never sees half of it.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

namespace seams {

/// Writes Path through a temporary file in the same directory and renames it into place, so a
/// reader never sees half a file and a failed run never clobbers the previous one. The
/// temporary is unnamed while it is written (O_TMPFILE), so a run killed meanwhile leaves no
/// stray file; where that is unavailable, a named one ("PATH.tmp.PID.N") is used, and ones
/// left by dead processes are removed by the next write. A symbolic link is written through
/// (it stays a link; its target gets the content); a pipe or device is written in place.
void writeFileAtomically(const std::string &Path, const std::function<void(std::ostream &)> &Write);

/// Removes the temporaries of Path ("PATH.tmp.PID.N") whose writing process is gone: left by
/// a run killed while writing where O_TMPFILE is unavailable. Those of live processes stay.
void removeStaleTemporaries(const std::string &Path);

} // namespace seams
