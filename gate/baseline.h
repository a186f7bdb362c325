// The agreed service boundaries (seams-baseline.json): member rules, layer rules, limits and the
// cross-service dependencies known when the baseline was taken; what `seams check` guards.
#pragma once

#include "graph/model/facts.h"

#include <cstdint>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace seams {

struct Decomposition;

/// Version tag of seams-baseline.json; readers refuse other versions (docs/CI.md).
inline constexpr std::string_view BaselineSchema = "seams-baseline/1";

/// In a dependency key, the from entity of a file-level use (an include, a macro expanded at
/// file scope): such uses are keyed by service, not by file, so renaming or moving a file
/// within its service changes no key.
inline constexpr std::string_view AnyFile = "*";

/// The reserved service name of the shared library, as the `from` of its own dependencies on
/// services and of layer rules about them. Uses of the shared library are not coupling, but
/// the shared library's uses of a service are: otherwise any service could reach any other
/// through a shared file. Never a declared service.
inline constexpr std::string_view SharedLibrary = "(shared)";

/// What a member rule puts its matches into.
enum class MemberTarget : std::uint8_t {
  Service, ///< The named service.
  Shared,  ///< The shared library: uses of it are not coupling between services.
  Ignored, ///< Left out entirely (generated code, tests, excluded files).
};

/// One ordered member rule: code matching Path (a glob anchored at the project root) and/or
/// Namespace (a qualified namespace, nested ones included) belongs to Target. Rules are tried
/// in order and the first match wins, so new files land in a service without editing the
/// baseline. A rule with both parts needs both to match.
struct MemberRule {
  MemberTarget Target = MemberTarget::Service;
  std::string Service; ///< For MemberTarget::Service.
  std::string Path;
  std::string Namespace;
  unsigned Line = 0; ///< Where it was read from (0 when built in memory).
};

/// A layer rule: whether dependencies from services matching From to services matching To
/// (service names or "*") are allowed. The first matching rule decides. A new dependency under
/// an `allow` rule is reported as a note and does not fail the check; under a `forbid` rule,
/// or under no rule, it fails.
struct LayerRule {
  std::string Name;
  std::string From;
  std::string To;
  bool Allow = false;
  std::string Reason;
  unsigned Line = 0;
};

/// The semantic identity of a cross-service dependency: no line numbers, so moving code never
/// changes it. Entities are qualified names (overloads share one key); a file-level use has
/// AnyFile as its from entity and the file's path as the to entity of an include.
struct DependencyKey {
  std::string FromService;
  std::string ToService;
  std::string FromEntity;
  std::string ToEntity;
  EdgeKind Kind = EdgeKind::Call;
  friend auto operator<=>(const DependencyKey &, const DependencyKey &) = default;
  /// "from_service|to_service|from_entity|to_entity|kind", for messages and fingerprints.
  std::string text() const;
  /// A stable 16-hex-digit hash of text(): SARIF partialFingerprints.
  std::string fingerprint() const;
};

/// Metric ratchet: figures that may not grow. Absent ones are not checked.
struct Limits {
  std::optional<unsigned> Dependencies; ///< Distinct cross-service dependency keys.
  std::optional<unsigned> Occurrences;  ///< Use sites behind them (sum of edge counts).
  std::optional<double> ICP;            ///< Share of calls between services that cross one.
  unsigned DependenciesLine = 0, OccurrencesLine = 0, ICPLine = 0;
};

struct Baseline {
  std::vector<std::string> Services;  ///< Declared service names, sorted.
  std::vector<unsigned> ServiceLines; ///< Parallel to Services when read from a file.
  std::vector<MemberRule> Members;    ///< In order: first match wins.
  std::vector<LayerRule> Rules;       ///< In order: first match wins.
  Limits Limit;
  std::vector<DependencyKey> Dependencies; ///< Sorted, unique.
  std::vector<unsigned> DependencyLines;   ///< Parallel to Dependencies when read from a file.

  /// Line of dependency I in the file it was read from, 0 when unknown.
  unsigned lineOf(std::size_t I) const {
    return I < DependencyLines.size() ? DependencyLines[I] : 0;
  }
  /// Line of service I (in Services) in the file it was read from, 0 when unknown.
  unsigned serviceLine(std::size_t I) const {
    return I < ServiceLines.size() ? ServiceLines[I] : 0;
  }
};

/// Writes the baseline: one member, rule or dependency per line, sorted, so reviews see one line
/// per changed dependency.
void writeBaseline(const Baseline &B, std::ostream &Out);

/// Parses a baseline in time linear in its size (line numbers come from one pass over the
/// text). Throws seams::Error naming Source, the line (and column for bad JSON) and
/// what is wrong: empty or truncated file, a schema other than seams-baseline/1, unknown or
/// missing keys, unknown kinds, undeclared services, duplicate dependencies.
Baseline readBaseline(std::string_view Text, const std::string &Source);
Baseline readBaselineFile(const std::string &Path);

/// True when a member rule path matches Path. Unlike extraction globs, a pattern is anchored at
/// the project root: "main.cpp" matches only a top-level main.cpp.
bool memberPathMatch(std::string_view Pattern, std::string_view Path);

/// Member rules for the services of D: one `dir/**` per topmost directory whose files all go to
/// one place, a fallback `dir/**` for the place more than half of a mixed directory's files go
/// to (deeper ones first; none without such a majority),
/// and exact paths for the files those would misplace (first). Never a rule for the whole root,
/// so a new top-level directory is reported as unassigned rather than guessed.
std::vector<MemberRule> deriveMemberRules(const Decomposition &D);

/// The line (1-based) where the value at JSON pointer Pointer ("/dependencies/3") starts in
/// Text, 0 when it is not there. Text must be valid JSON.
unsigned lineOfPointer(std::string_view Text, std::string_view Pointer);

} // namespace seams
