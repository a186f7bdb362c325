// Tests for atomic output files: replacement, symbolic links written through, no stray temporary.
#include "graph/model/atomic_file.h"
#include "graph/model/error.h"

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace seams {
namespace {

namespace fs = std::filesystem;

/// A fresh directory, removed afterwards.
struct TempDir {
  fs::path Path;
  TempDir() {
    std::string Template = (fs::temp_directory_path() / "seams-atomic-XXXXXX").string();
    Path = ::mkdtemp(Template.data());
  }
  ~TempDir() { fs::remove_all(Path); }
  std::vector<std::string> entries() const {
    std::vector<std::string> Names;
    for (const auto &E : fs::directory_iterator(Path))
      Names.push_back(E.path().filename().string());
    std::sort(Names.begin(), Names.end());
    return Names;
  }
};

std::string contents(const fs::path &P) {
  std::ifstream In(P, std::ios::binary);
  std::stringstream S;
  S << In.rdbuf();
  return S.str();
}

void write(const fs::path &P, const std::string &Text) {
  writeFileAtomically(P.string(), [&](std::ostream &Out) { Out << Text; });
}

TEST(AtomicFile, ReplacesTheFile) {
  TempDir D;
  write(D.Path / "out.json", "one");
  write(D.Path / "out.json", "two");
  EXPECT_EQ(contents(D.Path / "out.json"), "two");
  EXPECT_EQ(D.entries(), std::vector<std::string>{"out.json"});
}

TEST(AtomicFile, WritesThroughSymbolicLinks) {
  TempDir D;
  fs::create_directory(D.Path / "real");
  write(D.Path / "real" / "summary.md", "old");
  fs::create_symlink("real/summary.md", D.Path / "link.md"); // relative to the link's directory
  fs::create_symlink(D.Path / "link.md", D.Path / "chain.md");
  write(D.Path / "chain.md", "new");
  EXPECT_TRUE(fs::is_symlink(fs::symlink_status(D.Path / "chain.md")));
  EXPECT_TRUE(fs::is_symlink(fs::symlink_status(D.Path / "link.md")));
  EXPECT_EQ(contents(D.Path / "real" / "summary.md"), "new");
  EXPECT_EQ(D.entries(), (std::vector<std::string>{"chain.md", "link.md", "real"}));

  // A dangling link: its target is created, the link kept.
  fs::create_symlink("later.md", D.Path / "dangling.md");
  write(D.Path / "dangling.md", "created");
  EXPECT_TRUE(fs::is_symlink(fs::symlink_status(D.Path / "dangling.md")));
  EXPECT_EQ(contents(D.Path / "later.md"), "created");
}

TEST(AtomicFile, NothingIsNamedWhileWriting) {
  TempDir D;
  std::vector<std::string> During;
  writeFileAtomically((D.Path / "out.json").string(), [&](std::ostream &Out) {
    Out << "partial";
    Out.flush();
    During = D.entries();
  });
  EXPECT_TRUE(During.empty()) << During.front();
  EXPECT_EQ(contents(D.Path / "out.json"), "partial");
}

TEST(AtomicFile, AKilledWriteLeavesNoStrayTemporary) {
  TempDir D;
  write(D.Path / "seams-baseline.json", "before");
  pid_t Child = ::fork();
  ASSERT_GE(Child, 0);
  if (Child == 0) {
    writeFileAtomically((D.Path / "seams-baseline.json").string(), [](std::ostream &Out) {
      Out << "half of it";
      Out.flush();
      ::raise(SIGKILL);
    });
    ::_exit(0);
  }
  int Status = 0;
  ASSERT_EQ(::waitpid(Child, &Status, 0), Child);
  ASSERT_TRUE(WIFSIGNALED(Status));
  EXPECT_EQ(D.entries(), std::vector<std::string>{"seams-baseline.json"});
  EXPECT_EQ(contents(D.Path / "seams-baseline.json"), "before");
}

TEST(AtomicFile, StaleTemporariesOfDeadProcessesAreRemoved) {
  TempDir D;
  pid_t Dead = ::fork(); // A process that is gone by the time its temporary is looked at.
  ASSERT_GE(Dead, 0);
  if (Dead == 0)
    ::_exit(0);
  ASSERT_EQ(::waitpid(Dead, nullptr, 0), Dead);
  std::string Stale = "out.json.tmp." + std::to_string(Dead) + ".0";
  std::string Busy = "out.json.tmp." + std::to_string(::getpid()) + ".3"; // a live writer
  std::vector<std::string> Kept{"other.tmp.1.0", "out.json", Busy,
                                "out.json.tmp.99999999999999999999.0", "out.json.tmp.notes"};
  std::sort(Kept.begin(), Kept.end());
  for (const std::string &Name : Kept)
    std::ofstream(D.Path / Name) << "x";
  std::ofstream(D.Path / Stale) << "x";
  removeStaleTemporaries((D.Path / "out.json").string());
  EXPECT_EQ(D.entries(), Kept);
}

TEST(AtomicFile, ATemporaryNameTakenByAnEarlierProcessIsReused) {
  TempDir D; // As if a process with our PID had been killed while renaming, long ago.
  std::string Prefix = "out.json.tmp." + std::to_string(::getpid()) + ".";
  for (int N = 0; N < 1000; ++N)
    std::ofstream(D.Path / (Prefix + std::to_string(N))) << "old";
  write(D.Path / "out.json", "new");
  EXPECT_EQ(contents(D.Path / "out.json"), "new");
}

TEST(AtomicFile, AFailedWriteKeepsTheOldFile) {
  TempDir D;
  write(D.Path / "out.json", "kept");
  EXPECT_THROW(writeFileAtomically((D.Path / "out.json").string(),
                                   [](std::ostream &Out) {
                                     Out << "partial";
                                     throw Error("stop");
                                   }),
               Error);
  EXPECT_EQ(contents(D.Path / "out.json"), "kept");
  EXPECT_EQ(D.entries(), std::vector<std::string>{"out.json"});
  EXPECT_THROW(write(D.Path, "x"), Error); // a directory
}

} // namespace
} // namespace seams
