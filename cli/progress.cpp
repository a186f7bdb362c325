// The progress line of long runs: done/total, rate and ETA, redrawn in place on a terminal.
#include "cli/progress.h"

#include <cstdio>
#include <ostream>
#include <unistd.h>

namespace seams {

ProgressLine::ProgressLine(std::ostream &Err, bool Enabled)
    : Err(Err), Active(Enabled && ::isatty(STDERR_FILENO)), Start(std::chrono::steady_clock::now()),
      LastDraw(Start) {}

void ProgressLine::update(unsigned Done, unsigned Total) {
  if (!Active)
    return;
  auto Now = std::chrono::steady_clock::now();
  if (Done != Total && Now - LastDraw < std::chrono::milliseconds(100))
    return;
  LastDraw = Now;
  double Secs = std::chrono::duration<double>(Now - Start).count();
  double Rate = Secs > 0 ? Done / Secs : 0;
  int Eta = Rate > 0 ? static_cast<int>((Total - Done) / Rate) : 0;
  char Buf[128];
  std::snprintf(Buf, sizeof Buf, "\r[%u/%u] %.1f TU/s, ETA %dm%02ds ", Done, Total, Rate, Eta / 60,
                Eta % 60);
  Err << Buf << std::flush;
  Drawn = true;
}

void ProgressLine::finish() {
  if (Drawn)
    Err << "\r\033[K" << std::flush;
}

} // namespace seams
