// The one error type every library throws; the CLI turns it into a message and an exit code.
#pragma once

#include <stdexcept>
#include <string>

namespace seams {

/// Process exit codes, documented in the README and in `seams --help`.
enum ExitCode : int {
  ExitOk = 0,
  ExitFindings = 1, ///< `seams check` found new coupling.
  ExitUsage = 2,    ///< Bad command line, config, compile database or baseline.
  ExitAnalysis = 3, ///< Translation units failed to parse and --strict was given.
};

/// A failure the user can act on: the message names the file and what is wrong with it.
class Error : public std::runtime_error {
public:
  explicit Error(const std::string &Message, int Code = ExitUsage)
      : std::runtime_error(Message), Code(Code) {}
  int code() const { return Code; }

private:
  int Code;
};

} // namespace seams
