// The command line: a table of subcommands over the libraries, and the one place where errors
// become messages and exit codes.
#pragma once

#include <iosfwd>

namespace seams {

/// Runs `seams <command> ...`. Returns the process exit code (see ExitCode in graph/error.h);
/// never calls exit. Normal output goes to Out, messages and progress to Err.
int runCli(int Argc, const char *const *Argv, std::ostream &Out, std::ostream &Err);

} // namespace seams
