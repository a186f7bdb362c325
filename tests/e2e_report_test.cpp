// End-to-end: `seams analyze` on the shop writes the reports; decomposition.json, the DOT files
// and hotspots.sarif match golden files (SEAMS_UPDATE_GOLDEN=1 rewrites them), the DOT files
// are valid Graphviz input, and every output is byte-identical across runs.
#include "e2e_support.h"

#include <cstdlib>
#include <filesystem>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

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

/// Every file under Root, relative to it, sorted.
std::vector<std::string> filesUnder(const std::string &Root) {
  std::vector<std::string> Out;
  if (std::filesystem::exists(Root))
    for (const auto &E : std::filesystem::recursive_directory_iterator(Root))
      if (E.is_regular_file())
        Out.push_back(std::filesystem::relative(E.path(), Root).generic_string());
  std::sort(Out.begin(), Out.end());
  return Out;
}

TEST_F(ShopReport, InterfaceSketchesMatchGoldenFiles) {
  bool Update = std::getenv("SEAMS_UPDATE_GOLDEN") != nullptr;
  std::string Actual = Out + "/interfaces", Expected = Golden + "/interfaces";
  std::vector<std::string> Files = filesUnder(Actual);
  ASSERT_FALSE(Files.empty());
  if (Update) {
    std::filesystem::remove_all(Expected);
    for (const std::string &F : Files)
      writeFile(Expected + "/" + F, readFile(Actual + "/" + F));
    return;
  }
  EXPECT_EQ(Files, filesUnder(Expected));
  for (const std::string &F : Files)
    EXPECT_EQ(readFile(Actual + "/" + F), readFile(Expected + "/" + F))
        << F << " differs from tests/golden/shop/interfaces/" << F
        << "; if the change is intended, rerun with SEAMS_UPDATE_GOLDEN=1 and review the diff";
}

// The sample's design: notifications only receives fire-and-forget calls and is in no cycle;
// payments is in the orders/payments cycle. So notifications is extracted first, payments after.
TEST_F(ShopReport, PlanExtractsNotificationsBeforePayments) {
  auto Doc = nlohmann::json::parse(readFile(Out + "/decomposition.json"));
  const auto &Steps = Doc.at("plan").at("steps");
  ASSERT_FALSE(Steps.empty());
  std::map<std::string, std::size_t> Index;
  for (std::size_t I = 0; I < Steps.size(); ++I) {
    Index[Steps[I].at("service").get<std::string>()] = I;
    EXPECT_EQ(Steps[I].at("step"), I + 1);
    EXPECT_GT(Steps[I].at("effort").at("use_sites").get<unsigned>(), 0u);
    EXPECT_FALSE(Steps[I].at("rationale").get<std::string>().empty());
  }
  ASSERT_TRUE(Index.count("notifications") && Index.count("payments"));
  EXPECT_LT(Index["notifications"], Index["payments"]);
  EXPECT_FALSE(Steps[Index["notifications"]].at("in_cycle").get<bool>());
  EXPECT_TRUE(Steps[Index["payments"]].at("in_cycle").get<bool>());
}

TEST_F(ShopReport, ReportShowsThePlanWithEachServicesSketch) {
  std::string Html = readFile(Out + "/index.html");
  EXPECT_THAT(Html, HasSubstr("<a href=\"#plan\">Plan</a>"));
  EXPECT_THAT(Html, HasSubstr("<section id=\"plan\"><h2>Plan</h2>"));
  EXPECT_THAT(Html, HasSubstr("<h3>Step 1: notifications</h3>"));
  EXPECT_THAT(Html, HasSubstr("<summary>Interface sketch: notifications/notifications.proto"));
  EXPECT_THAT(Html, HasSubstr("service NotificationsService {"));
  EXPECT_THAT(Html, HasSubstr("<span class=\"loc\">orders/order_manager.cpp:"));
}

TEST_F(ShopReport, PlanCommandPrintsTheOrderAndWritesTheSameSketches) {
  std::string Sketches = Dir->path() + "/sketches";
  RunResult R = runSeams("plan -q --facts " + Out + "/facts.json --interfaces " + Sketches);
  ASSERT_EQ(R.Code, 0) << R.Err;
  EXPECT_THAT(R.Out, HasSubstr("Extraction plan: "));
  EXPECT_THAT(R.Out, HasSubstr("\n1. notifications: no cycle"));
  EXPECT_THAT(R.Out, HasSubstr("not extracted: app: composition root"));
  std::vector<std::string> Files = filesUnder(Sketches);
  EXPECT_EQ(Files, filesUnder(Out + "/interfaces"));
  for (const std::string &F : Files)
    EXPECT_EQ(readFile(Sketches + "/" + F), readFile(Out + "/interfaces/" + F)) << F;
  RunResult Json = runSeams("plan -q --facts " + Out + "/facts.json --format json");
  ASSERT_EQ(Json.Code, 0) << Json.Err;
  EXPECT_EQ(nlohmann::json::parse(Json.Out),
            nlohmann::json::parse(readFile(Out + "/decomposition.json")).at("plan"));
  EXPECT_EQ(runSeams("plan --facts " + Out + "/facts.json --format yaml").Code, 2);
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
