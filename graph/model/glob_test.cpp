// Tests for path globs.
#include "graph/model/glob.h"

#include <gtest/gtest.h>

namespace seams {
namespace {

TEST(Glob, DoubleStarSpansDirectoriesSingleStarDoesNot) {
  EXPECT_TRUE(globMatch("src/payments/**", "src/payments/card/visa.cpp"));
  EXPECT_TRUE(globMatch("src/**/visa.cpp", "src/payments/card/visa.cpp"));
  EXPECT_TRUE(globMatch("src/**/visa.cpp", "src/visa.cpp"));
  EXPECT_TRUE(globMatch("src/*.cpp", "src/a.cpp"));
  EXPECT_FALSE(globMatch("src/*.cpp", "src/x/a.cpp"));
  EXPECT_FALSE(globMatch("src/payments/**", "src/paymentsx/a.cpp"));
}

TEST(Glob, PatternWithoutSlashMatchesFileNameAnywhere) {
  EXPECT_TRUE(globMatch("*.h", "a/b/c.h"));
  EXPECT_FALSE(globMatch("*.h", "a/b/c.cpp"));
}

TEST(Glob, ClassesQuestionMarksAndTrailingSlash) {
  EXPECT_TRUE(globMatch("a/[bc]?.cpp", "a/cx.cpp"));
  EXPECT_FALSE(globMatch("a/[!bc]?.cpp", "a/cx.cpp"));
  EXPECT_TRUE(globMatch("third_party/", "third_party/zlib/zlib.h"));
  EXPECT_FALSE(globMatch("a?b", "a/b"));
}

} // namespace
} // namespace seams
