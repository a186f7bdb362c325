// Atomic replacement of output files (see atomic_file.h).
#include "graph/model/atomic_file.h"

#include "graph/model/error.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace seams {

void writeFileAtomically(const std::string &Path,
                         const std::function<void(std::ostream &)> &Write) {
  namespace fs = std::filesystem;
  fs::path Target(Path);
  // Unique per process and call: concurrent writers never share a temporary.
  static std::atomic<unsigned> Counter{0};
  fs::path Tmp = Target;
  Tmp += ".tmp." + std::to_string(::getpid()) + "." + std::to_string(Counter++);
  {
    std::ofstream Out(Tmp, std::ios::binary | std::ios::trunc);
    if (!Out)
      throw Error(Path + ": cannot write (is the directory there and writable?)");
    Write(Out);
    Out.flush();
    if (!Out) {
      fs::remove(Tmp);
      throw Error(Path + ": write failed (disk full?)");
    }
  }
  std::error_code EC;
  fs::rename(Tmp, Target, EC);
  if (EC)
    throw Error(Path + ": cannot replace: " + EC.message());
}

} // namespace seams
