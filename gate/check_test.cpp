// Tests for the boundary check on hand-made facts: assignment, new/stale, cycles, ratchet,
// layer rules, unassigned files and update.
#include "gate/check.h"
#include "gate/check_test_fixture.h"
#include "graph/decompose/decomposition.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sstream>

namespace seams {
namespace {

using gate_test::check;
using gate_test::decomposition;
using gate_test::Shop;
using ::testing::HasSubstr;

std::vector<std::string> ids(const CheckResult &R) {
  std::vector<std::string> Out;
  for (const Finding &X : R.Findings)
    Out.push_back(std::string(findingId(X.Kind)) + " " + X.At.File + ":" +
                  std::to_string(X.At.Line));
  return Out;
}

TEST(Check, BaselineOfTodayIsClean) {
  Facts F = Shop().facts();
  Baseline B = makeBaseline(decomposition(), F);
  ASSERT_EQ(B.Dependencies.size(), 3u); // call to payments, call to shipping, include
  EXPECT_EQ(B.Dependencies[0].FromEntity, std::string(AnyFile));
  EXPECT_EQ(B.Dependencies[0].Kind, EdgeKind::Include);
  CheckResult R = check(F, B);
  EXPECT_TRUE(R.Findings.empty()) << ::testing::PrintToString(ids(R));
  EXPECT_EQ(R.Tolerated, 3u);
  EXPECT_EQ(*B.Limit.Dependencies, 3u);
  EXPECT_DOUBLE_EQ(*B.Limit.ICP, 1.0); // both calls between services cross (common left out)
}

TEST(Check, NewDependencyAtItsSiteAndNewCycle) {
  Shop S;
  Baseline B = makeBaseline(decomposition(), S.facts());
  S.use("shop::payments::charge", "shop::orders::checkout", EdgeKind::Call, "payments/pay.cpp", 7);
  CheckResult R = check(S.facts(), B);
  EXPECT_TRUE(R.failed());
  EXPECT_EQ(ids(R), (std::vector<std::string>{"new-dependency payments/pay.cpp:7",
                                              "new-cycle payments/pay.cpp:7",
                                              "limit-exceeded seams-baseline.json:0",
                                              "limit-exceeded seams-baseline.json:0"}));
  EXPECT_EQ(R.Findings[0].Message, "payments -> orders: shop::payments::charge calls "
                                   "shop::orders::checkout (not in the baseline)");
  EXPECT_THAT(R.Findings[1].Message,
              HasSubstr("cycle between services: payments -> orders -> payments"));
  EXPECT_EQ(R.Findings[0].Level, Severity::Error);
  EXPECT_THAT(R.Findings[2].Message, HasSubstr("cross-service dependencies grew 3 -> 4"));
}

TEST(Check, FingerprintDoesNotDependOnTheLine) {
  Shop A, B2;
  Baseline B = makeBaseline(decomposition(), A.facts());
  A.use("shop::shipping::ship", "shop::payments::detail::sign", EdgeKind::Call, "shipping/ship.cpp",
        6);
  B2.use("shop::shipping::ship", "shop::payments::detail::sign", EdgeKind::Call,
         "shipping/ship.cpp", 9);
  CheckResult RA = check(A.facts(), B), RB = check(B2.facts(), B);
  ASSERT_EQ(RA.Findings[0].Kind, FindingKind::NewDependency);
  EXPECT_EQ(RA.Findings[0].At.Line, 6u);
  EXPECT_EQ(RB.Findings[0].At.Line, 9u);
  EXPECT_EQ(RA.Findings[0].Fingerprint, RB.Findings[0].Fingerprint);
}

TEST(Check, StaleIsAWarningOrAnError) {
  Shop S;
  Baseline B = makeBaseline(decomposition(), S.facts());
  B.Dependencies.push_back(
      {"shipping", "payments", "shop::shipping::ship", "shop::payments::charge", EdgeKind::Call});
  std::sort(B.Dependencies.begin(), B.Dependencies.end());
  B.DependencyLines = {11, 12, 13, 14};
  CheckResult R = check(S.facts(), B);
  EXPECT_FALSE(R.failed());
  EXPECT_EQ(ids(R), (std::vector<std::string>{"stale-dependency seams-baseline.json:14"}));
  EXPECT_EQ(R.Findings[0].Level, Severity::Warning);
  EXPECT_TRUE(check(S.facts(), B, true).failed());
}

TEST(Check, LayerRulesAllowOrForbid) {
  Shop S;
  Baseline B = makeBaseline(decomposition(), S.facts());
  B.Limit = {};
  B.Rules.push_back(
      {"anyone-may-use-shipping", "*", "shipping", true, "shipping is a platform", 0});
  B.Rules.push_back({"payments-is-a-leaf", "payments", "*", false, "payments calls no one", 0});
  S.use("shop::payments::charge", "shop::shipping::ship", EdgeKind::Call, "payments/pay.cpp", 8);
  S.use("shop::payments::detail::sign", "shop::orders::checkout", EdgeKind::Call,
        "payments/pay.cpp", 21);
  CheckResult R = check(S.facts(), B);
  ASSERT_EQ(R.Errors, 2u); // the forbidden one and the cycle it closes
  EXPECT_THAT(R.Findings[0].Message,
              HasSubstr("breaks rule \"payments-is-a-leaf\": payments calls no one"));
  EXPECT_EQ(R.Findings.back().Kind, FindingKind::AllowedDependency);
  EXPECT_EQ(R.Findings.back().Rule, "anyone-may-use-shipping");
}

TEST(Check, MembersByNamespaceAndUnassignedFiles) {
  Shop S;
  Baseline B = makeBaseline(decomposition(), S.facts());
  S.file("fees/fee.cpp");
  S.fn("shop::payments::fee", "fees/fee.cpp", 2); // payments by namespace, below
  S.file("tools/tool.cpp");
  S.fn("shop::tools::audit", "tools/tool.cpp", 2);
  S.use("shop::tools::audit", "shop::orders::checkout", EdgeKind::Call, "tools/tool.cpp", 3);
  S.use("shop::payments::fee", "shop::orders::checkout", EdgeKind::Call, "fees/fee.cpp", 3);
  MemberRule Ns;
  Ns.Service = "payments";
  Ns.Namespace = "shop::payments";
  B.Members.push_back(Ns);
  B.Limit = {};
  CheckResult R = check(S.facts(), B);
  EXPECT_EQ(ids(R),
            (std::vector<std::string>{"new-dependency fees/fee.cpp:3", "new-cycle fees/fee.cpp:3",
                                      "unassigned-file tools/tool.cpp:1"}));
  EXPECT_THAT(R.Findings[2].Message, HasSubstr("suggest service \"orders\""));
}

TEST(Check, UpdateRemovesStaleAndRefusesAdditions) {
  Shop S;
  Baseline B = makeBaseline(decomposition(), S.facts());
  B.Dependencies.push_back(
      {"shipping", "payments", "shop::shipping::ship", "shop::payments::charge", EdgeKind::Call});
  std::sort(B.Dependencies.begin(), B.Dependencies.end());
  *B.Limit.Dependencies = 9;
  S.use("shop::shipping::ship", "shop::payments::detail::sign", EdgeKind::Call, "shipping/ship.cpp",
        6);
  UpdateResult U = updateBaseline(B, S.facts(), false);
  EXPECT_EQ(U.Removed.size(), 1u);
  EXPECT_EQ(U.Refused.size(), 1u);
  EXPECT_TRUE(U.Added.empty());
  EXPECT_EQ(U.Updated.Dependencies.size(), 3u);
  EXPECT_EQ(*U.Updated.Limit.Dependencies, 4u); // lowered to today's 4, never raised
  UpdateResult A = updateBaseline(B, S.facts(), true);
  EXPECT_EQ(A.Added.size(), 1u);
  EXPECT_EQ(A.Updated.Dependencies.size(), 4u);
  EXPECT_TRUE(check(S.facts(), A.Updated).Findings.empty());
}

} // namespace
} // namespace seams
