// Staged headers: copies a build makes of the project's headers, read as the files they copy.
#pragma once

#include "analyzer/compile_db.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace seams {

/// The headers a build stages by copying them into one include directory (Sogou workflow's
/// CMake copies src/kernel/*.h, src/protocol/*.h, ... into _include/workflow/ before compiling,
/// and every TU includes the copies), each mapped to the file it copies: absolute canonical
/// paths, copy -> original.
///
/// A copy has no identity of its own: read as a file, it is a second unit beside its original,
/// outside the original's module, and the original looks unused. On workflow the default
/// proposal fell from 85 to 45 MoJoFM once the staged headers existed.
///
/// A directory is staged when it lies in one of IncludeDirs, holds no source of Sources, and
/// every header in it (by extension: .h .hh .hpp .hxx .h++ .inl .ipp .tcc .inc) has exactly one
/// byte-identical file of the same name elsewhere under the root (hidden directories are not
/// searched), and one of these holds: the directory is under a build directory and its
/// originals are not; the originals lie in directories holding sources; or they come from more
/// than one directory (a copy gathers, an original does not). Nothing is guessed for a header
/// that matches twice, or for a directory only partly made of copies.
std::map<std::string, std::string> stagedHeaderCopies(const std::vector<std::string> &IncludeDirs,
                                                      const std::vector<std::string> &Sources,
                                                      const ProjectFilter &Filter);

/// The directories the copies of Copies lie in, root-relative and sorted, each with its number of
/// copies: what the console names, so that a user knows where the copies went.
std::vector<std::pair<std::string, unsigned>>
stagedDirectories(const std::map<std::string, std::string> &Copies, const ProjectFilter &Filter);

/// For each include spelling of Spellings ("list.h", "Poco/ordered_map.h"), the first file under
/// Root, in path order, whose path ends with it: root-relative; spellings found nowhere are
/// left out; hidden directories are not searched. A TU that stopped at "'X' file not found"
/// while X is in the tree was extracted before a build step that puts X on its include path
/// (Sogou workflow copies its headers into _include/ when built, not when configured; CMake
/// 3.25 ignores 3.26's `$<BUILD_LOCAL_INTERFACE:...>`): a user should hear that, with the path.
std::map<std::string, std::string> findInTree(const std::string &Root,
                                              const std::set<std::string> &Spellings);

} // namespace seams
