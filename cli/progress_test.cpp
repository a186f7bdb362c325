// Tests for the progress reporter: plain log lines at 10% steps or every 30 s, stage lines, -q.
#include "cli/progress.h"

#include <gtest/gtest.h>
#include <sstream>

namespace seams {
namespace {

using Clock = ProgressLine::Clock;
using std::chrono::seconds;

TEST(Progress, LogLinesAtEveryTenthAndEveryThirtySeconds) {
  std::ostringstream Err;
  Clock::time_point T0{};
  ProgressLine P(Err, ProgressLine::Mode::Log, T0);
  P.update(1, 100, 0, T0 + seconds(1)); // 1%: nothing yet
  EXPECT_EQ(Err.str(), "");
  P.update(10, 100, 1, T0 + seconds(10));
  EXPECT_EQ(Err.str(), "seams: extract: 10/100 TUs (10%), 1 failed, 0m10s elapsed, ETA 1m30s\n");
  Err.str("");
  P.update(11, 100, 1, T0 + seconds(11)); // still in the same tenth, not 30 s later
  EXPECT_EQ(Err.str(), "");
  P.update(12, 100, 1, T0 + seconds(41)); // 30 s since the last line
  EXPECT_EQ(Err.str(), "seams: extract: 12/100 TUs (12%), 1 failed, 0m41s elapsed, ETA 5m01s\n");
  Err.str("");
  P.update(100, 100, 1, T0 + seconds(50));
  EXPECT_EQ(Err.str(), "seams: extract: 100/100 TUs (100%), 1 failed, 0m50s elapsed, ETA 0m00s\n");
}

TEST(Progress, StagesAndQuiet) {
  std::ostringstream Err;
  Clock::time_point T0{};
  ProgressLine P(Err, ProgressLine::Mode::Log, T0);
  P.stage("extract", T0 + std::chrono::milliseconds(12340));
  P.stage("cluster", T0 + std::chrono::milliseconds(12840));
  EXPECT_EQ(Err.str(), "seams: extract: done in 12.3 s\nseams: cluster: done in 0.5 s\n");
  std::ostringstream Quiet;
  ProgressLine Q(Quiet, ProgressLine::Mode::Off, T0);
  Q.update(10, 10, 0, T0 + seconds(5));
  Q.stage("extract", T0 + seconds(5));
  EXPECT_EQ(Quiet.str(), "");
}

TEST(Progress, TerminalRedrawsOneLine) {
  std::ostringstream Err;
  Clock::time_point T0{};
  ProgressLine P(Err, ProgressLine::Mode::Terminal, T0);
  P.update(5, 10, 2, T0 + seconds(5));
  EXPECT_EQ(Err.str(), "\r[5/10] 2 failed, 1.0 TU/s, ETA 0m05s ");
  P.finish();
  EXPECT_EQ(Err.str().substr(Err.str().size() - 4), "\r\033[K");
}

} // namespace
} // namespace seams
