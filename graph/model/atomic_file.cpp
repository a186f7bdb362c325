// Atomic replacement of output files (see atomic_file.h).
#include "graph/model/atomic_file.h"

#include "graph/model/error.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <pthread.h>
#include <unistd.h>

namespace seams {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view TempTag = ".tmp.";

/// Path with every symbolic link of its last component followed (relative links from the
/// link's directory), so replacing the result writes through the links instead of over them.
/// A dangling link gives the path it points to, which is then created.
fs::path resolveLinks(const std::string &Path) {
  fs::path P(Path);
  for (int Hops = 0;; ++Hops) {
    std::error_code EC;
    if (!fs::is_symlink(fs::symlink_status(P, EC)))
      return P;
    if (Hops == 40)
      throw Error(Path + ": cannot write: too many levels of symbolic links");
    fs::path Next = fs::read_symlink(P, EC);
    if (EC)
      throw Error(Path + ": cannot read the symbolic link: " + EC.message());
    P = Next.is_absolute() ? Next : P.parent_path() / Next;
  }
}

/// Closes a descriptor on every path out.
struct Descriptor {
  int Fd = -1;
  ~Descriptor() {
    if (Fd >= 0)
      ::close(Fd);
  }
};

void check(std::ostream &Out, const std::string &Path) {
  Out.flush();
  if (!Out)
    throw Error(Path + ": write failed (disk full?)");
}

} // namespace

void removeStaleTemporaries(const std::string &Path) {
  fs::path Target(Path);
  std::string Prefix = Target.filename().string() + std::string(TempTag);
  fs::path Dir = Target.parent_path().empty() ? fs::path(".") : Target.parent_path();
  std::error_code EC;
  for (fs::directory_iterator It(Dir, EC), End; !EC && It != End; It.increment(EC)) {
    std::string Name = It->path().filename().string();
    if (Name.compare(0, Prefix.size(), Prefix) != 0)
      continue;
    std::string Rest = Name.substr(Prefix.size()); // "PID.N"
    std::size_t Dot = Rest.find('.');
    if (Dot == 0 || Dot > 9 || Dot == std::string::npos ||
        Rest.find_first_not_of("0123456789.") != std::string::npos)
      continue; // Not one of ours (a PID has at most 7 digits on Linux).
    pid_t Pid = static_cast<pid_t>(std::stol(Rest.substr(0, Dot)));
    if (Pid > 0 && ::kill(Pid, 0) != 0 && errno == ESRCH) {
      std::error_code Ignored;
      fs::remove(It->path(), Ignored);
    }
  }
}

void writeFileAtomically(const std::string &Path,
                         const std::function<void(std::ostream &)> &Write) {
  fs::path Target = resolveLinks(Path);
  std::error_code EC;
  fs::file_status Status = fs::status(Target, EC);
  if (fs::is_directory(Status))
    throw Error(Path + ": cannot write: it is a directory");
  if (fs::exists(Status) && !fs::is_regular_file(Status)) {
    // A pipe or a device (/dev/stdout): nothing to replace, and nowhere to rename into.
    std::ofstream Out(Target, std::ios::binary);
    if (!Out)
      throw Error(Path + ": cannot write");
    Write(Out);
    check(Out, Path);
    return;
  }
  // Unique per process and call: concurrent writers never share a temporary.
  static std::atomic<unsigned> Counter{0};
  fs::path Tmp = Target;
  Tmp += std::string(TempTag) + std::to_string(::getpid()) + "." + std::to_string(Counter++);
  fs::path Dir = Target.parent_path().empty() ? fs::path(".") : Target.parent_path();

  // First choice: an unnamed file (O_TMPFILE), written through /proc/self/fd and given the
  // temporary name only once complete, so a run killed while writing leaves nothing behind.
  Descriptor Unnamed;
  Unnamed.Fd = ::open(Dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  if (Unnamed.Fd >= 0) {
    std::string Proc = "/proc/self/fd/" + std::to_string(Unnamed.Fd);
    std::ofstream Out(Proc, std::ios::binary | std::ios::trunc);
    if (Out) {
      Write(Out);
      check(Out, Path);
      Out.close();
      // Naming and renaming take microseconds; a Ctrl-C or a CI timeout's SIGTERM waits.
      sigset_t All, Old;
      sigfillset(&All);
      ::pthread_sigmask(SIG_BLOCK, &All, &Old);
      int Linked = ::linkat(AT_FDCWD, Proc.c_str(), AT_FDCWD, Tmp.c_str(), AT_SYMLINK_FOLLOW);
      if (Linked != 0 && errno == EEXIST) { // Left by a dead process that had our PID.
        std::error_code Ignored;
        fs::remove(Tmp, Ignored);
        Linked = ::linkat(AT_FDCWD, Proc.c_str(), AT_FDCWD, Tmp.c_str(), AT_SYMLINK_FOLLOW);
      }
      if (Linked == 0)
        fs::rename(Tmp, Target, EC);
      ::pthread_sigmask(SIG_SETMASK, &Old, nullptr);
      if (Linked != 0)
        throw Error(Path + ": cannot write (is the directory writable?)");
      if (EC) {
        fs::remove(Tmp, EC);
        throw Error(Path + ": cannot replace: " + EC.message());
      }
      return;
    }
  }

  // Elsewhere (a file system without O_TMPFILE, no /proc): a named temporary, removed when the
  // write fails; one left by a killed run is removed by the next write.
  removeStaleTemporaries(Target.string());
  std::ofstream Out(Tmp, std::ios::binary | std::ios::trunc);
  if (!Out)
    throw Error(Path + ": cannot write (is the directory there and writable?)");
  try {
    Write(Out);
    check(Out, Path);
  } catch (...) {
    Out.close();
    fs::remove(Tmp, EC);
    throw;
  }
  Out.close();
  fs::rename(Tmp, Target, EC);
  if (EC) {
    fs::remove(Tmp, EC);
    throw Error(Path + ": cannot replace: " + EC.message());
  }
}

} // namespace seams
