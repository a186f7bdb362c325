// Loading the compile database and adjusting its commands for analysis, all in one place.
#pragma once

#include "graph/model/facts.h"

#include <clang/Tooling/CompilationDatabase.h>
#include <map>
#include <string>
#include <vector>

namespace seams {

/// Path as absolute, '/'-separated, with no dots or trailing slash, and with symlinks resolved as
/// far as it exists (a relative Path is taken relative to Base, else to the current directory).
/// Clang names the files it reads by their real path, so every path compared with those goes
/// through here: a symlinked checkout, root or build directory then means the same files.
std::string canonicalPath(const std::string &Path, const std::string &Base = "");

/// Which files are the project's own. Everything else (system headers, third-party code under
/// --exclude) is external and folded into one entity per header.
class ProjectFilter {
public:
  ProjectFilter(const std::string &RootAbs, std::vector<std::string> Include,
                std::vector<std::string> Exclude);
  /// Root-relative '/'-separated path of AbsPath, or empty when it lies outside the root.
  std::string relative(const std::string &AbsPath) const;
  /// Relative path of a project file, or empty for external files.
  std::string projectPath(const std::string &AbsPath) const;
  const std::string &root() const { return Root; }
  /// Build directories (absolute) whose files are generated; those outside the root or equal to
  /// it (an in-source build) are ignored.
  void setBuildDirectories(const std::vector<std::string> &AbsDirs);
  /// True for a root-relative path under one of the build directories.
  bool isGenerated(const std::string &Rel) const;
  /// The build directories inside the root, relative and '/'-terminated, sorted.
  const std::vector<std::string> &buildDirectories() const { return BuildDirs; }
  /// Headers the build copies into an include directory (stagedHeaderCopies), absolute: each
  /// copy is read as its original, one file under one path.
  void setStagedCopies(std::map<std::string, std::string> CopyToOriginal) {
    Staged = std::move(CopyToOriginal);
  }
  /// The original of a staged copy (absolute); any other path as it is.
  const std::string &original(const std::string &AbsPath) const {
    auto It = Staged.find(AbsPath);
    return It == Staged.end() ? AbsPath : It->second;
  }
  const std::map<std::string, std::string> &stagedCopies() const { return Staged; }
  /// The root's display name: its last component, never the absolute path; with its parent's
  /// when that component is `src`, `source` or `sources` ("sfml/src"), which names no project.
  std::string displayName() const;

private:
  std::string Root; // absolute, no trailing slash
  std::vector<std::string> Include, Exclude;
  std::vector<std::string> BuildDirs;
  std::map<std::string, std::string> Staged;
};

/// The compile database after loading: its usable commands plus what was wrong with it.
struct LoadedDatabase {
  /// Canonical (canonicalPath) file and directory paths, sorted by file.
  std::vector<clang::tooling::CompileCommand> Commands;
  std::vector<Diagnostic> Problems; ///< Entries that could not be used, as diagnostics.
  std::string BuildDir;             ///< Directory of compile_commands.json, canonical.
  unsigned DuplicateEntries = 0;    ///< Further entries for a file already listed (the first wins).
};

/// Where the build writes, whose files are generated: the database's directory and each entry's
/// working directory, except one that holds every source its entries compile. That is an
/// in-tree build (autotools' `make` runs in src/ beside the sources: aria2's whole src/ was set
/// apart as generated and analysis found nothing), while a build directory compiles sources
/// from elsewhere (CMake's build/src). Canonical absolute paths, sorted, unique.
std::vector<std::string> buildDirectories(const LoadedDatabase &Db);

/// The directories under the root that the commands name with `-isystem` and none names with
/// `-I` or `-iquote`, root-relative, sorted and unique (the root itself, directories outside it
/// and names holding glob characters are left out). A build marks third-party headers as system
/// headers (CMake's SYSTEM, a vendored `extlibs/headers`): code found there is not the
/// project's own, so extraction treats it as external, as if excluded. Without this, bundled
/// libraries under the root became services.
std::vector<std::string> systemIncludeDirectories(const LoadedDatabase &Db,
                                                  const ProjectFilter &Filter);

/// The include directories (-I, -iquote) of Db's commands that lie under the root of Filter:
/// canonical, absolute, sorted and unique.
std::vector<std::string> projectIncludeDirectories(const LoadedDatabase &Db,
                                                   const ProjectFilter &Filter);

/// Loads `-p`'s argument: a build directory or a compile_commands.json. Throws seams::Error
/// (exit 2) when there is no database or it is not JSON at all; a bad entry is a Problem.
LoadedDatabase loadCompileDatabase(const std::string &PathOrDir);

/// Synthesizes a database from every C/C++ source under Root, compiled with Flags.
LoadedDatabase synthesizeDatabase(const std::string &Root, const std::vector<std::string> &Flags);

/// The default project root: the deepest directory holding every source near the build (in the
/// git work tree of the build directory, or under its parent; every source when none is) and
/// every project include directory (-I/-iquote) inside the same git work tree.
std::string defaultRoot(const LoadedDatabase &Db);

/// Rewrites one command for analysis: syntax only, no outputs or dependency files, Clang 16's
/// resource directory, warnings off, user flags last. The only place commands are changed.
std::vector<std::string> adjustCommand(const clang::tooling::CompileCommand &Cmd,
                                       const std::vector<std::string> &ExtraArgs);

} // namespace seams
