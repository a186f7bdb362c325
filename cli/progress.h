// Progress of long runs a person can follow: a line redrawn in place on a terminal, plain lines
// at a steady pace in a log (CI), and one line per stage of `seams analyze`.
#pragma once

#include <chrono>
#include <iosfwd>
#include <string>

namespace seams {

class ProgressLine {
public:
  using Clock = std::chrono::steady_clock;
  /// Off: silent (-q). Terminal: one line redrawn in place. Log: a plain line at least every 10%
  /// of the TUs or every 30 s, whichever comes first, so a CI log shows signs of life.
  enum class Mode { Off, Terminal, Log };

  /// Terminal when Err is standard error and a terminal, Log otherwise; Off when !Enabled.
  static Mode modeFor(bool Enabled);

  ProgressLine(std::ostream &Err, Mode M, Clock::time_point Start = Clock::now());
  void update(unsigned Done, unsigned Total, unsigned Failed, Clock::time_point Now = Clock::now());
  /// Clears the terminal line, so the summary that follows starts at column 0.
  void finish();
  /// "seams: STAGE: done in 1.2 s" for each stage of analyze (extract, cluster, hotspots,
  /// reports), in both Terminal and Log modes.
  void stage(const std::string &Name, Clock::time_point Now = Clock::now());

private:
  std::ostream &Err;
  Mode M;
  bool Drawn = false;
  unsigned LastLoggedTenth = 0;
  Clock::time_point Start, LastDraw, LastLog, StageStart;
};

} // namespace seams
