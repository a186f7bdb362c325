// Tests for the project filter's names: the root's display name never holds an absolute path.
#include "analyzer/compile_db.h"

#include <gtest/gtest.h>

namespace seams {
namespace {

std::string nameOf(const std::string &Root) { return ProjectFilter(Root, {}, {}).displayName(); }

TEST(ProjectFilter, DisplayNameIsTheRootsLastComponentOrWhoseSourcesTheyAre) {
  EXPECT_EQ(nameOf("/home/me/shop"), "shop");
  EXPECT_EQ(nameOf("/work/trials/sfml/src"), "sfml/src");
  EXPECT_EQ(nameOf("/work/leveldb/source"), "leveldb/source");
  EXPECT_EQ(nameOf("/work/trials/btc/src/src"), "btc/src");
  EXPECT_EQ(nameOf("/src/src"), "src");
  EXPECT_EQ(nameOf("/src"), "src");
  EXPECT_EQ(nameOf("/"), "/");
}

} // namespace
} // namespace seams
