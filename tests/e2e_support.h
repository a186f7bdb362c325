// Helpers for end-to-end tests: run the real seams binary, scratch directories, file access.
#pragma once

#include <string>

namespace seams::e2e {

struct RunResult {
  int Code = -1;
  std::string Out, Err;
};

/// Runs `seams <Args>` through the shell (Args is shell-quoted by the caller).
RunResult runSeams(const std::string &Args);

/// Runs a shell command line (quoted by the caller), capturing its exit code and output.
RunResult runCommand(const std::string &CommandLine);

/// S in single quotes, for a shell command line.
std::string shellQuote(const std::string &S);

/// A fresh directory under the system temp dir, removed with the object.
class ScratchDir {
public:
  ScratchDir();
  ~ScratchDir();
  const std::string &path() const { return Path; }

private:
  std::string Path;
};

std::string readFile(const std::string &Path);
void writeFile(const std::string &Path, const std::string &Text);

} // namespace seams::e2e
