// Cache directories that version control and backup tools leave alone.
#pragma once

#include <string>
#include <system_error>

namespace seams {

/// Creates Dir (and its parents) for a cache, and marks it: a `.gitignore` of `*`, so that a
/// cache in a checkout (the default is beside the build, which an in-tree build puts in the
/// sources) never shows in `git status` nor gets committed, and a `CACHEDIR.TAG`
/// (bford.info/cachedir), which backup tools skip. Markers already there are kept; failing to
/// write one is no error (the cache works without). The error is that of creating Dir.
std::error_code makeCacheDirectory(const std::string &Dir);

} // namespace seams
