// Tests for the boundary check on hand-made facts: assignment, new/stale, cycles, ratchet,
// layer rules, unassigned files and update.
#include "gate/check.h"
#include "gate/check_test_fixture.h"
#include "graph/decompose/decomposition.h"
#include "graph/decompose/shared_library_test_world.h"
#include "graph/model/error.h"

#include <cctype>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sstream>

namespace seams {
namespace {

using gate_test::check;
using gate_test::decomposition;
using gate_test::Shop;
using gate_test::strictBaseline;
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
  // Only the count of dependencies: a use-site or ICP ratchet fails PRs that add no coupling.
  EXPECT_EQ(*B.Limit.Dependencies, 3u);
  EXPECT_FALSE(B.Limit.Occurrences);
  EXPECT_FALSE(B.Limit.ICP);
  // Written by hand, the ICP counts both calls between services, which cross (common left out).
  EXPECT_DOUBLE_EQ(*strictBaseline(F).Limit.ICP, 1.0);
}

TEST(Check, ARepeatedToleratedCallOrFewerCallsInsideAServicePassTheDefaultBaseline) {
  // One more use site of the known checkout -> charge call (a duplicated line), and a call
  // inside orders deleted: neither is new coupling. Only a hand-written limit ratchets them.
  Shop S;
  S.fn("shop::orders::total", "orders/checkout.cpp", 40);
  S.use("shop::orders::checkout", "shop::orders::total", EdgeKind::Call, "orders/checkout.cpp", 13);
  const Facts Before = S.facts();
  Shop After;
  After.use("shop::orders::checkout", "shop::payments::charge", EdgeKind::Call,
            "orders/checkout.cpp", 30);
  EXPECT_TRUE(check(After.facts(), makeBaseline(decomposition(), Before)).Findings.empty());
  EXPECT_EQ(ids(check(After.facts(), strictBaseline(Before))),
            (std::vector<std::string>{"limit-exceeded seams-baseline.json:0",
                                      "limit-exceeded seams-baseline.json:0"}));
}

TEST(Check, NewDependencyAtItsSiteAndNewCycle) {
  Shop S;
  Baseline B = makeBaseline(decomposition(), S.facts());
  S.use("shop::payments::charge", "shop::orders::checkout", EdgeKind::Call, "payments/pay.cpp", 7);
  CheckResult R = check(S.facts(), B);
  EXPECT_TRUE(R.failed());
  // The limits grew by the new dependency alone: it is reported once, not again as a limit.
  EXPECT_EQ(ids(R), (std::vector<std::string>{"new-dependency payments/pay.cpp:7",
                                              "new-cycle payments/pay.cpp:7"}));
  EXPECT_EQ(R.Findings[0].Message, "payments -> orders: shop::payments::charge calls "
                                   "shop::orders::checkout (not in the baseline)");
  EXPECT_THAT(R.Findings[1].Message,
              HasSubstr("cycle between services: payments -> orders -> payments"));
  EXPECT_EQ(R.Findings[0].Level, Severity::Error);
  EXPECT_EQ(R.After.Dependencies, 4u);
}

TEST(Check, ALimitFailsForTheGrowthNoNewDependencyExplains) {
  Shop S;
  Baseline B = strictBaseline(S.facts());
  // A new dependency, and a second use site of the known checkout -> charge call.
  S.use("shop::shipping::ship", "shop::payments::charge", EdgeKind::Call, "shipping/ship.cpp", 6);
  S.use("shop::orders::checkout", "shop::payments::charge", EdgeKind::Call, "orders/checkout.cpp",
        30);
  CheckResult R = check(S.facts(), B);
  EXPECT_EQ(ids(R), (std::vector<std::string>{"new-dependency shipping/ship.cpp:6",
                                              "limit-exceeded seams-baseline.json:0"}));
  // The figure reported is the whole of today's: both use sites.
  EXPECT_THAT(R.Findings[1].Message, HasSubstr("cross-service use sites grew 3 -> 5"));
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

TEST(Check, ANewFileNoRulePlacesIsCheckedAsTheServiceItsDependenciesSuggest) {
  // A flat src/: a new file matches no path rule. It uses orders most, so it is checked as
  // orders, and its call into payments' internals is a new dependency: an error, not a warning
  // the gate lets through. A file linked to no service is only unassigned.
  Shop S;
  Baseline B = makeBaseline(decomposition(), S.facts());
  B.Limit = {};
  S.file("src/helper.cpp");
  S.fn("shop::helper::total", "src/helper.cpp", 2);
  S.use("shop::helper::total", "shop::orders::checkout", EdgeKind::Call, "src/helper.cpp", 3);
  S.use("shop::helper::total", "shop::orders::checkout", EdgeKind::Call, "src/helper.cpp", 4);
  S.use("shop::helper::total", "shop::payments::detail::sign", EdgeKind::Call, "src/helper.cpp", 5);
  S.file("src/lonely.cpp");
  CheckResult R = check(S.facts(), B);
  EXPECT_EQ(ids(R), (std::vector<std::string>{"new-dependency src/helper.cpp:5",
                                              "unassigned-file src/helper.cpp:1",
                                              "unassigned-file src/lonely.cpp:1"}));
  EXPECT_EQ(R.Errors, 1u);
  EXPECT_THAT(R.Findings[0].Message, HasSubstr("orders -> payments"));
  EXPECT_THAT(R.Findings[1].Message, HasSubstr("checked as that service's"));
  EXPECT_THAT(R.Findings[2].Message, HasSubstr("so none is checked"));
}

TEST(Check, UpdateRemovesStaleAndRefusesAdditions) {
  Shop S;
  Baseline B = strictBaseline(S.facts());
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
  // Lowered to the 3 it records: the refused addition counts nowhere (no slack for growth).
  EXPECT_EQ(*U.Updated.Limit.Dependencies, 3u);
  EXPECT_EQ(*U.Updated.Limit.Occurrences, 3u);
  UpdateResult A = updateBaseline(B, S.facts(), true);
  EXPECT_EQ(A.Added.size(), 1u);
  EXPECT_EQ(A.Updated.Dependencies.size(), 4u);
  EXPECT_TRUE(check(S.facts(), A.Updated).Findings.empty());
}

TEST(Check, TheSharedLibraryUsingAServiceIsADependency) {
  // Its own outbound dependencies are part of the baseline like any service's.
  Shop Known;
  Known.use("shop::common::cents", "shop::shipping::ship", EdgeKind::Call, "common/money.cpp", 4);
  Baseline K = makeBaseline(decomposition(), Known.facts());
  EXPECT_EQ(std::count_if(K.Dependencies.begin(), K.Dependencies.end(),
                          [](const DependencyKey &D) { return D.FromService == "(shared)"; }),
            1);
  EXPECT_TRUE(check(Known.facts(), K).Findings.empty());
  std::ostringstream Text;
  writeBaseline(K, Text);
  EXPECT_EQ(readBaseline(Text.str(), "b.json").Dependencies, K.Dependencies);

  Shop S;
  Baseline B = makeBaseline(decomposition(), S.facts());
  B.Limit = {};
  S.use("shop::common::cents", "shop::orders::checkout", EdgeKind::Call, "common/money.cpp", 9);
  CheckResult R = check(S.facts(), B);
  EXPECT_EQ(ids(R), (std::vector<std::string>{"new-dependency common/money.cpp:9"}));
  ASSERT_FALSE(R.Findings.empty());
  EXPECT_EQ(R.Findings[0].Message, "(shared) -> orders: shop::common::cents calls "
                                   "shop::orders::checkout (not in the baseline)");
  // A team widens the shared library deliberately with a rule.
  B.Rules.push_back({"common-may-call-orders", "(shared)", "orders", true, "agreed", 0});
  EXPECT_EQ(ids(check(S.facts(), B)),
            (std::vector<std::string>{"allowed-dependency common/money.cpp:9"}));
}

TEST(Check, AllowedDependenciesDoNotCountAgainstTheLimits) {
  Shop S;
  Baseline B = strictBaseline(S.facts());
  B.Rules.push_back(
      {"anyone-may-use-shipping", "*", "shipping", true, "shipping is a platform", 0});
  S.use("shop::payments::charge", "shop::shipping::ship", EdgeKind::Call, "payments/pay.cpp", 8);
  CheckResult R = check(S.facts(), B);
  EXPECT_FALSE(R.failed());
  EXPECT_EQ(ids(R), (std::vector<std::string>{"allowed-dependency payments/pay.cpp:8"}));
  // --update neither refuses nor adds it, and the limits count neither allowed dependency.
  for (bool AllowAdditions : {false, true}) {
    UpdateResult U = updateBaseline(B, S.facts(), AllowAdditions);
    EXPECT_TRUE(U.Refused.empty());
    EXPECT_TRUE(U.Added.empty());
    EXPECT_EQ(U.Updated.Dependencies, B.Dependencies);
    EXPECT_EQ(*U.Updated.Limit.Dependencies, 2u); // the call and the include into payments
    EXPECT_DOUBLE_EQ(*U.Updated.Limit.ICP, 1.0);
  }
}

/// The shop with the payments header Header declaring a class (and a method defined in
/// pay.cpp), included from orders and shipping; Ledger adds a second header orders includes.
Facts headerShop(const std::string &Header, bool Ledger = false) {
  Shop S(Header);
  S.FB.addEntity({"shop::payments::Receipt", EntityKind::Class, "shop::payments::Receipt", Header,
                  2, Header, 2, 5});
  S.FB.addEntity({"shop::payments::Receipt::total", EntityKind::Method,
                  "shop::payments::Receipt::total", Header, 3, "payments/pay.cpp", 30, 2});
  // Its include guard spells its path (and sorts first): never part of a key.
  std::string Guard;
  for (char C : Header)
    Guard += std::isalnum(static_cast<unsigned char>(C)) ? static_cast<char>(std::toupper(C)) : '_';
  Guard = "SHOP_" + Guard + "_";
  S.FB.addEntity({Guard, EntityKind::Macro, Guard, Header, 1, Header, 1, 1});
  S.use("shipping/ship.cpp", Header, EdgeKind::Include, "shipping/ship.cpp", 1);
  if (Ledger) {
    S.file("payments/ledger.h");
    S.FB.addEntity({"shop::payments::Ledger", EntityKind::Class, "shop::payments::Ledger",
                    "payments/ledger.h", 2, "payments/ledger.h", 2, 4});
    S.use("orders/checkout.cpp", "payments/ledger.h", EdgeKind::Include, "orders/checkout.cpp", 2);
  }
  return S.facts();
}

TEST(Check, IncludesAreKeyedByWhatTheHeaderDeclares) {
  Baseline B = makeBaseline(decomposition(), headerShop("payments/pay.h"));
  B.Limit = {};
  std::vector<std::string> Includes;
  for (const DependencyKey &K : B.Dependencies)
    if (K.Kind == EdgeKind::Include)
      Includes.push_back(K.FromService + " " + K.ToEntity);
  EXPECT_EQ(Includes, (std::vector<std::string>{"orders shop::payments::Receipt",
                                                "shipping shop::payments::Receipt"}));
  // Renamed inside payments: both services that include it stay clean.
  EXPECT_TRUE(check(headerShop("payments/receipts.h"), B).Findings.empty());
  // A genuinely new include across services is still caught, at its line.
  EXPECT_EQ(ids(check(headerShop("payments/receipts.h", true), B)),
            (std::vector<std::string>{"new-dependency orders/checkout.cpp:2"}));

  // Entries keyed by the header's path (older baselines) still match; --update re-keys them.
  Baseline Old = B;
  for (DependencyKey &K : Old.Dependencies)
    if (K.Kind == EdgeKind::Include)
      K.ToEntity = "payments/pay.h";
  std::sort(Old.Dependencies.begin(), Old.Dependencies.end());
  EXPECT_TRUE(check(headerShop("payments/pay.h"), Old).Findings.empty());
  UpdateResult U = updateBaseline(Old, headerShop("payments/pay.h"), false);
  EXPECT_TRUE(U.Removed.empty());
  EXPECT_TRUE(U.Refused.empty());
  EXPECT_EQ(U.Updated.Dependencies, B.Dependencies);
}

TEST(Check, AHeaderDeclaringOnlyItsGuardIsKeyedByItsPath) {
  Shop S;
  S.FB.addEntity({"SHOP_PAYMENTS_PAY_H_", EntityKind::Macro, "SHOP_PAYMENTS_PAY_H_",
                  "payments/pay.h", 1, "payments/pay.h", 1, 1});
  Baseline B = makeBaseline(decomposition(), S.facts());
  ASSERT_EQ(B.Dependencies[0].Kind, EdgeKind::Include);
  EXPECT_EQ(B.Dependencies[0].ToEntity, "payments/pay.h");
}

TEST(Check, ADeclaredServiceWithoutCodeFails) {
  Shop S;
  std::ostringstream Out;
  writeBaseline(makeBaseline(decomposition(), S.facts()), Out);
  std::string Text = Out.str();
  // shipping/ moved to shipments/ but the baseline's member rule was not updated.
  Text.replace(Text.find("\"shipping/**\""), 13, "\"shipments/**\"");
  Baseline B = readBaseline(Text, "seams-baseline.json");
  unsigned Line =
      1 + static_cast<unsigned>(std::count(
              Text.begin(), Text.begin() + static_cast<std::ptrdiff_t>(Text.find("\"shipping\"")),
              '\n'));
  CheckResult R = check(S.facts(), B);
  EXPECT_TRUE(R.failed());
  ASSERT_FALSE(R.Findings.empty());
  EXPECT_EQ(ids(R)[0], "empty-service seams-baseline.json:" + std::to_string(Line));
  EXPECT_THAT(R.Findings[0].Message,
              HasSubstr("service \"shipping\" is declared but no code is assigned to it"));
}

TEST(Check, GeneratedFilesAreOwnedByNobody) {
  // CMake's generated headers under the build directory: the decomposition sets them apart,
  // so a fresh baseline has no member rule for them, and the check must not call them
  // unassigned (with --fail-on-unassigned an unchanged tree would fail its own baseline).
  Shop S;
  const std::string Config = "build/gen/config.h", Pch = "build/CMakeFiles/shop.dir/cmake_pch.hxx";
  S.file(Config, true);
  S.file(Pch, true);
  S.FB.addEntity({"SHOP_CURRENCY", EntityKind::Macro, "SHOP_CURRENCY", Config, 3, Config, 3, 1});
  S.use("orders/checkout.cpp", Config, EdgeKind::Include, "orders/checkout.cpp", 2);
  S.use("payments/pay.cpp", Config, EdgeKind::Include, "payments/pay.cpp", 1);
  S.use("shop::orders::checkout", "SHOP_CURRENCY", EdgeKind::Macro, "orders/checkout.cpp", 13);
  S.use(Pch, "payments/pay.h", EdgeKind::Include, Pch, 3);
  Facts F = S.facts();
  Decomposition D = decomposition();
  D.GeneratedFiles = {Pch, Config};
  Baseline B = makeBaseline(D, F);
  EXPECT_EQ(B.Dependencies.size(), 3u); // uses of and by generated files are no coupling
  CheckOptions O;
  O.BaselinePath = "seams-baseline.json";
  O.FailOnUnassigned = true;
  CheckResult R = checkBoundaries(F, B, O);
  EXPECT_TRUE(R.Findings.empty()) << ::testing::PrintToString(ids(R));
  EXPECT_EQ(R.Unassigned, 0u);
  EXPECT_FALSE(R.failed());
  ServiceMap M(B, F);
  EXPECT_EQ(M.ofFile(Config), ServiceMap::Ignored);
  EXPECT_EQ(M.ofFile(Pch), ServiceMap::Ignored);

  // A member rule naming a generated file still places it: its users then depend on that
  // service like on any other header of it.
  MemberRule Orders;
  Orders.Service = "orders";
  Orders.Path = "build/gen/**";
  B.Members.insert(B.Members.begin(), Orders);
  B.Limit = {};
  CheckResult Placed = checkBoundaries(F, B, O);
  EXPECT_EQ(ids(Placed), (std::vector<std::string>{"new-dependency payments/pay.cpp:1",
                                                   "new-cycle payments/pay.cpp:1"}));
}

TEST(Check, BaselineRefusesAServiceThatOwnsNoFiles) {
  Decomposition D = decomposition();
  Service Classes;
  Classes.Name = "billing"; // class units only: no file of its own
  D.Services.push_back(Classes);
  try {
    makeBaseline(D, Shop().facts());
    ADD_FAILURE() << "no error";
  } catch (const Error &E) {
    EXPECT_THAT(E.what(), HasSubstr("service \"billing\" of the decomposition owns no files"));
  }
}

TEST(Check, ANewCallFromAFormerSharedDomainTypeIntoAnotherServiceFails) {
  // The 10-unit, 4-domain world: catalog's Product and payments' Payment were once both in the
  // shared library, so a call between them crossed no service and passed. Now each is in its
  // domain's service and the same new call is a new cross-service dependency.
  shared_test::World Before;
  Facts F = Before.facts();
  shared_test::World After;
  After.call("shop::catalog::Product::price", "shop::payments::Payment::amount");
  Facts G = After.facts();

  Config Old;
  Old.SharedServiceShare = 0; // the rule off: the domain types are shared, as before
  Decomposition OldD = decompose(F, Old, {});
  ASSERT_EQ(OldD.serviceOfFile("catalog/product.cpp"), Decomposition::SharedService);
  ASSERT_EQ(OldD.serviceOfFile("payments/payment.cpp"), Decomposition::SharedService);
  EXPECT_FALSE(check(G, makeBaseline(OldD, F)).failed());

  Decomposition D = decompose(F, {}, {});
  Baseline B = makeBaseline(D, F);
  EXPECT_TRUE(check(F, B).Findings.empty());
  CheckResult R = check(G, B);
  EXPECT_TRUE(R.failed());
  ASSERT_FALSE(R.Findings.empty());
  EXPECT_EQ(R.Findings[0].Kind, FindingKind::NewDependency);
  EXPECT_THAT(R.Findings[0].Message,
              HasSubstr("shop::catalog::Product::price calls shop::payments::Payment::amount"));
}

} // namespace
} // namespace seams
