// Units of decomposition: components (header + its sources), files or classes, and what maps where.
#pragma once

#include "graph/model/facts.h"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace seams {

/// The granularity at which code is assigned to services.
enum class UnitKind : std::uint8_t {
  Component, ///< foo.h with foo.cpp (same directory and stem), after Lakos. The default.
  File,      ///< Every file on its own.
  Class,     ///< A class/struct/union with its members; free code stays in its component.
};

std::string_view unitKindName(UnitKind K);
std::optional<UnitKind> parseUnitKind(std::string_view S);

/// One node of the dependency graph.
struct Unit {
  std::string Id; ///< Component: "dir/stem"; file: its path; class: its qualified name.
  std::vector<std::string> Files;      ///< Project files assigned to this unit, sorted.
  std::vector<std::uint32_t> Entities; ///< Indices into Facts::Entities whose code lives here.
  std::string Anchor; ///< The file that locates the unit (its first file, or the class's file).
  unsigned Lines = 0; ///< Size: lines of its files, or of its class and member definitions.
};

/// Every project file and entity mapped to exactly one unit (or excluded).
struct UnitSet {
  static constexpr std::uint32_t NoUnit = UINT32_MAX;
  UnitKind Kind = UnitKind::Component;
  std::vector<Unit> Units;                       ///< Sorted by Id.
  std::map<std::string, std::uint32_t> FileUnit; ///< Every project file not excluded.
  /// Parallel to Facts::Entities: the unit where the entity's code lives, or NoUnit for
  /// external, namespace and excluded entities.
  std::vector<std::uint32_t> EntityUnit;
  std::vector<std::string> ExcludedFiles; ///< Sorted.
  std::vector<std::string>
      GeneratedFiles; ///< Under a build directory (FileInfo::Generated), sorted.

  std::uint32_t unitOfFile(std::string_view Path) const;
};

/// The file where an entity's code lives: its definition when seen (DefFile), else its first
/// declaration (File). A function declared in foo.h and defined in bar.cpp lives in bar.cpp.
const std::string &homeFile(const Entity &E);

/// The component key of a path: directory plus file name up to its last '.', so "a/foo.h" and
/// "a/foo.cpp" share "a/foo".
std::string componentKey(std::string_view Path);

/// Groups the project files of F (Facts::Files, TUs, and the files of non-external entities)
/// into units of kind Kind. Files matching any of ExcludeGlobs are left out, and so are the
/// entities that live in them. In class mode each file goes to the unit holding most of its
/// lines of code (its component on a tie), so every file still has exactly one unit.
UnitSet buildUnits(const Facts &F, UnitKind Kind, std::span<const std::string> ExcludeGlobs = {});

/// True when any file of U (or its anchor) matches any of Globs.
bool unitMatches(const Unit &U, std::span<const std::string> Globs);

/// Share (0..1) of U's code, weighted by lines + 1 per entity, whose qualified name is in Ns or
/// a namespace nested in it. Used by `namespaces` pins.
double namespaceShare(const Unit &U, const Facts &F, std::string_view Ns);

/// Entity ids to their index in F.Entities. The keys view F's strings: valid while F lives.
using EntityIndex = std::unordered_map<std::string_view, std::uint32_t>;
EntityIndex entityIndex(const Facts &F);

/// An edge lifted to units: its two entities (indexes into F.Entities) and their units.
struct UnitEdgeEnds {
  std::uint32_t FromEntity, ToEntity;
  std::uint32_t From, To;
};

/// The ends of E when both entities are known and each lives in a unit (UnitSet::EntityUnit);
/// nothing otherwise. Every signal that lifts edges to unit pairs starts here, so they all skip
/// the same edges.
std::optional<UnitEdgeEnds> unitEnds(const EntityIndex &Index, const UnitSet &U, const Edge &E);

/// As unitEnds, and nothing also when both ends are in one unit: the edges between units.
std::optional<UnitEdgeEnds> crossUnitEnds(const EntityIndex &Index, const UnitSet &U,
                                          const Edge &E);

} // namespace seams
