// Analyzes one translation unit: runs Clang on it and returns the facts of the files it owns.
#pragma once

#include "analyzer/claims.h"
#include "analyzer/collect_options.h"
#include "analyzer/compile_db.h"
#include "graph/model/facts.h"

#include <cstdint>
#include <llvm/ADT/IntrusiveRefCntPtr.h>
#include <llvm/Support/VirtualFileSystem.h>
#include <string>
#include <vector>

namespace seams {

/// A file the TU read and the hash of its contents, for the cache's validity check.
struct FileRead {
  std::string Path; ///< Absolute.
  std::uint64_t Hash = 0;
};

struct TuResult {
  Facts Partial;                  ///< Every occurrence kept, so results merge exactly.
  TuInfo Info;                    ///< Status of the parse.
  std::vector<FileRead> Reads;    ///< Every file the TU read, sorted by path.
  std::vector<std::string> Owned; ///< Absolute paths of the project files it reported.
};

/// Parses File with the already adjusted Args (argv[0] first) and collects its facts. Never
/// throws for bad code: compile errors, a missing file or a bad flag become diagnostics and a
/// status. FS is the file system to read from (an in-memory one in tests); it gets Directory
/// as its working directory, so it must not be shared between threads.
TuResult collectTu(const std::string &File, const std::vector<std::string> &Args,
                   const std::string &Directory, const ProjectFilter &Filter, ClaimRegistry &Claims,
                   const CollectOptions &Options = {},
                   const llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> &FS =
                       llvm::vfs::createPhysicalFileSystem());

} // namespace seams
