// Which external entity a use of a library declaration belongs to: the header the project
// included (`<vector>`), not the internal header that declares it (`<bits/stl_vector.h>`).
#pragma once

#include <llvm/ADT/DenseMap.h>
#include <llvm/ADT/DenseSet.h>
#include <llvm/ADT/SmallVector.h>
#include <map>
#include <string>
#include <utility>

namespace seams {

struct FileClass;

/// The include graph of one TU, every `#include` directive (guarded re-inclusions too), and the
/// attribution of external declarations to the headers project files include. Files are the
/// TuContext's FileClass records (stable addresses).
class ExternalHeaders {
public:
  void addInclude(const FileClass *From, const FileClass *To);

  /// The id of the external header a use in project file At of a declaration in external file
  /// Decl is attributed to: among the headers outside the root that At includes and from which
  /// Decl is reachable, the least by id; failing those, the same among the headers At's project
  /// includes include, breadth first. Empty when no project file reaches Decl (a header that is
  /// not self-contained). It depends only on what the files include, not on the order a TU met
  /// them in, so every TU gives a header's uses the same attribution.
  const std::string &attribute(const FileClass *At, const FileClass *Decl);

  /// Whether C is outside the project root (not merely excluded with --exclude).
  static bool outside(const FileClass &C);

private:
  bool reaches(const FileClass *From, const FileClass *To);

  llvm::DenseMap<const FileClass *, llvm::SmallVector<const FileClass *, 8>> Includes;
  llvm::DenseMap<const FileClass *, llvm::DenseSet<const FileClass *>> Reachable;
  std::map<std::pair<const FileClass *, const FileClass *>, std::string> Attributed;
};

} // namespace seams
