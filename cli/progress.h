// The progress line of long runs: done/total, rate and ETA, redrawn in place on a terminal.
#pragma once

#include <chrono>
#include <iosfwd>

namespace seams {

class ProgressLine {
public:
  /// Draws only when Enabled and standard error is a terminal.
  ProgressLine(std::ostream &Err, bool Enabled);
  void update(unsigned Done, unsigned Total);
  /// Clears the line, so the summary that follows starts at column 0.
  void finish();

private:
  std::ostream &Err;
  bool Active;
  bool Drawn = false;
  std::chrono::steady_clock::time_point Start, LastDraw;
};

} // namespace seams
