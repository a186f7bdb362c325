// Tests for staged-header detection on scratch directory trees.
#include "analyzer/staged_headers.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

namespace seams {
namespace {

namespace fs = std::filesystem;

/// A scratch tree, deleted afterwards; paths are canonical, as the extractor passes them.
class Tree {
public:
  Tree() {
    std::string Tmpl = (fs::temp_directory_path() / "seams-staged-XXXXXX").string();
    Root = canonicalPath(::mkdtemp(Tmpl.data()));
  }
  ~Tree() { fs::remove_all(Root); }
  Tree(const Tree &) = delete;
  Tree &operator=(const Tree &) = delete;

  std::string write(const std::string &Rel, const std::string &Text) {
    fs::create_directories(fs::path(Root + "/" + Rel).parent_path());
    std::ofstream(Root + "/" + Rel) << Text;
    return at(Rel);
  }
  void copy(const std::string &From, const std::string &To) {
    fs::create_directories(fs::path(at(To)).parent_path());
    fs::copy_file(at(From), at(To));
  }
  std::string at(const std::string &Rel) const { return Root + "/" + Rel; }
  /// Copies, relative to the root, of stagedHeaderCopies over IncludeDirs (relative).
  std::map<std::string, std::string> copies(const std::vector<std::string> &IncludeDirs,
                                            const std::vector<std::string> &Sources,
                                            const std::vector<std::string> &BuildDirs = {}) {
    ProjectFilter Filter(Root, {}, {});
    std::vector<std::string> Abs;
    for (const auto &B : BuildDirs)
      Abs.push_back(at(B));
    Filter.setBuildDirectories(Abs);
    Abs.clear();
    for (const auto &I : IncludeDirs)
      Abs.push_back(at(I));
    std::vector<std::string> Src;
    for (const auto &S : Sources)
      Src.push_back(at(S));
    std::map<std::string, std::string> Out;
    for (const auto &[Copy, Original] : stagedHeaderCopies(Abs, Src, Filter))
      Out[Filter.relative(Copy)] = Filter.relative(Original);
    return Out;
  }

  std::string Root;
};

TEST(StagedHeaders, AnIncludeDirectoryOfCopiesIsReadAsTheirOriginals) {
  // Sogou workflow's layout: the build copies each module's headers into _include/wf/.
  Tree T;
  T.write("src/kernel/poller.h", "int poll();\n");
  T.write("src/kernel/poller.cc", "#include \"poller.h\"\n");
  T.write("src/protocol/Http.h", "struct Http {};\n");
  T.write("src/protocol/Http.inl", "inline int h() { return 1; }\n");
  T.write("src/protocol/Http.cc", "#include \"Http.h\"\n");
  for (const char *F : {"kernel/poller.h", "protocol/Http.h", "protocol/Http.inl"})
    T.copy(std::string("src/") + F, "_include/wf/" + fs::path(F).filename().string());
  EXPECT_EQ(T.copies({"_include/wf"}, {"src/kernel/poller.cc", "src/protocol/Http.cc"}),
            (std::map<std::string, std::string>{{"_include/wf/Http.h", "src/protocol/Http.h"},
                                                {"_include/wf/Http.inl", "src/protocol/Http.inl"},
                                                {"_include/wf/poller.h", "src/kernel/poller.h"}}));
}

TEST(StagedHeaders, PublicHeadersCopiedIntoTheBuildAreReadAsTheOnesInTheSourceTree) {
  // include/lib/ holds no source, like its copy in build/include/lib/: the build's is the copy.
  Tree T;
  T.write("include/lib/api.h", "int api();\n");
  T.write("src/api.cpp", "#include <lib/api.h>\n");
  T.copy("include/lib/api.h", "build/include/lib/api.h");
  EXPECT_EQ(T.copies({"include", "build/include"}, {"src/api.cpp"}, {"build"}),
            (std::map<std::string, std::string>{{"build/include/lib/api.h", "include/lib/api.h"}}));
}

TEST(StagedHeaders, NothingIsGuessedForLookAlikesOrAPartialCopy) {
  Tree T;
  // Two modules with the same one-line header, and a header-only directory with its twin: no
  // directory compiles a source, none is a build's, each takes from one directory.
  T.write("a/config.h", "#pragma once\n");
  T.write("b/config.h", "#pragma once\n");
  // A directory where one header is a copy and one is not.
  T.write("src/x.h", "int x();\n");
  T.write("src/x.cpp", "#include \"x.h\"\n");
  T.copy("src/x.h", "mixed/x.h");
  T.write("mixed/own.h", "int own();\n");
  // A copy whose original exists twice, beside sources both times.
  for (const std::string M : {"p", "q"}) {
    T.write(M + "/dup.h", "int dup();\n");
    T.write(M + "/" + M + ".cpp", "");
  }
  T.copy("p/dup.h", "stage/dup.h");
  EXPECT_TRUE(T.copies({"a", "b", "mixed", "stage"}, {"src/x.cpp", "p/p.cpp", "q/q.cpp"}).empty());
}

TEST(StagedHeaders, DirectoriesThatCompileSourcesAreNeverCopies) {
  // Two modules whose headers are identical: each directory compiles its own source.
  Tree T;
  for (const std::string M : {"a", "b"}) {
    T.write(M + "/same.h", "int same();\n");
    T.write(M + "/" + M + ".cpp", "");
  }
  EXPECT_TRUE(T.copies({"a", "b"}, {"a/a.cpp", "b/b.cpp"}).empty());
}

TEST(StagedHeaders, MissingHeadersAreFoundInTheTreeByTheirSpelling) {
  // The first file in path order whose path ends with the spelling; a longer name that only
  // ends like it (mylist.h) is not list.h, and hidden directories are not searched.
  Tree T;
  for (const char *F : {"src/kernel/list.h", "src/util/list.h", "src/mylist.h",
                        "deps/tessil/include/Poco/ordered_map.h", ".git/x/absent.h"})
    T.write(F, "\n");
  EXPECT_EQ(findInTree(T.Root, {"list.h", "Poco/ordered_map.h", "absent.h", "json.h"}),
            (std::map<std::string, std::string>{
                {"Poco/ordered_map.h", "deps/tessil/include/Poco/ordered_map.h"},
                {"list.h", "src/kernel/list.h"}}));
}

} // namespace
} // namespace seams
