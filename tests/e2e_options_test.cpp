// End-to-end: every combination of --unit, --algorithm and --services on a generated 300-unit
// project exits 0 with a valid decomposition.json (no crash, whatever the options).
#include "e2e_support.h"
#include "graph/model/facts.h"
#include "graph/model/facts_json.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

namespace seams::e2e {
namespace {

/// 10 modules x 30 components (a header and a source each, a class with two methods and a field),
/// calls mostly inside a module, some across, a shared utility every module uses, a global that
/// two modules write, and a generated header under build/. Deterministic.
std::string generatedFacts() {
  FactsBuilder B;
  std::mt19937 Rng(7);
  auto File = [&](const std::string &Path, unsigned Lines, bool Generated = false) {
    B.addFile({Path, Lines, 0, Generated});
    B.addEntity({"f:" + Path, EntityKind::File, Path, Path, 1, Path, 1, Lines});
  };
  auto Site = [](const std::string &Path, unsigned Line) {
    return Occurrence{{Path, Line, 1}, false};
  };
  File("util/strings.h", 30);
  B.addEntity(
      {"c:trim", EntityKind::Function, "util::trim", "util/strings.h", 3, "util/strings.h", 3, 5});
  File("build/gen/version.h", 3, true);
  B.addEntity({"c:ver", EntityKind::Variable, "kVersion", "build/gen/version.h", 2,
               "build/gen/version.h", 2, 1});
  B.addEntity({"c:g", EntityKind::Variable, "m0::g_count", "m0/c0.cpp", 2, "m0/c0.cpp", 2, 1});
  const unsigned Modules = 10, Comps = 30;
  for (unsigned M = 0; M < Modules; ++M)
    for (unsigned C = 0; C < Comps; ++C) {
      std::string Base = "m" + std::to_string(M) + "/c" + std::to_string(C);
      std::string Cls = "m" + std::to_string(M) + "::C" + std::to_string(C);
      File(Base + ".h", 40);
      File(Base + ".cpp", 80);
      B.addEntity({"c:" + Cls, EntityKind::Class, Cls, Base + ".h", 3, Base + ".h", 3, 30});
      for (const char *Member : {"run", "get"}) {
        std::string Id = "c:" + Cls + "::" + Member;
        B.addEntity(
            {Id, EntityKind::Method, Cls + "::" + Member, Base + ".h", 5, Base + ".cpp", 10, 20});
        B.addOccurrence("c:" + Cls, Id, EdgeKind::Contains, Site(Base + ".h", 5));
      }
      B.addEntity({"c:" + Cls + "::v", EntityKind::Field, Cls + "::v", Base + ".h", 8, "", 0, 1});
      B.addOccurrence("c:" + Cls, "c:" + Cls + "::v", EdgeKind::Contains, Site(Base + ".h", 8));
      B.addOccurrence("f:" + Base + ".cpp", "f:" + Base + ".h", EdgeKind::Include,
                      Site(Base + ".cpp", 1));
      B.addOccurrence("c:" + Cls + "::run", "c:trim", EdgeKind::Call, Site(Base + ".cpp", 12));
      B.addOccurrence("c:" + Cls + "::get", "c:" + Cls + "::v", EdgeKind::Field,
                      Site(Base + ".cpp", 22));
      for (unsigned K = 0; K < 4; ++K) {
        bool Across = Rng() % 10 == 0;
        unsigned TM = Across ? Rng() % Modules : M, TC = Rng() % Comps;
        std::string To = "c:m" + std::to_string(TM) + "::C" + std::to_string(TC) + "::get";
        B.addOccurrence("c:" + Cls + "::run", To, EdgeKind::Call, Site(Base + ".cpp", 13 + K));
      }
      if (C == 0 && M < 2)
        B.addOccurrence("c:" + Cls + "::run", "c:g", EdgeKind::Write, Site(Base + ".cpp", 30));
      if (C == 1)
        B.addOccurrence("c:" + Cls + "::get", "c:ver", EdgeKind::Read, Site(Base + ".cpp", 31));
    }
  std::ostringstream Out;
  writeFacts(B.finish("generated", 0, false), Out);
  return Out.str();
}

struct Combination {
  std::string Unit, Algorithm, Services;
};

class EveryOption : public ::testing::TestWithParam<Combination> {
protected:
  static void SetUpTestSuite() {
    Dir = new ScratchDir;
    writeFile(Dir->path() + "/facts.json", generatedFacts());
  }
  static void TearDownTestSuite() { delete Dir; }
  static ScratchDir *Dir;
};
ScratchDir *EveryOption::Dir;

TEST_P(EveryOption, ExitsZeroWithAValidDecomposition) {
  const Combination &C = GetParam();
  std::string Out = Dir->path() + "/" + C.Unit + "-" + C.Algorithm + "-" + C.Services;
  RunResult R = runSeams("analyze -q --facts " + Dir->path() + "/facts.json -o " + Out +
                         " --unit " + C.Unit + " --algorithm " + C.Algorithm +
                         (C.Services == "default" ? "" : " --services " + C.Services));
  ASSERT_EQ(R.Code, 0) << R.Err;
  auto D = nlohmann::json::parse(readFile(Out + "/decomposition.json"));
  EXPECT_EQ(D["schema"], "seams-decomposition/1");
  ASSERT_FALSE(D["services"].empty());
  for (const auto &S : D["services"]) {
    EXPECT_FALSE(S["units"].empty()) << S["name"];
    // Class units own no files of their own (a class-only service lists none: issue 11).
    if (C.Unit != "class") {
      EXPECT_FALSE(S["files"].empty()) << S["name"];
    }
    for (const auto &F : S["files"])
      EXPECT_NE(F.get<std::string>().rfind("build/", 0), 0u) << "generated file in " << S["name"];
  }
  EXPECT_EQ(D["generated"]["files"], nlohmann::json::array({"build/gen/version.h"}));
  EXPECT_FALSE(readFile(Out + "/index.html").empty());
}

// --exclude with --facts used to be ignored without a word: the facts' external files were
// decided at extraction, so the services came out as if it had not been given.
TEST(AnalyzeFacts, ExcludeWarnsThatItDoesNothing) {
  ScratchDir Dir;
  writeFile(Dir.path() + "/facts.json", generatedFacts());
  std::string Out = Dir.path() + "/out";
  RunResult R = runSeams("analyze --no-history --facts " + Dir.path() + "/facts.json -o " + Out +
                         " --exclude 'm0/**'");
  ASSERT_EQ(R.Code, 0) << R.Err;
  EXPECT_NE(R.Err.find("--include and --exclude act on extraction and do nothing with --facts"),
            std::string::npos)
      << R.Err;
  RunResult Quiet = runSeams("analyze -q --no-history --facts " + Dir.path() + "/facts.json -o " +
                             Out + " --exclude 'm0/**'");
  ASSERT_EQ(Quiet.Code, 0) << Quiet.Err;
  EXPECT_EQ(Quiet.Err.find("warning"), std::string::npos) << Quiet.Err;
}

std::vector<Combination> combinations() {
  std::vector<Combination> Out;
  for (const char *U : {"component", "file", "class"})
    for (const char *A : {"leiden", "louvain", "label-propagation", "girvan-newman"})
      for (const char *S : {"3", "40", "default"})
        Out.push_back({U, A, S});
  return Out;
}

INSTANTIATE_TEST_SUITE_P(Generated300Units, EveryOption, ::testing::ValuesIn(combinations()),
                         [](const auto &Info) {
                           std::string N = Info.param.Unit + "_" + Info.param.Algorithm + "_" +
                                           Info.param.Services;
                           for (char &Ch : N)
                             if (Ch == '-')
                               Ch = '_';
                           return N;
                         });

} // namespace
} // namespace seams::e2e
