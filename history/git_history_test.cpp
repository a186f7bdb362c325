// Tests of the history stage on real repositories built by scripted commits: exact commits,
// pairs and figures, the cache, the limits, and every repository seams must go on without.
#include "graph/model/history.h"
#include "history/git_history.h"
#include "history/scripted_repo.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <set>
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

/// Forty distinct lines: enough content for git's similarity measure.
std::string body() {
  std::string B;
  for (int I = 0; I < 40; ++I)
    B += "int line" + std::to_string(I) + " = " + std::to_string(I * 7) + ";\n";
  return B;
}

TEST(GitHistory, RenameWithAnEditInTheSameCommitIsFollowed) {
  ScriptedRepo R;
  script(R);
  R.write("src/a.cpp", body());
  R.git("commit -q -am grow");
  R.git("mv src/a.cpp src/z.cpp");
  R.write("src/z.cpp", body() + "int edited = 1;\n");
  R.git("commit -q -am rename-and-edit");
  R.change({"src/z.cpp", "src/b.cpp"}, "after");
  HistoryRead Got = readGitHistory(options(R));
  ASSERT_TRUE(Got.History) << Got.Note;
  const ChangeHistory &H = *Got.History;
  EXPECT_EQ(H.Read, 10u);
  // a.cpp's whole history is under its name at HEAD, z.cpp; no commit names a.cpp.
  EXPECT_EQ(filesOf(H), (Files{"src/b.cpp src/z.cpp", "src/z.cpp", "src/z.cpp",
                               "src/d.cpp src/z.cpp", "src/d.cpp", "src/b.cpp src/z.cpp",
                               "src/b.cpp src/z.cpp", "src/b.cpp src/d.cpp src/z.cpp"}));
  FileCoChange P = fileCoChange(H, {1, 1});
  EXPECT_EQ(P.Files, (Files{"src/b.cpp", "src/d.cpp", "src/z.cpp"}));
  // z: a's 4 revisions + grow, rename, after = 7; b: 3 + after = 4; d: 3.
  EXPECT_EQ(P.Pairs,
            (std::vector<CoChangePair>{{0, 1, 1, 4, 3}, {0, 2, 4, 4, 7}, {1, 2, 2, 3, 7}}));
}

/// A partial clone (`--filter=blob:none`) or a mirror without its largest files lacks blobs the
/// rename search reads. The history is still read: that commit's renames are followed by blob id
/// only, and the commit is counted, also when it comes back from the cache.
TEST(GitHistory, AMissingBlobCostsOnlyTheRenamesWithEditsOfItsCommit) {
  ScriptedRepo R;
  script(R);
  R.write("src/a.cpp", body());
  R.git("commit -q -am grow");
  R.git("mv src/a.cpp src/z.cpp");
  R.write("src/z.cpp", body() + "int edited = 1;\n");
  R.git("mv src/b.cpp src/y.cpp"); // an exact rename, in the same commit
  R.git("commit -q -am renames");
  R.change({"src/z.cpp", "src/y.cpp"}, "after");
  std::string Blob = R.line("rev-parse HEAD~2:src/a.cpp");
  R.git("mv src/z.cpp src/v.cpp"); // a rename with edits in another commit: still followed
  R.write("src/v.cpp", body() + "int edited = 1;\nint again = 2;\n");
  R.git("commit -q -am rename-again");
  std::filesystem::remove(std::filesystem::path(R.path()) / ".git/objects" / Blob.substr(0, 2) /
                          Blob.substr(2));
  HistoryOptions O = options(R);
  O.CacheDir = R.path() + "/cache";
  for (bool Cached : {false, true}) {
    HistoryRead Got = readGitHistory(O);
    ASSERT_TRUE(Got.History) << Got.Note;
    EXPECT_EQ(Got.FromCache, Cached);
    const ChangeHistory &H = *Got.History;
    EXPECT_EQ(H.Read, 11u);
    EXPECT_EQ(H.BlobsMissing, 1u);
    // b.cpp's history is under y.cpp (same blob id); a.cpp's stays apart from z.cpp's, and z.cpp's
    // is under v.cpp (renamed with edits where no blob was missing).
    EXPECT_EQ(filesOf(H),
              (Files{"src/v.cpp", "src/v.cpp src/y.cpp", "src/a.cpp src/v.cpp src/y.cpp",
                     "src/a.cpp", "src/a.cpp src/d.cpp", "src/d.cpp", "src/a.cpp src/y.cpp",
                     "src/a.cpp src/y.cpp", "src/a.cpp src/d.cpp src/y.cpp"}));
  }
}

/// A fast-import stream of N first-parent commits over 30 files in 3 directories: each commit
/// changes 1-3 files, every 17th renames one (every other of those with an edit).
std::string fastImport(unsigned N) {
  std::vector<std::string> Names;
  Names.reserve(30);
  for (int I = 0; I < 30; ++I)
    Names.push_back("m" + std::to_string(I % 3) + "/f" + std::to_string(I) + ".cpp");
  std::vector<unsigned> Rev(Names.size(), 0);
  std::string S;
  auto Blob = [&](std::size_t I, const std::string &Extra) {
    std::string Data = body() + "// revision " + std::to_string(++Rev[I]) + Extra + "\n";
    S += "M 100644 inline " + Names[I] + "\ndata " + std::to_string(Data.size()) + "\n" + Data +
         "\n";
  };
  std::uint64_t Seed = 7;
  auto Random = [&](unsigned Bound) {
    Seed = Seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<unsigned>((Seed >> 33) % Bound);
  };
  for (unsigned C = 0; C < N; ++C) {
    S += "commit refs/heads/main\ncommitter s <s@example.com> " + std::to_string(1700000000 + C) +
         " +0000\ndata 2\nc\n";
    if (C == 0) {
      for (std::size_t I = 0; I < Names.size(); ++I)
        Blob(I, "");
    } else if (C % 17 == 0) {
      std::size_t I = Random(30);
      std::string Old = Names[I];
      Names[I] = Old.substr(0, Old.size() - 4) + "_r" + std::to_string(C) + ".cpp";
      if (C % 34 == 0) { // a rename with an edit: git sees a deletion and an addition
        S += "D " + Old + "\n";
        Blob(I, " edited");
      } else {
        S += "R " + Old + " " + Names[I] + "\n";
      }
    } else {
      unsigned Dir = Random(3);
      for (unsigned K = 0, Count = 1 + Random(3); K < Count; ++K)
        Blob(Dir + 3 * Random(10), "");
    }
    S += "\n";
  }
  return S;
}

TEST(GitHistory, TheSameHistoryAndCacheWhateverTheThreads) {
  ScriptedRepo R;
  R.git("init -q");
  R.write(".stream", fastImport(300));
  R.git("fast-import --quiet < .stream");
  R.git("checkout -q -f main");
  std::filesystem::path Dir(R.path());
  HistoryOptions O = options(R);
  O.MaxChangeset = 29;
  std::string Cache[2];
  ChangeHistory Got[2];
  for (unsigned Jobs : {1u, 2u}) {
    O.Jobs = Jobs;
    O.CacheDir = (Dir / (".cache" + std::to_string(Jobs))).string();
    HistoryRead H = readGitHistory(O);
    ASSERT_TRUE(H.History) << H.Note;
    Got[Jobs - 1] = *H.History;
    std::ifstream In(O.CacheDir + "/history.cache");
    Cache[Jobs - 1].assign(std::istreambuf_iterator<char>(In), std::istreambuf_iterator<char>());
  }
  EXPECT_EQ(Got[0].Read, 300u);
  EXPECT_EQ(Got[0].Commits.size(), 299u); // the first commit adds all 30 files: a bulk commit
  EXPECT_EQ(Got[0], Got[1]);
  EXPECT_FALSE(Cache[0].empty());
  EXPECT_EQ(Cache[0], Cache[1]);
  // Every file is reported under its name at HEAD: no name older than a rename survives.
  std::set<std::string> Names;
  for (const ChangeCommit &C : Got[0].Commits)
    Names.insert(C.Files.begin(), C.Files.end());
  EXPECT_EQ(Names.size(), 30u);
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
  H.BlobsMissing = 2; // counted, and read back
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
