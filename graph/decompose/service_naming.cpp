// Naming proposed services after the directories that hold their code (see service_naming.h).
#include "graph/decompose/service_naming.h"

#include <algorithm>
#include <map>
#include <set>

namespace seams {

NamingDirectories::NamingDirectories(const UnitSet &Units) {
  // The directory prefix all project files share ("src/" in src/a/x.cpp, src/b/y.cpp).
  if (Units.FileUnit.empty())
    return;
  std::string Prefix = Units.FileUnit.begin()->first;
  Prefix = Prefix.substr(0, Prefix.rfind('/') + 1);
  for (const auto &[Path, U] : Units.FileUnit)
    while (!Prefix.empty() && !Path.starts_with(Prefix))
      Prefix = Prefix.substr(0, Prefix.rfind('/', Prefix.size() - 2) + 1);
  PrefixLen = Prefix.size();
}

std::string NamingDirectories::of(const std::string &Path) const {
  std::string Rest = Path.substr(std::min(PrefixLen, Path.size()));
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
    std::size_t Index = 0;
  };
  std::vector<Candidate> Unnamed;
  std::set<std::string> Taken;
  for (std::size_t S = 0; S < D.Services.size(); ++S) {
    Service &Sv = D.Services[S];
    if (Sv.Pinned) {
      Taken.insert(Sv.Name);
      continue;
    }
    std::map<std::string, double> Weight;
    double Total = 0;
    for (std::uint32_t U : Sv.Units) {
      const Unit &Un = D.Units.Units[U];
      if (Un.Files.empty()) {
        Weight[Dirs.of(Un.Anchor)] += std::max(1u, Un.Lines);
        Total += std::max(1u, Un.Lines);
      }
      for (const std::string &F : Un.Files) {
        double W = FileLines.count(F) ? FileLines[F] : 1;
        Weight[Dirs.of(F)] += W;
        Total += W;
      }
    }
    std::vector<std::pair<double, std::string>> Ranked;
    for (const auto &[Key, W] : Weight)
      Ranked.push_back({-W, Key});
    std::sort(Ranked.begin(), Ranked.end());
    Candidate C;
    C.Index = S;
    C.Lines = Total;
    C.FirstUnit = Sv.Units.empty() ? "" : D.Units.Units[Sv.Units.front()].Id;
    if (Ranked.empty())
      C.Base = "service";
    else if (Ranked.size() > 1 && -Ranked[1].first >= 0.35 * Total)
      C.Base = Ranked[0].second + "+" + Ranked[1].second;
    else
      C.Base = Ranked[0].second;
    Unnamed.push_back(C);
  }
  // The largest service with a base name gets it; the others "-2", "-3", ... in order of size.
  std::sort(Unnamed.begin(), Unnamed.end(), [](const Candidate &A, const Candidate &B) {
    return std::tie(A.Base, B.Lines, A.FirstUnit) < std::tie(B.Base, A.Lines, B.FirstUnit);
  });
  for (const Candidate &C : Unnamed) {
    std::string Name = C.Base;
    for (unsigned N = 2; Taken.count(Name); ++N)
      Name = C.Base + "-" + std::to_string(N);
    Taken.insert(Name);
    D.Services[C.Index].Name = Name;
  }
}

} // namespace seams
