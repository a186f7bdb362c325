// `seams check` and `seams baseline`: current cross-service dependencies under a baseline's
// member rules, compared with the known ones (new, stale, cycles, unassigned files, limits).
#pragma once

#include "gate/baseline.h"
#include "graph/model/facts.h"

#include <cstdint>
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
  /// entities that live in them (for namespace rules). Indices refer to B.Services.
  ServiceMap(const Baseline &B, const Facts &F);

  std::uint32_t ofEntity(std::size_t EntityIndex) const { return EntityService[EntityIndex]; }
  /// Service of a project file, or Unassigned for a file the facts do not know.
  std::uint32_t ofFile(const std::string &Path) const;
  /// Every project file (facts files, TUs, entity homes), sorted, with its service.
  const std::map<std::string, std::uint32_t> &files() const { return FileService; }

private:
  std::vector<std::uint32_t> EntityService;
  std::map<std::string, std::uint32_t> FileService;
};

/// One current cross-service dependency: all edges with the same key, their use sites merged.
struct DependencyUse {
  DependencyKey Key;
  unsigned Count = 0;       ///< Use sites (sum of edge counts).
  std::vector<Location> At; ///< Sorted sample sites.
};

/// The figures a baseline's limits ratchet.
struct CouplingFigures {
  unsigned Dependencies = 0;
  unsigned Occurrences = 0;
  double ICP = 0; ///< Crossing calls / calls between two service entities (by count); 0 if none.
};

/// Every cross-service dependency of F under M (both ends in different services; shared,
/// ignored and unassigned code left out; `contains` edges are structure, not dependency),
/// sorted by key, with the figures the limits ratchet.
std::vector<DependencyUse> collectDependencies(const Facts &F, const Baseline &B,
                                               const ServiceMap &M, CouplingFigures &Figures);

/// A fresh baseline for D: its service names, member rules from deriveMemberRules, every
/// current cross-service dependency of F under those rules, and limits at today's figures.
Baseline makeBaseline(const Decomposition &D, const Facts &F);

enum class FindingKind : std::uint8_t {
  NewDependency,     ///< A cross-service dependency the baseline does not know.
  NewCycle,          ///< Services that now depend on each other in a cycle.
  LimitExceeded,     ///< A ratcheted figure grew.
  StaleDependency,   ///< A known dependency that is gone.
  UnassignedFile,    ///< A project file no member rule matches: its dependencies go unchecked.
  AllowedDependency, ///< A new dependency an `allow` layer rule accepts.
  Known,             ///< A known dependency still present (SARIF baselineState "unchanged").
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
  CouplingFigures Before, After; ///< Before: from the baseline's limits where given.
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
/// adds new dependencies and raises limits only when AllowAdditions. Members and layer rules
/// are kept as they are.
UpdateResult updateBaseline(const Baseline &B, const Facts &F, bool AllowAdditions);

} // namespace seams
