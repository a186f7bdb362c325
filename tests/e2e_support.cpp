// Helpers for end-to-end tests: run the real seams binary, scratch directories, file access.
#include "e2e_support.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace seams::e2e {
namespace fs = std::filesystem;

ScratchDir::ScratchDir() {
  std::string Tmpl = (fs::temp_directory_path() / "seams-e2e-XXXXXX").string();
  Path = ::mkdtemp(Tmpl.data());
}

ScratchDir::~ScratchDir() {
  std::error_code EC;
  fs::remove_all(Path, EC);
}

std::string readFile(const std::string &Path) {
  std::ifstream In(Path, std::ios::binary);
  std::stringstream S;
  S << In.rdbuf();
  return S.str();
}

void writeFile(const std::string &Path, const std::string &Text) {
  fs::create_directories(fs::path(Path).parent_path());
  std::ofstream(Path, std::ios::binary) << Text;
}

RunResult runSeams(const std::string &Args) {
  return runCommand(std::string(SEAMS_BINARY) + " " + Args);
}

std::string shellQuote(const std::string &S) {
  std::string Q = "'";
  for (char C : S)
    Q += C == '\'' ? std::string("'\\''") : std::string(1, C);
  return Q + "'";
}

RunResult runCommand(const std::string &CommandLine) {
  ScratchDir Tmp;
  std::string Cmd = "( " + CommandLine + " ) >" + Tmp.path() + "/out 2>" + Tmp.path() + "/err";
  int Status = std::system(Cmd.c_str());
  RunResult R;
  R.Code = WIFEXITED(Status) ? WEXITSTATUS(Status) : -1;
  R.Out = readFile(Tmp.path() + "/out");
  R.Err = readFile(Tmp.path() + "/err");
  return R;
}

} // namespace seams::e2e
