// Cache directories that version control and backup tools leave alone (see cache_dir.h).
#include "graph/model/cache_dir.h"

#include "graph/model/atomic_file.h"
#include "graph/model/error.h"

#include <filesystem>
#include <ostream>

namespace seams {

std::error_code makeCacheDirectory(const std::string &Dir) {
  namespace fs = std::filesystem;
  std::error_code EC;
  fs::create_directories(Dir, EC);
  if (EC)
    return EC;
  auto Mark = [&](const char *Name, const char *Text) {
    const fs::path P = fs::path(Dir) / Name;
    std::error_code Ignored;
    if (!fs::exists(P, Ignored)) {
      try { // concurrent runs may mark it at once: none sees half a marker
        writeFileAtomically(P.string(), [&](std::ostream &Out) { Out << Text; });
      } catch (const Error &) {
      }
    }
  };
  Mark(".gitignore", "# Written by seams: its cache is never committed.\n*\n");
  Mark("CACHEDIR.TAG",
       "Signature: 8a477f597d28d172789f06886806bc55\n"
       "# This file is a cache directory tag created by seams.\n"
       "# For information about cache directory tags see https://bford.info/cachedir/\n");
  return {};
}

} // namespace seams
