// Bundled projects: directories under the root that carry a license of their own.
#pragma once

#include "graph/model/facts.h"

#include <string>
#include <vector>

namespace seams {

/// The topmost directories under Root (root-relative, sorted; never the root itself) that hold a
/// license file of their own (LICENSE*, LICENCE*, COPYING*, any case) and some file of Files.
/// Such a directory is usually another project bundled into this one (Bitcoin Core's
/// src/leveldb, src/secp256k1), which the build includes with -I, not -isystem, so it is
/// analyzed as project code and becomes services and plan steps of its own. seams does not
/// guess it away: it says so, and --exclude leaves it out (docs/EXTRACTION.md).
std::vector<std::string> bundledDirectories(const std::string &Root,
                                            const std::vector<FileInfo> &Files);

} // namespace seams
