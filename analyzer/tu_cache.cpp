// The per-TU cache: unchanged TUs are not parsed again.
#include "analyzer/tu_cache.h"

#include "graph/model/atomic_file.h"
#include "graph/model/cache_dir.h"
#include "graph/model/error.h"
#include "graph/model/facts_json.h"
#include "graph/model/facts_state.h"

#include <cinttypes>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/xxhash.h>
#include <nlohmann/json.hpp>

namespace seams {
namespace {

constexpr const char *CacheSchema = "seams-cache/2";

std::string hex(std::uint64_t V) {
  char Buf[17];
  std::snprintf(Buf, sizeof Buf, "%016" PRIx64, V);
  return Buf;
}

/// S with every occurrence of From that ends a path component replaced by To.
std::string replaceComponents(const std::string &S, const std::string &From,
                              const std::string &To) {
  std::string Out;
  std::size_t Pos = 0;
  for (std::size_t Hit; (Hit = S.find(From, Pos)) != std::string::npos;) {
    std::size_t End = Hit + From.size();
    bool Whole = End == S.size() || S[End] == '/' || S[End] == ':' || S[End] == ',';
    Out.append(S, Pos, Hit - Pos).append(Whole ? To : From);
    Pos = End;
  }
  return Out.append(S, Pos);
}

} // namespace

std::optional<std::uint64_t> FileHashes::hash(const std::string &Path) {
  {
    std::lock_guard<std::mutex> Lock(M);
    auto It = Known.find(Path);
    if (It != Known.end())
      return It->second;
  }
  std::optional<std::uint64_t> H;
  if (auto Buf =
          llvm::MemoryBuffer::getFile(Path, /*IsText=*/false, /*RequiresNullTerminator=*/false))
    H = llvm::xxHash64((*Buf)->getBuffer());
  std::lock_guard<std::mutex> Lock(M);
  Known.emplace(Path, H);
  return H;
}

void PathRelocation::add(std::string Prefix, std::string Token) {
  if (Prefix.empty() || Prefix == "/")
    return;
  Map.emplace_back(std::move(Prefix), std::move(Token));
  std::stable_sort(Map.begin(), Map.end(),
                   [](const auto &A, const auto &B) { return A.first.size() > B.first.size(); });
}

std::string PathRelocation::encode(const std::string &S) const {
  std::string Out = S;
  for (const auto &[Prefix, Token] : Map)
    Out = replaceComponents(Out, Prefix, Token);
  return Out;
}

std::string PathRelocation::decode(const std::string &S) const {
  std::string Out = S;
  for (const auto &[Prefix, Token] : Map)
    Out = replaceComponents(Out, Token, Prefix);
  return Out;
}

std::vector<std::string> TuCache::key(const std::string &File, const std::string &Directory,
                                      const std::vector<std::string> &Args) const {
  std::vector<std::string> Key = {CacheSchema, Salt, Where.encode(File), Where.encode(Directory)};
  for (const auto &A : Args)
    Key.push_back(Where.encode(A));
  return Key;
}

std::string TuCache::entryPath(const std::vector<std::string> &Key, const char *Extension) const {
  std::string Text;
  for (const auto &K : Key)
    Text += K + '\0';
  return Dir + "/" + hex(llvm::xxHash64(Text)) + Extension;
}

TuCache::RunFile TuCache::runFile(const char *Schema, const std::vector<std::string> &Parts,
                                  const char *Extension) const {
  std::vector<std::string> Key = {Schema, Salt};
  for (const auto &P : Parts)
    Key.push_back(Where.encode(P));
  std::string Path = entryPath(Key, Extension);
  return {std::move(Key), std::move(Path)};
}

std::optional<std::string> TuCache::makeDir() const {
  if (std::error_code EC = makeCacheDirectory(Dir))
    return Dir + ": cannot create the cache directory: " + EC.message();
  return std::nullopt;
}

std::string TuCache::entryName(const std::string &File, const std::string &Directory,
                               const std::vector<std::string> &Args) const {
  std::string Path = entryPath(key(File, Directory, Args));
  return Path.substr(Dir.size() + 1, Path.size() - Dir.size() - 6);
}

namespace {
/// The whole file, or nullopt when it cannot be read. Parsing JSON from a string is several times
/// faster than from a stream.
std::optional<std::string> readWhole(const std::string &Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!Buf)
    return std::nullopt;
  return (*Buf)->getBuffer().str();
}
} // namespace

std::optional<TuResult> TuCache::readEntry(const std::string &Path,
                                           const std::vector<std::string> *Key,
                                           FileHashes *Hashes) const {
  std::optional<std::string> Text = readWhole(Path);
  if (!Text)
    return std::nullopt;
  try {
    nlohmann::json Doc = nlohmann::json::parse(*Text);
    if (Key && Doc.value("key", std::vector<std::string>()) != *Key)
      return std::nullopt;
    TuResult R;
    for (const auto &Read : Doc.at("reads")) {
      FileRead F{Where.decode(Read.at("path").get<std::string>()),
                 std::stoull(Read.at("hash").get<std::string>(), nullptr, 16)};
      if (Hashes && Hashes->hash(F.Path) != F.Hash)
        return std::nullopt;
      R.Reads.push_back(std::move(F));
    }
    for (const auto &Owned : Doc.at("owned"))
      R.Owned.push_back(Where.decode(Owned.get<std::string>()));
    R.Partial = readFacts(Doc.at("facts"), Path);
    if (R.Partial.Tus.size() != 1)
      return std::nullopt;
    R.Info = R.Partial.Tus.front();
    return R;
  } catch (const std::exception &) {
    return std::nullopt; // a damaged entry is a miss, never an error
  }
}

std::optional<TuResult> TuCache::readEntry(const std::string &Name) const {
  return readEntry(Dir + "/" + Name + ".json", nullptr, nullptr);
}

std::optional<TuResult> TuCache::lookup(const std::string &File, const std::string &Directory,
                                        const std::vector<std::string> &Args,
                                        FileHashes &Hashes) const {
  std::vector<std::string> Key = key(File, Directory, Args);
  return readEntry(entryPath(Key), &Key, &Hashes);
}

std::optional<std::string> TuCache::store(const std::string &File, const std::string &Directory,
                                          const std::vector<std::string> &Args,
                                          const TuResult &R) const {
  if (std::optional<std::string> Problem = makeDir())
    return Problem;
  std::vector<std::string> Key = key(File, Directory, Args);
  try {
    writeFileAtomically(entryPath(Key), [&](std::ostream &Out) {
      nlohmann::json Head;
      Head["key"] = Key;
      Head["owned"] = nlohmann::json::array();
      for (const auto &O : R.Owned)
        Head["owned"].push_back(Where.encode(O));
      Head["reads"] = nlohmann::json::array();
      for (const auto &F : R.Reads)
        Head["reads"].push_back({{"path", Where.encode(F.Path)}, {"hash", hex(F.Hash)}});
      std::string Text = Head.dump();
      Text.pop_back(); // reopen the object to append the facts
      Out << Text << ",\"facts\":";
      writeFacts(R.Partial, Out);
      Out << "}";
    });
  } catch (const Error &E) {
    return std::string(E.what());
  }
  return std::nullopt;
}

namespace {
constexpr const char *RunSchema = "seams-run/2";
} // namespace

std::optional<Facts> TuCache::lookupRun(const std::vector<std::string> &Parts,
                                        FileHashes &Hashes) const {
  const RunFile Slot = runFile(RunSchema, Parts, ".run.json");
  const std::vector<std::string> &Key = Slot.Key;
  const std::string &Path = Slot.Path;
  std::optional<std::string> Text = readWhole(Path);
  std::size_t Line = Text ? Text->find('\n') : std::string::npos;
  if (Line == std::string::npos)
    return std::nullopt;
  try {
    nlohmann::json Doc = nlohmann::json::parse(std::string_view(*Text).substr(0, Line));
    if (Doc.value("key", std::vector<std::string>()) != Key)
      return std::nullopt;
    for (const auto &F : Doc.at("files")) {
      std::optional<std::uint64_t> Now = Hashes.hash(Where.decode(F.at(0).get<std::string>()));
      const std::string &Was = F.at(1).get_ref<const std::string &>();
      if (Now ? Was != hex(*Now) : Was != "-")
        return std::nullopt;
    }
    // The facts in binary: a 30 MB JSON document takes seconds to parse, this a fraction.
    return readFactsBinary(std::string_view(*Text).substr(Line + 1));
  } catch (const std::exception &) {
    return std::nullopt; // a damaged file is a miss, never an error
  }
}

std::optional<std::string>
TuCache::storeRun(const std::vector<std::string> &Parts,
                  const std::vector<std::pair<std::string, std::optional<std::uint64_t>>> &Files,
                  const Facts &Result) const {
  if (std::optional<std::string> Problem = makeDir())
    return Problem;
  const RunFile Slot = runFile(RunSchema, Parts, ".run.json");
  const std::vector<std::string> &Key = Slot.Key;
  const std::string &Path = Slot.Path;
  try {
    writeFileAtomically(Path, [&](std::ostream &Out) {
      nlohmann::json Head;
      Head["key"] = Key;
      Head["files"] = nlohmann::json::array();
      for (const auto &[File, Hash] : Files)
        Head["files"].push_back({Where.encode(File), Hash ? hex(*Hash) : "-"});
      Out << Head.dump() << "\n"; // one line: read before the facts that follow
      Out << writeFactsBinary(Result);
    });
  } catch (const Error &E) {
    return std::string(E.what());
  }
  return std::nullopt;
}

namespace {
constexpr const char *IndexSchema = "seams-index/1";
} // namespace

std::optional<CacheIndex> TuCache::loadIndex(const std::vector<std::string> &Parts) const {
  const RunFile Slot = runFile(IndexSchema, Parts, ".index");
  const std::vector<std::string> &Key = Slot.Key;
  const std::string &Path = Slot.Path;
  std::optional<std::string> Text = readWhole(Path);
  if (!Text)
    return std::nullopt;
  std::size_t Line = Text->find('\n');
  if (Line == std::string::npos)
    return std::nullopt;
  try {
    nlohmann::json Doc = nlohmann::json::parse(std::string_view(*Text).substr(0, Line));
    if (Doc.value("key", std::vector<std::string>()) != Key)
      return std::nullopt;
    CacheIndex Index;
    for (const auto &F : Doc.at("files")) {
      Index.Files.emplace_back(Where.decode(F.at(0).get<std::string>()),
                               std::stoull(F.at(1).get<std::string>(), nullptr, 16));
    }
    for (const auto &T : Doc.at("tus")) {
      IndexedTu Tu;
      Tu.Info = {T.at("file").get<std::string>(), T.at("status").get<std::string>(),
                 T.at("errors").get<unsigned>()};
      for (const auto &R : T.at("reads")) {
        Tu.Reads.push_back(R.get<std::size_t>());
        if (Tu.Reads.back() >= Index.Files.size())
          return std::nullopt;
      }
      for (const auto &O : T.at("owned"))
        Tu.Owned.push_back(Where.decode(O.get<std::string>()));
      Index.Tus.emplace(T.at("entry").get<std::string>(), std::move(Tu));
    }
    for (const auto &P : Doc.at("problems"))
      Index.Problems.push_back({P.at(0).get<std::string>(), P.at(1).get<unsigned>(),
                                P.at(2).get<std::string>(), P.at(3).get<std::string>()});
    std::optional<FactsBuilder> State =
        FactsBuilder::loadState(std::string_view(*Text).substr(Line + 1));
    if (!State)
      return std::nullopt;
    Index.State = std::move(*State);
    return Index;
  } catch (const std::exception &) {
    return std::nullopt; // a damaged index only costs time
  }
}

std::optional<std::string> TuCache::storeIndex(const std::vector<std::string> &Parts,
                                               const CacheIndex &Index) const {
  if (std::optional<std::string> Problem = makeDir())
    return Problem;
  const RunFile Slot = runFile(IndexSchema, Parts, ".index");
  const std::vector<std::string> &Key = Slot.Key;
  const std::string &Path = Slot.Path;
  try {
    writeFileAtomically(Path, [&](std::ostream &Out) {
      nlohmann::json Head;
      Head["key"] = Key;
      Head["files"] = nlohmann::json::array();
      for (const auto &[File, Hash] : Index.Files)
        Head["files"].push_back({Where.encode(File), hex(Hash)});
      Head["tus"] = nlohmann::json::array();
      for (const auto &[Name, Tu] : Index.Tus) {
        nlohmann::json Owned = nlohmann::json::array();
        for (const auto &O : Tu.Owned)
          Owned.push_back(Where.encode(O));
        Head["tus"].push_back({{"entry", Name},
                               {"file", Tu.Info.File},
                               {"status", Tu.Info.Status},
                               {"errors", Tu.Info.Errors},
                               {"reads", Tu.Reads},
                               {"owned", std::move(Owned)}});
      }
      Head["problems"] = nlohmann::json::array();
      for (const auto &P : Index.Problems)
        Head["problems"].push_back({P.File, P.Line, P.Severity, P.Message});
      Out << Head.dump() << "\n"; // one line: read before the merged state that follows
      Index.State.saveState(Out);
    });
  } catch (const Error &E) {
    return std::string(E.what());
  }
  return std::nullopt;
}

} // namespace seams
