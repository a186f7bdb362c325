// Naming proposed services after the directories that hold their code, as a person would.
#pragma once

#include "graph/decompose/decomposition.h"
#include "graph/decompose/units.h"

#include <cstddef>
#include <string>

namespace seams {

/// The directory that names a file: its first path component after the prefix that every
/// project file of Units shares; a file directly there is named by its stem. Service naming and
/// the misplaced-unit hotspots use the same directories.
class NamingDirectories {
public:
  explicit NamingDirectories(const UnitSet &Units);
  std::string of(const std::string &Path) const;

private:
  std::size_t PrefixLen = 0;
};

/// Fills in the service names from the member files, as decompose does: the dominant top-level
/// directory (after the prefix all project files share) weighted by lines, "a+b" when two
/// directories each hold at least 35%, made unique with "-2", "-3" in order of size; pinned
/// services keep their names. Exposed for tests.
void nameServices(Decomposition &D);

} // namespace seams
