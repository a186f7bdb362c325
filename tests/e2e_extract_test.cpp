// End-to-end: `seams extract` on the bundled shop monolith finds every planted tangle's edges.
#include "e2e_support.h"
#include "graph/model/facts_json.h"

#include <filesystem>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace seams::e2e {
namespace {

using ::testing::HasSubstr;

const std::string Db = std::string(SHOP_BUILD_DIR);

/// One extraction of the shop, shared by the tests of this file.
class ShopFacts : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    Dir = new ScratchDir();
    Run = new RunResult(runSeams("extract -p " + Db + " -o " + Dir->path() +
                                 "/facts.json --max-samples 0 -j 2 --cache-dir " + Dir->path() +
                                 "/cache"));
    if (Run->Code == 0)
      F = new Facts(readFactsFile(Dir->path() + "/facts.json"));
  }
  static void TearDownTestSuite() {
    delete F;
    delete Run;
    delete Dir;
  }

  /// The edge of Kind from the entity named From to the one named To, or null.
  static const Edge *edge(const std::string &Kind, const std::string &From, const std::string &To) {
    for (const Edge &E : F->Edges) {
      const Entity *A = F->findEntity(E.From), *B = F->findEntity(E.To);
      if (kindName(E.Kind) == Kind && A && B && A->Name == From && B->Name == To)
        return &E;
    }
    return nullptr;
  }

  static ScratchDir *Dir;
  static RunResult *Run;
  static Facts *F;
};
ScratchDir *ShopFacts::Dir;
RunResult *ShopFacts::Run;
Facts *ShopFacts::F;

TEST_F(ShopFacts, ExtractsEveryTuWithoutDiagnostics) {
  ASSERT_EQ(Run->Code, 0) << Run->Err;
  ASSERT_NE(F, nullptr);
  EXPECT_TRUE(F->Diagnostics.empty());
  EXPECT_EQ(F->Root, "shop");
  EXPECT_GT(F->Tus.size(), 40u);
  for (const TuInfo &T : F->Tus)
    EXPECT_EQ(T.Status, "ok") << T.File;
  EXPECT_THAT(Run->Err, HasSubstr(std::to_string(F->Tus.size()) + "/" +
                                  std::to_string(F->Tus.size()) + " TUs parsed"));
}

TEST_F(ShopFacts, FindsEveryPlantedTangleEdgeAtItsLine) {
  ASSERT_NE(F, nullptr);
  auto Expected = nlohmann::json::parse(readFile(std::string(SHOP_SOURCE_DIR) + "/expected.json"));
  unsigned Checked = 0;
  for (const auto &Tangle : Expected["tangles"]) {
    for (const auto &X : Tangle.value("edges", nlohmann::json::array())) {
      std::string From = X["from"]["entity"], To = X["to"]["entity"], Kind = X["edge"];
      const Edge *E = edge(Kind, From, To);
      ASSERT_NE(E, nullptr) << "tangle " << Tangle["id"] << ": no " << Kind << " edge " << From
                            << " -> " << To;
      Location Site{X["from"]["file"], X["from"]["line"].get<unsigned>(), 0};
      bool AtSite = false;
      for (const Occurrence &O : E->At)
        AtSite |= O.At == Site;
      EXPECT_TRUE(AtSite) << From << " -> " << To << " not seen at " << Site.File << ":"
                          << Site.Line;
      const Entity *Target = F->findEntity(E->To);
      if (Kind != "include") {
        EXPECT_EQ(Target->File, X["to"]["file"]) << To;
        EXPECT_EQ(Target->Line, X["to"]["line"].get<unsigned>()) << To;
      }
      ++Checked;
    }
  }
  EXPECT_GE(Checked, 20u);
}

TEST_F(ShopFacts, RefundWritesTheInventoryStockGlobal) {
  ASSERT_NE(F, nullptr);
  const Edge *E =
      edge("write", "shop::payments::RefundService::refund", "shop::inventory::g_stock_levels");
  ASSERT_NE(E, nullptr);
  EXPECT_EQ(
      edge("read", "shop::payments::RefundService::refund", "shop::inventory::g_stock_levels"),
      nullptr); // a write, not also counted as a read
}

TEST_F(ShopFacts, SecondRunComesFromTheCacheAndIsIdentical) {
  ASSERT_EQ(Run->Code, 0);
  RunResult Again =
      runSeams("extract -p " + Db + " -o " + Dir->path() +
               "/again.json --max-samples 0 -j 1 --cache-dir " + Dir->path() + "/cache");
  ASSERT_EQ(Again.Code, 0) << Again.Err;
  EXPECT_THAT(Again.Err, HasSubstr("[0 parsed, "));
  EXPECT_EQ(readFile(Dir->path() + "/facts.json"), readFile(Dir->path() + "/again.json"));
}

TEST(ExtractCli, JobCountDoesNotChangeTheOutput) {
  ScratchDir Dir;
  for (const char *J : {"1", "2"}) {
    RunResult R = runSeams("extract -q --no-cache -p " + Db + " -j " + J + " -o " + Dir.path() +
                           "/j" + J + ".json");
    ASSERT_EQ(R.Code, 0) << R.Err;
  }
  std::string One = readFile(Dir.path() + "/j1.json");
  EXPECT_GT(One.size(), 10000u);
  EXPECT_EQ(One, readFile(Dir.path() + "/j2.json"));
  EXPECT_EQ(One.find(SHOP_SOURCE_DIR), std::string::npos); // no absolute paths
}

TEST(ExtractCli, MissingDatabaseExitsTwoWithAdvice) {
  ScratchDir Dir;
  RunResult R = runSeams("extract -p " + Dir.path());
  EXPECT_EQ(R.Code, 2);
  EXPECT_THAT(R.Err, HasSubstr("no compile database at"));
  EXPECT_THAT(R.Err, HasSubstr("-DCMAKE_EXPORT_COMPILE_COMMANDS=ON"));

  // analyze fails the same way, and leaves no output directory behind.
  R = runSeams("analyze -p " + Dir.path() + " -o " + Dir.path() + "/out");
  EXPECT_EQ(R.Code, 2);
  EXPECT_THAT(R.Err, HasSubstr("no compile database at"));
  EXPECT_FALSE(std::filesystem::exists(Dir.path() + "/out"));
}

TEST(ExtractCli, BrokenTuIsCountedAndStrictExitsThree) {
  ScratchDir Dir;
  writeFile(Dir.path() + "/src/ok.cpp", "int ok() { return 1; }\n");
  writeFile(Dir.path() + "/src/bad.cpp", "int bad() { return nope; }\n");
  RunResult R = runSeams("extract --root " + Dir.path() + "/src -o " + Dir.path() +
                         "/f.json --cache-dir " + Dir.path() + "/c -- -std=c++17");
  EXPECT_EQ(R.Code, 0) << R.Err;
  EXPECT_THAT(R.Err, HasSubstr("2/2 TUs parsed, 1 with errors (0 failed)"));
  Facts F = readFactsFile(Dir.path() + "/f.json");
  ASSERT_EQ(F.Diagnostics.size(), 1u);
  EXPECT_EQ(F.Diagnostics[0].File, "bad.cpp");
  RunResult Strict = runSeams("extract --strict --root " + Dir.path() + "/src -o " + Dir.path() +
                              "/f.json --cache-dir " + Dir.path() + "/c -- -std=c++17");
  EXPECT_EQ(Strict.Code, 3);
}

TEST(ExtractCli, PchSharesAForcedIncludeWithTheSameFacts) {
  ScratchDir Dir;
  writeFile(Dir.path() + "/src/common.h",
            "#pragma once\n#include <string>\nstruct Name { std::string text; int size() const "
            "{ return int(text.size()); } };\n");
  for (std::string Tu : {"a", "b", "c"})
    writeFile(Dir.path() + "/src/" + Tu + ".cpp",
              "int " + Tu + "(const Name &n) { return n.size() + int(n.text.size()); }\n");
  std::string Common = " --no-cache --root " + Dir.path() + "/src -- -std=c++17 -include " +
                       Dir.path() + "/src/common.h";
  RunResult Plain = runSeams("extract -o " + Dir.path() + "/plain.json" + Common);
  RunResult Pch = runSeams("extract --pch -o " + Dir.path() + "/pch.json" + Common);
  ASSERT_EQ(Plain.Code, 0) << Plain.Err;
  ASSERT_EQ(Pch.Code, 0) << Pch.Err;
  EXPECT_THAT(Pch.Err, HasSubstr("prefix PCH (--pch): 1 built, 2 TUs parsed with one"));
  EXPECT_EQ(readFile(Dir.path() + "/plain.json"), readFile(Dir.path() + "/pch.json"));
}

TEST(ExtractCli, UsageErrorsExitTwo) {
  EXPECT_EQ(runSeams("extract").Code, 2);
  EXPECT_EQ(runSeams("extract -p x --shard 3/2").Code, 2);
  EXPECT_EQ(runSeams("no-such-command").Code, 2);
  RunResult Help = runSeams("--help");
  EXPECT_EQ(Help.Code, 0);
  EXPECT_THAT(Help.Out, HasSubstr("Exit codes"));
}

TEST(MergeCli, ShardsMergeToTheFullRun) {
  ScratchDir Dir;
  std::string Common = " -q --no-cache -p " + Db + " -o " + Dir.path();
  ASSERT_EQ(runSeams("extract" + Common + "/full.json").Code, 0);
  ASSERT_EQ(runSeams("extract --shard 1/2" + Common + "/s1.json").Code, 0);
  ASSERT_EQ(runSeams("extract --shard 2/2" + Common + "/s2.json").Code, 0);
  RunResult M = runSeams("merge " + Dir.path() + "/s1.json " + Dir.path() + "/s2.json -o " +
                         Dir.path() + "/m.json");
  ASSERT_EQ(M.Code, 0) << M.Err;
  EXPECT_EQ(readFile(Dir.path() + "/full.json"), readFile(Dir.path() + "/m.json"));
  RunResult NotPartial =
      runSeams("merge " + Dir.path() + "/full.json -o " + Dir.path() + "/x.json");
  EXPECT_EQ(NotPartial.Code, 2);
}

} // namespace
} // namespace seams::e2e

namespace seams::e2e {
namespace {

TEST(ExtractCli, LegacySampleParsesCleanlyWithMacrosIncFilesAndExterns) {
  ScratchDir Dir;
  RunResult R = runSeams("extract -q --no-cache -p " + std::string(LEGACY_BUILD_DIR) + " -o " +
                         Dir.path() + "/f.json");
  ASSERT_EQ(R.Code, 0) << R.Err;
  Facts F = readFactsFile(Dir.path() + "/f.json");
  EXPECT_TRUE(F.Diagnostics.empty());
  unsigned Macros = 0, Variables = 0, IncIncludes = 0;
  for (const Entity &E : F.Entities) {
    Macros += E.Kind == EntityKind::Macro;
    Variables += E.Kind == EntityKind::Variable;
  }
  for (const Edge &E : F.Edges)
    IncIncludes += E.Kind == EdgeKind::Include && E.To == "file:counters.inc";
  EXPECT_GT(Macros, 0u);
  EXPECT_GE(Variables, 9u); // the extern globals
  EXPECT_GE(IncIncludes, 1u);
}

} // namespace
} // namespace seams::e2e
