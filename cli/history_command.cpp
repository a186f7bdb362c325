// `seams history`: reads the project's change history from git and writes history.json: the
// commits kept and the file pairs that changed together (docs/HISTORY.md).
#include "cli/commands.h"
#include "cli/history_options.h"
#include "graph/model/atomic_file.h"
#include "graph/model/error.h"
#include "graph/model/text_format.h"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <ostream>

namespace seams {
namespace {

struct HistoryCommandArgs {
  HistoryArgs History;
  std::string Root = ".";
  std::string Output = "history.json";
  std::string CacheDir;
  unsigned Top = 10;
  bool Quiet = false;
};

int runHistory(const HistoryCommandArgs &A, std::ostream &Out, std::ostream &Err) {
  std::error_code EC;
  std::filesystem::path Root = std::filesystem::canonical(A.Root, EC);
  if (EC || !std::filesystem::is_directory(Root))
    throw Error(A.Root + ": the project root is not a readable directory");
  HistoryArgs H = A.History;
  H.Off = false;
  std::optional<ChangeHistory> Got = loadHistory(H, Root.string(), A.CacheDir, A.Quiet, Err);
  if (!Got)
    return ExitOk;
  FileCoChange P = fileCoChange(*Got, H.Thresholds);
  writeFileAtomically(A.Output,
                      [&](std::ostream &S) { writeHistoryJson(*Got, H.Thresholds, P, S); });
  if (A.Quiet)
    return ExitOk;
  Out << historySummary(*Got) << "\n";
  std::sort(P.Pairs.begin(), P.Pairs.end(), [](const CoChangePair &X, const CoChangePair &Y) {
    return std::make_tuple(Y.Support, Y.degree(), X.A, X.B) <
           std::make_tuple(X.Support, X.degree(), Y.A, Y.B);
  });
  std::size_t N = std::min<std::size_t>(A.Top, P.Pairs.size());
  Out << "top " << N << " of " << P.Pairs.size() << " file pairs that changed together:\n";
  for (std::size_t I = 0; I < N; ++I) {
    const CoChangePair &Pr = P.Pairs[I];
    Out << "  " << P.Files[Pr.A] << " + " << P.Files[Pr.B] << ": " << Pr.Support << " of "
        << Pr.commitsOfEither() << " commits, degree " << formatNumber(100 * Pr.degree(), 0)
        << "%\n";
  }
  Out << "Wrote " << A.Output << "\n";
  return ExitOk;
}

} // namespace

Command historyCommand() {
  return {
      "history", "Read the change history from git: commits kept, file pairs that changed together",
      [](CLI::App &Sub) -> Runner {
        auto A = std::make_shared<HistoryCommandArgs>();
        Sub.add_option("--root", A->Root, "Project root inside a git work tree")
            ->capture_default_str();
        Sub.add_option("-o,--output", A->Output, "History file to write")->capture_default_str();
        Sub.add_option("--cache-dir", A->CacheDir,
                       "Cache the history here, keyed by HEAD (default: no cache)");
        Sub.add_option("--top", A->Top, "File pairs to print")->capture_default_str();
        Sub.add_flag("-q,--quiet", A->Quiet, "No summary or notes");
        addHistoryOptions(Sub, A->History);
        return [A](std::ostream &Out, std::ostream &Err) { return runHistory(*A, Out, Err); };
      }};
}

} // namespace seams
