// Which external entity a use of a library declaration belongs to: the header the project
// included (`<vector>`), not the internal header that declares it (`<bits/stl_vector.h>`).
#pragma once

#include <llvm/ADT/DenseMap.h>
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
  /// Decl is attributed to: among the headers outside the root that At or the project headers
  /// it includes (transitively) include, and from which Decl is reachable, the one fewest
  /// #includes away from Decl (`<string>` rather than `<sstream>` for std::string), then the
  /// one At reaches in fewest project includes, then the least by id. Empty when no project
  /// file reaches Decl (a header that is not self-contained). It depends only on what the files
  /// include, not on the order a TU met them in, so every TU gives a header's uses the same
  /// attribution.
  const std::string &attribute(const FileClass *At, const FileClass *Decl);

  /// Whether C is outside the project root (not merely excluded with --exclude).
  static bool outside(const FileClass &C);

private:
  static constexpr unsigned Unreachable = ~0u;
  /// How many #includes From is away from To through external files; Unreachable if it is not.
  unsigned distance(const FileClass *From, const FileClass *To);

  llvm::DenseMap<const FileClass *, llvm::SmallVector<const FileClass *, 8>> Includes;
  llvm::DenseMap<const FileClass *, llvm::DenseMap<const FileClass *, unsigned>> Reachable;
  std::map<std::pair<const FileClass *, const FileClass *>, std::string> Attributed;
};

} // namespace seams
