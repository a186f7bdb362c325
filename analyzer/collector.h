// Analyzes one translation unit: runs Clang on it and returns the facts of the files it owns.
#pragma once

#include "analyzer/claims.h"
#include "analyzer/collect_options.h"
#include "analyzer/compile_db.h"
#include "graph/model/facts.h"

#include <cstdint>
#include <llvm/ADT/IntrusiveRefCntPtr.h>
#include <llvm/Support/FileSystem/UniqueID.h>
#include <llvm/Support/VirtualFileSystem.h>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace seams {

/// A file the TU read and the hash of its contents, for the cache's validity check.
struct FileRead {
  std::string Path; ///< Absolute.
  std::uint64_t Hash = 0;
};

/// A forced-include prefix precompiled once and shared by the TUs with the same flags
/// (analyzer/prefix_pch.h). A TU parsed with it owns none of its files: a TU of lower rank with
/// the same flags reads them all and reports them.
struct PrefixPch {
  std::string Path;            ///< The .pch file; empty when it could not be built.
  std::string Problem;         ///< Why it could not be built.
  std::string Stub;            ///< The empty header it was built from (not a file the TU reads).
  std::vector<FileRead> Reads; ///< Every file the prefix read, as a TU lists them.
  /// The same files by identity, with their absolute path as TuContext names them. A TU loading
  /// the PCH names them so too: Clang gives them the path the PCH recorded, cleaned lexically,
  /// which is wrong when a `..` follows a symbolic link (GCC's include directories).
  std::map<llvm::sys::fs::UniqueID, std::string> Files;
  /// Every #include directive in the prefix, (includer, included) by the names Clang found them
  /// by: the include graph a TU's preprocessor callbacks would have seen (ExternalHeaders needs
  /// it).
  std::vector<std::pair<std::string, std::string>> Includes;
};

struct TuResult {
  Facts Partial;                  ///< Every occurrence kept, so results merge exactly.
  TuInfo Info;                    ///< Status of the parse.
  std::vector<FileRead> Reads;    ///< Every file the TU read, sorted by path.
  std::vector<std::string> Owned; ///< Absolute paths of the project files it reported.
  bool UsedPch = false;           ///< Parsed with a PrefixPch (not part of the facts or cache).
};

/// Parses File with the already adjusted Args (argv[0] first) and collects its facts. Never
/// throws for bad code: compile errors, a missing file or a bad flag become diagnostics and a
/// status. FS is the file system to read from (an in-memory one in tests); it gets Directory
/// as its working directory, so it must not be shared between threads. With Pch (built with the
/// same Args), the TU loads the prefix from it instead of parsing it, and gives the same facts;
/// if Clang rejects the PCH, the TU is parsed again without it.
TuResult collectTu(const std::string &File, const std::vector<std::string> &Args,
                   const std::string &Directory, const ProjectFilter &Filter, ClaimRegistry &Claims,
                   const CollectOptions &Options = {},
                   const llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> &FS =
                       llvm::vfs::createPhysicalFileSystem(),
                   const PrefixPch *Pch = nullptr);

} // namespace seams
