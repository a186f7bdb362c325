// Tests of the history stage on real repositories built by scripted commits: exact commits,
// pairs and figures, the cache, the limits, and every repository seams must go on without.
#include "graph/model/history.h"
#include "history/git_history.h"
#include "history/scripted_repo.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <sstream>

namespace seams {
namespace {

using testing::ScriptedRepo;
using Files = std::vector<std::string>;

/// Co-changes of a and b, a rename of c to d, a merge whose side commit is off the first-parent
/// line, and one bulk commit of 4 files (above the limit of 3 the tests use).
void script(ScriptedRepo &R) {
  R.git("init -q");
  R.change({"src/a.cpp", "src/b.cpp", "src/c.cpp"}, "c1");
  R.change({"src/a.cpp", "src/b.cpp"}, "c2");
  R.change({"src/a.cpp", "src/b.cpp"}, "c3");
  R.git("mv src/c.cpp src/d.cpp");
  R.git("commit -q -m c4");
  R.change({"src/a.cpp", "src/d.cpp"}, "c5");
  R.git("checkout -q -b side");
  R.change({"src/b.cpp", "src/d.cpp"}, "side");
  R.git("checkout -q main");
  R.git("merge -q --no-ff -m merge side");
  R.change({"src/e.cpp", "src/f.cpp", "src/g.cpp", "src/h.cpp"}, "bulk");
}

HistoryOptions options(const ScriptedRepo &R) {
  HistoryOptions O;
  O.Root = R.path();
  O.MaxChangeset = 3;
  return O;
}

Files filesOf(const ChangeHistory &H) {
  Files Out;
  for (const ChangeCommit &C : H.Commits) {
    std::string Line;
    for (const std::string &F : C.Files)
      Line += (Line.empty() ? "" : " ") + F;
    Out.push_back(Line);
  }
  return Out;
}

TEST(GitHistory, FirstParentCommitsWithRenamesFollowedAndMergesAndBulkSkipped) {
  ScriptedRepo R;
  script(R);
  HistoryRead Got = readGitHistory(options(R));
  ASSERT_TRUE(Got.History) << Got.Note;
  const ChangeHistory &H = *Got.History;
  EXPECT_EQ(H.Read, 7u); // c1..c5, the merge, the bulk commit; the side commit is not first-parent
  EXPECT_EQ(H.Merges, 1u);
  EXPECT_EQ(H.Bulk, 1u);
  EXPECT_EQ(H.NoProject, 0u);
  EXPECT_EQ(H.Head.size(), 40u);
  // Newest first; c.cpp is reported under its name at HEAD, d.cpp.
  EXPECT_EQ(filesOf(H), (Files{"src/a.cpp src/d.cpp", "src/d.cpp", "src/a.cpp src/b.cpp",
                               "src/a.cpp src/b.cpp", "src/a.cpp src/b.cpp src/d.cpp"}));
  EXPECT_EQ(Got.NewCommits, 7u);
  EXPECT_FALSE(Got.FromCache);
}

TEST(GitHistory, ExactPairsAndFigures) {
  ScriptedRepo R;
  script(R);
  HistoryRead Got = readGitHistory(options(R));
  ASSERT_TRUE(Got.History) << Got.Note;
  FileCoChange P = fileCoChange(*Got.History, {1, 1});
  EXPECT_EQ(P.Files, (Files{"src/a.cpp", "src/b.cpp", "src/d.cpp"}));
  // a: 4 revisions, b: 3, d: 3. a+b in c1, c2, c3; a+d in c1, c5; b+d in c1.
  ASSERT_EQ(P.Pairs,
            (std::vector<CoChangePair>{{0, 1, 3, 4, 3}, {0, 2, 2, 4, 3}, {1, 2, 1, 3, 3}}));
  EXPECT_DOUBLE_EQ(P.Pairs[0].confidenceAB(), 0.75);
  EXPECT_DOUBLE_EQ(P.Pairs[0].confidenceBA(), 1.0);
  EXPECT_DOUBLE_EQ(P.Pairs[0].degree(), 6.0 / 7);
  EXPECT_EQ(P.Pairs[0].commitsOfEither(), 4u);
  // Thresholds: b and d have 3 revisions, so min 4 leaves no pair; support 2 drops b+d.
  EXPECT_TRUE(fileCoChange(*Got.History, {4, 1}).Pairs.empty());
  EXPECT_EQ(fileCoChange(*Got.History, {1, 2}).Pairs.size(), 2u);
}

TEST(GitHistory, ProjectRootInASubdirectoryKeepsItsFilesOnly) {
  ScriptedRepo R;
  script(R);
  R.change({"docs/x.md", "src/a.cpp"}, "c8");
  R.change({"docs/y.md"}, "c9");
  HistoryOptions O = options(R);
  O.Root = R.path() + "/src";
  HistoryRead Got = readGitHistory(O);
  ASSERT_TRUE(Got.History) << Got.Note;
  EXPECT_EQ(Got.History->NoProject, 1u);
  EXPECT_EQ(filesOf(*Got.History)[0], "a.cpp");
}

TEST(GitHistory, UnchangedHeadComesFromTheCacheAndANewCommitIsReadAlone) {
  ScriptedRepo R;
  script(R);
  std::filesystem::path Cache = std::filesystem::path(R.path()) / ".cache";
  HistoryOptions O = options(R);
  O.CacheDir = Cache.string();
  HistoryRead First = readGitHistory(O);
  ASSERT_TRUE(First.History) << First.Note;
  HistoryRead Again = readGitHistory(O);
  EXPECT_TRUE(Again.FromCache);
  EXPECT_EQ(Again.NewCommits, 0u);
  EXPECT_EQ(Again.History, First.History);

  R.git("mv src/b.cpp src/bb.cpp");
  R.git("commit -q -m rename-b");
  R.change({"src/a.cpp", "src/bb.cpp"}, "after");
  HistoryRead Next = readGitHistory(O);
  EXPECT_FALSE(Next.FromCache);
  EXPECT_EQ(Next.NewCommits, 2u);
  HistoryOptions Fresh = options(R);
  HistoryRead Full = readGitHistory(Fresh);
  EXPECT_EQ(Next.History, Full.History);
  // The rename in a new commit renames the cached commits too.
  EXPECT_EQ(filesOf(*Next.History).back(), "src/a.cpp src/bb.cpp src/d.cpp");
}

TEST(GitHistory, SinceAndMaxCommitsLimitTheWalk) {
  ScriptedRepo R;
  script(R);
  HistoryOptions O = options(R);
  O.MaxCommits = 3; // the bulk commit, the merge, c5
  HistoryRead Got = readGitHistory(O);
  ASSERT_TRUE(Got.History);
  EXPECT_EQ(Got.History->Read, 3u);
  EXPECT_EQ(filesOf(*Got.History), (Files{"src/a.cpp src/d.cpp"}));
  O.MaxCommits = 0;
  O.Since = "HEAD~3"; // c4 and older are left out
  Got = readGitHistory(O);
  ASSERT_TRUE(Got.History);
  EXPECT_EQ(Got.History->Read, 3u);
  O.Since = "2000-01-01";
  EXPECT_EQ(readGitHistory(O).History->Read, 7u);
  O.Since = "2100-01-01";
  EXPECT_EQ(readGitHistory(O).History->Read, 0u);
  O.Since = "no-such-revision";
  EXPECT_THROW(readGitHistory(O), std::exception);
}

std::string noteFor(const std::string &Root) {
  HistoryOptions O;
  O.Root = Root;
  HistoryRead Got = readGitHistory(O);
  EXPECT_FALSE(Got.History);
  EXPECT_EQ(Got.Note.find('\n'), std::string::npos);
  return Got.Note;
}

TEST(GitHistory, BadRepositoriesGiveANoteAndNoHistory) {
  ScriptedRepo NoRepo;
  EXPECT_NE(noteFor(NoRepo.path()).find("no git repository"), std::string::npos);

  ScriptedRepo Unborn;
  Unborn.git("init -q");
  EXPECT_NE(noteFor(Unborn.path()).find("no commit yet"), std::string::npos);

  ScriptedRepo Detached;
  script(Detached);
  Detached.git("checkout -q --detach HEAD~1");
  EXPECT_NE(noteFor(Detached.path()).find("detached HEAD"), std::string::npos);

  ScriptedRepo Origin, Shallow;
  script(Origin);
  Shallow.git("clone -q --depth 2 file://" + Origin.path() + " .");
  EXPECT_NE(noteFor(Shallow.path()).find("shallow clone"), std::string::npos);

  ScriptedRepo Corrupt;
  script(Corrupt);
  std::filesystem::remove_all(std::filesystem::path(Corrupt.path()) / ".git/objects");
  std::filesystem::create_directories(std::filesystem::path(Corrupt.path()) / ".git/objects");
  EXPECT_NE(noteFor(Corrupt.path()).find("going on without change history"), std::string::npos);
}

TEST(HistoryJson, RoundTripsTheCommitsAndWritesSortedPairs) {
  ScriptedRepo R;
  script(R);
  ChangeHistory H = *readGitHistory(options(R)).History;
  std::ostringstream Out;
  writeHistoryJson(H, {1, 1}, Out);
  std::istringstream In(Out.str());
  EXPECT_EQ(readHistoryJson(In, "history.json"), H);
  EXPECT_NE(Out.str().find("{\"a\": \"src/a.cpp\", \"b\": \"src/b.cpp\", \"support\": 3, "
                           "\"revisions_a\": 4, \"revisions_b\": 3, \"confidence_ab\": 0.75, "
                           "\"confidence_ba\": 1, \"degree\": 0.857143}"),
            std::string::npos)
      << Out.str();
}

} // namespace
} // namespace seams
