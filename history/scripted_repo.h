// Test support: a real git repository in a scratch directory, built by scripted commits through
// the git command line, with fixed identities and dates so that commit ids are reproducible.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>

namespace seams::testing {

class ScriptedRepo {
public:
  ScriptedRepo() {
    std::random_device Rd;
    Dir = (std::filesystem::temp_directory_path() /
           ("seams-history-" + std::to_string(Rd()) + "-" + std::to_string(Rd())))
              .string();
    std::filesystem::create_directories(Dir);
  }
  ~ScriptedRepo() {
    std::error_code EC;
    std::filesystem::remove_all(Dir, EC);
  }
  ScriptedRepo(const ScriptedRepo &) = delete;
  ScriptedRepo &operator=(const ScriptedRepo &) = delete;

  const std::string &path() const { return Dir; }

  /// Runs `git ARGS` in the repository; throws when git fails.
  void git(const std::string &Args) {
    ++Clock;
    std::string Date = std::to_string(1700000000 + Clock * 60) + " +0000";
    std::string Cmd = "cd '" + Dir + "' && GIT_AUTHOR_DATE='" + Date + "' GIT_COMMITTER_DATE='" +
                      Date +
                      "' git -c user.name=seams -c user.email=seams@example.com -c "
                      "init.defaultBranch=main -c commit.gpgsign=false " +
                      Args + " >/dev/null 2>&1";
    if (std::system(Cmd.c_str()) != 0)
      throw std::runtime_error("git failed: " + Args);
  }
  /// The first line `git ARGS` prints (e.g. `rev-parse HEAD:src/a.cpp`, at most 255
  /// characters); throws when git fails or prints nothing.
  std::string line(const std::string &Args) {
    std::string Cmd = "cd '" + Dir + "' && git " + Args + " 2>/dev/null";
    FILE *Pipe = popen(Cmd.c_str(), "r");
    char Buf[256] = {};
    bool Read = Pipe && std::fgets(Buf, sizeof Buf, Pipe);
    if (!Pipe || pclose(Pipe) != 0 || !Read)
      throw std::runtime_error("git failed: " + Args);
    std::string Out = Buf;
    while (!Out.empty() && (Out.back() == '\n' || Out.back() == '\r'))
      Out.pop_back();
    return Out;
  }
  /// Writes Path (relative to the repository) with Text, creating its directories.
  void write(const std::string &Path, const std::string &Text) {
    std::filesystem::path P = std::filesystem::path(Dir) / Path;
    std::filesystem::create_directories(P.parent_path());
    std::ofstream(P) << Text;
  }
  /// Appends a line to each file (creating it) and commits them all with Message.
  void change(std::initializer_list<std::string> Files, const std::string &Message) {
    for (const std::string &F : Files) {
      std::filesystem::path P = std::filesystem::path(Dir) / F;
      std::filesystem::create_directories(P.parent_path());
      std::ofstream(P, std::ios::app) << "// " << Message << "\n";
      git("add '" + F + "'");
    }
    git("commit -q -m '" + Message + "'");
  }

private:
  std::string Dir;
  unsigned Clock = 0;
};

} // namespace seams::testing
