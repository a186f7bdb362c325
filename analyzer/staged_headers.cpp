// Staged headers: copies a build makes of the project's headers, read as the files they copy.
#include "analyzer/staged_headers.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <set>
#include <string_view>

namespace seams {
namespace fs = std::filesystem;
namespace {

bool isHeader(const fs::path &P) {
  static constexpr std::array<std::string_view, 9> Exts = {".h",   ".hh",  ".hpp", ".hxx", ".h++",
                                                           ".inl", ".ipp", ".tcc", ".inc"};
  const std::string E = P.extension().string();
  return std::find(Exts.begin(), Exts.end(), E) != Exts.end();
}

std::string parentOf(const std::string &Path) { return Path.substr(0, Path.rfind('/')); }

std::string nameOf(const std::string &Path) { return Path.substr(Path.rfind('/') + 1); }

bool sameBytes(const std::string &A, const std::string &B) {
  std::error_code EC;
  if (fs::file_size(A, EC) != fs::file_size(B, EC) || EC)
    return false;
  std::ifstream FA(A, std::ios::binary), FB(B, std::ios::binary);
  return FA && FB &&
         std::equal(std::istreambuf_iterator<char>(FA), std::istreambuf_iterator<char>(),
                    std::istreambuf_iterator<char>(FB), std::istreambuf_iterator<char>());
}

/// Calls Fn with every regular file under Dir; hidden directories (.git) are not entered.
void forEachFile(const std::string &Dir, const std::function<void(const fs::path &)> &Fn) {
  std::error_code EC;
  fs::recursive_directory_iterator It(Dir, fs::directory_options::skip_permission_denied, EC);
  for (fs::recursive_directory_iterator End; !EC && It != End; It.increment(EC)) {
    if (It->is_directory(EC)) {
      if (It->path().filename().string().starts_with("."))
        It.disable_recursion_pending();
    } else if (It->is_regular_file(EC)) {
      Fn(It->path());
    }
  }
}

/// Every header under Dir (absolute, '/'-separated), by directory.
void headersUnder(const std::string &Dir, std::map<std::string, std::vector<std::string>> &Out) {
  forEachFile(Dir, [&](const fs::path &P) {
    if (isHeader(P))
      Out[P.parent_path().string()].push_back(P.string());
  });
}

} // namespace

std::map<std::string, std::string> stagedHeaderCopies(const std::vector<std::string> &IncludeDirs,
                                                      const std::vector<std::string> &Sources,
                                                      const ProjectFilter &Filter) {
  std::set<std::string> SourceDirs;
  for (const std::string &S : Sources)
    SourceDirs.insert(parentOf(S));
  // Candidates: directories in an include directory that hold headers and compile nothing.
  std::map<std::string, std::vector<std::string>> Candidates;
  for (const std::string &I : IncludeDirs)
    if (I != Filter.root())
      headersUnder(I, Candidates);
  std::erase_if(Candidates, [&](const auto &C) { return SourceDirs.count(C.first) != 0; });
  for (auto &[Dir, Headers] : Candidates) { // include directories may nest
    std::sort(Headers.begin(), Headers.end());
    Headers.erase(std::unique(Headers.begin(), Headers.end()), Headers.end());
  }
  if (Candidates.empty())
    return {};
  std::set<std::string> Wanted; // the names a copy could have
  for (const auto &[Dir, Headers] : Candidates)
    for (const std::string &H : Headers)
      Wanted.insert(nameOf(H));
  std::map<std::string, std::vector<std::string>> ByName; // every header under the root
  {
    std::map<std::string, std::vector<std::string>> All;
    headersUnder(Filter.root(), All);
    for (const auto &[Dir, Headers] : All)
      for (const std::string &H : Headers)
        if (Wanted.count(nameOf(H)))
          ByName[nameOf(H)].push_back(H);
  }
  auto Generated = [&](const std::string &Abs) {
    const std::string Rel = Filter.relative(Abs);
    return !Rel.empty() && Filter.isGenerated(Rel + "/");
  };

  std::map<std::string, std::string> Copies;
  for (const auto &[Dir, Headers] : Candidates) {
    std::map<std::string, std::string> Here;
    std::set<std::string> From;
    for (const std::string &H : Headers) {
      std::vector<std::string> Twins;
      for (const std::string &T : ByName[nameOf(H)])
        if (parentOf(T) != Dir && sameBytes(H, T))
          Twins.push_back(T);
      if (Twins.size() > 1) // prefer one beside the sources it goes with
        std::erase_if(Twins, [&](const std::string &T) { return !SourceDirs.count(parentOf(T)); });
      if (Twins.size() != 1)
        break;
      Here[H] = Twins.front();
      From.insert(parentOf(Twins.front()));
    }
    if (Here.size() != Headers.size())
      continue;
    const bool BesideSources = std::all_of(
        From.begin(), From.end(), [&](const std::string &F) { return SourceDirs.count(F) != 0; });
    const bool OutOfBuild =
        Generated(Dir) &&
        std::none_of(From.begin(), From.end(), [&](const std::string &F) { return Generated(F); });
    if (BesideSources || OutOfBuild || From.size() > 1)
      Copies.insert(Here.begin(), Here.end());
  }
  // A copy of a copy is read as the first original; a cycle of copies as neither.
  std::map<std::string, std::string> Out;
  for (const auto &[Copy, Original] : Copies) {
    std::string O = Original;
    for (std::size_t Hops = 0; Copies.count(O) && Hops <= Copies.size(); ++Hops)
      O = Copies.at(O);
    if (!Copies.count(O) && O != Copy)
      Out.emplace(Copy, O);
  }
  return Out;
}

std::vector<std::pair<std::string, unsigned>>
stagedDirectories(const std::map<std::string, std::string> &Copies, const ProjectFilter &Filter) {
  std::map<std::string, unsigned> Count;
  for (const auto &[Copy, Original] : Copies)
    ++Count[Filter.relative(parentOf(Copy))];
  return {Count.begin(), Count.end()};
}

std::map<std::string, std::string> findInTree(const std::string &Root,
                                              const std::set<std::string> &Spellings) {
  std::map<std::string, std::vector<const std::string *>> ByName;
  for (const std::string &S : Spellings)
    ByName[nameOf("/" + S)].push_back(&S);
  std::map<std::string, std::string> Out;
  forEachFile(Root, [&](const fs::path &P) {
    auto Wanted = ByName.find(P.filename().string());
    if (Wanted == ByName.end())
      return;
    std::error_code EC;
    const std::string Rel = fs::relative(P, Root, EC).generic_string();
    for (const std::string *S : Wanted->second)
      if (Rel == *S || Rel.ends_with("/" + *S)) {
        auto [At, New] = Out.emplace(*S, Rel);
        if (!New && Rel < At->second)
          At->second = Rel;
      }
  });
  return Out;
}

} // namespace seams
