// `seams check` and `seams baseline`: current cross-service dependencies under a baseline's
// member rules, compared with the known ones (new, stale, cycles, unassigned files, limits).
#pragma once

#include "gate/baseline.h"
#include "graph/model/facts.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace seams {

struct Decomposition;

/// Which service every entity and project file belongs to under a baseline's member rules.
class ServiceMap {
public:
  static constexpr std::uint32_t Shared = UINT32_MAX - 2;
  static constexpr std::uint32_t Ignored = UINT32_MAX - 1;
  static constexpr std::uint32_t Unassigned = UINT32_MAX; ///< No rule matches (or not code).

  /// Entities use the rules on their home file and qualified name; files on their path and the
  /// entities that live in them (for namespace rules). Indices refer to B.Services. A file the
  /// facts mark generated (FileInfo::Generated), and the code in it, is Ignored when no rule
  /// places it: owned by nobody, as in the decomposition, so never reported unassigned.
  ServiceMap(const Baseline &B, const Facts &F);

  std::uint32_t ofEntity(std::size_t EntityIndex) const { return EntityService[EntityIndex]; }
  /// Service of a project file, or Unassigned for a file the facts do not know.
  std::uint32_t ofFile(const std::string &Path) const;
  /// Every project file (facts files, TUs, entity homes), sorted, with its service.
  const std::map<std::string, std::uint32_t> &files() const { return FileService; }
  /// The files no member rule places (generated ones aside), each with the service it is
  /// checked as: the one its dependencies on placed code suggest (the most use sites, either
  /// way; the first service on a tie), or Unassigned when it has none. A new file in a flat
  /// `src/` matches no path rule; left unchecked, it was a way around the gate (a new file could
  /// call any service's internals and only a warning said so). Its code takes that service, as
  /// if a rule placed it, until one does.
  const std::map<std::string, std::uint32_t> &unplaced() const { return Unplaced; }
  /// Whether any project file or code entity is assigned to service S (an index into
  /// B.Services): a declared service without code is a boundary that guards nothing.
  bool hasCode(std::uint32_t S) const { return S < HasCode.size() && HasCode[S]; }

private:
  /// Fills Unplaced and gives each unplaced file, and the code in it, its suggested service.
  void placeByDependencies(const Facts &F);

  std::vector<std::uint32_t> EntityService;
  std::map<std::string, std::uint32_t> FileService;
  std::map<std::string, std::uint32_t> Unplaced;
  std::vector<bool> HasCode;
};

/// One current cross-service dependency: all edges with the same key, their use sites merged.
/// FromService is SharedLibrary for the shared library's own uses of a service.
struct DependencyUse {
  DependencyKey Key;
  unsigned Count = 0;       ///< Use sites (sum of edge counts).
  std::vector<Location> At; ///< Sorted sample sites.
  /// For an include: every to entity a baseline entry may name for it (sorted): the header's
  /// path and each entity of its service the header declares. The key names the first of those
  /// entities by name, code before macros (the path when it declares only include guards or
  /// nothing), so renaming a header inside its service changes no key, and an entry keyed by
  /// the path (older baselines) still matches.
  std::vector<std::string> ToAliases;
  std::vector<std::string> ToFiles; ///< For an include: the headers' paths.
};

/// The current cross-service dependencies and the calls the ICP is a share of.
struct Coupling {
  std::vector<DependencyUse> Uses; ///< Sorted by key.
  unsigned Calls = 0; ///< Calls between two service entities, within one service or across.
};

/// The figures a baseline's limits ratchet.
struct CouplingFigures {
  unsigned Dependencies = 0;
  unsigned Occurrences = 0;
  double ICP = 0; ///< Crossing calls / calls between two service entities (by count); 0 if none.
};

/// Every cross-service dependency of F under M: both ends in different services, or a use of a
/// service by the shared library (from SharedLibrary); uses of the shared library, of ignored
/// and unassigned code left out; `contains` edges are structure, not dependency.
Coupling collectDependencies(const Facts &F, const Baseline &B, const ServiceMap &M);

/// The ratcheted figures of the uses Counts accepts. A use left out counts as absent, its calls
/// included, so a dependency an `allow` rule covers, or an addition `--update` refused, never
/// raises or lowers a limit. The ICP counts calls between services only (not the shared
/// library's).
CouplingFigures couplingFigures(const Coupling &C,
                                const std::function<bool(const DependencyUse &)> &Counts);

/// The layer rule that decides about K (the first whose from and to match), or null.
const LayerRule *layerRule(const Baseline &B, const DependencyKey &K);

/// True when an `allow` rule decides about K: such a dependency needs no baseline entry and
/// does not count against the limits.
bool allowedByRule(const Baseline &B, const DependencyKey &K);

/// A fresh baseline for D: its service names, member rules from deriveMemberRules, every
/// current cross-service dependency of F under those rules, and limits at today's figures.
/// Throws seams::Error when a service of D gets no code under those rules (it owns no files,
/// as with class units), since its boundary could not be checked.
Baseline makeBaseline(const Decomposition &D, const Facts &F);

enum class FindingKind : std::uint8_t {
  NewDependency,     ///< A cross-service dependency the baseline does not know.
  NewCycle,          ///< Services that now depend on each other in a cycle.
  LimitExceeded,     ///< A ratcheted figure grew.
  StaleDependency,   ///< A known dependency that is gone.
  UnassignedFile,    ///< A project file no member rule matches: its dependencies go unchecked.
  AllowedDependency, ///< A new dependency an `allow` layer rule accepts.
  Known,             ///< A known dependency still present (SARIF baselineState "unchanged").
  EmptyService,      ///< A declared service no code is assigned to (its code moved or is gone).
};

/// The stable rule id of a finding kind ("new-dependency", ...), used in every format.
std::string_view findingId(FindingKind K);

enum class Severity : std::uint8_t { Error, Warning, Note };
std::string_view severityName(Severity S);

struct Finding {
  FindingKind Kind = FindingKind::NewDependency;
  Severity Level = Severity::Error;
  Location At;             ///< Project-relative file, or the baseline file (InBaseline).
  bool InBaseline = false; ///< At points into the baseline file, not the project.
  std::string Message;     ///< One line, without location or severity.
  std::optional<DependencyKey> Key;
  std::string Rule;        ///< The layer rule it breaks or is allowed by, if any.
  std::string Fingerprint; ///< Stable across line moves (from the key, else the message).
};

struct CheckOptions {
  std::string BaselinePath;      ///< Names the baseline file in findings about its entries.
  bool FailOnStale = false;      ///< Stale dependencies are errors, not warnings.
  bool FailOnUnassigned = false; ///< Unassigned files are errors, not warnings.
};

struct CheckResult {
  std::vector<Finding> Findings; ///< Errors first, then warnings, notes; then by place.
  std::vector<Finding> Known;    ///< Tolerated dependencies, by key (for SARIF).
  unsigned Tolerated = 0;        ///< Known dependencies still present.
  unsigned Errors = 0, Warnings = 0, Notes = 0;
  Limits Limit;          ///< The baseline's limits: the figures that may not grow.
  CouplingFigures After; ///< Today's figures.
  unsigned Unassigned = 0;
  bool failed() const { return Errors > 0; }
};

/// Compares F with the baseline B. Pure: same inputs, same result.
CheckResult checkBoundaries(const Facts &F, const Baseline &B, const CheckOptions &O);

struct UpdateResult {
  Baseline Updated;
  std::vector<DependencyKey> Removed; ///< Stale entries dropped.
  std::vector<DependencyKey> Added;   ///< New entries added (only with AllowAdditions).
  std::vector<DependencyKey> Refused; ///< New entries left out (without AllowAdditions).
};

/// `seams baseline --update`: drops stale dependencies and lowers limits to today's figures;
/// adds new dependencies and raises limits only when AllowAdditions. New dependencies an
/// `allow` rule covers are neither added nor refused. The limits are figures of the updated
/// dependencies alone: refused additions and rule-allowed dependencies never count (the caller
/// writes nothing when any addition was refused). Include entries keyed by a header's path
/// are re-keyed by the entity it declares. Members and layer rules are kept as they are.
UpdateResult updateBaseline(const Baseline &B, const Facts &F, bool AllowAdditions);

} // namespace seams
