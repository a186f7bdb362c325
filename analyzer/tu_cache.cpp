// The per-TU cache: unchanged TUs are not parsed again.
#include "analyzer/tu_cache.h"

#include "graph/model/atomic_file.h"
#include "graph/model/error.h"
#include "graph/model/facts_json.h"

#include <cinttypes>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/xxhash.h>
#include <nlohmann/json.hpp>

namespace seams {
namespace {

constexpr const char *CacheSchema = "seams-cache/1";

std::string hex(std::uint64_t V) {
  char Buf[17];
  std::snprintf(Buf, sizeof Buf, "%016" PRIx64, V);
  return Buf;
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

std::string TuCache::entryPath(const std::string &File,
                               const std::vector<std::string> &Args) const {
  std::string Key = std::string(CacheSchema) + '\0' + Salt + '\0' + File;
  for (const auto &A : Args)
    Key += '\0' + A;
  return Dir + "/" + hex(llvm::xxHash64(Key)) + ".json";
}

std::optional<TuResult> TuCache::lookup(const std::string &File,
                                        const std::vector<std::string> &Args,
                                        FileHashes &Hashes) const {
  std::string Path = entryPath(File, Args);
  std::ifstream In(Path, std::ios::binary);
  if (!In)
    return std::nullopt;
  try {
    nlohmann::json Doc = nlohmann::json::parse(In);
    if (Doc.value("schema", "") != CacheSchema || Doc.value("file", "") != File ||
        Doc.value("args", std::vector<std::string>()) != Args || Doc.value("salt", "") != Salt)
      return std::nullopt;
    TuResult R;
    for (const auto &Read : Doc.at("reads")) {
      FileRead F{Read.at("path").get<std::string>(),
                 std::stoull(Read.at("hash").get<std::string>(), nullptr, 16)};
      if (Hashes.hash(F.Path) != F.Hash)
        return std::nullopt;
      R.Reads.push_back(std::move(F));
    }
    R.Owned = Doc.at("owned").get<std::vector<std::string>>();
    R.Partial = readFacts(Doc.at("facts"), Path);
    if (R.Partial.Tus.size() != 1)
      return std::nullopt;
    R.Info = R.Partial.Tus.front();
    return R;
  } catch (const std::exception &) {
    return std::nullopt; // a damaged entry is a miss, never an error
  }
}

std::optional<std::string> TuCache::store(const std::string &File,
                                          const std::vector<std::string> &Args,
                                          const TuResult &R) const {
  std::error_code EC;
  std::filesystem::create_directories(Dir, EC);
  if (EC)
    return Dir + ": cannot create the cache directory: " + EC.message();
  try {
    writeFileAtomically(entryPath(File, Args), [&](std::ostream &Out) {
      nlohmann::json Head;
      Head["schema"] = CacheSchema;
      Head["salt"] = Salt;
      Head["file"] = File;
      Head["args"] = Args;
      Head["owned"] = R.Owned;
      Head["reads"] = nlohmann::json::array();
      for (const auto &F : R.Reads)
        Head["reads"].push_back({{"path", F.Path}, {"hash", hex(F.Hash)}});
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

} // namespace seams
