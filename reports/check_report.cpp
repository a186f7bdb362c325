// Writers for `seams check` results: text, GitHub workflow commands, SARIF, JUnit, Markdown.
#include "reports/check_report.h"

#include "graph/model/error.h"
#include "graph/model/text_format.h"
#include "reports/escape.h"
#include "reports/sarif_writer.h"

#include <algorithm>
#include <map>
#include <optional>
#include <ostream>

namespace seams {
namespace {

struct RuleInfo {
  FindingKind Kind;
  const char *Name;
  const char *Short;
  const char *Help;
};

const RuleInfo Rules[] = {
    {FindingKind::NewDependency, "NewDependency", "New dependency across a service boundary",
     "Code now depends on another service in a way the agreed baseline does not know. Remove "
     "the dependency (go through the service's API), or agree on it and run `seams baseline "
     "--update --allow-additions`."},
    {FindingKind::NewCycle, "NewCycle", "New dependency cycle between services",
     "These services now depend on each other in a cycle, so none of them can be deployed "
     "alone."},
    {FindingKind::LimitExceeded, "LimitExceeded", "Coupling figure grew past its limit",
     "A figure the baseline ratchets (cross-service dependencies, use sites, ICP) may not grow."},
    {FindingKind::StaleDependency, "StaleDependency", "Known dependency is gone",
     "A dependency the baseline tolerates no longer exists; remove it with `seams baseline "
     "--update` so it cannot come back unnoticed."},
    {FindingKind::UnassignedFile, "UnassignedFile", "File belongs to no service",
     "No member rule of the baseline matches this file. Its dependencies are checked as those of "
     "the service they link it to most, or not at all when none does. Add a member rule."},
    {FindingKind::AllowedDependency, "AllowedDependency", "New dependency allowed by a layer rule",
     "A new cross-service dependency that a layer rule of the baseline allows."},
    {FindingKind::Known, "KnownDependency", "Known dependency tolerated by the baseline",
     "A cross-service dependency recorded in the baseline."},
    {FindingKind::EmptyService, "EmptyService", "Declared service has no code",
     "No code is assigned to a service the baseline declares, so its boundary guards nothing. "
     "Fix its member rules if its code moved, or remove the service from the baseline."},
};

std::string location(const Finding &X, const CheckReportOptions &O) {
  return X.InBaseline ? X.At.File : O.PathPrefix + X.At.File;
}

std::string kindTitle(FindingKind K) {
  for (const RuleInfo &R : Rules)
    if (R.Kind == K)
      return R.Short;
  return "";
}

void writeText(const CheckResult &R, const CheckReportOptions &O, std::ostream &Out) {
  for (const Finding &X : R.Findings)
    Out << location(X, O) << ":" << X.At.Line << ": " << severityName(X.Level) << ": ["
        << findingId(X.Kind) << "] " << X.Message << "\n";
  Out << checkSummary(R) << "\n";
}

/// GitHub's workflow commands are ::error, ::warning and ::notice (a note is a notice).
const char *githubCommand(Severity S) {
  return S == Severity::Error ? "error" : S == Severity::Warning ? "warning" : "notice";
}

void writeGithub(const CheckResult &R, const CheckReportOptions &O, std::ostream &Out) {
  for (const Finding &X : R.Findings) {
    Out << "::" << githubCommand(X.Level) << " file=" << githubCommandData(location(X, O), true)
        << ",line=" << X.At.Line
        << ",title=" << githubCommandData("seams " + std::string(findingId(X.Kind)), true)
        << "::" << githubCommandData(X.Message, false) << "\n";
  }
  Out << checkSummary(R) << "\n";
}

std::string sarifLevel(Severity S) {
  return S == Severity::Error ? "error" : S == Severity::Warning ? "warning" : "note";
}

void writeSarifResult(const Finding &X, std::size_t RuleIndex, const char *State,
                      const CheckReportOptions &O, std::ostream &Out) {
  Out << "{\"ruleId\":" << jsonString(findingId(X.Kind)) << ",\"ruleIndex\":" << RuleIndex;
  if (X.Kind == FindingKind::Known)
    Out << ",\"kind\":\"informational\",\"level\":\"none\"";
  else
    Out << ",\"level\":\"" << sarifLevel(X.Level) << "\"";
  Out << ",\"message\":{\"text\":" << jsonString(X.Message) << "}"
      << ",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":"
      << jsonString(location(X, O)) << "},\"region\":{\"startLine\":" << std::max(1u, X.At.Line)
      << "}}}]"
      << ",\"partialFingerprints\":{\"seamsKey/v1\":" << jsonString(X.Fingerprint) << "}"
      << ",\"baselineState\":\"" << State << "\"";
  if (X.Key)
    Out << ",\"properties\":{\"from\":" << jsonString(X.Key->FromService)
        << ",\"to\":" << jsonString(X.Key->ToService)
        << ",\"fromEntity\":" << jsonString(X.Key->FromEntity)
        << ",\"toEntity\":" << jsonString(X.Key->ToEntity) << ",\"kind\":\""
        << kindName(X.Key->Kind) << "\""
        << (X.Rule.empty() ? "" : ",\"layerRule\":" + jsonString(X.Rule)) << "}";
  Out << "}";
}

void writeSarif(const CheckResult &R, const CheckReportOptions &O, std::ostream &Out) {
  Out << "{\n\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\n"
         "\"version\":\"2.1.0\",\n\"runs\":[{\n\"tool\":{\"driver\":{\"name\":\"seams\","
      << "\"version\":" << jsonString(O.ToolVersion) << ",\"rules\":[";
  for (std::size_t I = 0; I < std::size(Rules); ++I) {
    const RuleInfo &Rule = Rules[I];
    Out << (I ? "," : "") << "\n{\"id\":" << jsonString(findingId(Rule.Kind))
        << ",\"name\":" << jsonString(Rule.Name)
        << ",\"shortDescription\":{\"text\":" << jsonString(Rule.Short)
        << "},\"fullDescription\":{\"text\":" << jsonString(Rule.Help)
        << "},\"defaultConfiguration\":{\"level\":\""
        << (Rule.Kind == FindingKind::StaleDependency || Rule.Kind == FindingKind::UnassignedFile
                ? "warning"
            : Rule.Kind == FindingKind::AllowedDependency || Rule.Kind == FindingKind::Known
                ? "note"
                : "error")
        << "\"}}";
  }
  Out << "]}},\n\"results\":[";
  auto RuleIndex = [](FindingKind K) {
    for (std::size_t I = 0; I < std::size(Rules); ++I)
      if (Rules[I].Kind == K)
        return I;
    return std::size_t(0);
  };
  const std::size_t Max = std::min(O.SarifMaxResults, MaxSarifResults);
  std::size_t Shown = 0;
  auto Emit = [&](const Finding &X, const char *State) {
    if (Shown == Max)
      return;
    Out << (Shown++ ? ",\n" : "\n");
    writeSarifResult(X, RuleIndex(X.Kind), State, O, Out);
  };
  for (const Finding &X : R.Findings)
    Emit(X, X.Kind == FindingKind::StaleDependency ? "absent"
            : X.Kind == FindingKind::LimitExceeded ? "updated"
                                                   : "new");
  for (const Finding &X : R.Known)
    Emit(X, "unchanged");
  Out << "\n],\n\"properties\":{\"summary\":" << jsonString(checkSummary(R))
      << ",\"results_omitted\":" << R.Findings.size() + R.Known.size() - Shown << "}\n}]\n}\n";
}

void writeJunit(const CheckResult &R, const CheckReportOptions &O, std::ostream &Out) {
  std::size_t Tests = R.Findings.size() + 1;
  Out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"seams check\" tests=\"" << Tests << "\" failures=\"" << R.Errors
      << "\">\n  <testsuite name=\"seams check\" tests=\"" << Tests << "\" failures=\"" << R.Errors
      << "\" errors=\"0\" skipped=\"0\">\n";
  for (const Finding &X : R.Findings) {
    std::string Where = location(X, O) + ":" + std::to_string(X.At.Line);
    Out << "    <testcase classname=\"seams." << findingId(X.Kind) << "\" name=\""
        << xmlText(Where + " " + X.Message) << "\" file=\"" << xmlText(location(X, O))
        << "\" line=\"" << X.At.Line << "\">";
    if (X.Level == Severity::Error)
      Out << "\n      <failure type=\"" << findingId(X.Kind) << "\" message=\""
          << xmlText(X.Message) << "\">" << xmlText(Where + ": " + X.Message) << "</failure>\n    ";
    else
      Out << "\n      <system-out>" << severityName(X.Level) << ": " << xmlText(X.Message)
          << "</system-out>\n    ";
    Out << "</testcase>\n";
  }
  // A fixed name, so a dashboard tracks one summary case across runs; the counts are its output.
  Out << "    <testcase classname=\"seams.summary\" name=\"summary\">\n      <system-out>"
      << xmlText(checkSummary(R))
      << "</system-out>\n    </testcase>\n  </testsuite>\n</testsuites>\n";
}

void writeMarkdown(const CheckResult &R, const CheckReportOptions &O, std::ostream &Out) {
  Out << "## seams check: " << (R.failed() ? "new coupling across service boundaries" : "clean")
      << "\n\n"
      << checkSummary(R) << ".\n\n"
      << "| figure | limit | now |\n|---|---:|---:|\n";
  // A figure the baseline sets no limit on is shown, not ratcheted.
  auto Row = [&](const char *Figure, const std::optional<std::string> &Limit,
                 const std::string &Now) {
    Out << "| " << Figure << " | " << Limit.value_or("none") << " | " << Now << " |\n";
  };
  auto Count = [](const std::optional<unsigned> &V) {
    return V ? std::optional<std::string>(std::to_string(*V)) : std::nullopt;
  };
  Row("cross-service dependencies", Count(R.Limit.Dependencies),
      std::to_string(R.After.Dependencies));
  Row("cross-service use sites", Count(R.Limit.Occurrences), std::to_string(R.After.Occurrences));
  Row("ICP", R.Limit.ICP ? std::optional<std::string>(fixedNumber(*R.Limit.ICP, 4)) : std::nullopt,
      fixedNumber(R.After.ICP, 4));
  FindingKind Last = FindingKind::Known;
  bool Any = false;
  for (const Finding &X : R.Findings) {
    if (!Any || X.Kind != Last) {
      Out << "\n### " << kindTitle(X.Kind) << " (" << findingId(X.Kind) << ")\n\n";
      Last = X.Kind;
      Any = true;
    }
    Out << "- **" << severityName(X.Level) << "** `" << location(X, O) << ":" << X.At.Line
        << "`: " << markdownText(X.Message) << "\n";
  }
}

/// Throws Error("--format " + the parts): a command line whose reports could be misrouted.
[[noreturn]] void refuseFormats(std::initializer_list<std::string_view> Parts) {
  std::string Message = "--format ";
  for (std::string_view P : Parts)
    Message += P;
  throw Error(Message);
}

} // namespace

std::optional<CheckFormat> parseCheckFormat(std::string_view S) {
  if (S == "text")
    return CheckFormat::Text;
  if (S == "github")
    return CheckFormat::Github;
  if (S == "sarif")
    return CheckFormat::Sarif;
  if (S == "junit")
    return CheckFormat::Junit;
  if (S == "markdown")
    return CheckFormat::Markdown;
  return std::nullopt;
}

std::vector<CheckOutput> parseCheckOutputs(const std::vector<std::string> &Specs) {
  std::vector<CheckOutput> Outputs;
  std::string OnStdout;
  std::map<std::string, std::string> Files; // file -> the spec that writes it
  for (const std::string &Spec : Specs) {
    std::size_t Eq = Spec.find('=');
    std::string Name = Spec.substr(0, Eq);
    auto Fmt = parseCheckFormat(Name);
    if (!Fmt)
      refuseFormats({Spec, ": the format must be text, github, sarif, junit or markdown, not \"",
                     Name, "\" (write FORMAT or FORMAT=FILE)"});
    CheckOutput O{*Fmt, Eq == std::string::npos ? "" : Spec.substr(Eq + 1)};
    if (Eq != std::string::npos && O.File.empty())
      refuseFormats({Spec, ": no file after '=' (write ", Name, "=FILE, or ", Name,
                     " alone for standard output)"});
    if (O.File == "-")
      O.File.clear();
    if (O.File.empty()) {
      if (!OnStdout.empty())
        refuseFormats({OnStdout, " and --format ", Spec,
                       " both go to standard output; give one of them a file: --format ", Name,
                       "=FILE"});
      OnStdout = Spec;
    } else if (auto [It, New] = Files.emplace(O.File, Spec); !New) {
      refuseFormats({It->second, " and --format ", Spec, " both write ", O.File,
                     "; give each format its own file"});
    }
    Outputs.push_back(O);
  }
  return Outputs;
}

std::string checkSummary(const CheckResult &R) {
  std::string S =
      plural(R.Tolerated, "known dependency", "known dependencies") + " tolerated by the baseline";
  unsigned New = 0, Stale = 0, Cycles = 0, Limits = 0;
  for (const Finding &X : R.Findings) {
    New += X.Kind == FindingKind::NewDependency;
    Stale += X.Kind == FindingKind::StaleDependency;
    Cycles += X.Kind == FindingKind::NewCycle;
    Limits += X.Kind == FindingKind::LimitExceeded;
  }
  S += "; " + std::to_string(New) + " new, " + std::to_string(Stale) + " stale, " +
       plural(Cycles, "new cycle", "new cycles") + ", " +
       plural(Limits, "limit exceeded", "limits exceeded") + ", " +
       plural(R.Unassigned, "unassigned file", "unassigned files");
  return S;
}

void writeCheckReport(const CheckResult &R, CheckFormat Fmt, const CheckReportOptions &O,
                      std::ostream &Out) {
  switch (Fmt) {
  case CheckFormat::Text:
    return writeText(R, O, Out);
  case CheckFormat::Github:
    return writeGithub(R, O, Out);
  case CheckFormat::Sarif:
    return writeSarif(R, O, Out);
  case CheckFormat::Junit:
    return writeJunit(R, O, Out);
  case CheckFormat::Markdown:
    return writeMarkdown(R, O, Out);
  }
}

} // namespace seams
