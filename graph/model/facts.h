// The facts model: entities and typed edges extracted from a code base, shared by every stage.
#pragma once

#include "graph/model/type_shape.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace seams {

/// Version tag written into every facts file; readers refuse other major versions.
inline constexpr std::string_view FactsSchema = "seams-facts/1";

/// What an entity is. The spelling of each kind (kindName) is part of the facts schema.
enum class EntityKind : std::uint8_t {
  File,
  Namespace,
  Class,
  Struct,
  Union,
  Enum,
  Function,
  Method,
  Variable, ///< Namespace-scope variable or static data member: shared storage.
  Field,
  Alias,
  Macro,
  External, ///< One per external header (system or excluded): symbols there are folded into it.
};

/// What a dependency is. The spelling of each kind (kindName) is part of the facts schema.
enum class EdgeKind : std::uint8_t {
  Include,
  Call,
  Override,
  Inherit,
  Type,
  Field,
  Read,
  Write,
  Macro,
  Contains,
};

std::string_view kindName(EntityKind K);
std::string_view kindName(EdgeKind K);
std::optional<EntityKind> parseEntityKind(std::string_view S);
std::optional<EdgeKind> parseEdgeKind(std::string_view S);
/// The edge kind as a verb for messages: "A calls B", "A uses type B", "A includes B". Hotspot
/// and gate messages share it, so one dependency reads the same everywhere.
std::string_view edgeVerb(EdgeKind K);

/// A place in a project file; File is relative to the project root and '/'-separated.
struct Location {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0; ///< 0 when unknown; kept only in partial facts, where merging needs it.
  friend auto operator<=>(const Location &, const Location &) = default;
};

struct Entity {
  std::string Id; ///< Stable across runs and machines: derived from the Clang USR or the path.
  EntityKind Kind = EntityKind::File;
  std::string Name; ///< Qualified name ("shop::payments::Ledger::post"), or the path of a file.
  std::string File; ///< Where it is first declared.
  unsigned Line = 0;
  std::string DefFile; ///< Where it is defined; empty when the definition was not seen.
  unsigned DefLine = 0;
  unsigned Lines = 0; ///< Size of the definition (or of the file), in lines.
  /// Functions and methods: parameters and return type, for interface sketches. Absent in
  /// facts written before seams recorded them, and for what Clang could not type.
  std::optional<Signature> Sig;
  /// Fields: the member's type, so that a record passed by value can become a message.
  std::optional<TypeShape> Type;
  /// Variables: its type is BasicLockable (lock() and unlock(): a mutex). Sharing one is sharing
  /// what it guards, not a value to read and write, so hotspots say so.
  bool Lock = false;
  friend bool operator==(const Entity &, const Entity &) = default;
};

/// One occurrence of a dependency. Discarded marks a call whose result is not used.
struct Occurrence {
  Location At;
  bool Discarded = false;
  friend auto operator<=>(const Occurrence &, const Occurrence &) = default;
};

struct Edge {
  std::string From;
  std::string To;
  EdgeKind Kind = EdgeKind::Call;
  unsigned Count = 0;         ///< Distinct occurrences in the code base.
  unsigned Discarded = 0;     ///< For calls: how many of them discard the result (fire-and-forget).
  std::vector<Occurrence> At; ///< Sorted samples; all of them in partial facts.
};

struct Diagnostic {
  std::string File;
  unsigned Line = 0;
  std::string Severity; ///< "fatal", "error", "warning" or "note" (seams' own remark).
  std::string Message;
  friend auto operator<=>(const Diagnostic &, const Diagnostic &) = default;
};

struct FileInfo {
  std::string Path;
  unsigned Lines = 0;
  unsigned Diagnostics = 0; ///< Errors reported in this file (derived by FactsBuilder::finish).
  /// Lies under a build directory inside the project root (CMake's generated headers,
  /// cmake_pch.hxx.cxx): code nobody owns, so never a service of its own.
  bool Generated = false;
};

/// A translation unit of the compile database and how its parse went.
struct TuInfo {
  std::string File;
  std::string Status; ///< "ok", "errors" (parsed with errors, facts recovered) or "failed".
  unsigned Errors = 0;
};

/// One use of a database table: a call to a method of a configured database wrapper class whose
/// first argument is a string literal naming the table. Lets hotspots find tables shared between
/// services, which no symbol edge shows (docs/FACTS.md, `tables`).
struct TableUse {
  std::string Table;
  std::string From; ///< Entity id of the caller (the innermost enclosing entity).
  Location At;
  bool Write = false; ///< The wrapper method writes (insert, update, erase, ...); else a read.
  friend auto operator<=>(const TableUse &, const TableUse &) = default;
};

/// The whole extraction result. Everything is sorted, so equal facts serialize identically.
struct Facts {
  std::string Root;     ///< Display name of the project root (never an absolute path).
  bool Partial = false; ///< A shard or cache entry: keeps every occurrence with its column.
  std::vector<FileInfo> Files;
  std::vector<TuInfo> Tus;
  std::vector<Entity> Entities;
  std::vector<Edge> Edges;
  std::vector<Diagnostic> Diagnostics;
  std::vector<TableUse> TableUses; ///< Sorted by (table, from, location); empty when none known.

  const Entity *findEntity(std::string_view Id) const;
};

/// Accumulates facts from any number of sources (TUs, cache entries, shards) in any order and
/// produces one sorted Facts. Occurrences are deduplicated by location, so a header seen by two
/// TUs or two shards is counted once; the result does not depend on the order of the inputs.
class FactsBuilder {
public:
  void addEntity(const Entity &E);
  void addOccurrence(const std::string &From, const std::string &To, EdgeKind Kind,
                     const Occurrence &O);
  void addFile(const FileInfo &F);
  void addTu(const TuInfo &T);
  void addDiagnostic(const Diagnostic &D);
  /// Records a table use; the same use (table, caller, location, access) is kept once.
  void addTableUse(const TableUse &T);
  /// Adds every fact of Other; Other must be partial (every occurrence present) to merge exactly.
  void merge(const Facts &Other);
  /// Takes back one earlier merge(Other) exactly: every fact counts its contributions, so the
  /// builder then finishes as if Other had never been merged (a warm run replaces one TU's facts
  /// without merging all the others again). False, and the builder is unusable, when Other was
  /// not merged (a fact of it is missing).
  [[nodiscard]] bool subtract(const Facts &Other);

  /// Builds the sorted result. MaxSamples bounds Edge::At (0 keeps all); Partial keeps columns.
  Facts finish(std::string Root, unsigned MaxSamples, bool Partial) const;

  /// Writes the builder's whole state (with the contribution counts) in a compact binary form
  /// (facts_state.cpp), for the extraction cache's index.
  void saveState(std::ostream &Out) const;
  /// A builder saved by saveState; nullopt when Bytes are not one (damaged, another version).
  static std::optional<FactsBuilder> loadState(std::string_view Bytes);

private:
  friend class FactsStateIo;
  using EdgeKey = std::tuple<std::string, std::string, EdgeKind>;
  struct Site {
    unsigned Uses = 0; ///< Contributions of this occurrence.
    unsigned Kept = 0; ///< Of those, the ones that use the call's result.
  };
  /// Every distinct description of an entity with its number of contributions; finish()
  /// combines them in a fixed order, so the result does not depend on the order of the inputs.
  std::map<std::string, std::vector<std::pair<Entity, unsigned>>> Entities;
  std::map<EdgeKey, std::map<Location, Site>> Edges;
  std::map<std::string, std::vector<std::pair<FileInfo, unsigned>>> Files;
  std::map<std::string, TuInfo> Tus;
  std::map<Diagnostic, unsigned> Diagnostics;
  std::map<TableUse, unsigned> TableUses;
};

} // namespace seams
