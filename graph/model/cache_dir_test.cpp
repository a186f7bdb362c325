// Tests for marking cache directories.
#include "graph/model/cache_dir.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace seams {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path &P) {
  std::ostringstream S;
  S << std::ifstream(P).rdbuf();
  return S.str();
}

TEST(CacheDir, IsCreatedIgnoredByGitAndTaggedForBackups) {
  const fs::path Root = fs::temp_directory_path() / "seams-cache-dir-test";
  fs::remove_all(Root);
  const fs::path Dir = Root / "build/.seams-cache";
  EXPECT_FALSE(makeCacheDirectory(Dir.string()));
  EXPECT_TRUE(fs::is_directory(Dir));
  EXPECT_NE(read(Dir / ".gitignore").find("\n*\n"), std::string::npos);
  EXPECT_EQ(read(Dir / "CACHEDIR.TAG").rfind("Signature: 8a477f597d28d172789f06886806bc55\n", 0),
            0u);
  // A marker the user changed is kept.
  std::ofstream(Dir / ".gitignore") << "mine\n";
  EXPECT_FALSE(makeCacheDirectory(Dir.string()));
  EXPECT_EQ(read(Dir / ".gitignore"), "mine\n");
  // A directory that cannot be made is the error.
  std::ofstream(Root / "file") << "x";
  EXPECT_TRUE(makeCacheDirectory((Root / "file/sub").string()));
  fs::remove_all(Root);
}

} // namespace
} // namespace seams
