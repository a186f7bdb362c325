// End-to-end: `seams analyze` on the shop writes the reports; decomposition.json, the DOT files
// and hotspots.sarif match golden files (SEAMS_UPDATE_GOLDEN=1 rewrites them), the DOT files
// are valid Graphviz input, and every output is byte-identical across runs.
#include "e2e_support.h"

#include <cstdlib>
#include <filesystem>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <memory>
#include <nlohmann/json.hpp>

namespace seams::e2e {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::string Db = SHOP_BUILD_DIR;
const std::string Golden = GOLDEN_DIR;
const char *const GoldenFiles[] = {"decomposition.json", "services.dot", "units.dot",
                                   "hotspots.sarif"};
const char *const AllFiles[] = {"decomposition.json", "services.dot", "units.dot",
                                "hotspots.sarif",     "index.html",   "facts.json"};

/// One analyze run of the shop shared by every test (extraction is the slow part): the one
/// the ctest fixture report_shop_analyze made (REPORT_SHOP_DIR), or its own when run alone.
class ShopReport : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    Dir = std::make_unique<ScratchDir>();
    Out = REPORT_SHOP_DIR;
    if (std::filesystem::exists(Out + "/index.html"))
      return;
    RunResult R = runSeams("analyze -q --no-history -p " + Db + " -o " + Dir->path() +
                           "/out --cache-dir " + Dir->path() + "/cache");
    ASSERT_EQ(R.Code, 0) << R.Err;
    Out = Dir->path() + "/out";
  }
  static void TearDownTestSuite() { Dir.reset(); }
  static std::unique_ptr<ScratchDir> Dir;
  static std::string Out;
};
std::unique_ptr<ScratchDir> ShopReport::Dir;
std::string ShopReport::Out;

TEST_F(ShopReport, MatchesGoldenFiles) {
  bool Update = std::getenv("SEAMS_UPDATE_GOLDEN") != nullptr;
  for (const char *Name : GoldenFiles) {
    std::string Actual = readFile(Out + "/" + Name);
    ASSERT_FALSE(Actual.empty()) << Name;
    if (Update) {
      writeFile(Golden + "/" + Name, Actual);
      continue;
    }
    EXPECT_EQ(Actual, readFile(Golden + "/" + Name))
        << Name << " differs from tests/golden/shop/" << Name
        << "; if the change is intended, rerun with SEAMS_UPDATE_GOLDEN=1 and review the diff";
  }
}

TEST_F(ShopReport, NoMachineSpecificContent) {
  for (const char *Name : AllFiles) {
    std::string Text = readFile(Out + "/" + Name);
    EXPECT_THAT(Text, Not(HasSubstr(SHOP_SOURCE_DIR))) << Name;
    EXPECT_THAT(Text, Not(HasSubstr(Db))) << Name;
    EXPECT_THAT(Text, Not(HasSubstr(Dir->path()))) << Name;
    EXPECT_THAT(Text, Not(HasSubstr(Out))) << Name;
  }
}

TEST_F(ShopReport, DotFilesAreValidGraphviz) {
  for (const char *Name : {"services.dot", "units.dot"}) {
    std::string Cmd = std::string(DOT_EXECUTABLE) + " -Tsvg -o " + Dir->path() + "/" + Name +
                      ".svg " + Out + "/" + Name;
    EXPECT_EQ(std::system(Cmd.c_str()), 0) << Cmd;
    EXPECT_THAT(readFile(Dir->path() + "/" + Name + ".svg"), HasSubstr("<svg"));
  }
}

TEST_F(ShopReport, SarifCarriesTheHotspots) {
  auto D = nlohmann::json::parse(readFile(Out + "/decomposition.json"));
  auto S = nlohmann::json::parse(readFile(Out + "/hotspots.sarif"));
  EXPECT_EQ(S["version"], "2.1.0");
  ASSERT_TRUE(D.contains("hotspots"));
  EXPECT_EQ(S["runs"][0]["results"].size(), D["hotspots"].size());
  EXPECT_GT(D["hotspots"].size(), 0u);
}

TEST_F(ShopReport, ReportIsSelfContained) {
  std::string Html = readFile(Out + "/index.html");
  EXPECT_THAT(Html, HasSubstr("<script type=\"application/json\" id=\"seams-data\">"));
  EXPECT_THAT(Html, HasSubstr("<svg"));
  EXPECT_THAT(Html, Not(HasSubstr("src=\"http")));
  EXPECT_THAT(Html, Not(HasSubstr("<link")));
}

TEST_F(ShopReport, SameFactsGiveByteIdenticalOutput) {
  std::string Again = Dir->path() + "/again";
  RunResult R = runSeams("analyze --facts " + Out + "/facts.json -o " + Again);
  ASSERT_EQ(R.Code, 0) << R.Err;
  for (const char *Name : AllFiles) {
    if (std::string(Name) != "facts.json") {
      EXPECT_EQ(readFile(Out + "/" + Name), readFile(Again + "/" + Name)) << Name;
    }
  }
}

TEST_F(ShopReport, SourceLinkTemplate) {
  std::string Linked = Dir->path() + "/linked";
  RunResult R = runSeams("analyze --facts " + Out + "/facts.json -o " + Linked +
                         " --source-link 'https://example.invalid/shop/blob/v1/{path}#L{line}'");
  ASSERT_EQ(R.Code, 0) << R.Err;
  EXPECT_THAT(readFile(Linked + "/index.html"),
              HasSubstr("\"source_link\":\"https://example.invalid/shop/blob/v1/{path}#L{line}\""));
  RunResult Bad = runSeams("analyze --facts " + Out + "/facts.json -o " + Linked +
                           " --source-link 'https://example.invalid/'");
  EXPECT_EQ(Bad.Code, 2);
  EXPECT_THAT(Bad.Err, HasSubstr("{path}"));
}

} // namespace
} // namespace seams::e2e
