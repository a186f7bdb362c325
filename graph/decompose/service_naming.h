// Naming proposed services after the directories that hold their code, as a person would.
#pragma once

#include "graph/decompose/decomposition.h"
#include "graph/decompose/units.h"

#include <cstddef>
#include <string>

namespace seams {

/// The directory that names a file: its first path component after the prefix that every
/// project file of Units shares; a file directly there is named by its stem. Layout directories
/// (src/, include/, source/, sources/, inc/) are left out of every path first, so a module whose
/// public headers sit apart (include/SFML/Audio beside src/SFML/Audio) is one directory, Audio.
/// Service naming and the misplaced-unit hotspots use the same directories.
class NamingDirectories {
public:
  explicit NamingDirectories(const UnitSet &Units);
  std::string of(const std::string &Path) const;
  /// The shared prefix, '/'-terminated or empty.
  const std::string &prefix() const { return Prefix; }

private:
  std::string Prefix;
};

/// Fills in the service names from the member files, as decompose does, weighted by lines: the
/// deepest directory that holds most of the service ("render" for src/render/*, the layout
/// directories left out as in NamingDirectories, generic names such as core/ skipped), "a+b"
/// when two top-level directories each hold at least 35%, a file stem when the files sit
/// directly in the shared prefix. Names are unique: the largest service keeps a shared name, the
/// others add the stem of their largest unit ("db-memtable"), then "-2", "-3"; pinned services
/// keep their names. Exposed for tests.
void nameServices(Decomposition &D);

} // namespace seams
