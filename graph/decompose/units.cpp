// Units of decomposition: components (header + its sources), files or classes, and what maps where.
#include "graph/decompose/units.h"

#include "graph/model/glob.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace seams {
namespace {

bool isClassKind(EntityKind K) {
  return K == EntityKind::Class || K == EntityKind::Struct || K == EntityKind::Union;
}

bool isProjectCode(const Entity &E) {
  return E.Kind != EntityKind::External && E.Kind != EntityKind::Namespace && !homeFile(E).empty();
}

std::string parentName(const std::string &Name) {
  // Qualified names may contain template arguments with "::" inside; cut at the last "::"
  // outside angle brackets.
  int Depth = 0;
  for (std::size_t I = Name.size(); I-- > 1;) {
    char C = Name[I];
    if (C == '>')
      ++Depth;
    else if (C == '<')
      --Depth;
    else if (Depth == 0 && C == ':' && Name[I - 1] == ':')
      return Name.substr(0, I - 1);
  }
  return {};
}

} // namespace

std::string_view unitKindName(UnitKind K) {
  switch (K) {
  case UnitKind::Component:
    return "component";
  case UnitKind::File:
    return "file";
  case UnitKind::Class:
    return "class";
  }
  return "component";
}

std::optional<UnitKind> parseUnitKind(std::string_view S) {
  if (S == "component")
    return UnitKind::Component;
  if (S == "file")
    return UnitKind::File;
  if (S == "class")
    return UnitKind::Class;
  return std::nullopt;
}

std::uint32_t UnitSet::unitOfFile(std::string_view Path) const {
  auto It = FileUnit.find(std::string(Path));
  return It == FileUnit.end() ? NoUnit : It->second;
}

const std::string &homeFile(const Entity &E) { return E.DefFile.empty() ? E.File : E.DefFile; }

std::string componentKey(std::string_view Path) {
  std::size_t Slash = Path.rfind('/');
  std::size_t NameStart = Slash == std::string_view::npos ? 0 : Slash + 1;
  std::size_t Dot = Path.rfind('.');
  if (Dot == std::string_view::npos || Dot <= NameStart)
    return std::string(Path);
  return std::string(Path.substr(0, Dot));
}

bool unitMatches(const Unit &U, std::span<const std::string> Globs) {
  auto Any = [&](const std::string &Path) {
    return std::any_of(Globs.begin(), Globs.end(),
                       [&](const std::string &G) { return globMatch(G, Path); });
  };
  if (!U.Anchor.empty() && Any(U.Anchor))
    return true;
  return std::any_of(U.Files.begin(), U.Files.end(), Any);
}

double namespaceShare(const Unit &U, const Facts &F, std::string_view Ns) {
  std::string Prefix = std::string(Ns) + "::";
  double In = 0, All = 0;
  for (std::uint32_t I : U.Entities) {
    const Entity &E = F.Entities[I];
    if (E.Kind == EntityKind::File || E.Kind == EntityKind::Macro)
      continue;
    double W = E.Lines + 1.0;
    All += W;
    if (E.Name.starts_with(Prefix))
      In += W;
  }
  return All > 0 ? In / All : 0;
}

UnitSet buildUnits(const Facts &F, UnitKind Kind, std::span<const std::string> ExcludeGlobs) {
  UnitSet S;
  S.Kind = Kind;
  S.EntityUnit.assign(F.Entities.size(), UnitSet::NoUnit);

  // Every project file, with its size.
  std::map<std::string, unsigned> FileLines;
  for (const FileInfo &FI : F.Files)
    FileLines[FI.Path] = std::max(FileLines[FI.Path], FI.Lines);
  // A TU that failed has no facts: its file makes no unit (the extraction counts the loss).
  for (const TuInfo &T : F.Tus)
    if (T.Status != "failed")
      FileLines.try_emplace(T.File, 0);
  for (const Entity &E : F.Entities)
    if (E.Kind != EntityKind::External) {
      if (!E.File.empty())
        FileLines.try_emplace(E.File, 0);
      if (!E.DefFile.empty())
        FileLines.try_emplace(E.DefFile, 0);
    }
  std::set<std::string> Excluded;
  for (const auto &Entry : FileLines) {
    const std::string &Path = Entry.first; // a plain reference: lambdas capture it (C++17 too)
    if (std::any_of(ExcludeGlobs.begin(), ExcludeGlobs.end(),
                    [&](const std::string &G) { return globMatch(G, Path); }))
      Excluded.insert(Path);
  }
  S.ExcludedFiles.assign(Excluded.begin(), Excluded.end());
  // Generated files (under a build directory) are set apart like excluded ones: nobody owns them.
  for (const FileInfo &Info : F.Files)
    if (Info.Generated && !Excluded.count(Info.Path)) {
      S.GeneratedFiles.push_back(Info.Path);
      Excluded.insert(Info.Path);
    }

  // The component (or file) key of every file; in class mode the class units come on top.
  auto FileKey = [&](const std::string &Path) {
    return Kind == UnitKind::File ? Path : componentKey(Path);
  };

  // Class units: class entities and their members, found through `contains` edges and, when
  // those are absent, through the qualified name.
  const EntityIndex IndexOfId = entityIndex(F);
  std::vector<std::uint32_t> OwnerClass(F.Entities.size(), UnitSet::NoUnit); // entity index
  if (Kind == UnitKind::Class) {
    std::unordered_map<std::string_view, std::uint32_t> ClassByName;
    for (std::uint32_t I = 0; I < F.Entities.size(); ++I) {
      const Entity &E = F.Entities[I];
      if (isClassKind(E.Kind) && isProjectCode(E)) {
        OwnerClass[I] = I;
        ClassByName.emplace(E.Name, I); // first by id wins, deterministic
      }
    }
    for (const Edge &Ed : F.Edges) {
      if (Ed.Kind != EdgeKind::Contains)
        continue;
      auto From = IndexOfId.find(Ed.From), To = IndexOfId.find(Ed.To);
      if (From == IndexOfId.end() || To == IndexOfId.end())
        continue;
      const Entity &Child = F.Entities[To->second];
      if (isClassKind(F.Entities[From->second].Kind) && !isClassKind(Child.Kind) &&
          Child.Kind != EntityKind::Namespace && OwnerClass[To->second] == UnitSet::NoUnit)
        OwnerClass[To->second] = From->second;
    }
    for (std::uint32_t I = 0; I < F.Entities.size(); ++I) {
      const Entity &E = F.Entities[I];
      if (OwnerClass[I] != UnitSet::NoUnit || isClassKind(E.Kind) || !isProjectCode(E) ||
          !(E.Kind == EntityKind::Method || E.Kind == EntityKind::Field ||
            E.Kind == EntityKind::Enum || E.Kind == EntityKind::Alias ||
            E.Kind == EntityKind::Variable))
        continue;
      auto It = ClassByName.find(parentName(E.Name));
      if (It != ClassByName.end())
        OwnerClass[I] = It->second;
    }
  }

  // Unit keys: "file:<key>" for component/file units, "class:<entity index>" for classes.
  // Assign every entity a key, then every file.
  std::map<std::string, std::uint32_t> KeyIndex; // key -> provisional unit
  std::vector<std::string> Keys;
  auto KeyId = [&](const std::string &Key) {
    auto [It, New] = KeyIndex.emplace(Key, static_cast<std::uint32_t>(Keys.size()));
    if (New)
      Keys.push_back(Key);
    return It->second;
  };
  std::vector<std::uint32_t> EntityKey(F.Entities.size(), UnitSet::NoUnit);
  for (std::uint32_t I = 0; I < F.Entities.size(); ++I) {
    const Entity &E = F.Entities[I];
    if (!isProjectCode(E) || Excluded.count(homeFile(E)))
      continue;
    if (OwnerClass[I] != UnitSet::NoUnit && !Excluded.count(homeFile(F.Entities[OwnerClass[I]])))
      EntityKey[I] = KeyId("class:" + std::to_string(OwnerClass[I]));
    else
      EntityKey[I] = KeyId("file:" + FileKey(homeFile(E)));
  }
  // In class mode a file goes to the key holding most of its lines; its own key on a tie.
  std::map<std::string, std::map<std::uint32_t, double>> FileScore;
  if (Kind == UnitKind::Class)
    for (std::uint32_t I = 0; I < F.Entities.size(); ++I)
      if (EntityKey[I] != UnitSet::NoUnit && F.Entities[I].Kind != EntityKind::File)
        FileScore[homeFile(F.Entities[I])][EntityKey[I]] += F.Entities[I].Lines;
  std::map<std::string, std::uint32_t> FileKeyOf;
  for (const auto &[Path, Lines] : FileLines) {
    if (Excluded.count(Path))
      continue;
    std::uint32_t Own = KeyId("file:" + FileKey(Path)), Best = Own;
    auto It = FileScore.find(Path);
    if (It != FileScore.end()) {
      double BestScore = It->second.count(Own) ? It->second.at(Own) : 0;
      for (const auto &[K, Score] : It->second)
        if (Score > BestScore) {
          Best = K;
          BestScore = Score;
        }
    }
    FileKeyOf[Path] = Best;
  }

  // Materialize units, sorted by id.
  std::vector<Unit> Provisional(Keys.size());
  std::vector<bool> Used(Keys.size(), false);
  for (const auto &[Path, K] : FileKeyOf) {
    Provisional[K].Files.push_back(Path);
    Provisional[K].Lines += FileLines[Path];
    Used[K] = true;
  }
  for (std::uint32_t I = 0; I < F.Entities.size(); ++I)
    if (EntityKey[I] != UnitSet::NoUnit) {
      Provisional[EntityKey[I]].Entities.push_back(I);
      Used[EntityKey[I]] = true;
    }
  std::map<std::string, unsigned> ClassNameUses;
  for (std::size_t K = 0; K < Keys.size(); ++K)
    if (Keys[K].starts_with("class:"))
      ++ClassNameUses[F.Entities[std::stoul(Keys[K].substr(6))].Name];
  for (std::size_t K = 0; K < Keys.size(); ++K) {
    Unit &U = Provisional[K];
    if (Keys[K].starts_with("class:")) {
      const Entity &C = F.Entities[std::stoul(Keys[K].substr(6))];
      U.Id = C.Name;
      if (ClassNameUses[C.Name] > 1)
        U.Id += "@" + homeFile(C);
      U.Anchor = homeFile(C);
      if (U.Files.empty()) { // size from the definitions: the class body plus out-of-line members
        U.Lines = std::max(1u, C.Lines);
        for (std::uint32_t I : U.Entities)
          if (homeFile(F.Entities[I]) != homeFile(C) && F.Entities[I].Kind != EntityKind::Field)
            U.Lines += F.Entities[I].Lines;
      }
    } else {
      U.Id = Keys[K].substr(5);
      U.Anchor = U.Files.empty() ? U.Id : U.Files.front();
    }
  }
  std::vector<std::uint32_t> Order;
  std::map<std::string, unsigned> IdUses;
  for (std::uint32_t K = 0; K < Keys.size(); ++K)
    if (Used[K]) {
      Order.push_back(K);
      ++IdUses[Provisional[K].Id];
    }
  // A class named like a root-level component ("main") must not share its id.
  for (std::uint32_t K : Order)
    if (IdUses[Provisional[K].Id] > 1 && Keys[K].starts_with("class:"))
      Provisional[K].Id += "@" + Provisional[K].Anchor;
  std::sort(Order.begin(), Order.end(), [&](std::uint32_t A, std::uint32_t B) {
    return std::tie(Provisional[A].Id, Keys[A]) < std::tie(Provisional[B].Id, Keys[B]);
  });
  std::vector<std::uint32_t> Final(Keys.size(), UnitSet::NoUnit);
  for (std::uint32_t P : Order) {
    Final[P] = static_cast<std::uint32_t>(S.Units.size());
    S.Units.push_back(std::move(Provisional[P]));
  }
  for (const auto &[Path, K] : FileKeyOf)
    S.FileUnit[Path] = Final[K];
  for (std::uint32_t I = 0; I < F.Entities.size(); ++I)
    if (EntityKey[I] != UnitSet::NoUnit)
      S.EntityUnit[I] = Final[EntityKey[I]];
  return S;
}

EntityIndex entityIndex(const Facts &F) {
  EntityIndex Index;
  Index.reserve(F.Entities.size());
  for (std::uint32_t I = 0; I < F.Entities.size(); ++I)
    Index.emplace(F.Entities[I].Id, I);
  return Index;
}

std::optional<UnitEdgeEnds> unitEnds(const EntityIndex &Index, const UnitSet &U, const Edge &E) {
  auto From = Index.find(E.From), To = Index.find(E.To);
  if (From == Index.end() || To == Index.end())
    return std::nullopt;
  UnitEdgeEnds Ends{From->second, To->second, U.EntityUnit[From->second], U.EntityUnit[To->second]};
  if (Ends.From == UnitSet::NoUnit || Ends.To == UnitSet::NoUnit)
    return std::nullopt;
  return Ends;
}

std::optional<UnitEdgeEnds> crossUnitEnds(const EntityIndex &Index, const UnitSet &U,
                                          const Edge &E) {
  auto Ends = unitEnds(Index, U, E);
  if (Ends && Ends->From == Ends->To)
    return std::nullopt;
  return Ends;
}

} // namespace seams
