// Tests for bundled-project detection on a scratch directory tree.
#include "analyzer/bundled_code.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

namespace seams {
namespace {

namespace fs = std::filesystem;

TEST(BundledCode, TopmostDirectoriesWithALicenseOfTheirOwn) {
  // Expected: vendor/zlib (LICENSE) and deps (copying.txt). Not: the root's own LICENSE, a
  // license below one already found (vendor/zlib/contrib), a licensed directory with no project
  // file (docs), a directory without a license (lib) or with source files named like one
  // (common/license_info.cpp). LICENSE-MIT counts (net/).
  fs::path Root = fs::temp_directory_path() / "seams-bundled-test";
  fs::remove_all(Root);
  for (const char *F :
       {"LICENSE", "src/a.cpp", "vendor/zlib/LICENSE", "vendor/zlib/z.c",
        "vendor/zlib/contrib/COPYING", "vendor/zlib/contrib/c.c", "deps/copying.txt", "deps/d.h",
        "docs/LICENSE.md", "lib/x.cpp", "common/license_info.cpp", "common/license_info.h",
        "net/LICENSE-MIT", "net/n.cpp"}) {
    fs::create_directories((Root / F).parent_path());
    std::ofstream(Root / F) << "x\n";
  }
  std::vector<FileInfo> Files;
  for (const char *F :
       {"src/a.cpp", "vendor/zlib/z.c", "vendor/zlib/contrib/c.c", "deps/d.h", "lib/x.cpp",
        "common/license_info.cpp", "common/license_info.h", "net/n.cpp"})
    Files.push_back({F, 1, 0});
  EXPECT_EQ(bundledDirectories(Root.string(), Files),
            (std::vector<std::string>{"deps", "net", "vendor/zlib"}));
  fs::remove_all(Root);
}

} // namespace
} // namespace seams
