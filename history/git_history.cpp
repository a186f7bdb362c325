// Reads the first-parent history of HEAD with libgit2, keeps a cache keyed by HEAD, and filters
// the raw commits into a ChangeHistory: renames followed, merges and bulk commits skipped.
#include "history/git_history.h"

#include "graph/model/atomic_file.h"
#include "graph/model/error.h"
#include "graph/model/text_format.h"

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <git2.h>
#include <memory>
#include <unordered_map>

namespace seams {
namespace {

/// One first-parent commit as git has it: what the tree diff against its first parent changed,
/// under the names of that commit. Cached as it is, so that every filter can change without
/// reading git again.
struct RawCommit {
  std::string Id;
  std::int64_t Time = 0; ///< Committer time, seconds since the epoch.
  bool Merge = false;
  std::vector<std::string> Files;                           ///< Repository-relative.
  std::vector<std::pair<std::string, std::string>> Renames; ///< (old, new).
};

/// The cached walk: which repository, which limits, which HEAD, and the commits newest first.
struct RawHistory {
  std::string GitDir;
  std::string Key; ///< The walk's limits: since and max commits.
  std::string Head;
  std::vector<RawCommit> Commits;
};

constexpr std::string_view CacheMagic = "seams-history-cache/1";

/// Owns one libgit2 object and frees it with its own function.
template <typename T, void (*Free)(T *)> struct Git {
  T *P = nullptr;
  Git() = default;
  Git(const Git &) = delete;
  Git &operator=(const Git &) = delete;
  ~Git() {
    if (P)
      Free(P);
  }
};
using Repo = Git<git_repository, git_repository_free>;
using Commit = Git<git_commit, git_commit_free>;
using Tree = Git<git_tree, git_tree_free>;
using Diff = Git<git_diff, git_diff_free>;
using Object = Git<git_object, git_object_free>;

/// libgit2 is initialised once per use and shut down after, as its documentation asks.
struct Library {
  Library() { git_libgit2_init(); }
  ~Library() { git_libgit2_shutdown(); }
  Library(const Library &) = delete;
  Library &operator=(const Library &) = delete;
};

std::string lastGitError() {
  const git_error *E = git_error_last();
  std::string M = E && E->message ? E->message : "unknown error";
  std::replace(M.begin(), M.end(), '\n', ' ');
  return M;
}

std::string idText(const git_oid &Id) {
  char Buf[GIT_OID_HEXSZ + 1];
  git_oid_tostr(Buf, sizeof Buf, &Id);
  return Buf;
}

// Cache lines are tab-separated; a path holding a tab, newline or backslash is escaped.
std::string escapeField(std::string_view S) {
  std::string R;
  for (char C : S) {
    if (C == '\\')
      R += "\\\\";
    else if (C == '\t')
      R += "\\t";
    else if (C == '\n')
      R += "\\n";
    else
      R += C;
  }
  return R;
}

std::string unescapeField(std::string_view S) {
  std::string R;
  for (std::size_t I = 0; I < S.size(); ++I) {
    if (S[I] == '\\' && I + 1 < S.size()) {
      char N = S[++I];
      R += N == 't' ? '\t' : N == 'n' ? '\n' : N;
    } else {
      R += S[I];
    }
  }
  return R;
}

std::vector<std::string_view> splitTabs(std::string_view Line) {
  std::vector<std::string_view> Out;
  std::size_t Start = 0;
  while (true) {
    std::size_t Tab = Line.find('\t', Start);
    Out.push_back(Line.substr(Start, Tab == std::string_view::npos ? Tab : Tab - Start));
    if (Tab == std::string_view::npos)
      return Out;
    Start = Tab + 1;
  }
}

std::string cachePath(const std::string &Dir) { return Dir + "/history.cache"; }

void writeCache(const RawHistory &R, const std::string &Dir) {
  std::filesystem::create_directories(Dir);
  writeFileAtomically(cachePath(Dir), [&](std::ostream &Out) {
    Out << CacheMagic << "\nrepo\t" << escapeField(R.GitDir) << "\nkey\t" << escapeField(R.Key)
        << "\nhead\t" << R.Head << "\n";
    for (const RawCommit &C : R.Commits) {
      Out << "c\t" << C.Id << "\t" << C.Time << "\t" << (C.Merge ? 1 : 0) << "\n";
      for (const std::string &F : C.Files)
        Out << "f\t" << escapeField(F) << "\n";
      for (const auto &[Old, New] : C.Renames)
        Out << "r\t" << escapeField(Old) << "\t" << escapeField(New) << "\n";
    }
  });
}

/// The cached walk, or nothing when there is none or it is unreadable (then git is read again).
std::optional<RawHistory> readCache(const std::string &Dir) {
  std::ifstream In(cachePath(Dir), std::ios::binary);
  if (!In)
    return std::nullopt;
  std::string Line;
  if (!std::getline(In, Line) || Line != CacheMagic)
    return std::nullopt;
  RawHistory R;
  while (std::getline(In, Line)) {
    std::vector<std::string_view> F = splitTabs(Line);
    if (F[0] == "f" && F.size() == 2 && !R.Commits.empty()) {
      R.Commits.back().Files.push_back(unescapeField(F[1]));
    } else if (F[0] == "c" && F.size() == 4) {
      RawCommit &C = R.Commits.emplace_back();
      C.Id = std::string(F[1]);
      C.Time = std::stoll(std::string(F[2]));
      C.Merge = F[3] == "1";
    } else if (F[0] == "r" && F.size() == 3 && !R.Commits.empty()) {
      R.Commits.back().Renames.emplace_back(unescapeField(F[1]), unescapeField(F[2]));
    } else if (F[0] == "repo" && F.size() == 2) {
      R.GitDir = unescapeField(F[1]);
    } else if (F[0] == "key" && F.size() == 2) {
      R.Key = unescapeField(F[1]);
    } else if (F[0] == "head" && F.size() == 2) {
      R.Head = std::string(F[1]);
    } else {
      return std::nullopt;
    }
  }
  return R;
}

/// YYYY-MM-DD as seconds since the epoch (UTC midnight), or nothing.
std::optional<std::int64_t> parseDate(const std::string &S) {
  if (S.size() != 10 || S[4] != '-' || S[7] != '-')
    return std::nullopt;
  for (std::size_t I : {0, 1, 2, 3, 5, 6, 8, 9})
    if (S[I] < '0' || S[I] > '9')
      return std::nullopt;
  int Y = std::stoi(S.substr(0, 4)), M = std::stoi(S.substr(5, 2)), D = std::stoi(S.substr(8, 2));
  if (M < 1 || M > 12 || D < 1 || D > 31)
    return std::nullopt;
  // Days from civil (Howard Hinnant's algorithm): no time zone involved.
  Y -= M <= 2;
  const int Era = (Y >= 0 ? Y : Y - 399) / 400;
  const unsigned Yoe = static_cast<unsigned>(Y - Era * 400);
  const unsigned Doy = (153 * static_cast<unsigned>(M + (M > 2 ? -3 : 9)) + 2) / 5 + D - 1;
  const unsigned Doe = Yoe * 365 + Yoe / 4 - Yoe / 100 + Doy;
  return (static_cast<std::int64_t>(Era) * 146097 + Doe - 719468) * 86400;
}

/// The first-parent diff of one commit: changed paths (new names) and exact renames.
bool diffCommit(git_repository *R, git_commit *C, RawCommit &Out) {
  Tree Mine, Parent;
  if (git_commit_tree(&Mine.P, C) != 0)
    return false;
  if (git_commit_parentcount(C) > 0) {
    Commit P;
    if (git_commit_parent(&P.P, C, 0) != 0 || git_commit_tree(&Parent.P, P.P) != 0)
      return false;
  }
  git_diff_options Opts = GIT_DIFF_OPTIONS_INIT;
  Opts.flags = GIT_DIFF_SKIP_BINARY_CHECK;
  Diff D;
  if (git_diff_tree_to_tree(&D.P, R, Parent.P, Mine.P, &Opts) != 0)
    return false;
  // Exact renames only: they compare blob ids, never blob content.
  git_diff_find_options Find = GIT_DIFF_FIND_OPTIONS_INIT;
  Find.flags = GIT_DIFF_FIND_RENAMES | GIT_DIFF_FIND_EXACT_MATCH_ONLY;
  if (git_diff_find_similar(D.P, &Find) != 0)
    return false;
  std::size_t N = git_diff_num_deltas(D.P);
  for (std::size_t I = 0; I < N; ++I) {
    const git_diff_delta *Dl = git_diff_get_delta(D.P, I);
    if (Dl->status == GIT_DELTA_DELETED) {
      Out.Files.emplace_back(Dl->old_file.path);
      continue;
    }
    Out.Files.emplace_back(Dl->new_file.path);
    if (Dl->status == GIT_DELTA_RENAMED)
      Out.Renames.emplace_back(Dl->old_file.path, Dl->new_file.path);
  }
  return true;
}

/// Walks the first parents from Head, newest first, until the root commit, one of Stops (the
/// cached HEAD, the --history-since revision), a commit older than SinceTime, or Max commits.
/// Reached is the stop met, if any. Returns false (with Note set) when the repository cannot
/// be read.
bool walk(git_repository *R, const git_oid &Head, const std::vector<std::string> &Stops,
          std::optional<std::int64_t> SinceTime, unsigned Max, std::vector<RawCommit> &Out,
          std::string &Reached, std::string &Note) {
  git_oid Id = Head;
  while (Max == 0 || Out.size() < Max) {
    std::string Text = idText(Id);
    if (std::find(Stops.begin(), Stops.end(), Text) != Stops.end()) {
      Reached = Text;
      return true;
    }
    Commit C;
    if (git_commit_lookup(&C.P, R, &Id) != 0) {
      Note = "cannot read commit " + Text + ": " + lastGitError();
      return false;
    }
    RawCommit Raw;
    Raw.Id = Text;
    Raw.Time = git_commit_time(C.P);
    if (SinceTime && Raw.Time < *SinceTime)
      return true;
    unsigned Parents = git_commit_parentcount(C.P);
    Raw.Merge = Parents > 1;
    if (!diffCommit(R, C.P, Raw)) {
      Note = "cannot diff commit " + Text + ": " + lastGitError();
      return false;
    }
    Out.push_back(std::move(Raw));
    if (Parents == 0)
      return true;
    Id = *git_commit_parent_id(C.P, 0);
  }
  return true;
}

/// The project-relative path of a repository path under Prefix ("" or "dir/"), or "".
std::string_view underPrefix(std::string_view Path, std::string_view Prefix) {
  if (Path.size() <= Prefix.size() || Path.substr(0, Prefix.size()) != Prefix)
    return {};
  return Path.substr(Prefix.size());
}

/// Names at HEAD for every commit (newest first: a rename seen applies to every older commit),
/// merges and bulk commits skipped, only files under Prefix kept.
ChangeHistory filterHistory(const RawHistory &Raw, const std::string &Prefix,
                            unsigned MaxChangeset) {
  ChangeHistory H;
  H.Head = Raw.Head;
  H.MaxChangeset = MaxChangeset;
  H.Read = static_cast<unsigned>(Raw.Commits.size());
  std::unordered_map<std::string, std::string> NameAtHead;
  auto Current = [&](const std::string &P) -> const std::string & {
    auto It = NameAtHead.find(P);
    return It == NameAtHead.end() ? P : It->second;
  };
  for (const RawCommit &C : Raw.Commits) {
    std::vector<std::string> Files;
    for (const std::string &F : C.Files) {
      std::string_view Rel = underPrefix(Current(F), Prefix);
      if (!Rel.empty())
        Files.emplace_back(Rel);
    }
    for (const auto &[Old, New] : C.Renames)
      NameAtHead[Old] = std::string(Current(New));
    std::sort(Files.begin(), Files.end());
    Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
    if (C.Merge)
      ++H.Merges;
    else if (Files.empty())
      ++H.NoProject;
    else if (Files.size() > MaxChangeset)
      ++H.Bulk;
    else
      H.Commits.push_back({C.Id, std::move(Files)});
  }
  return H;
}

} // namespace

HistoryRead readGitHistory(const HistoryOptions &O) {
  Library Lib;
  HistoryRead Result;
  auto Without = [&](const std::string &Why) {
    Result.Note = Why + ": going on without change history";
    return Result;
  };
  Repo R;
  int Rc = git_repository_open_ext(&R.P, O.Root.c_str(), 0, nullptr);
  if (Rc == GIT_ENOTFOUND)
    return Without("no git repository at or above the project root");
  if (Rc != 0)
    return Without("cannot open the git repository (" + lastGitError() + ")");
  if (git_repository_is_bare(R.P))
    return Without("the git repository is bare");
  if (git_repository_is_shallow(R.P) == 1)
    return Without("shallow clone, its history is incomplete (git fetch --unshallow)");
  int Unborn = git_repository_head_unborn(R.P);
  if (Unborn == 1)
    return Without("the current branch has no commit yet");
  int Detached = git_repository_head_detached(R.P);
  if (Detached == 1)
    return Without("detached HEAD (check out a branch)");
  git_oid Head;
  if (Unborn < 0 || Detached < 0 || git_reference_name_to_id(&Head, R.P, "HEAD") != 0)
    return Without("cannot read HEAD of the git repository (" + lastGitError() + ")");

  // The project root relative to the work tree: "" or "dir/".
  const char *WorkDir = git_repository_workdir(R.P);
  if (!WorkDir)
    return Without("the git repository has no work tree");
  std::error_code EC;
  std::filesystem::path Rel =
      std::filesystem::relative(std::filesystem::weakly_canonical(O.Root),
                                std::filesystem::weakly_canonical(WorkDir), EC)
          .lexically_normal();
  std::string Prefix = Rel.generic_string();
  if (EC || Prefix == "." || Prefix.empty())
    Prefix.clear();
  else
    Prefix += "/";

  std::optional<std::int64_t> SinceTime;
  std::string SinceRev;
  if (!O.Since.empty()) {
    SinceTime = parseDate(O.Since);
    if (!SinceTime) {
      Object Obj, Peeled;
      if (git_revparse_single(&Obj.P, R.P, O.Since.c_str()) != 0 ||
          git_object_peel(&Peeled.P, Obj.P, GIT_OBJECT_COMMIT) != 0)
        throw Error("--history-since: \"" + O.Since +
                    "\" is neither a date (YYYY-MM-DD) nor a revision of the repository");
      SinceRev = idText(*git_object_id(Peeled.P));
    }
  }

  RawHistory Raw;
  Raw.GitDir = git_repository_path(R.P);
  Raw.Key = O.Since + "\t" + std::to_string(O.MaxCommits);
  Raw.Head = idText(Head);
  std::optional<RawHistory> Cached;
  if (!O.CacheDir.empty())
    Cached = readCache(O.CacheDir);
  if (Cached && (Cached->GitDir != Raw.GitDir || Cached->Key != Raw.Key))
    Cached.reset();
  if (Cached && Cached->Head == Raw.Head) {
    Result.FromCache = true;
    Result.History = filterHistory(*Cached, Prefix, O.MaxChangeset);
    return Result;
  }
  // Read down to the cached HEAD (or SinceRev), then take the cached commits below it.
  std::vector<std::string> Stops;
  if (!SinceRev.empty())
    Stops.push_back(SinceRev);
  if (Cached)
    Stops.push_back(Cached->Head);
  std::string Reached, Note;
  if (!walk(R.P, Head, Stops, SinceTime, O.MaxCommits, Raw.Commits, Reached, Note))
    return Without(Note);
  Result.NewCommits = static_cast<unsigned>(Raw.Commits.size());
  if (Cached && Reached == Cached->Head) {
    for (RawCommit &C : Cached->Commits) {
      if (O.MaxCommits && Raw.Commits.size() >= O.MaxCommits)
        break;
      if (SinceTime && C.Time < *SinceTime)
        break;
      Raw.Commits.push_back(std::move(C));
    }
  }
  if (!O.CacheDir.empty()) {
    try {
      writeCache(Raw, O.CacheDir);
    } catch (const std::exception &E) {
      Result.Note = std::string("history cache not written: ") + E.what();
    }
  }
  Result.History = filterHistory(Raw, Prefix, O.MaxChangeset);
  return Result;
}

} // namespace seams
