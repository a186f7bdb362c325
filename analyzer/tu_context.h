// Per-translation-unit state shared by the AST visitor and the preprocessor callbacks: which
// files this TU owns, how declarations map to entity ids, and the facts it has found so far.
#pragma once

#include "analyzer/claims.h"
#include "analyzer/collect_options.h"
#include "analyzer/compile_db.h"
#include "analyzer/external_headers.h"
#include "graph/model/facts.h"

#include <clang/AST/Decl.h>
#include <clang/Basic/SourceManager.h>
#include <llvm/ADT/DenseMap.h>
#include <llvm/Support/FileSystem/UniqueID.h>
#include <map>
#include <optional>
#include <string>

namespace clang {
class HeaderSearch;
}

namespace seams {

/// What a file is to this TU.
struct FileClass {
  std::string Path;     ///< Absolute path (never written to outputs).
  std::string Rel;      ///< Root-relative path of a project file; empty for external files.
  std::string EntityId; ///< "file:<rel>" for project files, "ext:<spelling>" for external ones.
  bool Owned = false;   ///< This TU reports the declarations in it (it claimed the file).
};

class TuContext {
public:
  /// PchFiles: the files of a PCH the TU loads (PrefixPch::Files), which it never claims (a TU of
  /// lower rank reports them) and names by the paths recorded there.
  TuContext(const ProjectFilter &Filter, ClaimRegistry &Claims, const CollectOptions &Options,
            clang::SourceManager &SM, clang::HeaderSearch &HS,
            const std::map<llvm::sys::fs::UniqueID, std::string> *PchFiles = nullptr);

  /// Classifies (and on first sight tries to claim) the file holding Loc's expansion.
  const FileClass *classify(clang::SourceLocation Loc);
  const FileClass *classify(clang::FileID FID);
  /// Classifies a file by its entry, e.g. one named by an #include; IsMain: the TU's own file.
  const FileClass *classify(const clang::FileEntry &FE, bool IsMain = false);
  bool owns(clang::SourceLocation Loc) {
    const FileClass *C = classify(Loc);
    return C && C->Owned;
  }

  /// The entity a declaration stands for, registering it on first use. Instantiations and
  /// specializations map to their primary template, enumerators to their enum, external
  /// declarations to their header's entity. Empty for what is not an entity (locals, lambdas).
  std::optional<std::string> entityFor(const clang::Decl *D);
  /// entityFor, but only a project entity: what the project writes inside a library's scope
  /// (`namespace std { template <> struct hash<Sku> {...}; }`) maps to std::hash's header,
  /// which is a use target and never the source of an edge or a container.
  std::optional<std::string> projectEntityFor(const clang::Decl *D) {
    std::optional<std::string> Id = entityFor(D);
    return Id && llvm::StringRef(*Id).startswith("ext:") ? std::nullopt : Id;
  }

  /// Records a dependency of From on Target at Loc (expansion location). A target outside the
  /// root counts as a use of the header the project included (ExternalHeaders::attribute).
  void report(clang::SourceLocation Loc, const std::string &From, const clang::Decl *Target,
              EdgeKind Kind, bool Discarded = false);
  void reportTo(clang::SourceLocation Loc, const std::string &From, const std::string &To,
                EdgeKind Kind, bool Discarded = false);

  /// Location of Loc's expansion as root-relative file and line; empty file when external.
  Location locate(clang::SourceLocation Loc);

  clang::SourceManager &sourceManager() { return SM; }
  FactsBuilder &builder() { return Builder; }
  ExternalHeaders &externals() { return Externals; }
  /// Every file seen, by absolute path.
  const std::map<std::string, FileClass> &files() const { return ByPath; }
  const ProjectFilter &filter() const { return Filter; }
  const CollectOptions &options() const { return Options; }

private:
  std::optional<std::string> computeEntity(const clang::NamedDecl *D);
  std::string externalFor(clang::SourceLocation Use, const FileClass &Decl,
                          clang::SourceLocation DeclLoc);

  const ProjectFilter &Filter;
  ClaimRegistry &Claims;
  const CollectOptions &Options;
  clang::SourceManager &SM;
  clang::HeaderSearch &HS;
  const std::map<llvm::sys::fs::UniqueID, std::string> *PchFiles;
  FactsBuilder Builder;
  ExternalHeaders Externals;
  std::map<std::string, FileClass> ByPath; // stable addresses: Files points into it
  llvm::DenseMap<clang::FileID, const FileClass *> Files;
  llvm::DenseMap<const clang::Decl *, std::optional<std::string>> Entities;
};

/// A file's absolute path as TuContext names it: real path when Clang knows it, no dots.
std::string fileEntryPath(const clang::FileEntry &FE);

/// The declaration that stands for D in the facts (see TuContext::entityFor); null if none.
const clang::NamedDecl *canonicalTarget(const clang::Decl *D);

/// The entity kind of a (canonical) declaration, if it is one.
std::optional<EntityKind> entityKindOf(const clang::NamedDecl *D);

} // namespace seams
