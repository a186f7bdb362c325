// Tests for the project filter's names (the root's display name never holds an absolute path)
// and for which directories of a compile database are build directories.
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

TEST(CompileDb, ADirectoryHoldingEveryOneOfItsSourcesIsNoBuildDirectory) {
  // aria2 built in its tree: make runs in src/ beside the sources (and in deps/wslay/lib/), so
  // neither is a build directory, or every project file would be "generated". CMake's build/src
  // compiles ../../src/*.cpp and a generated file of its own: a build directory. The database's
  // own directory always is one (ProjectFilter ignores it when it is the root).
  LoadedDatabase Db;
  Db.BuildDir = "/p";
  auto Add = [&](const std::string &Dir, const std::string &File) {
    Db.Commands.emplace_back(Dir, File, std::vector<std::string>{"c++", File}, "");
  };
  Add("/p/src", "/p/src/main.cc");
  Add("/p/src", "/p/src/util.cc");
  Add("/p/deps/wslay/lib", "/p/deps/wslay/lib/wslay.c");
  Add("/p/build/src", "/p/src2/a.cpp");
  Add("/p/build/src", "/p/build/src/generated.cpp");
  Add("/p/build/gen", "gen.cpp"); // relative to its directory: inside it
  Add("/p/srcx", "/p/src/x.cc");  // a sibling whose name starts alike is outside
  EXPECT_EQ(buildDirectories(Db), (std::vector<std::string>{"/p", "/p/build/src", "/p/srcx"}));
}

} // namespace
} // namespace seams
