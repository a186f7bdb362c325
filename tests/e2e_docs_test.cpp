// End-to-end: docs/CI.md run as written. Its sh blocks and the run:/script: lines of its GitHub
// and GitLab recipes run verbatim on copies of the shop at different paths, with seams installed
// from the package (tests/package_test.sh), apt-get faked (tests/fakes/apt-get) and the CI cache
// a directory; the files each recipe writes are checked by tests/browser/doc_checks.mjs.
#include "e2e_support.h"

#include <filesystem>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace seams::e2e {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using ::testing::HasSubstr;
using Env = std::vector<std::pair<std::string, std::string>>;

/// Runs tests/browser/doc_checks.mjs KIND FILE; fails the test (and returns null) when the file
/// is not what KIND says.
json docCheck(const std::string &Kind, const std::string &File) {
  RunResult R = runCommand(shellQuote(NODE_EXECUTABLE) + " " + shellQuote(DOC_CHECKS) + " " + Kind +
                           " " + shellQuote(File));
  EXPECT_EQ(R.Code, 0) << Kind << " check of " << File << ": " << R.Err;
  return R.Code == 0 ? json::parse(R.Out) : json();
}

struct Blocks { // NOLINT(bugprone-exception-escape): json members; a test aborts on a throw anyway
  std::vector<std::string> Sh;      ///< The sh blocks the test runs.
  json Github, Gitlab;              ///< The two YAML recipes.
  std::vector<std::string> Skipped; ///< sh blocks marked "docs test: not run".
};

/// Every fenced block of docs/CI.md, sorted by what the test does with it. A block in another
/// language than those the page is known to use fails the test: it would go unrun.
Blocks readDocs(const std::string &Scratch) {
  Blocks B;
  for (const json &Block : docCheck("blocks", DOCS_CI_MD)) {
    std::string Lang = Block["lang"], Text = Block["text"];
    if (Lang == "sh")
      (Block["skip"] ? B.Skipped : B.Sh).push_back(Text);
    else if (Lang == "yaml") {
      writeFile(Scratch + "/recipe.yaml", Text);
      json Doc = docCheck("yaml", Scratch + "/recipe.yaml").at(0);
      (Doc.contains("jobs") ? B.Github : B.Gitlab) = Doc;
    } else {
      EXPECT_TRUE(Lang == "json" || Lang == "text")
          << "a ```" << Lang << " block in docs/CI.md: the docs test runs sh and yaml blocks, "
          << "and shows json and text ones; say which this is";
    }
  }
  return B;
}

std::string withEnv(const Env &E) {
  // The recipes must set what they need themselves: nothing of the developer's shell leaks in.
  std::string Cmd = "env -u CC -u CXX -u GITHUB_ACTIONS -u GITHUB_STEP_SUMMARY -u GITLAB_CI -u CI";
  for (const auto &[K, V] : E)
    Cmd += " " + K + "=" + shellQuote(V);
  return Cmd;
}

/// Runs Script as GitHub and GitLab run a step (bash -eo pipefail) in Dir.
RunResult runScript(const std::string &Script, const std::string &Dir, const Env &E) {
  static int N = 0;
  std::string File = fs::path(Dir).parent_path().string() + "/step-" + std::to_string(++N) + ".sh";
  writeFile(File, Script);
  return runCommand("cd " + shellQuote(Dir) + " && " + withEnv(E) +
                    " bash --noprofile --norc -eo pipefail " + shellQuote(File));
}

/// The CI's cache, faked as a directory: restore copies it into the checkout, save out of it.
struct CacheStore {
  std::string Dir;
  std::vector<std::string> Log; ///< "restore"/"save", in order, with what the job did between.
  void restore(const std::string &Checkout, const std::string &Path) {
    Log.push_back("restore " + Path);
    fs::remove_all(Checkout + "/" + Path); // a runner's checkout is fresh
    if (fs::exists(Dir + "/" + Path))
      fs::copy(Dir + "/" + Path, Checkout + "/" + Path, fs::copy_options::recursive);
  }
  void save(const std::string &Checkout, const std::string &Path) {
    Log.push_back("save " + Path);
    fs::remove_all(Dir + "/" + Path);
    fs::create_directories(Dir);
    if (fs::exists(Checkout + "/" + Path))
      fs::copy(Checkout + "/" + Path, Dir + "/" + Path, fs::copy_options::recursive);
  }
};

struct JobResult {
  int CheckCode = -1; ///< Exit code of the step that runs `seams check`.
  RunResult Check;
};

/// The `with: path:` of a cache action, without a trailing slash.
std::string cachePath(const json &Step) {
  std::string P = Step.at("with").at("path");
  return P.back() == '/' ? P.substr(0, P.size() - 1) : P;
}

/// Runs a GitHub Actions job's steps as the runner does: each run: in order, after a failed step
/// only those with `if: always()`; cache actions on Store; checkout is the copy itself.
JobResult runGithubJob(const json &Job, const std::string &Dir, Env E, CacheStore &Store,
                       bool SetupOnly = false) {
  if (Job.contains("env"))
    for (auto It = Job["env"].begin(); It != Job["env"].end(); ++It) {
      std::string K = It.key(), V = It.value();
      if (V.find("${{") == std::string::npos)
        E.emplace_back(K, V);
      else // An expression: the test provides the variable the way the repository would.
        EXPECT_TRUE(std::any_of(E.begin(), E.end(), [&](auto &P) { return P.first == K; })) << K;
    }
  JobResult J;
  bool Failed = false;
  for (const json &Step : Job.at("steps")) {
    std::string If = Step.value("if", "");
    EXPECT_TRUE(If.empty() || If == "always()") << If;
    if (Failed && If != "always()")
      continue;
    if (Step.contains("uses")) {
      std::string Uses = Step["uses"];
      if (Uses.rfind("actions/cache/restore@", 0) == 0)
        Store.restore(Dir, cachePath(Step));
      else if (Uses.rfind("actions/cache/save@", 0) == 0 && !SetupOnly)
        Store.save(Dir, cachePath(Step));
      else
        EXPECT_TRUE(Uses.rfind("actions/checkout@", 0) == 0 ||
                    Uses.rfind("github/codeql-action/upload-sarif@", 0) == 0)
            << "a step the test does not know how to stand in for: " << Uses;
      continue;
    }
    std::string Run = Step.at("run");
    bool IsCheck = Run.find("seams check") != std::string::npos;
    if (IsCheck && SetupOnly)
      break;
    RunResult R = runScript(Run, Dir, E);
    if (IsCheck) {
      J.CheckCode = R.Code;
      J.Check = R;
      Store.Log.push_back("check exit " + std::to_string(R.Code));
    } else {
      EXPECT_EQ(R.Code, 0) << Run << "\n" << R.Out << R.Err;
    }
    Failed |= R.Code != 0;
  }
  return J;
}

/// Runs a GitLab job: cache restored, variables set, before_script and script in one shell,
/// cache saved (on success, or always with `cache: when: always`).
JobResult runGitlabJob(const json &Job, const std::string &Dir, Env E, CacheStore &Store) {
  if (Job.contains("variables"))
    for (auto It = Job["variables"].begin(); It != Job["variables"].end(); ++It)
      E.emplace_back(It.key(), It.value().get<std::string>());
  for (const json &P : Job.at("cache").at("paths")) {
    std::string Path = P;
    Store.restore(Dir, Path.back() == '/' ? Path.substr(0, Path.size() - 1) : Path);
  }
  std::string Script;
  for (const char *Part : {"before_script", "script"})
    for (const json &Line : Job.at(Part))
      Script += Line.get<std::string>() + "\n";
  JobResult J;
  J.Check = runScript(Script, Dir, E);
  J.CheckCode = J.Check.Code;
  Store.Log.push_back("check exit " + std::to_string(J.CheckCode));
  if (J.CheckCode == 0 || Job["cache"].value("when", "on_success") == "always")
    for (const json &P : Job["cache"]["paths"]) {
      std::string Path = P;
      Store.save(Dir, Path.back() == '/' ? Path.substr(0, Path.size() - 1) : Path);
    }
  return J;
}

/// A fresh copy of the shop at Dir, with the committed baseline if given.
void cloneShop(const std::string &Dir, const std::string &Baseline = "") {
  fs::create_directories(fs::path(Dir).parent_path());
  fs::copy(SHOP_SOURCE_DIR, Dir, fs::copy_options::recursive);
  if (!Baseline.empty())
    fs::copy_file(Baseline, Dir + "/seams-baseline.json");
}

/// Adds to customers/loyalty.cpp a call into payments (new coupling); returns its line.
unsigned addCallIntoPayments(const std::string &Dir) {
  std::string Path = Dir + "/customers/loyalty.cpp";
  std::string Text = readFile(Path);
  unsigned Line = 1 + static_cast<unsigned>(std::count(Text.begin(), Text.end(), '\n'));
  writeFile(Path, Text + "#include \"payments/fraud.h\"\n"
                         "namespace shop::customers {\n"
                         "const char* loyaltyReviewLabel() {\n"
                         "    return payments::toString(payments::FraudDecision::Review);\n"
                         "}\n"
                         "}  // namespace shop::customers\n");
  return Line + 3;
}

/// What an earlier step of the job wrote to its summary; seams must append after it.
constexpr const char *EarlierStepSummary = "## Build\n\nBuilt in 3 minutes.\n\n";

/// GitHub's job summary file: one per job, named in GITHUB_STEP_SUMMARY, that each step appends
/// to; here an earlier step has written its part already.
Env withStepSummary(Env E, const std::string &File) {
  writeFile(File, EarlierStepSummary);
  E.emplace_back("GITHUB_STEP_SUMMARY", File);
  return E;
}

/// The Markdown summary parses, and its first table is the figures before and after.
json expectFiguresTable(const std::string &File) {
  json Md = docCheck("markdown", File);
  EXPECT_FALSE(Md["tables"].empty()) << File;
  if (!Md["tables"].empty()) {
    EXPECT_EQ(Md["tables"][0]["header"], json({"figure", "limit", "now"}));
  }
  return Md;
}

/// GitHub's job summary: what the earlier step wrote, then seams's figures table.
json expectAppendedSummary(const std::string &File) {
  EXPECT_EQ(readFile(File).rfind(EarlierStepSummary, 0), 0u) << File << ": replaced, not appended";
  return expectFiguresTable(File);
}

std::string debPackage() {
  for (const auto &E : fs::directory_iterator(SEAMS_PACKAGE_DIR))
    if (E.path().extension() == ".deb")
      return E.path().string();
  return "";
}

TEST(DocsCi, EveryBlockIsRunOrShownAndTheRecipesSaveTheirCachesAlways) {
  ScratchDir S;
  Blocks B = readDocs(S.path());
  EXPECT_GE(B.Sh.size(), 1u);      // the once/every-run block, at least
  EXPECT_EQ(B.Skipped.size(), 1u); // the package build: tests/package_test.sh
  ASSERT_TRUE(B.Github.contains("jobs"));
  ASSERT_TRUE(B.Gitlab.contains("seams-check"));

  // A failing check is the run after which the cache matters most: save it then too.
  const json &Steps = B.Github["jobs"]["seams-check"]["steps"];
  int Check = -1, Save = -1;
  for (int I = 0; I < static_cast<int>(Steps.size()); ++I) {
    const json &Step = Steps[I];
    if (Step.value("run", "").find("seams check") != std::string::npos)
      Check = I;
    if (Step.value("uses", "").rfind("actions/cache/save@", 0) == 0) {
      Save = I;
      EXPECT_EQ(Step.value("if", ""), "always()");
    }
    EXPECT_NE(Step.value("uses", "").rfind("actions/cache@", 0), 0u)
        << "actions/cache saves only when the job succeeds";
  }
  EXPECT_GT(Save, Check);
  EXPECT_EQ(B.Gitlab["seams-check"]["cache"].value("when", ""), "always");

  // debian:12 has no cc/c++: the recipes name the compiler CMake configures with.
  EXPECT_EQ(B.Github["jobs"]["seams-check"]["env"].value("CXX", ""), "clang++-16");
  EXPECT_EQ(B.Gitlab["seams-check"]["variables"].value("CXX", ""), "clang++-16");
}

TEST(DocsCi, RecipesRunVerbatimOnCopiesOfTheShop) {
  std::string Deb = debPackage();
  ASSERT_FALSE(Deb.empty()) << "no .deb in " << SEAMS_PACKAGE_DIR << " (the package_deb test)";
  ScratchDir S;
  Blocks B = readDocs(S.path());
  ASSERT_GE(B.Sh.size(), 1u);
  std::string Root = S.path() + "/root", FakeBin = S.path() + "/fakebin";
  fs::create_directories(Root);
  fs::create_directories(FakeBin);
  fs::create_directories(S.path() + "/tmp");
  fs::copy_file(FAKES_DIR "/apt-get", FakeBin + "/apt-get");
  const char *Path = std::getenv("PATH");
  Env Common = {{"PATH", FakeBin + ":" + Root + "/usr/bin:" + (Path ? Path : "/usr/bin:/bin")},
                {"SEAMS_TEST_ROOT", Root},
                {"SEAMS_DEB_URL", "file://" + Deb},
                {"TMPDIR", S.path() + "/tmp"}};
  Env Github = Common, Gitlab = Common;
  Github.insert(Github.end(), {{"CI", "true"}, {"GITHUB_ACTIONS", "true"}});
  Gitlab.insert(Gitlab.end(), {{"CI", "true"}, {"GITLAB_CI", "true"}});
  const json &GithubJob = B.Github["jobs"]["seams-check"];
  CacheStore GithubCache{S.path() + "/github-cache"}, GitlabCache{S.path() + "/gitlab-cache"};

  // A developer machine: install as the recipe does, configure, then the page's first block.
  std::string Dev = S.path() + "/dev/shop";
  cloneShop(Dev);
  CacheStore None{S.path() + "/no-cache"};
  runGithubJob(GithubJob, Dev, Github, None, /*SetupOnly=*/true);
  EXPECT_THAT(readFile(Root + "/apt-get.log"), HasSubstr("install -y " + S.path() + "/tmp/"));
  RunResult Which = runScript("command -v seams", Dev, Common);
  EXPECT_EQ(Which.Out, Root + "/usr/bin/seams\n") << "seams must come from the package";
  // The recipe's compiler, not the machine's c++ (which debian:12 does not have).
  EXPECT_THAT(readFile(Dev + "/build/CMakeCache.txt"),
              HasSubstr("CMAKE_CXX_COMPILER:FILEPATH=/usr/bin/clang++-16"));
  std::string Said; // every sh block, in the page's order, on the developer's checkout
  for (const std::string &Block : B.Sh) {
    RunResult R = runScript(Block, Dev, Common);
    ASSERT_EQ(R.Code, 0) << Block << "\n" << R.Out << R.Err;
    Said += R.Out;
  }
  EXPECT_THAT(Said, HasSubstr("; 0 new, 0 stale, 0 new cycles, 0 limits exceeded"));
  std::string Baseline = Dev + "/seams-baseline.json";
  ASSERT_TRUE(fs::exists(Baseline));

  // CI on the main branch, in a checkout elsewhere: clean, and it fills the CI cache.
  std::string Main = S.path() + "/runner/work/shop/shop";
  cloneShop(Main, Baseline);
  JobResult M = runGithubJob(GithubJob, Main,
                             withStepSummary(Github, S.path() + "/summary-main.md"), GithubCache);
  EXPECT_EQ(M.CheckCode, 0) << M.Check.Out << M.Check.Err;
  EXPECT_THAT(M.Check.Out, HasSubstr("; 0 new, 0 stale,"));
  json Sarif = docCheck("sarif", Main + "/seams.sarif");
  EXPECT_GT(Sarif.value("results", 0), 0); // the known dependencies, as "unchanged"
  EXPECT_EQ(Sarif["rules"], json::array());
  expectAppendedSummary(S.path() + "/summary-main.md");
  ASSERT_TRUE(fs::exists(GithubCache.Dir + "/.seams-cache"));

  // A pull request, checked out at another path, with the cache made at the first one: first
  // unchanged, then with a new call from customers into payments.
  std::string Pr = S.path() + "/other-runner/_work/pr/shop";
  cloneShop(Pr, Baseline);
  Env PrEnv = withStepSummary(Github, S.path() + "/summary-pr.md");
  JobResult Clean = runGithubJob(GithubJob, Pr, PrEnv, GithubCache);
  EXPECT_EQ(Clean.CheckCode, 0) << Clean.Check.Out << Clean.Check.Err;
  EXPECT_EQ(Clean.Check.Out, M.Check.Out); // same annotations (none) and summary
  // The cache made at the other path serves this one: nothing is parsed again.
  EXPECT_THAT(Clean.Check.Err, HasSubstr("[0 parsed, ")) << Clean.Check.Err;

  unsigned Line = addCallIntoPayments(Pr);
  GithubCache.Log.clear();
  PrEnv = withStepSummary(Github, S.path() + "/summary-pr.md"); // a new job: a new summary
  JobResult Dirty = runGithubJob(GithubJob, Pr, PrEnv, GithubCache);
  EXPECT_EQ(Dirty.CheckCode, 1) << Dirty.Check.Out << Dirty.Check.Err;
  EXPECT_THAT(Dirty.Check.Out, HasSubstr("::error file=customers/loyalty.cpp,line=" +
                                         std::to_string(Line) + ",title=seams new-dependency::"));
  EXPECT_EQ(GithubCache.Log, (std::vector<std::string>{"restore .seams-cache", "check exit 1",
                                                       "save .seams-cache"}));
  json DirtySarif = docCheck("sarif", Pr + "/seams.sarif");
  // The proposed services may also see a cycle or a grown limit; the new call is there.
  EXPECT_THAT(DirtySarif["rules"].dump(), HasSubstr("\"new-dependency\""));
  EXPECT_THAT(expectAppendedSummary(S.path() + "/summary-pr.md")["headings"].dump(),
              HasSubstr("(new-dependency)"));

  // The GitLab recipe on the same pull request, at a third path, with a cache from elsewhere.
  fs::create_directories(GitlabCache.Dir);
  fs::copy(GithubCache.Dir, GitlabCache.Dir, fs::copy_options::recursive);
  std::string Mr = S.path() + "/builds/group/shop";
  cloneShop(Mr, Baseline);
  addCallIntoPayments(Mr);
  JobResult Gl = runGitlabJob(B.Gitlab["seams-check"], Mr, Gitlab, GitlabCache);
  EXPECT_EQ(Gl.CheckCode, 1) << Gl.Check.Out << Gl.Check.Err;
  EXPECT_THAT(Gl.Check.Out, HasSubstr("customers/loyalty.cpp:" + std::to_string(Line) +
                                      ": error: [new-dependency] customers -> payments"));
  EXPECT_EQ(GitlabCache.Log.back(), "save .seams-cache");
  json Junit = docCheck("junit", Mr + "/seams-junit.xml");
  EXPECT_GE(Junit.value("failures", 0), 1);
  bool Summary = false, Failure = false;
  for (const json &Case : Junit["cases"]) {
    Summary |= Case["name"] == "summary";
    Failure |= Case["failed"] && Case["name"].get<std::string>().rfind(
                                     "customers/loyalty.cpp:" + std::to_string(Line), 0) == 0;
  }
  EXPECT_TRUE(Summary);
  EXPECT_TRUE(Failure) << Junit.dump();
  expectFiguresTable(Mr + "/seams-summary.md");
}

} // namespace
} // namespace seams::e2e
