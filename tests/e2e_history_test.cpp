// End-to-end: the change history on a copy of the shop with a scripted git history. A planted
// cross-service co-change pair must be reported as a change-coupling hotspot and must move the
// independent change rate; every repository seams cannot use gives a note and exit 0.
#include "e2e_support.h"
#include "history/scripted_repo.h"

#include <filesystem>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace seams::e2e {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::ScriptedRepo;

/// The shop's facts, extracted once without history (the copies below share its paths).
class ShopHistory : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    Dir = new ScratchDir();
    RunResult R = runSeams("extract -q -p " + std::string(SHOP_BUILD_DIR) + " -o " + Dir->path() +
                           "/facts.json --cache-dir " + Dir->path() + "/cache");
    ASSERT_EQ(R.Code, 0) << R.Err;
  }
  static void TearDownTestSuite() { delete Dir; }

  /// A copy of the shop's sources in a fresh repository, each service's files changed alone a
  /// few times (after one bulk commit of everything, which is skipped).
  static void scriptShop(ScriptedRepo &R) {
    fs::copy(SHOP_SOURCE_DIR, R.path(), fs::copy_options::recursive);
    R.git("init -q");
    R.git("add -A");
    R.git("commit -q -m import");
    for (int I = 0; I < 6; ++I) {
      std::string N = std::to_string(I);
      R.change({"orders/cart.cpp", "orders/checkout.cpp"}, "orders " + N);
      R.change({"payments/wallet_payment.cpp", "payments/card_payment.cpp"}, "payments " + N);
      R.change({"inventory/stock.cpp", "inventory/reservation.cpp"}, "inventory " + N);
    }
  }

  RunResult analyze(const ScriptedRepo &R, const std::string &Out) {
    return runSeams("analyze --facts " + Dir->path() + "/facts.json --root " + R.path() +
                    " --config " + std::string(SHOP_SOURCE_DIR) + "/seams.toml -o " + Out);
  }

  static ScratchDir *Dir;
};
ScratchDir *ShopHistory::Dir;

TEST_F(ShopHistory, PlantedCrossServicePairIsAHotspotAndMovesTheIndependentChangeRate) {
  ScriptedRepo R;
  scriptShop(R);
  RunResult Before = analyze(R, R.path() + "/out-before");
  ASSERT_EQ(Before.Code, 0) << Before.Err;
  EXPECT_THAT(Before.Out, HasSubstr("independent change: 100% of 18 commits changed one service "
                                    "alone (18), 0 changed two or more"));
  EXPECT_THAT(Before.Out, HasSubstr("history: 19 commits read, 18 kept (0 merges, 1 bulk"));
  json D0 = json::parse(readFile(R.path() + "/out-before/decomposition.json"));
  EXPECT_EQ(D0["change"]["independent_share"], 1);
  EXPECT_EQ(D0["change"]["no_service"], 0); // commits + no_service = the 18 kept

  // The planted pair: orders/cart and payments/wallet_payment, changed together 5 times.
  for (int I = 0; I < 5; ++I)
    R.change({"orders/cart.cpp", "payments/wallet_payment.cpp"}, "together " + std::to_string(I));
  RunResult After = analyze(R, R.path() + "/out-after");
  ASSERT_EQ(After.Code, 0) << After.Err;
  EXPECT_THAT(After.Out, HasSubstr("independent change: 78.3% of 23 commits changed one service "
                                   "alone (18), 5 changed two or more"));
  json D = json::parse(readFile(R.path() + "/out-after/decomposition.json"));
  EXPECT_LT(D["change"]["independent_share"].get<double>(), 0.8);
  const json *Found = nullptr;
  for (const json &H : D["hotspots"])
    if (H["kind"] == "change-coupling")
      Found = &H;
  ASSERT_NE(Found, nullptr) << After.Out;
  EXPECT_EQ((*Found)["entities"], json::array({"orders/cart", "payments/wallet_payment"}));
  EXPECT_THAT((*Found)["message"].get<std::string>(),
              HasSubstr("orders/cart and payments/wallet_payment changed together in 5 of their "
                        "17 commits: each change needs both services released together -> "));
  // The partners and the edge's co-change support.
  for (const json &S : D["services"])
    if (S["name"] == "orders") {
      EXPECT_EQ(S["change"]["partners"][0], json({{"service", "payments"}, {"commits", 5}}));
    }
  std::string Sarif = readFile(R.path() + "/out-after/hotspots.sarif");
  EXPECT_THAT(Sarif, HasSubstr("\"ruleId\":\"change-coupling\""));
  EXPECT_TRUE(fs::exists(R.path() + "/out-after/history.json"));
  // --no-history: no change section, no change-coupling.
  RunResult Off = runSeams("analyze --facts " + Dir->path() + "/facts.json --root " + R.path() +
                           " --config " + std::string(SHOP_SOURCE_DIR) +
                           "/seams.toml --no-history -o " + R.path() + "/out-off");
  ASSERT_EQ(Off.Code, 0) << Off.Err;
  EXPECT_THAT(Off.Out, Not(HasSubstr("independent change")));
  EXPECT_THAT(readFile(R.path() + "/out-off/decomposition.json"), Not(HasSubstr("\"change\"")));
}

TEST_F(ShopHistory, CompareGivesTheIndependentChangeRateOfBoth) {
  ScriptedRepo R;
  scriptShop(R);
  for (int I = 0; I < 5; ++I)
    R.change({"orders/cart.cpp", "payments/wallet_payment.cpp"}, "together " + std::to_string(I));
  ASSERT_EQ(analyze(R, R.path() + "/out").Code, 0);
  RunResult C =
      runSeams("compare " + R.path() + "/out/decomposition.json " + std::string(SHOP_SOURCE_DIR) +
               "/expected.json --history " + R.path() + "/out/history.json");
  ASSERT_EQ(C.Code, 0) << C.Err;
  EXPECT_THAT(C.Out, HasSubstr("independent change, first: 78.3% of 23 commits"));
  EXPECT_THAT(C.Out, HasSubstr("independent change, second: 78.3% of 23 commits"));
}

TEST_F(ShopHistory, CheckScoresTheBaselinesServicesOnTheHistoryUnlessQuiet) {
  ScriptedRepo R;
  scriptShop(R);
  ASSERT_EQ(analyze(R, R.path() + "/out").Code, 0);
  const std::string Facts = " --facts " + Dir->path() + "/facts.json --root " + R.path();
  RunResult B = runSeams("baseline" + Facts + " --from " + R.path() +
                         "/out/decomposition.json -o " + R.path() + "/baseline.json");
  ASSERT_EQ(B.Code, 0) << B.Err;
  const std::string Check = "check" + Facts + " --baseline " + R.path() + "/baseline.json";
  RunResult Loud = runSeams(Check);
  EXPECT_EQ(Loud.Code, 0) << Loud.Err;
  // On standard error: standard output holds the report, which may be a machine format.
  EXPECT_THAT(Loud.Err, HasSubstr("independent change of the baseline's services: 100% of 18 "
                                  "commits"));
  RunResult Quiet = runSeams(Check + " -q");
  EXPECT_EQ(Quiet.Code, 0) << Quiet.Err;
  EXPECT_THAT(Quiet.Out + Quiet.Err, Not(HasSubstr("independent change")));
  EXPECT_THAT(Quiet.Out, HasSubstr("0 new")); // the verdict itself is never silenced
}

/// `seams history` and `seams analyze` on a repository seams cannot use: a note, exit 0.
void expectNote(const std::string &Root, const std::string &Note, const std::string &Facts) {
  RunResult H = runSeams("history --root " + Root + " -o " + Root + "/h.json");
  EXPECT_EQ(H.Code, 0) << H.Err;
  EXPECT_THAT(H.Err, HasSubstr("seams: note: " + Note));
  EXPECT_THAT(H.Err, HasSubstr("going on without change history"));
  RunResult A =
      runSeams("analyze -q --facts " + Facts + " --root " + Root + " -o " + Root + "/out");
  EXPECT_EQ(A.Code, 0) << A.Err;
  RunResult Loud =
      runSeams("analyze --facts " + Facts + " --root " + Root + " -o " + Root + "/out");
  EXPECT_EQ(Loud.Code, 0) << Loud.Err;
  EXPECT_THAT(Loud.Err, HasSubstr("seams: note: " + Note));
}

TEST_F(ShopHistory, BadRepositoriesGiveANoteAndExitZero) {
  std::string Facts = Dir->path() + "/facts.json";
  ScriptedRepo NoRepo;
  expectNote(NoRepo.path(), "no git repository", Facts);
  ScriptedRepo Unborn;
  Unborn.git("init -q");
  expectNote(Unborn.path(), "the current branch has no commit yet", Facts);
  ScriptedRepo Detached;
  Detached.git("init -q");
  Detached.change({"a.cpp"}, "one");
  Detached.change({"a.cpp"}, "two");
  Detached.git("checkout -q --detach HEAD~1");
  expectNote(Detached.path(), "detached HEAD", Facts);
  ScriptedRepo Shallow;
  Shallow.git("clone -q --depth 1 file://" + Detached.path() + " .");
  expectNote(Shallow.path(), "shallow clone", Facts);
  ScriptedRepo Corrupt;
  Corrupt.git("init -q");
  Corrupt.change({"a.cpp"}, "one");
  fs::remove_all(Corrupt.path() + "/.git/objects");
  fs::create_directories(Corrupt.path() + "/.git/objects");
  expectNote(Corrupt.path(), "cannot", Facts);
}

} // namespace
} // namespace seams::e2e
