// End-to-end: `seams baseline` and `seams check` on a scratch copy of the shop sample, edited
// the way a pull request would be (new coupling, removed coupling, a renamed file, bad baselines).
#include "e2e_support.h"

#include <cstdlib>
#include <filesystem>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace seams::e2e {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

/// One copy of the shop, configured (not built) and baselined once; each test edits it and puts
/// it back, so the per-TU cache stays warm across the tests.
class CheckShop : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    Dir = new ScratchDir();
    fs::copy(SHOP_SOURCE_DIR, src(), fs::copy_options::recursive);
    // Pins make the services those of samples/shop/EXPECTED.md, whatever clustering proposes.
    std::string Toml;
    for (const char *S : {"app", "catalog", "customers", "inventory", "notifications", "orders",
                          "payments", "shipping"})
      Toml += std::string("[services.") + S + "]\ninclude = [\"" + S + "/**\"]\n";
    Toml += "[shared]\ninclude = [\"common/**\"]\n";
    writeFile(Dir->path() + "/seams.toml", Toml);
    configure();
    Baselined = new RunResult(runSeams("baseline -q " + extractArgs() + " --config " + Dir->path() +
                                       "/seams.toml -o " + baseline()));
  }
  static void TearDownTestSuite() {
    delete Baselined;
    delete Dir;
  }
  void SetUp() override { ASSERT_EQ(Baselined->Code, 0) << Baselined->Err; }

  static std::string src() { return Dir->path() + "/shop"; }
  static std::string baseline() { return Dir->path() + "/seams-baseline.json"; }
  static std::string extractArgs() {
    return "-p " + Dir->path() + "/build -j 2 --cache-dir " + Dir->path() + "/cache";
  }
  static void configure() {
    std::string Cmd = "cmake -S " + src() + " -B " + Dir->path() +
                      "/build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >" + Dir->path() +
                      "/cmake.log 2>&1";
    ASSERT_EQ(std::system(Cmd.c_str()), 0) << readFile(Dir->path() + "/cmake.log");
  }
  static RunResult check(const std::string &More = "") {
    return runSeams("check -q " + extractArgs() + " --baseline " + baseline() + " " + More);
  }
  /// Appends to customers/loyalty.cpp a function that calls into payments; returns the line of
  /// the call. Pad shifts it down by that many lines.
  static unsigned addLoyaltyCallIntoPayments(unsigned Pad) {
    std::string Path = src() + "/customers/loyalty.cpp";
    std::string Text = readFile(Path);
    unsigned Line = 1 + static_cast<unsigned>(std::count(Text.begin(), Text.end(), '\n'));
    Text += "#include \"payments/fraud.h\"\n" + std::string(Pad, '\n') +
            "namespace shop::customers {\n"
            "const char* loyaltyReviewLabel() {\n"
            "    return payments::toString(payments::FraudDecision::Review);\n"
            "}\n"
            "}  // namespace shop::customers\n";
    writeFile(Path, Text);
    return Line + 1 + Pad + 2;
  }
  static void restore(const std::string &Rel) {
    fs::copy_file(std::string(SHOP_SOURCE_DIR) + "/" + Rel, src() + "/" + Rel,
                  fs::copy_options::overwrite_existing);
  }

  static ScratchDir *Dir;
  static RunResult *Baselined;
};
ScratchDir *CheckShop::Dir;
RunResult *CheckShop::Baselined;

// ctest runs each test in its own process, with its own copy and cache: few, long tests.
TEST_F(CheckShop, CleanThenANewCallIntoPaymentsFailsInEveryFormat) {

  std::string B = readFile(baseline());
  EXPECT_THAT(B, HasSubstr("\"schema\": \"seams-baseline/1\""));
  EXPECT_THAT(B, HasSubstr("{\"service\": \"payments\", \"path\": \"payments/**\"}"));
  EXPECT_THAT(B, HasSubstr("{\"shared\": true, \"path\": \"common/**\"}"));
  // Tangle 1, keyed without a line number.
  EXPECT_THAT(B, HasSubstr("{\"from\": \"payments\", \"to\": \"inventory\", \"kind\": \"write\", "
                           "\"from_entity\": \"shop::payments::RefundService::refund\", "
                           "\"to_entity\": \"shop::inventory::g_stock_levels\"}"));
  EXPECT_EQ(B.find(Dir->path()), std::string::npos); // no absolute paths
  // The baseline ratchets the count of dependencies only: a use-site or ICP limit fails PRs
  // that add no coupling (a repeated tolerated call, calls deleted inside a service).
  const nlohmann::json Limits = nlohmann::json::parse(B)["limits"];
  EXPECT_EQ(Limits.size(), 1u) << Limits.dump();
  EXPECT_TRUE(Limits.contains("dependencies"));
  // The ICP the check shows is the ICP the proposal reports: one figure, one name.
  RunResult A = runSeams("analyze -q " + extractArgs() + " --config " + Dir->path() +
                         "/seams.toml -o " + Dir->path() + "/out");
  ASSERT_EQ(A.Code, 0) << A.Err;
  const double ProposalIcp =
      nlohmann::json::parse(readFile(Dir->path() + "/out/decomposition.json"))["metrics"]["icp"];
  RunResult Summary = check("--format markdown");
  const std::size_t Row = Summary.Out.find("| ICP | none | ");
  ASSERT_NE(Row, std::string::npos) << Summary.Out;
  const double CheckIcp =
      std::stod(Summary.Out.substr(Row + std::string("| ICP | none | ").size()));
  EXPECT_GT(CheckIcp, 0);
  EXPECT_NEAR(CheckIcp, ProposalIcp, 0.00005);
  RunResult R = check();
  EXPECT_EQ(R.Code, 0) << R.Out << R.Err;
  EXPECT_THAT(R.Out, HasSubstr(" known dependencies tolerated by the baseline; 0 new, 0 stale, 0 "
                               "new cycles, 0 limits exceeded, 0 unassigned files\n"));

  unsigned Line = addLoyaltyCallIntoPayments(0);
  std::string Site = "customers/loyalty.cpp:" + std::to_string(Line);
  RunResult Text = check();
  EXPECT_EQ(Text.Code, 1) << Text.Out << Text.Err;
  EXPECT_THAT(Text.Out, HasSubstr(Site + ": error: [new-dependency] customers -> payments: "
                                         "shop::customers::loyaltyReviewLabel calls "
                                         "shop::payments::toString (not in the baseline)\n"));

  RunResult Gh = check("--format github");
  EXPECT_EQ(Gh.Code, 1);
  EXPECT_THAT(Gh.Out, HasSubstr("::error file=customers/loyalty.cpp,line=" + std::to_string(Line) +
                                ",title=seams new-dependency::customers -> "
                                "payments: shop::customers::"
                                "loyaltyReviewLabel calls"));
  ::setenv("GITHUB_ACTIONS", "true", 1); // chosen automatically on GitHub
  RunResult Auto = check();
  ::unsetenv("GITHUB_ACTIONS");
  EXPECT_EQ(Auto.Out, Gh.Out);

  // Each format names its own file; the one without a file goes to standard output, wherever
  // it stands on the command line (the old --output paired by index sent text into junit.xml).
  std::string Sarif = Dir->path() + "/check.sarif";
  std::string Md = Dir->path() + "/summary.md";
  RunResult S = check("--format text --format sarif=" + Sarif + " --format junit=" + Dir->path() +
                      "/junit.xml --format markdown=" + Md);
  EXPECT_EQ(S.Code, 1) << S.Err;
  EXPECT_EQ(S.Out, Text.Out);
  EXPECT_THAT(readFile(Dir->path() + "/junit.xml"), HasSubstr("<failure type=\"new-dependency\""));
  EXPECT_THAT(readFile(Md), HasSubstr("| figure | limit | now |"));
  RunResult Gh2 = check("--format github --format sarif=" + Sarif + " --format markdown=" + Md);
  EXPECT_EQ(Gh2.Out, Gh.Out); // the annotations stay on standard output, not in the SARIF
  auto Doc = nlohmann::json::parse(readFile(Sarif));
  ASSERT_EQ(Doc["version"], "2.1.0");
  ASSERT_TRUE(Doc.contains("$schema"));
  const auto &Run = Doc["runs"].at(0);
  ASSERT_EQ(Run["tool"]["driver"]["name"], "seams");
  ASSERT_FALSE(Run["tool"]["driver"]["rules"].empty());
  std::string Fingerprint;
  for (const auto &Res : Run["results"]) {
    for (const char *Key :
         {"ruleId", "message", "locations", "partialFingerprints", "baselineState"})
      ASSERT_TRUE(Res.contains(Key)) << Key;
    const auto &Loc = Res["locations"][0]["physicalLocation"];
    if (Res["ruleId"] == "new-dependency" &&
        Res["message"]["text"].get<std::string>().find("calls shop::payments::toString") !=
            std::string::npos) {
      EXPECT_EQ(Loc["artifactLocation"]["uri"], "customers/loyalty.cpp");
      EXPECT_EQ(Loc["region"]["startLine"], Line);
      EXPECT_EQ(Res["baselineState"], "new");
      Fingerprint = Res["partialFingerprints"]["seamsKey/v1"];
    }
  }
  ASSERT_FALSE(Fingerprint.empty());

  // The offending line moves: same fingerprint, new line.
  restore("customers/loyalty.cpp");
  unsigned Moved = addLoyaltyCallIntoPayments(3);
  ASSERT_EQ(Moved, Line + 3);
  RunResult Again = check("--format sarif");
  EXPECT_EQ(Again.Code, 1);
  auto Doc2 = nlohmann::json::parse(Again.Out);
  bool Found = false;
  for (const auto &Res : Doc2["runs"][0]["results"])
    if (Res["partialFingerprints"]["seamsKey/v1"] == Fingerprint) {
      Found = true;
      EXPECT_EQ(Res["locations"][0]["physicalLocation"]["region"]["startLine"], Moved);
    }
  EXPECT_TRUE(Found);
  EXPECT_THAT(Again.Err, HasSubstr("known dependencies tolerated by the baseline"));

  // --update refuses the addition; --allow-additions takes it, and then check is clean.
  std::string Before = readFile(baseline());
  RunResult Refused =
      runSeams("baseline -q --update --baseline " + baseline() + " " + extractArgs());
  EXPECT_EQ(Refused.Code, 1);
  EXPECT_THAT(Refused.Err, HasSubstr("new dependencies were not added"));
  EXPECT_EQ(readFile(baseline()), Before);
  restore("customers/loyalty.cpp");
  EXPECT_EQ(check().Code, 0);
}

TEST_F(CheckShop, RemovedDependencyIsStaleAndARenamedFileStaysClean) {
  std::string Path = src() + "/payments/refund.cpp";
  std::string Text = readFile(Path);
  std::string Write = "inventory::g_stock_levels[item.sku] += item.quantity;";
  ASSERT_NE(Text.find(Write), std::string::npos);
  Text.replace(Text.find(Write), Write.size(), "(void)item.sku;");
  writeFile(Path, Text);
  RunResult R = check();
  EXPECT_EQ(R.Code, 0) << R.Out << R.Err;
  EXPECT_THAT(R.Out, HasSubstr(": warning: [stale-dependency] payments -> inventory: "
                               "shop::payments::RefundService::refund writes "
                               "shop::inventory::g_stock_levels is gone"));
  EXPECT_THAT(R.Out, HasSubstr(baseline() + ":"));
  RunResult Strict = check("--fail-on-stale");
  EXPECT_EQ(Strict.Code, 1);
  EXPECT_THAT(Strict.Out, HasSubstr(": error: [stale-dependency]"));

  std::string Saved = readFile(baseline());
  // A refused --update writes nothing, even with a stale entry it would have dropped.
  addLoyaltyCallIntoPayments(0);
  RunResult Refused =
      runSeams("baseline -q --update --baseline " + baseline() + " " + extractArgs());
  EXPECT_EQ(Refused.Code, 1);
  EXPECT_THAT(Refused.Err, HasSubstr("new dependencies were not added"));
  EXPECT_TRUE(readFile(baseline()) == Saved); // byte-identical
  restore("customers/loyalty.cpp");
  RunResult U = runSeams("baseline -q --update --baseline " + baseline() + " " + extractArgs());
  EXPECT_EQ(U.Code, 0) << U.Err;
  EXPECT_THAT(U.Out, HasSubstr("1 stale removed"));
  EXPECT_EQ(check("--fail-on-stale").Code, 0);
  writeFile(baseline(), Saved);
  restore("payments/refund.cpp");

  fs::rename(src() + "/customers/address.cpp", src() + "/customers/postal_address.cpp");
  std::string Lists = readFile(src() + "/CMakeLists.txt");
  std::string Renamed = Lists;
  Renamed.replace(Renamed.find("customers/address.cpp"), 21, "customers/postal_address.cpp");
  writeFile(src() + "/CMakeLists.txt", Renamed);
  configure();
  RunResult Moved = check();
  EXPECT_EQ(Moved.Code, 0) << Moved.Out << Moved.Err;
  EXPECT_THAT(Moved.Out, HasSubstr("; 0 new, 0 stale,"));
  fs::rename(src() + "/customers/postal_address.cpp", src() + "/customers/address.cpp");
  writeFile(src() + "/CMakeLists.txt", Lists);
  configure();
}

/// Replaces every From in the files under Dir by To.
void replaceEverywhere(const std::string &Dir, const std::string &From, const std::string &To) {
  for (const auto &E : fs::recursive_directory_iterator(Dir)) {
    if (!E.is_regular_file())
      continue;
    std::string Text = readFile(E.path().string());
    for (std::size_t At = Text.find(From); At != std::string::npos; At = Text.find(From, At))
      Text.replace(At, From.size(), To);
    writeFile(E.path().string(), Text);
  }
}

TEST_F(CheckShop, SharedLibraryAllowRulesAndRenamedHeaders) {
  // The shared library is no hidden path: its call into orders fails at the call's line.
  std::string Strings = src() + "/common/strings.cpp";
  std::string Text = readFile(Strings);
  unsigned Line = 3 + static_cast<unsigned>(std::count(Text.begin(), Text.end(), '\n')) + 1;
  writeFile(Strings, Text + "#include \"orders/order.h\"\nnamespace shop::common {\n"
                            "const char* paidLabel() {\n"
                            "    return orders::toString(orders::OrderStatus::Paid);\n"
                            "}\n"
                            "}  // namespace shop::common\n");
  RunResult Shared = check();
  EXPECT_EQ(Shared.Code, 1) << Shared.Out << Shared.Err;
  EXPECT_THAT(Shared.Out, HasSubstr("common/strings.cpp:" + std::to_string(Line) +
                                    ": error: [new-dependency] (shared) -> orders: "
                                    "shop::common::paidLabel calls shop::orders::toString (not "
                                    "in the baseline)\n"));
  restore("common/strings.cpp");

  // A dependency an allow rule covers passes: it does not count against the limits either.
  std::string Saved = readFile(baseline());
  std::string Ruled = Saved;
  Ruled.replace(Ruled.find("\"rules\": []"), 11,
                "\"rules\": [\n    {\"name\": \"customers-may-read-the-catalog\", \"from\": "
                "\"customers\", \"to\": \"catalog\", \"effect\": \"allow\", \"reason\": \"agreed "
                "API\"}\n  ]"); // as `seams baseline` writes it
  writeFile(baseline(), Ruled);
  std::string Loyalty = src() + "/customers/loyalty.cpp";
  writeFile(Loyalty, readFile(Loyalty) + "#include \"catalog/product.h\"\n"
                                         "namespace shop::customers {\n"
                                         "bool loyaltySkuOk(const std::string& sku) {\n"
                                         "    return catalog::isValidSku(sku);\n"
                                         "}\n"
                                         "}  // namespace shop::customers\n");
  RunResult Allowed = check();
  EXPECT_EQ(Allowed.Code, 0) << Allowed.Out;
  EXPECT_THAT(Allowed.Out, HasSubstr("note: [allowed-dependency] customers -> catalog: "
                                     "shop::customers::loyaltySkuOk calls"));
  EXPECT_THAT(Allowed.Out, Not(HasSubstr("limit-exceeded")));
  RunResult Update =
      runSeams("baseline -q --update --baseline " + baseline() + " " + extractArgs());
  EXPECT_EQ(Update.Code, 0) << Update.Err;
  EXPECT_TRUE(readFile(baseline()) == Ruled); // nothing added, no limit changed
  writeFile(baseline(), Saved);
  restore("customers/loyalty.cpp");

  // A header used by orders and app renamed inside payments: every check stays clean.
  replaceEverywhere(src(), "payments/payment_processor.h", "payments/payment_gateway.h");
  fs::rename(src() + "/payments/payment_processor.h", src() + "/payments/payment_gateway.h");
  RunResult Renamed = check();
  EXPECT_EQ(Renamed.Code, 0) << Renamed.Out << Renamed.Err;
  EXPECT_THAT(Renamed.Out, HasSubstr("; 0 new, 0 stale,"));
  // A genuinely new include across services is still caught, at its line.
  std::string Cart = src() + "/orders/cart.cpp";
  writeFile(Cart, "#include \"payments/ledger.h\"\n" + readFile(Cart));
  RunResult Included = check();
  EXPECT_EQ(Included.Code, 1) << Included.Out;
  EXPECT_THAT(Included.Out, HasSubstr("orders/cart.cpp:1: error: [new-dependency] orders -> "
                                      "payments: orders/cart.cpp includes shop::payments::"));
  fs::remove_all(src());
  fs::copy(SHOP_SOURCE_DIR, src(), fs::copy_options::recursive);

  // An output file that is a symbolic link (a job summary file, say) is written through.
  fs::create_directories(Dir->path() + "/real");
  writeFile(Dir->path() + "/real/summary.md", "old\n");
  fs::create_symlink("real/summary.md", Dir->path() + "/summary.md");
  RunResult Linked = check("--format markdown=" + Dir->path() + "/summary.md");
  EXPECT_EQ(Linked.Code, 0) << Linked.Err;
  EXPECT_TRUE(fs::is_symlink(fs::symlink_status(Dir->path() + "/summary.md")));
  EXPECT_THAT(readFile(Dir->path() + "/real/summary.md"), HasSubstr("| figure | limit |"));
}

/// A small valid baseline; the bad ones below are edits of it. The baseline is read before any
/// extraction, so these runs need no compile database.
const char *const GoodBaseline = R"({
  "schema": "seams-baseline/1",
  "services": ["inventory", "payments"],
  "members": [
    {"service": "inventory", "path": "inventory/**"},
    {"service": "payments", "path": "payments/**"}
  ],
  "rules": [],
  "dependencies": [
    {"from": "payments", "to": "inventory", "kind": "write", "from_entity": "shop::payments::RefundService::refund", "to_entity": "shop::inventory::g_stock_levels"}
  ]
}
)";

TEST(CheckCli, BadBaselinesExitTwoWithFileLineAndWhat) {
  ScratchDir Dir;
  std::string P = Dir.path() + "/b.json";
  auto Check = [&](const std::string &Text) {
    writeFile(P, Text);
    RunResult R = runSeams("check --facts " + Dir.path() + "/none.json --baseline " + P);
    EXPECT_EQ(R.Code, 2) << R.Err;
    EXPECT_EQ(readFile(P), Text); // check never writes the baseline
    return R.Err;
  };
  std::string Good = GoodBaseline;
  EXPECT_THAT(Check(Good), HasSubstr("none.json")); // valid: gets as far as the facts
  std::string E = "seams check: error: " + P;

  RunResult Missing = runSeams("check --facts x --baseline " + P + ".none");
  EXPECT_EQ(Missing.Code, 2);
  EXPECT_EQ(Missing.Err, E +
                             ".none: cannot read the baseline (no such file?); write one with "
                             "`seams baseline -p <build> -o " +
                             P + ".none`\n");
  EXPECT_EQ(Check(""), E + ": the baseline is empty (write one with `seams baseline`)\n");
  EXPECT_EQ(Check(Good.substr(0, Good.find("\"rules\""))),
            E + ":8:3: not valid JSON: syntax error while parsing object key - unexpected end of "
                "input; expected string literal\n");

  std::string Future = Good;
  Future.replace(Future.find("seams-baseline/1"), 16, "seams-baseline/2");
  EXPECT_EQ(Check(Future), E + ":2: /schema: schema \"seams-baseline/2\" is not supported: this "
                               "seams reads \"seams-baseline/1\" (a newer seams wrote it? "
                               "upgrade seams, or regenerate with `seams baseline`)\n");

  std::string Typo = Good;
  Typo.replace(Typo.find("\"write\""), 7, "\"wrote\"");
  EXPECT_EQ(Check(Typo), E + ":10: /dependencies/0/kind: unknown dependency kind \"wrote\" "
                             "(expected include, call, override, inherit, type, field, read, "
                             "write or macro)\n");

  std::string Undeclared = Good;
  Undeclared.replace(Undeclared.find("\"to\": \"inventory\""), 17, "\"to\": \"inventry\"");
  EXPECT_EQ(Check(Undeclared),
            E + ":10: /dependencies/0/to: service \"inventry\" is not declared in \"services\"\n");

  std::string Missing2 = Good;
  Missing2.replace(Missing2.find("\"from_entity\""), 13, "\"from_entty\"");
  EXPECT_EQ(Check(Missing2), E + ":10: /dependencies/0: unknown key \"from_entty\" (expected "
                                 "from, to, kind, from_entity, to_entity)\n");
}

TEST(CheckCli, AFreshBaselinePassesItsOwnCheckWithAGeneratedHeader) {
  // A build directory inside the project root holds a configured header both services include:
  // analyze sets it apart as generated, so the baseline has no member rule for it, and the
  // check of the unchanged tree must not fail on it as unassigned.
  ScratchDir D;
  const std::string Root = D.path() + "/proj";
  fs::create_directories(Root + "/build/gen");
  fs::create_directories(Root + "/orders");
  fs::create_directories(Root + "/payments");
  writeFile(Root + "/build/gen/config.h", "#pragma once\n#define SHOP_CURRENCY 978\n");
  writeFile(Root + "/payments/pay.h", "#pragma once\nnamespace payments { int charge(int); }\n");
  writeFile(Root + "/payments/pay.cpp",
            "#include \"payments/pay.h\"\n#include \"build/gen/config.h\"\n"
            "int payments::charge(int c) { return c + SHOP_CURRENCY; }\n");
  writeFile(Root + "/orders/checkout.cpp",
            "#include \"payments/pay.h\"\n#include \"build/gen/config.h\"\n"
            "int checkout() { return payments::charge(SHOP_CURRENCY); }\n");
  std::string Db;
  for (const char *Src : {"orders/checkout.cpp", "payments/pay.cpp"})
    Db += std::string(Db.empty() ? "[" : ",") + "{\"directory\": \"" + Root + "\", \"file\": \"" +
          Root + "/" + Src + "\", \"arguments\": [\"clang++\", \"-I.\", \"-c\", \"" + Root + "/" +
          Src + "\"]}";
  writeFile(Root + "/build/compile_commands.json", Db + "]\n");
  const std::string Facts = " --facts " + D.path() + "/facts.json";
  RunResult X =
      runSeams("extract -q --no-cache -p " + Root + "/build -o " + D.path() + "/facts.json");
  ASSERT_EQ(X.Code, 0) << X.Err;
  RunResult A = runSeams("analyze -q --services 2 -o " + D.path() + "/out" + Facts);
  ASSERT_EQ(A.Code, 0) << A.Err;
  EXPECT_THAT(readFile(D.path() + "/out/decomposition.json"), HasSubstr("\"generated\""));
  RunResult B = runSeams("baseline -q --from " + D.path() + "/out/decomposition.json -o " +
                         D.path() + "/b.json" + Facts);
  ASSERT_EQ(B.Code, 0) << B.Err;
  RunResult C =
      runSeams("check -q --fail-on-unassigned --baseline " + D.path() + "/b.json" + Facts);
  EXPECT_EQ(C.Code, 0) << C.Out << C.Err;
  EXPECT_THAT(C.Out, Not(HasSubstr("unassigned-file")));
  EXPECT_THAT(C.Out, HasSubstr("0 new, 0 stale, 0 new cycles, 0 limits exceeded, 0 unassigned"));
}

TEST(CheckCli, UsageErrorsExitTwo) {
  EXPECT_EQ(runSeams("check -p x").Code, 2); // --baseline is required
  ScratchDir Dir;
  writeFile(Dir.path() + "/b.json", "{\"schema\": \"seams-baseline/1\"}");
  RunResult R = runSeams("check --facts x --baseline " + Dir.path() + "/b.json --format pdf");
  EXPECT_EQ(R.Code, 2);
  EXPECT_THAT(R.Err, HasSubstr("the format must be text, github, sarif, junit or markdown"));
  // Command lines that could misroute a report are refused before any work.
  std::string Check = "check --facts x --baseline " + Dir.path() + "/b.json ";
  for (auto [Args, Says] : std::vector<std::pair<std::string, std::string>>{
           {"--format github --format sarif --output seams.sarif",
            "--output is not an option of `seams check`: name each format's file in the "
            "--format itself, e.g. --format sarif=seams.sarif"},
           {"--format text --format github", "--format text and --format github both go to "
                                             "standard output; give one of them a file"},
           {"--format junit=a.xml --format sarif=-",
            ""}, // one on stdout, one in a file: fine (fails later, on the facts)
           {"--format junit=r.out --format markdown=r.out",
            "--format junit=r.out and --format markdown=r.out both write r.out"},
           {"--format sarif=", "--format sarif=: no file after '='"},
           {"--format sarifs=x.sarif", "the format must be text, github, sarif, junit or markdown, "
                                       "not \"sarifs\""}}) {
    RunResult U = runSeams(Check + Args);
    EXPECT_EQ(U.Code, 2) << Args;
    if (Says.empty())
      EXPECT_THAT(U.Err, HasSubstr("x: cannot open facts file")) << Args;
    else
      EXPECT_THAT(U.Err, HasSubstr(Says)) << Args;
  }
  EXPECT_EQ(runSeams("baseline --update --facts x").Code, 2);
  EXPECT_THAT(runSeams("check --help").Out, HasSubstr("--fail-on-stale"));
  EXPECT_THAT(runSeams("--help").Out, HasSubstr("1 new coupling found (check)"));
}

} // namespace
} // namespace seams::e2e
