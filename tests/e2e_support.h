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
