// Bundled projects: directories under the root that carry a license of their own.
#include "analyzer/bundled_code.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <set>
#include <string_view>

namespace seams {
namespace {

/// LICENSE, COPYING.txt, LICENSE-MIT, licence.md: the name before its first dot is one of the
/// stems, alone or followed by '-'. Not license_info.cpp (Bitcoin Core's common/).
bool isLicense(std::string Name) {
  std::transform(Name.begin(), Name.end(), Name.begin(),
                 [](unsigned char C) { return static_cast<char>(std::toupper(C)); });
  const std::string_view Stem = std::string_view(Name).substr(0, Name.find('.'));
  static constexpr std::array<std::string_view, 3> Stems = {"LICENSE", "LICENCE", "COPYING"};
  return std::any_of(Stems.begin(), Stems.end(), [&](std::string_view S) {
    return Stem == S ||
           (Stem.size() > S.size() && Stem.substr(0, S.size()) == S && Stem[S.size()] == '-');
  });
}

bool holdsLicense(const std::filesystem::path &Dir) {
  std::error_code EC;
  for (std::filesystem::directory_iterator It(Dir, EC), End; !EC && It != End; It.increment(EC))
    if (It->is_regular_file(EC) && isLicense(It->path().filename().string()))
      return true;
  return false;
}

} // namespace

std::vector<std::string> bundledDirectories(const std::string &Root,
                                            const std::vector<FileInfo> &Files) {
  std::set<std::string> Dirs; // every directory holding a project file, root-relative
  for (const FileInfo &F : Files)
    if (!F.Generated)
      for (std::size_t S = F.Path.find('/'); S != std::string::npos; S = F.Path.find('/', S + 1))
        Dirs.insert(F.Path.substr(0, S));
  std::vector<std::string> Out;
  for (const std::string &D : Dirs) { // sorted, so a directory comes before those below it
    if (!Out.empty() && D.size() > Out.back().size() &&
        D.compare(0, Out.back().size(), Out.back()) == 0 && D[Out.back().size()] == '/')
      continue;
    if (holdsLicense(std::filesystem::path(Root) / D))
      Out.push_back(D);
  }
  return Out;
}

} // namespace seams
