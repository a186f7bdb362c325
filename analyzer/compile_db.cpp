// Loading the compile database and adjusting its commands for analysis, all in one place.
#include "analyzer/compile_db.h"

#include "graph/model/error.h"
#include "graph/model/glob.h"

#include <algorithm>
#include <clang/Tooling/ArgumentsAdjusters.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <llvm/Support/CommandLine.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/StringSaver.h>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace seams {
namespace fs = std::filesystem;
using clang::tooling::CompileCommand;

std::string canonicalPath(const std::string &Path, const std::string &Base) {
  llvm::SmallString<256> P(Path);
  if (!Base.empty())
    llvm::sys::fs::make_absolute(Base, P);
  else
    llvm::sys::fs::make_absolute(P);
  // One identity per file: Clang reports the files it reads by their real path, so every path
  // seams compares with those (root, sources, build directories) is resolved the same way. The
  // part that does not exist yet is cleaned lexically.
  std::error_code EC;
  fs::path Real = fs::weakly_canonical(fs::path(P.str().str()), EC);
  if (!EC)
    P = Real.string();
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  llvm::sys::path::native(P, llvm::sys::path::Style::posix);
  std::string S(P.str());
  while (S.size() > 1 && S.back() == '/')
    S.pop_back();
  return S;
}

namespace {

std::string commonDir(const std::string &A, const std::string &B) {
  std::size_t I = 0, LastSlash = 0;
  while (I < A.size() && I < B.size() && A[I] == B[I]) {
    if (A[I] == '/')
      LastSlash = I;
    ++I;
  }
  if ((I == A.size() && (I == B.size() || B[I] == '/')) || (I == B.size() && A[I] == '/'))
    return A.substr(0, I);
  return LastSlash == 0 ? "/" : A.substr(0, LastSlash);
}

/// True when the canonical directory Dir is Base or lies below it.
bool isWithin(const std::string &Dir, const std::string &Base) {
  return Dir == Base || Base == "/" || Dir.compare(0, Base.size() + 1, Base + "/") == 0;
}

std::string gitTopLevel(std::string Dir) {
  while (!Dir.empty()) {
    if (fs::exists(fs::path(Dir) / ".git"))
      return Dir;
    auto Slash = Dir.rfind('/');
    if (Slash == std::string::npos || Dir == "/")
      break;
    Dir = Slash == 0 ? "/" : Dir.substr(0, Slash);
    if (Dir == "/")
      break;
  }
  return {};
}

bool isSourceFile(const fs::path &P) {
  static const std::vector<std::string> Exts = {".c", ".cc", ".cpp", ".cxx", ".c++"};
  return std::find(Exts.begin(), Exts.end(), P.extension().string()) != Exts.end();
}

/// Whether an include directory is the project's (-I, -iquote) or third-party (-isystem).
enum class IncludeKind { User, System };

/// Each include directory Cmd names (`-I DIR`, `-IDIR`, `-iquote DIR`, `-isystem DIR`, ...), as
/// written: relative ones are relative to Cmd.Directory. `-isystem-after` and the like are not
/// `-isystem`; a caller that must tell them apart checks the directory's first character.
std::vector<std::pair<IncludeKind, std::string>> includeDirectories(const CompileCommand &Cmd) {
  std::vector<std::pair<IncludeKind, std::string>> Out;
  const std::vector<std::string> &Args = Cmd.CommandLine;
  for (std::size_t I = 0; I < Args.size(); ++I) {
    std::string_view A = Args[I];
    for (auto [Flag, Kind] : {std::pair{std::string_view("-isystem"), IncludeKind::System},
                              std::pair{std::string_view("-iquote"), IncludeKind::User},
                              std::pair{std::string_view("-I"), IncludeKind::User}}) {
      if (!A.starts_with(Flag))
        continue;
      std::string Dir = A.size() > Flag.size() ? std::string(A.substr(Flag.size()))
                        : I + 1 < Args.size()  ? Args[I + 1]
                                               : std::string();
      if (!Dir.empty())
        Out.emplace_back(Kind, std::move(Dir));
      break;
    }
  }
  return Out;
}

} // namespace

ProjectFilter::ProjectFilter(const std::string &RootAbs, std::vector<std::string> Include,
                             std::vector<std::string> Exclude)
    : Root(canonicalPath(RootAbs)), Include(std::move(Include)), Exclude(std::move(Exclude)) {}

std::string ProjectFilter::relative(const std::string &AbsPath) const {
  if (Root == "/")
    return AbsPath.size() > 1 && AbsPath[0] == '/' ? AbsPath.substr(1) : std::string();
  if (AbsPath.size() <= Root.size() + 1 || AbsPath.compare(0, Root.size(), Root) != 0 ||
      AbsPath[Root.size()] != '/')
    return {};
  return AbsPath.substr(Root.size() + 1);
}

std::vector<std::string> buildDirectories(const LoadedDatabase &Db) {
  std::map<std::string, bool> CompilesFromElsewhere; // working directory -> a source outside it
  for (const auto &Cmd : Db.Commands) {
    const std::string Dir = canonicalPath(Cmd.Directory);
    const std::string File = canonicalPath(Cmd.Filename, Dir);
    const bool Inside = File.size() > Dir.size() && File.starts_with(Dir) &&
                        (Dir.ends_with("/") || File[Dir.size()] == '/');
    CompilesFromElsewhere[Dir] = CompilesFromElsewhere[Dir] || !Inside;
  }
  std::set<std::string> Out;
  if (!Db.BuildDir.empty())
    Out.insert(canonicalPath(Db.BuildDir));
  for (const auto &[Dir, Elsewhere] : CompilesFromElsewhere)
    if (Elsewhere)
      Out.insert(Dir);
  return {Out.begin(), Out.end()};
}

std::vector<std::string> systemIncludeDirectories(const LoadedDatabase &Db,
                                                  const ProjectFilter &Filter) {
  std::set<std::string> System, User;
  for (const auto &Cmd : Db.Commands)
    for (const auto &[Kind, Dir] : includeDirectories(Cmd)) {
      if (Dir[0] == '-' || Dir[0] == '=') // -isystem-after DIR, -isystem=DIR (sysroot-relative)
        continue;
      std::string Rel = Filter.relative(canonicalPath(Dir, Cmd.Directory));
      if (!Rel.empty() && Rel.find_first_of("*?[]{}") == std::string::npos)
        (Kind == IncludeKind::System ? System : User).insert(Rel);
    }
  // A directory some command includes with -I or -iquote is the project's own code, whatever
  // another says (a SYSTEM include only to silence warnings in one target).
  std::vector<std::string> Dirs;
  std::set_difference(System.begin(), System.end(), User.begin(), User.end(),
                      std::back_inserter(Dirs));
  return Dirs;
}

std::vector<std::string> projectIncludeDirectories(const LoadedDatabase &Db,
                                                   const ProjectFilter &Filter) {
  std::set<std::string> Dirs;
  for (const auto &Cmd : Db.Commands)
    for (const auto &[Kind, Dir] : includeDirectories(Cmd)) {
      if (Kind == IncludeKind::System)
        continue;
      std::string Abs = canonicalPath(Dir, Cmd.Directory);
      if (!Filter.relative(Abs).empty() || Abs == Filter.root())
        Dirs.insert(std::move(Abs));
    }
  return {Dirs.begin(), Dirs.end()};
}

std::string ProjectFilter::projectPath(const std::string &AbsPath) const {
  std::string Rel = relative(AbsPath);
  if (Rel.empty())
    return {};
  auto Matches = [&](const std::string &G) { return globMatch(G, Rel); };
  if (!Include.empty() && std::none_of(Include.begin(), Include.end(), Matches))
    return {};
  if (std::any_of(Exclude.begin(), Exclude.end(), Matches))
    return {};
  return Rel;
}

void ProjectFilter::setBuildDirectories(const std::vector<std::string> &AbsDirs) {
  std::set<std::string> Dirs;
  for (const std::string &D : AbsDirs) {
    std::string Rel = relative(canonicalPath(D));
    if (!Rel.empty())
      Dirs.insert(Rel + "/");
  }
  BuildDirs.assign(Dirs.begin(), Dirs.end());
}

bool ProjectFilter::isGenerated(const std::string &Rel) const {
  return std::any_of(BuildDirs.begin(), BuildDirs.end(),
                     [&](const std::string &D) { return Rel.starts_with(D); });
}

std::string ProjectFilter::displayName() const {
  std::string Name = llvm::sys::path::filename(Root).str();
  if (Name.empty())
    return "/";
  // A checkout's sources in `src/` name nothing: say whose they are, past a checkout that is
  // itself named `src` (`btc/src/src` is Bitcoin Core's `btc/src`, not `src/src`).
  auto Generic = [](llvm::StringRef N) { return N == "src" || N == "source" || N == "sources"; };
  if (!Generic(Name))
    return Name;
  for (llvm::StringRef Up = llvm::sys::path::parent_path(Root); !Up.empty();
       Up = llvm::sys::path::parent_path(Up)) {
    llvm::StringRef Owner = llvm::sys::path::filename(Up);
    if (Owner.empty() || Owner == "/")
      break;
    if (!Generic(Owner))
      return Owner.str() + "/" + Name;
  }
  return Name;
}

LoadedDatabase loadCompileDatabase(const std::string &PathOrDir) {
  std::error_code EC;
  fs::path P(PathOrDir);
  if (fs::is_directory(P, EC))
    P /= "compile_commands.json";
  if (!fs::exists(P, EC))
    throw Error("no compile database at " + P.string() +
                "\n  make one with CMake: cmake -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -B <build-dir>"
                "\n  or with any other build: bear -- make"
                "\n  or analyze sources without one: seams extract --root <dir> -- <flags>");
  std::ifstream In(P, std::ios::binary);
  if (!In)
    throw Error(P.string() + ": cannot read the compile database");
  nlohmann::json Doc;
  try {
    Doc = nlohmann::json::parse(In);
  } catch (const nlohmann::json::parse_error &E) {
    throw Error(P.string() + ": the compile database is not valid JSON: " + E.what());
  }
  if (!Doc.is_array())
    throw Error(P.string() + ": the compile database must be a JSON array of entries");

  LoadedDatabase Db;
  Db.BuildDir = canonicalPath(P.parent_path().string());
  llvm::BumpPtrAllocator Alloc;
  llvm::StringSaver Saver(Alloc);
  std::size_t Index = 0;
  for (const auto &Entry : Doc) {
    std::string Where = "compile_commands.json entry " + std::to_string(Index++);
    auto Problem = [&](const std::string &What) {
      Db.Problems.push_back({"compile_commands.json", 0, "error", Where});
      Db.Problems.back().Message.append(": ").append(What);
    };
    if (!Entry.is_object() || !Entry.contains("file") || !Entry["file"].is_string() ||
        !Entry.contains("directory") || !Entry["directory"].is_string()) {
      Problem("needs string fields \"directory\" and \"file\"; skipped");
      continue;
    }
    CompileCommand Cmd;
    // A relative directory is relative to the database's own directory, and a relative file to
    // its entry's directory, whatever directory seams runs from.
    Cmd.Directory = canonicalPath(Entry["directory"].get<std::string>(), Db.BuildDir);
    Cmd.Filename = canonicalPath(Entry["file"].get<std::string>(), Cmd.Directory);
    llvm::SmallVector<const char *, 64> Argv;
    if (Entry.contains("arguments") && !Entry["arguments"].is_array()) {
      Problem("\"arguments\" must be a list of strings (a single string goes in \"command\"); "
              "skipped");
      continue;
    }
    if (Entry.contains("arguments")) {
      for (const auto &A : Entry["arguments"])
        if (A.is_string())
          Argv.push_back(Saver.save(A.get<std::string>()).data());
    } else if (Entry.contains("command") && Entry["command"].is_string()) {
      llvm::cl::TokenizeGNUCommandLine(Entry["command"].get<std::string>(), Saver, Argv);
    }
    if (Argv.empty()) {
      Problem("has neither \"arguments\" nor \"command\"; skipped");
      continue;
    }
    // Response files (@args.rsp, which CMake writes for long command lines) are expanded as the
    // Clang driver does, relative to the entry's directory; their -I and -D must not be lost.
    llvm::cl::ExpansionContext Expand(Alloc, llvm::cl::TokenizeGNUCommandLine);
    Expand.setCurrentDir(Cmd.Directory);
    if (llvm::Error E = Expand.expandResponseFiles(Argv)) {
      Problem("a response file cannot be read: " + llvm::toString(std::move(E)) + "; skipped");
      continue;
    }
    for (const char *A : Argv)
      Cmd.CommandLine.emplace_back(A);
    Db.Commands.push_back(std::move(Cmd));
  }
  // One command per file: the first wins, as in clangd.
  std::stable_sort(Db.Commands.begin(), Db.Commands.end(),
                   [](const auto &A, const auto &B) { return A.Filename < B.Filename; });
  auto Duplicates =
      std::unique(Db.Commands.begin(), Db.Commands.end(),
                  [](const auto &A, const auto &B) { return A.Filename == B.Filename; });
  Db.DuplicateEntries = static_cast<unsigned>(Db.Commands.end() - Duplicates);
  Db.Commands.erase(Duplicates, Db.Commands.end());
  return Db;
}

LoadedDatabase synthesizeDatabase(const std::string &Root, const std::vector<std::string> &Flags) {
  std::error_code EC;
  if (!fs::is_directory(Root, EC))
    throw Error(Root + ": not a directory");
  LoadedDatabase Db;
  std::string RootAbs = canonicalPath(Root);
  Db.BuildDir = RootAbs;
  for (auto It = fs::recursive_directory_iterator(
           RootAbs, fs::directory_options::skip_permission_denied, EC);
       It != fs::recursive_directory_iterator(); It.increment(EC)) {
    if (EC)
      break;
    std::string Name = It->path().filename().string();
    if (It->is_directory() && (Name.starts_with(".") || Name.starts_with("build"))) {
      It.disable_recursion_pending();
      continue;
    }
    if (!It->is_regular_file() || !isSourceFile(It->path()))
      continue;
    CompileCommand Cmd;
    Cmd.Directory = RootAbs;
    Cmd.Filename = canonicalPath(It->path().string());
    bool IsC = It->path().extension() == ".c";
    Cmd.CommandLine = {IsC ? "clang" : "clang++"};
    Cmd.CommandLine.insert(Cmd.CommandLine.end(), Flags.begin(), Flags.end());
    Cmd.CommandLine.push_back(Cmd.Filename);
    Db.Commands.push_back(std::move(Cmd));
  }
  std::sort(Db.Commands.begin(), Db.Commands.end(),
            [](const auto &A, const auto &B) { return A.Filename < B.Filename; });
  return Db;
}

std::string defaultRoot(const LoadedDatabase &Db) {
  std::string Root;
  auto Add = [&](const std::string &Dir) { Root = Root.empty() ? Dir : commonDir(Root, Dir); };
  // The sources near the build: those in the git work tree holding the build directory or,
  // without one, under the build directory's parent. One source from elsewhere (a system
  // googletest, a sibling checkout) must not widen the root to "/": it stays outside the root,
  // and the extraction counts it as a loss.
  // Without git, sources the build generates into its own directory do not count: with the
  // build beside the checkout (an unpacked release: openttd-13.0/ and build/), its
  // build/generated/rev.cpp made their parent the root, every path read src/..., and the
  // checkout's own LICENSE flagged the project as bundled code.
  std::string Anchor = gitTopLevel(Db.BuildDir);
  const bool InGit = !Anchor.empty();
  if (!InGit)
    Anchor = llvm::sys::path::parent_path(Db.BuildDir).str();
  for (const auto &Cmd : Db.Commands)
    if (std::string Dir = llvm::sys::path::parent_path(Cmd.Filename).str();
        isWithin(Dir, Anchor) && (InGit || !isWithin(Dir, Db.BuildDir)))
      Add(Dir);
  if (Root.empty()) // an out-of-tree build: no source is near it
    for (const auto &Cmd : Db.Commands)
      Add(llvm::sys::path::parent_path(Cmd.Filename).str());
  if (Root.empty())
    return Db.BuildDir;
  // Headers often live beside the sources (include/ next to src/): widen the root to the
  // project's own include directories (-I, -iquote; never -isystem), but never past the git
  // work tree, or without one above a directory two levels below /, and never into the build.
  std::string Top = gitTopLevel(Root);
  auto Depth = [](const std::string &P) { return std::count(P.begin(), P.end(), '/'); };
  for (const auto &Cmd : Db.Commands) {
    for (const auto &[Kind, Written] : includeDirectories(Cmd)) {
      if (Kind != IncludeKind::User)
        continue;
      std::string Dir = canonicalPath(Written, Cmd.Directory);
      std::string Widened = commonDir(Root, Dir);
      bool Allowed = Top.empty() ? Depth(Widened) >= 2 : isWithin(Dir, Top);
      if (Allowed && !isWithin(Dir, Db.BuildDir))
        Root = Widened;
    }
  }
  return Root;
}

std::vector<std::string> adjustCommand(const CompileCommand &Cmd,
                                       const std::vector<std::string> &ExtraArgs) {
  using namespace clang::tooling;
  ArgumentsAdjuster Adjust = combineAdjusters(
      getClangStripOutputAdjuster(),
      combineAdjusters(getClangStripDependencyFileAdjuster(), getClangSyntaxOnlyAdjuster()));
  CommandLineArguments Args = Adjust(Cmd.CommandLine, Cmd.Filename);
  // Clang must find its own builtin headers (stddef.h, ...), whatever compiler the build used.
  Args.insert(Args.begin() + 1, "-resource-dir=" SEAMS_CLANG_RESOURCE_DIR);
  for (const char *Flag : {"-w", "-Wno-unknown-warning-option", "-fno-color-diagnostics",
                           "-fno-caret-diagnostics", "-Qunused-arguments"})
    Args.push_back(Flag);
  Args.insert(Args.end(), ExtraArgs.begin(), ExtraArgs.end());
  return Args;
}

} // namespace seams
