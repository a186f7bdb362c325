// Sharing a forced-include prefix (`-include precompiled.h`) between TUs: one Clang PCH per set of
// flags, built once per run and parsed by every further TU with those flags (`--pch`).
#pragma once

#include "analyzer/collector.h"
#include "analyzer/compile_db.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace seams {

/// The key of the PCH a command can share: its directory and its arguments without the source
/// file. Empty when the command forces no include (`-include FILE`), or already loads a PCH.
std::string prefixKey(const std::vector<std::string> &Args, const std::string &File,
                      const std::string &Directory);

/// Builds, in OutPath, the PCH of the forced includes of Args (a TU's adjusted command): the same
/// command with an empty header as its input. Function bodies are skipped as in a TU that owns
/// none of the prefix's files, so a TU parsed with it sees the AST it would have built itself.
/// Never throws: a prefix that does not compile gives a PrefixPch without Path.
PrefixPch buildPrefixPch(const std::string &File, const std::vector<std::string> &Args,
                         const std::string &Directory, const ProjectFilter &Filter,
                         const std::string &StubPath, const std::string &OutPath);

/// The run's prefix PCHs, in a temporary directory removed with it. Thread-safe: the first TU
/// asking for a key builds its PCH, the others wait for it.
class PrefixPchs {
public:
  explicit PrefixPchs(const ProjectFilter &Filter);
  ~PrefixPchs();
  PrefixPchs(const PrefixPchs &) = delete;
  PrefixPchs &operator=(const PrefixPchs &) = delete;

  /// The PCH for Key (see prefixKey), built from the command of File if nobody built it yet;
  /// null when it could not be built.
  const PrefixPch *get(const std::string &Key, const std::string &File,
                       const std::vector<std::string> &Args, const std::string &Directory);
  /// PCHs built, and those that failed, with the first reason: once every parse is done.
  unsigned built() const;
  unsigned failed() const;
  std::string firstProblem() const;

private:
  struct Slot {
    std::once_flag Once;
    std::size_t Number = 0; // names its file
    PrefixPch Pch;
  };
  const ProjectFilter &Filter;
  std::string Dir; // empty when no temporary directory could be made
  mutable std::mutex M;
  std::map<std::string, std::unique_ptr<Slot>> Slots;
};

} // namespace seams
