// Tests for seams-baseline.json: round trip, key stability, member rules, and bad files.
#include "gate/baseline.h"
#include "graph/decompose/decomposition.h"
#include "graph/model/error.h"
#include "graph/model/text_format.h"

#include <chrono>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sstream>

namespace seams {
namespace {

using ::testing::HasSubstr;

Baseline sample() {
  Baseline B;
  B.Services = {"orders", "payments"};
  MemberRule Calc;
  Calc.Service = "payments";
  Calc.Path = "orders/fees.cpp";
  MemberRule Orders;
  Orders.Service = "orders";
  Orders.Path = "orders/**";
  MemberRule Pay;
  Pay.Service = "payments";
  Pay.Namespace = "shop::payments";
  MemberRule Common;
  Common.Target = MemberTarget::Shared;
  Common.Path = "common/**";
  B.Members = {Calc, Orders, Pay, Common};
  B.Rules.push_back(
      {"no-payments-to-orders", "payments", "orders", false, "payments must not know orders", 0});
  B.Limit.Dependencies = 2;
  B.Limit.ICP = 0.25;
  B.Dependencies = {
      {"orders", "payments", "shop::orders::Checkout::run", "shop::payments::charge",
       EdgeKind::Call},
      {"orders", "payments", std::string(AnyFile), "payments/pay.h", EdgeKind::Include},
  };
  std::sort(B.Dependencies.begin(), B.Dependencies.end());
  return B;
}

std::string written(const Baseline &B) {
  std::ostringstream S;
  writeBaseline(B, S);
  return S.str();
}

std::string errorOf(std::string_view Text) {
  try {
    readBaseline(Text, "b.json");
  } catch (const Error &E) {
    EXPECT_EQ(E.code(), ExitUsage);
    return E.what();
  }
  return "(no error)";
}

TEST(Baseline, RoundTripIsByteIdentical) {
  std::string Text = written(sample());
  Baseline Back = readBaseline(Text, "b.json");
  EXPECT_EQ(written(Back), Text);
  ASSERT_EQ(Back.Members.size(), 4u);
  EXPECT_EQ(Back.Members[2].Namespace, "shop::payments");
  EXPECT_EQ(Back.Members[3].Target, MemberTarget::Shared);
  ASSERT_EQ(Back.Rules.size(), 1u);
  EXPECT_FALSE(Back.Rules[0].Allow);
  EXPECT_EQ(*Back.Limit.Dependencies, 2u);
  EXPECT_DOUBLE_EQ(*Back.Limit.ICP, 0.25);
  EXPECT_EQ(Back.Dependencies, sample().Dependencies);
}

TEST(Baseline, OneDependencyPerLineWithItsLineRecorded) {
  std::string Text = written(sample());
  EXPECT_THAT(Text, HasSubstr("\n    {\"from\": \"orders\", \"to\": \"payments\", \"kind\": "
                              "\"include\", \"from_entity\": \"*\", \"to_entity\": "
                              "\"payments/pay.h\"}"));
  Baseline Back = readBaseline(Text, "b.json");
  std::istringstream Lines(Text);
  std::string L;
  unsigned N = 0, Want = 0;
  while (std::getline(Lines, L) && ++N)
    if (L.find("\"kind\": \"include\"") != std::string::npos)
      Want = N;
  ASSERT_EQ(Back.Dependencies[0].Kind, EdgeKind::Include); // "*" sorts first
  EXPECT_EQ(Back.lineOf(0), Want);
}

TEST(Baseline, KeyAndFingerprintAreStable) {
  DependencyKey K{"orders", "payments", "shop::orders::f", "shop::payments::g", EdgeKind::Call};
  EXPECT_EQ(K.text(), "orders|payments|shop::orders::f|shop::payments::g|call");
  // A fixed value: changing it breaks every SARIF fingerprint users have stored.
  EXPECT_EQ(K.fingerprint(), fingerprint(K.text()));
  EXPECT_EQ(K.fingerprint().size(), 16u);
  EXPECT_EQ(fingerprint(""), "cbf29ce484222325");
  DependencyKey Other = K;
  Other.Kind = EdgeKind::Type;
  EXPECT_NE(K.fingerprint(), Other.fingerprint());
}

TEST(Baseline, MemberPathsAreAnchored) {
  EXPECT_TRUE(memberPathMatch("main.cpp", "main.cpp"));
  EXPECT_FALSE(memberPathMatch("main.cpp", "app/main.cpp"));
  EXPECT_TRUE(memberPathMatch("orders/**", "orders/a/b.cpp"));
  EXPECT_FALSE(memberPathMatch("orders/**", "orders2/b.cpp"));
}

TEST(Baseline, DerivesDirectoryGlobsAndExceptions) {
  Decomposition D;
  Service O, S;
  O.Name = "orders";
  O.Files = {"orders/cart.cpp", "orders/cart.h", "orders/sub/x.cpp"};
  S.Name = "shipping";
  S.Files = {"orders/rate.cpp", "shipping/zones.cpp", "shipping/zones.h"};
  D.Services = {O, S};
  D.SharedFiles = {"common/money.h"};
  D.ExcludedFiles = {"main.cpp"};
  std::vector<MemberRule> R = deriveMemberRules(D);
  std::vector<std::string> Got;
  Got.reserve(R.size());
  for (const MemberRule &M : R)
    Got.push_back((M.Target == MemberTarget::Shared    ? std::string("shared")
                   : M.Target == MemberTarget::Ignored ? std::string("ignored")
                                                       : M.Service) +
                  " " + M.Path);
  EXPECT_EQ(Got, (std::vector<std::string>{"ignored main.cpp", "shipping orders/rate.cpp",
                                           "shared common/**", "orders orders/**",
                                           "shipping shipping/**"}));
}

TEST(Baseline, OnlyADirectoryWithAMajorityHasAFallback) {
  // fmt/: 2 files in a, 2 in b; src/: 2 of 5 in a, the most but no majority (OpenTTD's flat
  // src/); lib/: 2 of 3 in a. A new file in fmt/ or src/ has no service to guess.
  Decomposition D;
  Service A, B, C;
  A.Name = "a";
  A.Files = {"fmt/a1.cpp", "fmt/a2.cpp", "lib/x.cpp", "lib/y.cpp", "src/p.cpp", "src/q.cpp"};
  B.Name = "b";
  B.Files = {"fmt/b1.cpp", "fmt/b2.cpp", "lib/z.cpp", "src/r.cpp"};
  C.Name = "c";
  C.Files = {"src/s.cpp", "src/t.cpp"};
  D.Services = {A, B, C};
  std::vector<std::string> Got;
  for (const MemberRule &M : deriveMemberRules(D))
    Got.push_back(M.Service + " " + M.Path);
  EXPECT_EQ(Got,
            (std::vector<std::string>{"a fmt/a1.cpp", "a fmt/a2.cpp", "b fmt/b1.cpp",
                                      "b fmt/b2.cpp", "b lib/z.cpp", "a src/p.cpp", "a src/q.cpp",
                                      "b src/r.cpp", "c src/s.cpp", "c src/t.cpp", "a lib/**"}));
}

TEST(Baseline, BadJsonNamesLineAndColumn) {
  EXPECT_EQ(errorOf("{\n  \"schema\": \"seams-baseline/1\",\n  \"services\": [\"a\"\n"),
            "b.json:4:1: not valid JSON: syntax error while parsing array - unexpected end of "
            "input; expected ']'");
  EXPECT_EQ(errorOf("  \n"), "b.json: the baseline is empty (write one with `seams baseline`)");
}

TEST(Baseline, SemanticErrorsNameLineAndPointer) {
  EXPECT_EQ(errorOf("{\"schema\": \"seams-baseline/2\"}"),
            "b.json:1: /schema: schema \"seams-baseline/2\" is not supported: this seams reads "
            "\"seams-baseline/1\" (a newer seams wrote it? upgrade seams, or regenerate with "
            "`seams baseline`)");
  EXPECT_EQ(errorOf("[]"),
            "b.json: a baseline must be a JSON object (written by `seams baseline`)");
  std::string Text = written(sample());
  std::string Typo = Text;
  Typo.replace(Typo.find("\"kind\": \"call\""), 14, "\"kind\": \"cal\"");
  EXPECT_THAT(errorOf(Typo),
              HasSubstr(":20: /dependencies/1/kind: unknown dependency kind \"cal\""));
  std::string Undeclared = Text;
  Undeclared.replace(Undeclared.find("\"to\": \"payments\", \"kind\": \"call\""), 16,
                     "\"to\": \"paymnts\"");
  EXPECT_THAT(
      errorOf(Undeclared),
      HasSubstr(":20: /dependencies/1/to: service \"paymnts\" is not declared in \"services\""));
  std::string Unknown = Text;
  Unknown.replace(Unknown.find("\"rules\""), 7, "\"rulez\"");
  EXPECT_THAT(errorOf(Unknown), HasSubstr("unknown key \"rulez\""));
}

TEST(Baseline, DuplicateDependencyNamesBothLines) {
  std::string Text = written(sample());
  std::size_t At = Text.find("    {\"from\": \"orders\", \"to\": \"payments\", \"kind\": \"call\"");
  std::size_t End = Text.find('}', At) + 1;
  std::string Dup = Text.substr(At, End - At);
  Text.insert(End, ",\n" + Dup);
  std::string Msg = errorOf(Text);
  EXPECT_THAT(Msg, HasSubstr("duplicate dependency (also on line"));
  EXPECT_THAT(Msg, HasSubstr("orders|payments|shop::orders::Checkout::run"));
}

TEST(Baseline, TheSharedLibraryIsAReservedFromName) {
  Baseline B = sample();
  B.Dependencies.push_back(
      {"(shared)", "orders", "shop::common::f", "shop::orders::g", EdgeKind::Call});
  B.Rules.push_back({"common-may-log-orders", "(shared)", "orders", true, "agreed", 0});
  std::sort(B.Dependencies.begin(), B.Dependencies.end());
  std::string Text = written(B);
  EXPECT_EQ(readBaseline(Text, "b.json").Dependencies, B.Dependencies);
  std::string Declared = Text;
  Declared.replace(Declared.find("\"orders\","), 9, "\"(shared)\", \"orders\",");
  EXPECT_THAT(errorOf(Declared), HasSubstr("/services/0: \"(shared)\" is reserved for the shared "
                                           "library"));
  std::string Target = Text;
  Target.replace(Target.find("\"to\": \"orders\""), 14, "\"to\": \"(shared)\"");
  EXPECT_THAT(errorOf(Target), HasSubstr("is never the target of a dependency"));
}

/// A baseline of N dependencies, as `seams baseline` writes it.
std::string bigBaseline(unsigned N) {
  Baseline B = sample();
  B.Dependencies.clear();
  for (unsigned I = 0; I < N; ++I)
    B.Dependencies.push_back({"orders", "payments", "shop::orders::f" + std::to_string(I),
                              "shop::payments::g", EdgeKind::Call});
  std::sort(B.Dependencies.begin(), B.Dependencies.end());
  return written(B);
}

TEST(Baseline, ReadingIsLinearInItsSize) {
  // A complexity guard, not a benchmark (bench/check_bench.sh is): reading used to walk the
  // whole text again for every entry's line, minutes for 25,000 entries; now one pass.
  std::string Text = bigBaseline(25000);
  auto Start = std::chrono::steady_clock::now();
  Baseline B = readBaseline(Text, "b.json");
  double Seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();
  ASSERT_EQ(B.Dependencies.size(), 25000u);
  unsigned First =
      1 + static_cast<unsigned>(std::count(
              Text.begin(),
              Text.begin() + static_cast<std::ptrdiff_t>(Text.find("shop::orders::f0\"")), '\n'));
  EXPECT_EQ(B.lineOf(0), First);
  EXPECT_EQ(B.lineOf(24999), First + 24999);
  EXPECT_EQ(B.Members[3].Line, 12u); // "members": [ is line 8
  EXPECT_LT(Seconds, 10.0) << "quadratic again?";
}

TEST(Baseline, LineOfPointer) {
  std::string_view T = "{\n \"a\": [1,\n  {\"b\": 2}],\n \"c\": \"x/y\"\n}";
  EXPECT_EQ(lineOfPointer(T, "/a/1/b"), 3u);
  EXPECT_EQ(lineOfPointer(T, "/c"), 4u);
  EXPECT_EQ(lineOfPointer(T, "/d"), 0u);
}

} // namespace
} // namespace seams
