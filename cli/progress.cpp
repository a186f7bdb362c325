// Progress of long runs: a terminal line, plain log lines, stage times (see progress.h).
#include "cli/progress.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <unistd.h>

namespace seams {
namespace {

/// A log line at least this often while TUs finish, whatever the share done.
constexpr std::chrono::seconds LogEvery{30};

std::string duration(double Secs) {
  int S = static_cast<int>(std::lround(Secs));
  char Buf[32];
  std::snprintf(Buf, sizeof Buf, "%dm%02ds", S / 60, S % 60);
  return Buf;
}

} // namespace

ProgressLine::Mode ProgressLine::modeFor(bool Enabled) {
  if (!Enabled)
    return Mode::Off;
  return ::isatty(STDERR_FILENO) ? Mode::Terminal : Mode::Log;
}

ProgressLine::ProgressLine(std::ostream &Err, Mode M, Clock::time_point Start)
    : Err(Err), M(M), Start(Start), LastDraw(Start), LastLog(Start), StageStart(Start) {}

void ProgressLine::update(unsigned Done, unsigned Total, unsigned Failed, Clock::time_point Now) {
  if (M == Mode::Off || Total == 0)
    return;
  double Secs = std::chrono::duration<double>(Now - Start).count();
  double Rate = Secs > 0 ? Done / Secs : 0;
  double Eta = Rate > 0 ? (Total - Done) / Rate : 0;
  if (M == Mode::Terminal) {
    if (Done != Total && Now - LastDraw < std::chrono::milliseconds(100))
      return;
    LastDraw = Now;
    char Buf[160];
    std::snprintf(Buf, sizeof Buf, "\r[%u/%u] %u failed, %.1f TU/s, ETA %s ", Done, Total, Failed,
                  Rate, duration(Eta).c_str());
    Err << Buf << std::flush;
    Drawn = true;
    return;
  }
  unsigned Tenth = static_cast<unsigned>(10ull * Done / Total);
  if (Tenth <= LastLoggedTenth && Now - LastLog < LogEvery)
    return;
  LastLoggedTenth = std::max(LastLoggedTenth, Tenth);
  LastLog = Now;
  Err << "seams: extract: " << Done << "/" << Total << " TUs (" << (100ull * Done / Total) << "%), "
      << Failed << " failed, " << duration(Secs) << " elapsed, ETA " << duration(Eta) << "\n"
      << std::flush;
}

void ProgressLine::finish() {
  if (Drawn)
    Err << "\r\033[K" << std::flush;
  Drawn = false;
}

void ProgressLine::stage(const std::string &Name, Clock::time_point Now) {
  if (M == Mode::Off)
    return;
  finish();
  char Buf[32];
  std::snprintf(Buf, sizeof Buf, "%.1f", std::chrono::duration<double>(Now - StageStart).count());
  Err << "seams: " << Name << ": done in " << Buf << " s\n" << std::flush;
  StageStart = Now;
}

} // namespace seams
