// Reads the first-parent history of HEAD with libgit2, keeps a cache keyed by HEAD, and filters
// the raw commits into a ChangeHistory: renames followed, merges and bulk commits skipped.
#include "history/git_history.h"

#include "graph/model/atomic_file.h"
#include "graph/model/cache_dir.h"
#include "graph/model/error.h"
#include "graph/model/text_format.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <climits>
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <git2.h>
#include <iterator>
#include <memory>
#include <thread>
#include <unordered_map>

namespace seams {
namespace {

/// Repository paths, each stored once: commits refer to them by index, so the cache holds every
/// path once and the filters compare integers. The index from path to number is built only when
/// a path is added (a walk), never for a cache that is only read.
class PathTable {
public:
  std::uint32_t intern(std::string_view P) {
    if (Index.size() != Paths.size())
      for (std::uint32_t I = static_cast<std::uint32_t>(Index.size()); I < Paths.size(); ++I)
        Index.emplace(Paths[I], I);
    auto [It, New] = Index.try_emplace(std::string(P), static_cast<std::uint32_t>(Paths.size()));
    if (New)
      Paths.emplace_back(P);
    return It->second;
  }
  void add(std::string P) { Paths.push_back(std::move(P)); }
  const std::vector<std::string> &paths() const { return Paths; }
  std::size_t size() const { return Paths.size(); }

private:
  std::vector<std::string> Paths;
  std::unordered_map<std::string, std::uint32_t> Index;
};

/// One first-parent commit as git has it: what the tree diff against its first parent changed,
/// under the names of that commit, as indices into the walk's PathTable. Cached as it is, so
/// that every filter can change without reading git again.
struct RawCommit {
  std::string Id;
  std::int64_t Time = 0; ///< Committer time, seconds since the epoch.
  bool Merge = false;
  /// Blobs the rename search needed were missing (a partial clone): renames by blob id only.
  bool BlobsMissing = false;
  std::vector<std::uint32_t> Files;                             ///< Repository-relative.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> Renames; ///< (old, new).
};

/// The cached walk: which repository, which limits, which HEAD, and the commits newest first.
struct RawHistory {
  std::string GitDir;
  std::string Key; ///< The walk's limits: since and max commits.
  std::string Head;
  PathTable Paths;
  std::vector<RawCommit> Commits;
};

// Version 3: paths stored once, one line per commit, renames with edits followed, commits whose
// blobs were missing marked.
constexpr std::string_view CacheMagic = "seams-history-cache/3";

/// Owns one libgit2 object and frees it with its own function.
template <typename T, void (*Free)(T *)> struct Git {
  T *P = nullptr;
  Git() = default;
  Git(const Git &) = delete;
  Git &operator=(const Git &) = delete;
  ~Git() { reset(); }
  void reset() {
    if (P)
      Free(P);
    P = nullptr;
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
  if (S.find('\\') == std::string_view::npos)
    return std::string(S);
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

std::string cachePath(const std::string &Dir) { return Dir + "/history.cache"; }

/// The cache, line by line:
///   seams-history-cache/3, then "repo\tGITDIR", "key\tLIMITS", "head\tID", "paths\tN",
///   N escaped paths, "commits\tM", and M lines "ID\tTIME\tFLAGS\tF,F,...\tOLD>NEW,...",
///   FLAGS 1 for a merge plus 2 for missing blobs.
void writeCache(const RawHistory &R, const std::string &Dir) {
  if (std::error_code EC = makeCacheDirectory(Dir))
    throw std::filesystem::filesystem_error("cannot create the cache directory", Dir, EC);
  writeFileAtomically(cachePath(Dir), [&](std::ostream &Out) {
    Out << CacheMagic << "\nrepo\t" << escapeField(R.GitDir) << "\nkey\t" << escapeField(R.Key)
        << "\nhead\t" << R.Head << "\npaths\t" << R.Paths.size() << "\n";
    for (const std::string &P : R.Paths.paths())
      Out << escapeField(P) << "\n";
    Out << "commits\t" << R.Commits.size() << "\n";
    std::string Line;
    for (const RawCommit &C : R.Commits) {
      Line = C.Id + "\t" + std::to_string(C.Time) + "\t" +
             std::to_string(int(C.Merge) + 2 * int(C.BlobsMissing)) + "\t";
      for (std::size_t I = 0; I < C.Files.size(); ++I)
        Line += (I ? "," : "") + std::to_string(C.Files[I]);
      Line += "\t";
      for (std::size_t I = 0; I < C.Renames.size(); ++I)
        Line += (I ? "," : "") + std::to_string(C.Renames[I].first) + ">" +
                std::to_string(C.Renames[I].second);
      Out << Line << "\n";
    }
  });
}

/// Reads lines from a whole file held in memory.
class LineReader {
public:
  explicit LineReader(std::string_view Text) : Rest(Text) {}
  bool next(std::string_view &Line) {
    if (Rest.empty())
      return false;
    std::size_t End = Rest.find('\n');
    if (End == std::string_view::npos)
      return false; // every line ends with a newline: a cut file is unreadable
    Line = Rest.substr(0, End);
    Rest.remove_prefix(End + 1);
    return true;
  }
  /// The next line "NAME\tVALUE", giving VALUE.
  bool field(std::string_view Name, std::string_view &Value) {
    std::string_view Line;
    if (!next(Line) || Line.size() <= Name.size() || Line.substr(0, Name.size()) != Name ||
        Line[Name.size()] != '\t')
      return false;
    Value = Line.substr(Name.size() + 1);
    return true;
  }

private:
  std::string_view Rest;
};

/// Parses an unsigned or signed integer that fills S.
template <typename T> bool parseInt(std::string_view S, T &V) {
  auto [P, Ec] = std::from_chars(S.data(), S.data() + S.size(), V);
  return Ec == std::errc() && P == S.data() + S.size();
}

/// Takes the text up to the next Sep (or the end) off the front of S.
std::string_view take(std::string_view &S, char Sep) {
  std::size_t At = S.find(Sep);
  std::string_view Part = S.substr(0, At);
  S.remove_prefix(At == std::string_view::npos ? S.size() : At + 1);
  return Part;
}

/// One commit line of the cache, its path indices checked against NumPaths.
bool parseCommitLine(std::string_view Line, std::size_t NumPaths, RawCommit &C) {
  if (std::count(Line.begin(), Line.end(), '\t') != 4)
    return false;
  std::string_view Id = take(Line, '\t'), Time = take(Line, '\t'), Flags = take(Line, '\t');
  std::string_view Files = take(Line, '\t'), Renames = Line;
  if (Id.size() != GIT_OID_HEXSZ || !parseInt(Time, C.Time) || Flags.size() != 1 ||
      Flags[0] < '0' || Flags[0] > '3')
    return false;
  C.Id = std::string(Id);
  C.Merge = (Flags[0] - '0') & 1;
  C.BlobsMissing = (Flags[0] - '0') & 2;
  while (!Files.empty()) {
    std::uint32_t I = 0;
    if (!parseInt(take(Files, ','), I) || I >= NumPaths)
      return false;
    C.Files.push_back(I);
  }
  while (!Renames.empty()) {
    std::string_view X = take(Renames, ',');
    std::string_view OldText = take(X, '>');
    std::uint32_t Old = 0, New = 0;
    if (!parseInt(OldText, Old) || !parseInt(X, New) || Old >= NumPaths || New >= NumPaths)
      return false;
    C.Renames.emplace_back(Old, New);
  }
  return true;
}

/// The cached walk, or nothing when there is none or it is unreadable (then git is read again).
std::optional<RawHistory> readCache(const std::string &Dir) {
  std::ifstream In(cachePath(Dir), std::ios::binary);
  if (!In)
    return std::nullopt;
  std::string Text;
  In.seekg(0, std::ios::end);
  Text.resize(static_cast<std::size_t>(std::max<std::streamoff>(In.tellg(), 0)));
  In.seekg(0);
  if (!In.read(Text.data(), static_cast<std::streamsize>(Text.size())))
    return std::nullopt;
  LineReader Lines(Text);
  std::string_view Line, Value;
  if (!Lines.next(Line) || Line != CacheMagic)
    return std::nullopt;
  RawHistory R;
  std::size_t NumPaths = 0, NumCommits = 0;
  if (!Lines.field("repo", Value))
    return std::nullopt;
  R.GitDir = unescapeField(Value);
  if (!Lines.field("key", Value))
    return std::nullopt;
  R.Key = unescapeField(Value);
  if (!Lines.field("head", Value))
    return std::nullopt;
  R.Head = std::string(Value);
  if (!Lines.field("paths", Value) || !parseInt(Value, NumPaths))
    return std::nullopt;
  for (std::size_t I = 0; I < NumPaths; ++I) {
    if (!Lines.next(Line))
      return std::nullopt;
    R.Paths.add(unescapeField(Line));
  }
  if (!Lines.field("commits", Value) || !parseInt(Value, NumCommits))
    return std::nullopt;
  R.Commits.resize(NumCommits);
  for (RawCommit &C : R.Commits)
    if (!Lines.next(Line) || Line.empty() || !parseCommitLine(Line, NumPaths, C))
      return std::nullopt;
  if (Lines.next(Line))
    return std::nullopt;
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

/// The first-parent diff of commit Id: changed paths (new names, interned into Paths) and
/// renames. Rename detection runs only on a commit that both adds and deletes files (no other
/// can hold a rename): exact renames by blob id first, then renames with edits by content
/// similarity (git's default threshold, 50%), which reads the added and deleted blobs only.
/// When one of those blobs is missing (a partial clone, `git clone --filter=blob:none`, or a
/// mirror without its largest files), renames are followed by blob id alone and the commit is
/// marked: one missing blob must not cost the whole history.
bool diffCommit(git_repository *R, const git_oid &Id, PathTable &Paths, RawCommit &Out) {
  Commit C;
  Tree Mine, Parent;
  if (git_commit_lookup(&C.P, R, &Id) != 0 || git_commit_tree(&Mine.P, C.P) != 0)
    return false;
  if (git_commit_parentcount(C.P) > 0) {
    Commit P;
    if (git_commit_parent(&P.P, C.P, 0) != 0 || git_commit_tree(&Parent.P, P.P) != 0)
      return false;
  }
  git_diff_options Opts = GIT_DIFF_OPTIONS_INIT;
  Opts.flags = GIT_DIFF_SKIP_BINARY_CHECK;
  Diff D;
  if (git_diff_tree_to_tree(&D.P, R, Parent.P, Mine.P, &Opts) != 0)
    return false;
  std::size_t N = git_diff_num_deltas(D.P);
  auto FindRenames = [&](unsigned Flags) {
    git_diff_find_options Find = GIT_DIFF_FIND_OPTIONS_INIT;
    Find.flags = Flags;
    Find.rename_threshold = 50;
    Find.rename_limit = 1000; // libgit2's default, given so that diff.renameLimit is not read
    return git_diff_find_similar(D.P, &Find);
  };
  bool Added = false, Deleted = false;
  for (std::size_t I = 0; I < N; ++I) {
    git_delta_t S = git_diff_get_delta(D.P, I)->status;
    Added = Added || S == GIT_DELTA_ADDED;
    Deleted = Deleted || S == GIT_DELTA_DELETED;
  }
  if (Added && Deleted) {
    int Rc = FindRenames(GIT_DIFF_FIND_RENAMES);
    if (Rc == GIT_ENOTFOUND) {
      // A blob is missing. The failed search may have changed the diff: start from a new one.
      D.reset();
      if (git_diff_tree_to_tree(&D.P, R, Parent.P, Mine.P, &Opts) != 0)
        return false;
      Out.BlobsMissing = true;
      Rc = FindRenames(GIT_DIFF_FIND_RENAMES | GIT_DIFF_FIND_EXACT_MATCH_ONLY);
    }
    if (Rc != 0)
      return false;
    N = git_diff_num_deltas(D.P);
  }
  for (std::size_t I = 0; I < N; ++I) {
    const git_diff_delta *Dl = git_diff_get_delta(D.P, I);
    if (Dl->status == GIT_DELTA_DELETED) {
      Out.Files.push_back(Paths.intern(Dl->old_file.path));
      continue;
    }
    std::uint32_t New = Paths.intern(Dl->new_file.path);
    Out.Files.push_back(New);
    if (Dl->status == GIT_DELTA_RENAMED)
      Out.Renames.emplace_back(Paths.intern(Dl->old_file.path), New);
  }
  return true;
}

/// A first-parent commit to diff, found by the chain walk.
struct ChainLink {
  git_oid Id;
  std::int64_t Time = 0;
  bool Merge = false;
};

/// The first parents from Head, newest first, until the root commit, one of Stops (the cached
/// HEAD, the --history-since revision), a commit older than SinceTime, or Max commits. Reached
/// is the stop met, if any. Reads commits only, no trees. Returns false (with Note set) when
/// the repository cannot be read.
bool firstParents(git_repository *R, const git_oid &Head, const std::vector<std::string> &Stops,
                  std::optional<std::int64_t> SinceTime, unsigned Max, std::vector<ChainLink> &Out,
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
    ChainLink L{Id, git_commit_time(C.P), git_commit_parentcount(C.P) > 1};
    if (SinceTime && L.Time < *SinceTime)
      return true;
    Out.push_back(L);
    if (git_commit_parentcount(C.P) == 0)
      return true;
    Id = *git_commit_parent_id(C.P, 0);
  }
  return true;
}

/// What one diffing thread produced: paths numbered in its own table.
struct Slice {
  PathTable Paths;
  std::size_t Failed = SIZE_MAX; ///< The first chain position it could not diff.
  std::string Note;
};

/// Diffs every commit of Chain into Out (same order), paths interned into Paths. With Jobs > 1
/// and a long chain, threads (each its own repository handle, opened at Root) take chunks of
/// consecutive commits; the paths are then numbered in chain order, so the result, and the
/// cache, are the same bytes whatever Jobs.
bool diffChain(git_repository *Main, const std::string &Root, const std::vector<ChainLink> &Chain,
               unsigned Jobs, PathTable &Paths, std::vector<RawCommit> &Out, std::string &Note) {
  constexpr std::size_t Chunk = 64;
  Out.resize(Chain.size());
  for (std::size_t I = 0; I < Chain.size(); ++I) {
    Out[I].Id = idText(Chain[I].Id);
    Out[I].Time = Chain[I].Time;
    Out[I].Merge = Chain[I].Merge;
  }
  Jobs = static_cast<unsigned>(std::min<std::size_t>(Jobs, (Chain.size() + Chunk - 1) / Chunk));
  if (Jobs <= 1) {
    for (std::size_t I = 0; I < Chain.size(); ++I)
      if (!diffCommit(Main, Chain[I].Id, Paths, Out[I])) {
        Note = "cannot diff commit " + Out[I].Id + ": " + lastGitError();
        return false;
      }
    return true;
  }
  std::vector<Slice> Slices(Jobs);
  std::vector<std::uint8_t> Owner(Chain.size(), 0);
  std::atomic<std::size_t> Next{0};
  auto Work = [&](unsigned W) {
    Slice &S = Slices[W];
    Repo R;
    if (git_repository_open_ext(&R.P, Root.c_str(), 0, nullptr) != 0) {
      S.Failed = 0;
      S.Note = "cannot open the git repository (" + lastGitError() + ")";
      return;
    }
    for (std::size_t Start; (Start = Next.fetch_add(Chunk)) < Chain.size();)
      for (std::size_t I = Start; I < std::min(Start + Chunk, Chain.size()); ++I) {
        Owner[I] = static_cast<std::uint8_t>(W);
        if (!diffCommit(R.P, Chain[I].Id, S.Paths, Out[I])) {
          S.Failed = I;
          S.Note = "cannot diff commit " + Out[I].Id + ": " + lastGitError();
          return;
        }
      }
  };
  {
    std::vector<std::jthread> Threads;
    for (unsigned W = 1; W < Jobs; ++W)
      Threads.emplace_back(Work, W);
    Work(0);
  }
  auto Worst = std::min_element(Slices.begin(), Slices.end(),
                                [](const Slice &A, const Slice &B) { return A.Failed < B.Failed; });
  if (Worst->Failed != SIZE_MAX) {
    Note = Worst->Note;
    return false;
  }
  // Renumber each thread's paths into Paths, first seen first, in chain order.
  constexpr std::uint32_t Unseen = UINT32_MAX;
  std::vector<std::vector<std::uint32_t>> Global(Jobs);
  for (unsigned W = 0; W < Jobs; ++W)
    Global[W].assign(Slices[W].Paths.size(), Unseen);
  for (std::size_t I = 0; I < Chain.size(); ++I) {
    unsigned W = Owner[I];
    auto Map = [&](std::uint32_t &P) {
      if (Global[W][P] == Unseen)
        Global[W][P] = Paths.intern(Slices[W].Paths.paths()[P]);
      P = Global[W][P];
    };
    for (std::uint32_t &F : Out[I].Files)
      Map(F);
    for (auto &[Old, New] : Out[I].Renames) {
      Map(Old);
      Map(New);
    }
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
/// merges and bulk commits skipped, only files under Prefix kept. Works on path numbers: each
/// path's project name and its rank among them are found once.
ChangeHistory filterHistory(const RawHistory &Raw, const std::string &Prefix,
                            unsigned MaxChangeset) {
  ChangeHistory H;
  H.Head = Raw.Head;
  H.MaxChangeset = MaxChangeset;
  H.Read = static_cast<unsigned>(Raw.Commits.size());
  const std::vector<std::string> &Paths = Raw.Paths.paths();
  constexpr std::uint32_t None = UINT32_MAX;
  // Rank[p]: the position of path p's project name in sorted order, or None outside the root.
  std::vector<std::uint32_t> Project;
  for (std::uint32_t P = 0; P < Paths.size(); ++P)
    if (!underPrefix(Paths[P], Prefix).empty())
      Project.push_back(P);
  std::sort(Project.begin(), Project.end(),
            [&](std::uint32_t A, std::uint32_t B) { return Paths[A] < Paths[B]; });
  std::vector<std::uint32_t> Rank(Paths.size(), None);
  for (std::uint32_t I = 0; I < Project.size(); ++I)
    Rank[Project[I]] = I;
  // AtHead[p]: the path p has at HEAD, as far as the commits seen so far say.
  std::vector<std::uint32_t> AtHead(Paths.size());
  for (std::uint32_t P = 0; P < Paths.size(); ++P)
    AtHead[P] = P;
  std::vector<std::uint32_t> Ranks;
  for (const RawCommit &C : Raw.Commits) {
    Ranks.clear();
    for (std::uint32_t F : C.Files)
      if (std::uint32_t R = Rank[AtHead[F]]; R != None)
        Ranks.push_back(R);
    for (const auto &[Old, New] : C.Renames)
      AtHead[Old] = AtHead[New];
    std::sort(Ranks.begin(), Ranks.end());
    Ranks.erase(std::unique(Ranks.begin(), Ranks.end()), Ranks.end());
    H.BlobsMissing += C.BlobsMissing;
    if (C.Merge) {
      ++H.Merges;
    } else if (Ranks.empty()) {
      ++H.NoProject;
    } else if (Ranks.size() > MaxChangeset) {
      ++H.Bulk;
    } else {
      ChangeCommit &K = H.Commits.emplace_back();
      K.Id = C.Id;
      K.Files.reserve(Ranks.size());
      for (std::uint32_t R : Ranks)
        K.Files.emplace_back(underPrefix(Paths[Project[R]], Prefix));
    }
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
  std::vector<ChainLink> Chain;
  if (!firstParents(R.P, Head, Stops, SinceTime, O.MaxCommits, Chain, Reached, Note))
    return Without(Note);
  bool OnTop = Cached && Reached == Cached->Head;
  if (OnTop)
    Raw.Paths = std::move(Cached->Paths); // the new commits' paths are numbered after them
  if (!diffChain(R.P, O.Root, Chain, O.Jobs, Raw.Paths, Raw.Commits, Note))
    return Without(Note);
  Result.NewCommits = static_cast<unsigned>(Raw.Commits.size());
  if (OnTop) {
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
