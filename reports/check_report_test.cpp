// Tests for the `seams check` report formats on the gate's hand-made shop: SARIF fields, GitHub
// workflow commands, JUnit and Markdown.
#include "gate/check_test_fixture.h"
#include "graph/model/error.h"
#include "reports/check_report.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

namespace seams {
namespace {

using namespace gate_test; // The gate's hand-made shop.
using ::testing::HasSubstr;

std::string report(const CheckResult &R, CheckFormat F) {
  std::ostringstream S;
  writeCheckReport(R, F, {"1.0", "", "seams-baseline.json"}, S);
  return S.str();
}

Finding finding(FindingKind Kind, Severity Level, Location At, std::string Message) {
  Finding X;
  X.Kind = Kind;
  X.Level = Level;
  X.At = std::move(At);
  X.Message = std::move(Message);
  return X;
}

TEST(CheckReport, TextIsCompilerLikeAndEndsWithTheSummary) {
  Shop S;
  Baseline B = makeBaseline(decomposition(), S.facts());
  EXPECT_EQ(report(check(S.facts(), B), CheckFormat::Text),
            "3 known dependencies tolerated by the baseline; 0 new, 0 stale, 0 new cycles, "
            "0 limits exceeded, 0 unassigned files\n");
  S.use("shop::payments::charge", "shop::orders::checkout", EdgeKind::Call, "payments/pay.cpp", 7);
  EXPECT_THAT(report(check(S.facts(), B), CheckFormat::Text),
              HasSubstr("payments/pay.cpp:7: error: [new-dependency] payments -> orders: "));
}

TEST(CheckReport, SarifHasTheRequiredFields) {
  Shop S;
  Baseline B = makeBaseline(decomposition(), S.facts());
  S.use("shop::shipping::ship", "shop::payments::detail::sign", EdgeKind::Call, "shipping/ship.cpp",
        6);
  CheckResult R = check(S.facts(), B);
  auto J = nlohmann::json::parse(report(R, CheckFormat::Sarif));
  EXPECT_EQ(J["version"], "2.1.0");
  EXPECT_TRUE(J.contains("$schema"));
  const auto &Run = J["runs"][0];
  EXPECT_EQ(Run["tool"]["driver"]["name"], "seams");
  EXPECT_GE(Run["tool"]["driver"]["rules"].size(), 5u);
  const auto &First = Run["results"][0];
  EXPECT_EQ(First["ruleId"], "new-dependency");
  EXPECT_EQ(First["baselineState"], "new");
  EXPECT_EQ(First["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "shipping/ship.cpp");
  EXPECT_EQ(First["locations"][0]["physicalLocation"]["region"]["startLine"], 6);
  EXPECT_EQ(First["partialFingerprints"]["seamsKey/v1"], R.Findings[0].Fingerprint);
  EXPECT_EQ(Run["results"].back()["baselineState"], "unchanged");
}

TEST(CheckReport, GithubJunitMarkdown) {
  Shop S;
  Baseline B = makeBaseline(decomposition(), S.facts());
  S.use("shop::shipping::ship", "shop::payments::detail::sign", EdgeKind::Call, "shipping/ship.cpp",
        6);
  CheckResult R = check(S.facts(), B);
  EXPECT_THAT(report(R, CheckFormat::Github),
              HasSubstr("::error file=shipping/ship.cpp,line=6,title=seams new-dependency::"
                        "shipping -> payments: shop::shipping::ship calls "
                        "shop::payments::detail::sign (not in the baseline)\n"));
  std::string X = report(R, CheckFormat::Junit);
  EXPECT_THAT(X, HasSubstr("<failure type=\"new-dependency\""));
  EXPECT_THAT(X, HasSubstr("shipping -&gt; payments"));
  EXPECT_THAT(report(R, CheckFormat::Markdown),
              HasSubstr("3 known dependencies tolerated by the baseline"));
}

TEST(CheckReport, EachFormatNamesItsOwnFile) {
  std::vector<CheckOutput> O =
      parseCheckOutputs({"sarif=out/seams.sarif", "markdown=a=b.md", "junit=-"});
  ASSERT_EQ(O.size(), 3u);
  EXPECT_EQ(O[0].Format, CheckFormat::Sarif);
  EXPECT_EQ(O[0].File, "out/seams.sarif");
  EXPECT_EQ(O[1].Format, CheckFormat::Markdown);
  EXPECT_EQ(O[1].File, "a=b.md"); // split at the first '='
  EXPECT_EQ(O[2].Format, CheckFormat::Junit);
  EXPECT_EQ(O[2].File, ""); // "-": standard output
  EXPECT_EQ(parseCheckOutputs({"github"}).at(0).File, "");
  EXPECT_THROW(parseCheckOutputs({"github", "junit=-"}), Error);  // both on stdout
  EXPECT_THROW(parseCheckOutputs({"junit=r", "sarif=r"}), Error); // one file, two formats
  EXPECT_THROW(parseCheckOutputs({"sarif="}), Error);             // no file
  EXPECT_THROW(parseCheckOutputs({"sarifs=seams.sarif"}), Error); // no such format
}

TEST(CheckReport, SarifStaysWithinCodeScanningsLimitFindingsFirst) {
  // A real baseline knows tens of thousands of dependencies; GitHub code scanning rejects a run
  // with more than 25,000 results. Findings always come first; known ones fill the rest.
  CheckResult R;
  R.Findings.push_back(finding(FindingKind::NewDependency, Severity::Error,
                               {"orders/cart.cpp", 3, 1}, "orders -> payments: new"));
  R.Errors = 1;
  R.Known.assign(30000, finding(FindingKind::Known, Severity::Note, {"orders/checkout.cpp", 9, 1},
                                "orders -> payments: known"));
  auto Sarif = [&](std::size_t Max) {
    std::ostringstream S;
    CheckReportOptions O{"1.0", "", "seams-baseline.json"};
    O.SarifMaxResults = Max;
    writeCheckReport(R, CheckFormat::Sarif, O, S);
    return nlohmann::json::parse(S.str())["runs"][0];
  };
  auto Run = Sarif(5000);
  ASSERT_EQ(Run["results"].size(), 5000u);
  EXPECT_EQ(Run["results"][0]["baselineState"], "new");
  EXPECT_EQ(Run["properties"]["results_omitted"], 25001);
  EXPECT_EQ(Sarif(1000000)["results"].size(), 25000u); // never above the limit
  EXPECT_EQ(Sarif(1)["results"][0]["baselineState"], "new");
}

TEST(CheckReport, GithubNotesAreNoticeWorkflowCommands) {
  // GitHub knows ::error, ::warning and ::notice; a "::note" line is printed as plain log text.
  CheckResult R;
  R.Findings.push_back(finding(FindingKind::AllowedDependency, Severity::Note,
                               {"orders/checkout.cpp", 12, 1},
                               "orders -> notifications: allowed by anyone-may-notify"));
  R.Notes = 1;
  std::string G = report(R, CheckFormat::Github);
  EXPECT_THAT(G, HasSubstr("::notice file=orders/checkout.cpp,line=12,title=seams "
                           "allowed-dependency::orders -> notifications"));
  EXPECT_THAT(G, ::testing::Not(HasSubstr("::note ")));
}

TEST(CheckReport, JunitSummaryCaseNameIsStableAcrossRuns) {
  // Dashboards track a test case by its name: the summary's must not change with the counts.
  Shop S;
  Baseline B = makeBaseline(decomposition(), S.facts());
  std::string Clean = report(check(S.facts(), B), CheckFormat::Junit);
  S.use("shop::shipping::ship", "shop::payments::detail::sign", EdgeKind::Call, "shipping/ship.cpp",
        6);
  CheckResult Dirty = check(S.facts(), B);
  std::string Failing = report(Dirty, CheckFormat::Junit);
  auto SummaryName = [](const std::string &X) {
    std::size_t At = X.find("classname=\"seams.summary\" name=\"");
    EXPECT_NE(At, std::string::npos) << X;
    At = X.find("name=\"", At + 10) + 6;
    return X.substr(At, X.find('"', At) - At);
  };
  EXPECT_EQ(SummaryName(Clean), "summary");
  EXPECT_EQ(SummaryName(Failing), "summary");
  // The counts are still there, in the case's output.
  EXPECT_THAT(Failing, HasSubstr("<system-out>" + checkSummary(Dirty) + "</system-out>"));
}

} // namespace
} // namespace seams
