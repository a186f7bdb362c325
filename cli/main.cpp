// The seams executable: everything happens in runCli, so tests can drive it in-process too.
#include "cli/cli.h"

#include <iostream>

int main(int Argc, char **Argv) { return seams::runCli(Argc, Argv, std::cout, std::cerr); }
