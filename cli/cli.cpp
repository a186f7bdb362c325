// The command line: a table of subcommands over the libraries, and the one place where errors
// become messages and exit codes.
#include "cli/cli.h"

#include "cli/commands.h"
#include "graph/model/error.h"

#include <ostream>

namespace seams {

const std::vector<Command> &commands() {
  static const std::vector<Command> Table = {extractCommand(),  mergeCommand(),   analyzeCommand(),
                                             planCommand(),     compareCommand(), historyCommand(),
                                             baselineCommand(), checkCommand()};
  return Table;
}

int runCli(int Argc, const char *const *Argv, std::ostream &Out, std::ostream &Err) {
  CLI::App App("seams: finds where a C++ monolith should be cut into services, from the code "
               "itself (Clang front end, graph clustering).",
               "seams");
  App.set_version_flag("--version", "seams " SEAMS_VERSION);
  App.require_subcommand(1);
  App.footer("Exit codes: 0 success; 1 new coupling found (check); 2 usage, configuration,\n"
             "compile database or baseline error; 3 translation units failed to parse (--strict).");
  std::vector<std::pair<CLI::App *, Runner>> Runners;
  for (const Command &C : commands()) {
    CLI::App *Sub = App.add_subcommand(C.Name, C.Help);
    Runners.emplace_back(Sub, C.Setup(*Sub));
  }
  try {
    App.parse(Argc, Argv);
  } catch (const CLI::CallForHelp &) {
    Out << App.help();
    return ExitOk;
  } catch (const CLI::CallForAllHelp &) {
    Out << App.help("", CLI::AppFormatMode::All);
    return ExitOk;
  } catch (const CLI::CallForVersion &) {
    Out << "seams " SEAMS_VERSION "\n";
    return ExitOk;
  } catch (const CLI::ParseError &E) {
    Err << "seams: error: " << E.what() << "\nRun `seams --help` for usage.\n";
    return ExitUsage;
  }
  for (auto &[Sub, Run] : Runners) {
    if (!Sub->parsed())
      continue;
    try {
      return Run(Out, Err);
    } catch (const Error &E) {
      Err << "seams " << Sub->get_name() << ": error: " << E.what() << "\n";
      return E.code();
    } catch (const std::exception &E) {
      Err << "seams " << Sub->get_name() << ": internal error: " << E.what() << "\n";
      return ExitAnalysis;
    }
  }
  return ExitUsage;
}

} // namespace seams
