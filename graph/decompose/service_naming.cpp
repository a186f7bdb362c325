// Naming proposed services after the directories that hold their code (see service_naming.h).
#include "graph/decompose/service_naming.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <vector>

namespace seams {

namespace {

/// Directory names that say where code sits, not what it does: a service is named after the
/// directory above them.
bool isGenericDirectory(std::string_view Name) {
  static const std::set<std::string_view> Generic = {
      "src",    "source", "sources", "include",  "inc",     "lib",    "libs",
      "impl",   "detail", "details", "internal", "private", "public", "core",
      "common", "base",   "main",    "code",     "cpp",     "c++"};
  return Generic.count(Name) != 0;
}

/// Path without its layout directories (src/, include/, ...), which split one module's headers
/// from its sources: include/SFML/Audio/Music.hpp and src/SFML/Audio/Music.cpp both name
/// SFML/Audio. The file name is kept whatever it is.
std::string namingPath(const std::string &Path) {
  static const std::set<std::string_view> Layout = {"src", "source", "sources", "include", "inc"};
  std::string Out;
  std::size_t Start = 0;
  for (std::size_t Slash; (Slash = Path.find('/', Start)) != std::string::npos; Start = Slash + 1) {
    std::string_view Part(Path.data() + Start, Slash - Start);
    if (!Layout.count(Part))
      Out.append(Part).push_back('/');
  }
  return Out.append(Path, Start);
}

/// The last '/' or "::" separated component of a unit id: "db/memtable" -> "memtable".
std::string stemOf(const std::string &Id) {
  std::size_t Slash = Id.rfind('/'), Colons = Id.rfind("::");
  std::size_t From = 0;
  if (Slash != std::string::npos)
    From = Slash + 1;
  if (Colons != std::string::npos && Colons + 2 > From)
    From = Colons + 2;
  return Id.substr(From);
}

/// Below Dir (a '/'-terminated directory holding a majority of Total), the deepest directory that
/// still holds more than half of Total; Dir itself when none does.
std::string deepestMajority(const std::vector<std::pair<std::string, double>> &Files,
                            std::string Dir, double Total) {
  for (;;) {
    std::map<std::string, double> Child;
    for (const auto &[Path, W] : Files) {
      if (!Path.starts_with(Dir))
        continue;
      std::size_t Slash = Path.find('/', Dir.size());
      if (Slash != std::string::npos)
        Child[Path.substr(Dir.size(), Slash - Dir.size())] += W;
    }
    auto Best = std::max_element(Child.begin(), Child.end(),
                                 [](const auto &A, const auto &B) { return A.second < B.second; });
    if (Best == Child.end() || Best->second <= 0.5 * Total)
      return Dir;
    Dir += Best->first + "/";
  }
}

/// The name a directory path gives: its last component that is not generic ("src", "include").
std::string directoryName(const std::string &Dir) {
  std::string Name;
  std::size_t End = Dir.size() - 1; // Dir ends with '/'
  while (End != std::string::npos && End > 0) {
    std::size_t Start = Dir.rfind('/', End - 1);
    Start = Start == std::string::npos ? 0 : Start + 1;
    Name = Dir.substr(Start, End - Start);
    if (!isGenericDirectory(Name))
      return Name;
    if (Start == 0)
      break;
    End = Start - 1;
  }
  return Name;
}

/// The lowercase terms of a file stem, split at '_', '-', '.', digits and case changes
/// ("DHTRoutingTable" -> dht, routing, table; "train_cmd" -> train, cmd); single letters and
/// terms that say nothing of a domain (impl, util, test, ...) are left out.
std::set<std::string> stemTerms(std::string_view Stem) {
  static const std::set<std::string_view> Bland = {
      "impl",   "util", "utils", "common", "base", "type",  "types",  "internal",
      "detail", "main", "test",  "tests",  "func", "funcs", "def",    "defs",
      "cpp",    "cc",   "hpp",   "hh",     "inl",  "ipp",   "helper", "helpers"};
  std::set<std::string> Out;
  std::string Term;
  auto Flush = [&] {
    if (Term.size() > 1 && !Bland.count(Term))
      Out.insert(Term);
    Term.clear();
  };
  auto Lower = [](char C) { return C >= 'a' && C <= 'z'; };
  auto Upper = [](char C) { return C >= 'A' && C <= 'Z'; };
  for (std::size_t I = 0; I < Stem.size(); ++I) {
    const char C = Stem[I];
    if (!Lower(C) && !Upper(C)) {
      Flush();
      continue;
    }
    // A new word at aB, and at the last capital of ABc (HTTPServer: http, server).
    if (Upper(C) && I > 0 &&
        (Lower(Stem[I - 1]) || (Upper(Stem[I - 1]) && I + 1 < Stem.size() && Lower(Stem[I + 1]))))
      Flush();
    Term.push_back(Upper(C) ? static_cast<char>(C - 'A' + 'a') : C);
  }
  Flush();
  return Out;
}

/// Names for services of a flat tree, where a directory names nothing and the largest file's
/// stem names one class (aria2's BitfieldMan for its BitTorrent code): the term of the file
/// stems that covers most of a service's flat files and is most its own. Score of a term:
/// (its lines in the service / the service's flat lines) x (its lines in the service / its lines
/// in every service); it must be in two of the service's files, cover at least 30% of its flat
/// lines, and have at least half its lines there.
class FlatTerms {
public:
  /// Files: every service's flat files (directly in the naming prefix), path and lines.
  void count(const std::vector<std::pair<std::string, double>> &Files) {
    for (const auto &[Path, Lines] : Files)
      for (const std::string &T : stemTerms(stemOfPath(Path)))
        All[T] += Lines;
  }
  /// The best term of one service's flat files, or empty.
  std::string best(const std::vector<std::pair<std::string, double>> &Files) const {
    std::map<std::string, std::pair<double, unsigned>> Here; // term -> lines, files
    double Total = 0;
    for (const auto &[Path, Lines] : Files) {
      Total += Lines;
      for (const std::string &T : stemTerms(stemOfPath(Path))) {
        Here[T].first += Lines;
        ++Here[T].second;
      }
    }
    std::string Best;
    double BestScore = 0;
    for (const auto &[T, LinesFiles] : Here) {
      const auto [Lines, Count] = LinesFiles;
      const double Cover = Lines / Total, Own = Lines / All.at(T);
      if (Count < 2 || Cover < 0.3 || Own < 0.5)
        continue;
      if (Cover * Own > BestScore) { // ties: the first term in name order
        BestScore = Cover * Own;
        Best = T;
      }
    }
    return Best;
  }

private:
  static std::string_view stemOfPath(std::string_view Path) {
    Path = Path.substr(Path.rfind('/') + 1);
    return Path.substr(0, Path.find('.'));
  }
  std::map<std::string, double> All;
};

} // namespace

NamingDirectories::NamingDirectories(const UnitSet &Units) {
  // The directory prefix all project files share ("a/" in src/a/x.cpp, include/a/y.h).
  if (Units.FileUnit.empty())
    return;
  Prefix = namingPath(Units.FileUnit.begin()->first);
  Prefix = Prefix.substr(0, Prefix.rfind('/') + 1);
  for (const auto &[File, U] : Units.FileUnit) {
    std::string Path = namingPath(File);
    while (!Prefix.empty() && !Path.starts_with(Prefix))
      Prefix = Prefix.substr(0, Prefix.rfind('/', Prefix.size() - 2) + 1);
  }
}

std::string NamingDirectories::of(const std::string &File) const {
  std::string Path = namingPath(File);
  std::string Rest = Path.substr(std::min(Prefix.size(), Path.size()));
  std::size_t Slash = Rest.find('/');
  if (Slash != std::string::npos)
    return Rest.substr(0, Slash);
  std::size_t Dot = Rest.find('.');
  return Dot == std::string::npos || Dot == 0 ? Rest : Rest.substr(0, Dot);
}

void nameServices(Decomposition &D) {
  NamingDirectories Dirs(D.Units);
  std::map<std::string, unsigned> FileLines;
  for (const Unit &U : D.Units.Units) {
    if (U.Files.empty())
      continue;
    unsigned Each = std::max(1u, U.Lines / static_cast<unsigned>(U.Files.size()));
    for (const std::string &F : U.Files)
      FileLines[F] = Each;
  }
  struct Candidate {
    std::string Base;
    double Lines = 0;
    std::string FirstUnit;
    std::string Stem; ///< Of its largest unit: what tells it apart from a namesake.
    std::size_t Index = 0;
  };
  std::vector<Candidate> Unnamed;
  std::set<std::string> Taken;
  // Each service's files as naming paths with their lines, and those directly in the prefix.
  std::vector<std::vector<std::pair<std::string, double>>> FilesOf(D.Services.size()),
      FlatOf(D.Services.size());
  FlatTerms Terms;
  for (std::size_t S = 0; S < D.Services.size(); ++S) {
    if (D.Services[S].Pinned)
      continue;
    for (std::uint32_t U : D.Services[S].Units) {
      const Unit &Un = D.Units.Units[U];
      if (Un.Files.empty())
        FilesOf[S].push_back({namingPath(Un.Anchor), std::max(1u, Un.Lines)});
      for (const std::string &F : Un.Files)
        FilesOf[S].push_back({namingPath(F), FileLines.count(F) ? FileLines[F] : 1});
    }
    for (const auto &F : FilesOf[S])
      if (F.first.starts_with(Dirs.prefix()) &&
          F.first.find('/', Dirs.prefix().size()) == std::string::npos)
        FlatOf[S].push_back(F);
    Terms.count(FlatOf[S]);
  }
  for (std::size_t S = 0; S < D.Services.size(); ++S) {
    Service &Sv = D.Services[S];
    if (Sv.Pinned) {
      Taken.insert(Sv.Name);
      continue;
    }
    std::map<std::string, double> Weight;
    const std::vector<std::pair<std::string, double>> &Files = FilesOf[S];
    double Total = 0;
    for (const auto &[F, W] : Files) {
      Weight[Dirs.of(F)] += W; // F is a naming path already: of() leaves it as it is
      Total += W;
    }
    std::vector<std::pair<double, std::string>> Ranked;
    Ranked.reserve(Weight.size());
    for (const auto &[Key, W] : Weight)
      Ranked.push_back({-W, Key});
    std::sort(Ranked.begin(), Ranked.end());
    Candidate C;
    C.Index = S;
    C.Lines = Total;
    C.FirstUnit = Sv.Units.empty() ? "" : D.Units.Units[Sv.Units.front()].Id;
    std::string TopDir = Dirs.prefix() + (Ranked.empty() ? "" : Ranked[0].second) + "/";
    bool IsDirectory = std::any_of(Files.begin(), Files.end(),
                                   [&](const auto &F) { return F.first.starts_with(TopDir); });
    // NamedDir: where the name comes from; the stems of its units tell namesakes apart.
    std::string NamedDir = Dirs.prefix();
    // A flat tree: the top key is a file stem, which names one class, not the service; or the
    // flat files together outweigh the top directory (OpenTTD's GUI, flat window.cpp,
    // widget.cpp, *_gui.cpp, was named "network" after its five network/*_gui.cpp).
    double FlatLines = 0;
    for (const auto &F : FlatOf[S])
      FlatLines += F.second;
    const bool FlatFirst = !IsDirectory || (!Ranked.empty() && FlatLines > -Ranked[0].first);
    const std::string Term = FlatFirst ? Terms.best(FlatOf[S]) : "";
    if (Ranked.empty()) {
      C.Base = "service";
    } else if (!Term.empty()) {
      C.Base = Term;
    } else if (Ranked.size() > 1 && -Ranked[1].first >= 0.35 * Total) {
      C.Base = Ranked[0].second + "+" + Ranked[1].second;
      NamedDir = TopDir;
    } else if (IsDirectory && -Ranked[0].first > 0.5 * Total) {
      NamedDir = deepestMajority(Files, TopDir, Total);
      C.Base = directoryName(NamedDir);
    } else {
      C.Base = Ranked[0].second;
      if (IsDirectory)
        NamedDir = TopDir;
    }
    // The largest unit with its code in the named directory (not vendored code beside it).
    const Unit *Largest = nullptr;
    for (std::uint32_t U : Sv.Units) {
      const Unit &Un = D.Units.Units[U];
      if (!namingPath(Un.Anchor).starts_with(NamedDir))
        continue;
      if (!Largest || Un.Lines > Largest->Lines)
        Largest = &Un;
    }
    C.Stem = Largest ? stemOf(Largest->Id) : "";
    Unnamed.push_back(C);
  }
  // The largest service with a base name gets it; the others say what differs, the stem of
  // their largest unit ("db-memtable"), and fall back to "-2", "-3", ... in order of size.
  std::sort(Unnamed.begin(), Unnamed.end(), [](const Candidate &A, const Candidate &B) {
    return std::tie(A.Base, B.Lines, A.FirstUnit) < std::tie(B.Base, A.Lines, B.FirstUnit);
  });
  for (const Candidate &C : Unnamed) {
    std::string Name = C.Base;
    // Then the stem without its extension ("lib-regex" for lib/regex.cpp), then with it
    // ("lib-regex.h"); where the stem is the name itself (a flat tree), the file name alone.
    std::size_t Dot = C.Stem.rfind('.');
    std::string Bare = C.Stem.substr(0, Dot == 0 ? std::string::npos : Dot);
    std::vector<std::string> Options;
    if (!Bare.empty() && Bare != C.Base)
      Options = {C.Base + "-" + Bare, C.Base + "-" + C.Stem};
    else if (C.Stem != C.Base)
      Options = {C.Stem};
    for (const std::string &Option : Options)
      if (Taken.count(Name))
        Name = Option;
    for (unsigned N = 2; Taken.count(Name); ++N)
      Name = C.Base + "-" + std::to_string(N);
    Taken.insert(Name);
    D.Services[C.Index].Name = Name;
  }
}

} // namespace seams
