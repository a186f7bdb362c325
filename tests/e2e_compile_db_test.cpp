// End-to-end: the compile databases real builds write (symlinked trees, relative entries,
// response files, clones at other paths, GCC-only flags, broken entries) give the right facts or
// a clear error with the documented exit code.
#include "e2e_support.h"
#include "graph/model/facts_json.h"

#include <filesystem>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace seams::e2e {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

/// A two-file project: app/main.cpp calls lib::total() (declared in include/lib/total.h) only
/// when USE_TOTAL is defined, so the call edge proves that the -I and -D flags arrived.
void writeProject(const std::string &Root) {
  fs::create_directories(Root + "/include/lib");
  fs::create_directories(Root + "/app");
  fs::create_directories(Root + "/lib");
  fs::create_directories(Root + "/build");
  writeFile(Root + "/include/lib/total.h", "#pragma once\nnamespace lib { int total(); }\n");
  writeFile(Root + "/lib/total.cpp", "#include \"lib/total.h\"\nint lib::total() { return 4; }\n");
  writeFile(Root + "/app/main.cpp", "#include \"lib/total.h\"\n"
                                    "int main() {\n"
                                    "#ifdef USE_TOTAL\n"
                                    "  return lib::total();\n"
                                    "#else\n"
                                    "  return 0;\n"
                                    "#endif\n"
                                    "}\n");
}

/// One database entry with "arguments".
std::string entry(const std::string &Dir, const std::string &File,
                  const std::vector<std::string> &Args) {
  std::string S = "{\"directory\": \"" + Dir + "\", \"file\": \"" + File + "\", \"arguments\": [";
  for (std::size_t I = 0; I < Args.size(); ++I)
    S += (I ? ", \"" : "\"") + Args[I] + "\"";
  return S + "]}";
}

/// The usual database, with absolute paths under Root and Flags before -c.
void writeDatabase(const std::string &Root, const std::vector<std::string> &Flags = {
                                                "-I" + std::string("include"), "-DUSE_TOTAL"}) {
  std::string Db = "[\n";
  for (const char *Src : {"app/main.cpp", "lib/total.cpp"}) {
    std::vector<std::string> Args = {"clang++", "-std=c++17"};
    Args.insert(Args.end(), Flags.begin(), Flags.end());
    Args.insert(Args.end(), {"-c", Root + "/" + Src});
    Db += (Db.size() > 2 ? ",\n" : "") + entry(Root, Root + "/" + Src, Args);
  }
  writeFile(Root + "/build/compile_commands.json", Db + "\n]\n");
}

bool hasCall(const Facts &F, const std::string &From, const std::string &To) {
  for (const Edge &E : F.Edges) {
    const Entity *A = F.findEntity(E.From), *B = F.findEntity(E.To);
    if (E.Kind == EdgeKind::Call && A && B && A->Name == From && B->Name == To)
      return true;
  }
  return false;
}

std::vector<std::string> filesOf(const Facts &F) {
  std::vector<std::string> Out;
  for (const FileInfo &I : F.Files)
    Out.push_back(I.Path);
  return Out;
}

const std::vector<std::string> BothFiles = {"app/main.cpp", "include/lib/total.h", "lib/total.cpp"};

TEST(CompileDatabase, SymlinkedCheckoutGivesTheSameFactsWhicheverSpellingIsUsed) {
  ScratchDir D;
  writeProject(D.path() + "/real/proj");
  fs::create_directory_symlink(D.path() + "/real/proj", D.path() + "/link");
  writeDatabase(D.path() + "/link"); // the build saw the checkout through the link
  for (const std::string &Root : std::vector<std::string>{"", " --root " + D.path() + "/link",
                                                          " --root " + D.path() + "/real/proj"}) {
    RunResult R = runSeams("extract -p " + D.path() + "/link/build -o " + D.path() +
                           "/facts.json --no-cache" + Root);
    ASSERT_EQ(R.Code, 0) << Root << "\n" << R.Err;
    Facts F = readFactsFile(D.path() + "/facts.json");
    EXPECT_EQ(filesOf(F), BothFiles) << Root;
    EXPECT_TRUE(hasCall(F, "main", "lib::total")) << Root;
    EXPECT_THAT(R.Err, HasSubstr("2/2 TUs parsed [")) << Root;
  }
}

TEST(CompileDatabase, RelativeEntriesAreResolvedAgainstTheDatabaseNotTheCurrentDirectory) {
  ScratchDir D;
  const std::string Root = D.path() + "/proj";
  writeProject(Root);
  // "directory" relative to the database's folder, "file" relative to "directory".
  writeFile(Root + "/build/compile_commands.json",
            "[" +
                entry("..", "app/main.cpp",
                      {"clang++", "-Iinclude", "-DUSE_TOTAL", "-c", "app/main.cpp"}) +
                "," +
                entry("..", "lib/total.cpp", {"clang++", "-Iinclude", "-c", "lib/total.cpp"}) +
                "]");
  RunResult R = runSeams("extract -p " + Root + "/build -o " + D.path() + "/facts.json --no-cache");
  ASSERT_EQ(R.Code, 0) << R.Err;
  Facts F = readFactsFile(D.path() + "/facts.json");
  EXPECT_EQ(F.Root, "proj"); // not the current directory
  EXPECT_EQ(filesOf(F), BothFiles);
  EXPECT_TRUE(hasCall(F, "main", "lib::total"));
}

TEST(CompileDatabase, ResponseFilesAreExpandedRelativeToTheEntrysDirectory) {
  ScratchDir D;
  const std::string Root = D.path() + "/proj";
  writeProject(Root);
  writeFile(Root + "/build/flags.rsp", "-I../include\n-DUSE_TOTAL\n");
  writeFile(Root + "/build/compile_commands.json",
            "[" +
                entry(Root + "/build", Root + "/app/main.cpp",
                      {"clang++", "@flags.rsp", "-c", Root + "/app/main.cpp"}) +
                "," +
                entry(Root + "/build", Root + "/lib/total.cpp",
                      {"clang++", "@flags.rsp", "-c", Root + "/lib/total.cpp"}) +
                "]");
  RunResult R = runSeams("extract -p " + Root + "/build -o " + D.path() +
                         "/facts.json --no-cache --strict --root " + Root);
  ASSERT_EQ(R.Code, 0) << R.Err;
  Facts F = readFactsFile(D.path() + "/facts.json");
  EXPECT_TRUE(hasCall(F, "main", "lib::total")); // needs both -I and -D from the file
  EXPECT_TRUE(F.Diagnostics.empty());
}

TEST(CompileDatabase, AnotherCloneAtAnotherPathReusesTheCacheAndGivesIdenticalFacts) {
  ScratchDir D;
  for (const char *Clone : {"/ws1/proj", "/ws2/proj"}) {
    writeProject(D.path() + Clone);
    writeDatabase(D.path() + Clone);
  }
  const std::string Cache = " --cache-dir " + D.path() + "/shared-cache";
  RunResult First =
      runSeams("extract -p " + D.path() + "/ws1/proj/build -o " + D.path() + "/one.json" + Cache);
  ASSERT_EQ(First.Code, 0) << First.Err;
  EXPECT_THAT(First.Err, HasSubstr("[2 parsed, 0 from cache]"));
  RunResult Second =
      runSeams("extract -p " + D.path() + "/ws2/proj/build -o " + D.path() + "/two.json" + Cache);
  ASSERT_EQ(Second.Code, 0) << Second.Err;
  EXPECT_THAT(Second.Err, HasSubstr("[0 parsed, 2 from cache]"));
  EXPECT_EQ(readFile(D.path() + "/one.json"), readFile(D.path() + "/two.json"));

  // A changed file in the second clone is parsed again; the first clone's entries stay valid.
  writeFile(D.path() + "/ws2/proj/lib/total.cpp",
            "#include \"lib/total.h\"\nint lib::total() { return 5; }\n");
  RunResult Third =
      runSeams("extract -p " + D.path() + "/ws2/proj/build -o " + D.path() + "/three.json" + Cache);
  ASSERT_EQ(Third.Code, 0) << Third.Err;
  EXPECT_THAT(Third.Err, HasSubstr("[1 parsed, 1 from cache]"));
  for (const auto &E : fs::directory_iterator(D.path() + "/shared-cache"))
    EXPECT_THAT(readFile(E.path().string()), Not(HasSubstr(D.path()))) << E.path();
}

TEST(CompileDatabase, ConcurrentWritersSharingACacheNeverCorruptIt) {
  ScratchDir D;
  writeProject(D.path() + "/proj");
  writeDatabase(D.path() + "/proj");
  const std::string Args =
      "extract -p " + D.path() + "/proj/build --cache-dir " + D.path() + "/cache -j 1 -q -o ";
  // Four writers at once, through the shell's job control.
  std::string Both;
  for (int I = 0; I < 4; ++I)
    Both +=
        std::string(SEAMS_BINARY) + " " + Args + D.path() + "/w" + std::to_string(I) + ".json & ";
  ASSERT_EQ(std::system((Both + "wait").c_str()), 0);
  RunResult After = runSeams(Args + D.path() + "/after.json");
  ASSERT_EQ(After.Code, 0) << After.Err;
  EXPECT_THAT(runSeams("extract -p " + D.path() + "/proj/build --cache-dir " + D.path() +
                       "/cache -o " + D.path() + "/again.json")
                  .Err,
              HasSubstr("[0 parsed, 2 from cache]"));
  EXPECT_EQ(readFile(D.path() + "/w0.json"), readFile(D.path() + "/after.json"));
  // Entries, run file, index, and the markers that keep git and backups out.
  for (const auto &E : fs::directory_iterator(D.path() + "/cache"))
    EXPECT_THAT(E.path().filename().string(),
                testing::AnyOf(testing::EndsWith(".json"), testing::EndsWith(".index"),
                               ".gitignore", "CACHEDIR.TAG"))
        << "a temporary was left: " << E.path();
}

TEST(CompileDatabase, FlagsOnlyGccKnowsAreNotesSoStrictStaysClean) {
  ScratchDir D;
  writeProject(D.path() + "/proj");
  // One flag Clang does not know, one it knows and does not implement ("unsupported option").
  writeDatabase(D.path() + "/proj", {"-Iinclude", "-DUSE_TOTAL", "-fconcepts-diagnostics-depth=2",
                                     "-fno-extended-identifiers"});
  RunResult R = runSeams("extract --strict -p " + D.path() + "/proj/build --cache-dir " + D.path() +
                         "/cache -o " + D.path() + "/facts.json");
  ASSERT_EQ(R.Code, 0) << R.Err;
  Facts F = readFactsFile(D.path() + "/facts.json");
  EXPECT_TRUE(hasCall(F, "main", "lib::total"));
  ASSERT_FALSE(F.Diagnostics.empty());
  for (const Diagnostic &Dg : F.Diagnostics) {
    EXPECT_EQ(Dg.Severity, "note");
    EXPECT_THAT(Dg.Message, HasSubstr("flags Clang 16 rejects were left out: "));
    EXPECT_THAT(Dg.Message, HasSubstr("-fconcepts-diagnostics-depth=2"));
    EXPECT_THAT(Dg.Message, HasSubstr("-fno-extended-identifiers"));
  }
  for (const TuInfo &T : F.Tus)
    EXPECT_EQ(T.Status, "ok") << T.File;
  // Clean TUs are served from the cache: the next run parses none.
  RunResult Again = runSeams("extract --strict -p " + D.path() + "/proj/build --cache-dir " +
                             D.path() + "/cache -o " + D.path() + "/facts.json");
  ASSERT_EQ(Again.Code, 0) << Again.Err;
  EXPECT_THAT(Again.Out + Again.Err, HasSubstr("[0 parsed, 2 from cache]"));
}

TEST(CompileDatabase, LossesAreCountedOnTheConsoleWithTheirReasons) {
  ScratchDir D;
  const std::string Root = D.path() + "/proj";
  writeProject(Root);
  writeFile(Root + "/outside.cpp", "int outside() { return 1; }\n");
  fs::create_directories(D.path() + "/elsewhere");
  writeFile(D.path() + "/elsewhere/x.cpp", "int x() { return 1; }\n");
  std::vector<std::string> Flags = {"clang++", "-Iinclude", "-DUSE_TOTAL", "-c"};
  auto With = [&](const std::string &F) {
    std::vector<std::string> A = Flags;
    A.push_back(F);
    return A;
  };
  writeFile(Root + "/lib/broken.cpp", "int broken() { return nope; }\n");
  writeFile(Root + "/build/compile_commands.json",
            "[" + entry(Root, Root + "/app/main.cpp", With(Root + "/app/main.cpp")) + "," +
                entry(Root, Root + "/lib/total.cpp", With(Root + "/lib/total.cpp")) + "," +
                entry(Root, Root + "/lib/total.cpp", With(Root + "/lib/total.cpp")) + "," +
                entry(Root, Root + "/lib/gone.cpp", With(Root + "/lib/gone.cpp")) + "," +
                entry(Root, Root + "/lib/broken.cpp", With(Root + "/lib/broken.cpp")) + "," +
                entry(Root, D.path() + "/elsewhere/x.cpp", With(D.path() + "/elsewhere/x.cpp")) +
                ",{\"directory\": \"" + Root + "\", \"arguments\": [\"clang++\"]}" +
                ",{\"directory\": \"" + Root + "\", \"file\": \"" + Root +
                "/app/main.cpp\", \"arguments\": \"c++ -c app/main.cpp\"}]");
  RunResult R = runSeams("extract --no-cache -p " + Root + "/build --root " + Root + " -o " +
                         D.path() + "/facts.json");
  ASSERT_EQ(R.Code, 0) << R.Err;
  EXPECT_THAT(R.Err, HasSubstr("3/4 TUs parsed, 2 with errors (1 failed)"));
  EXPECT_THAT(R.Err, HasSubstr("1 duplicate database entries (the first for a file is used)"));
  EXPECT_THAT(R.Err, HasSubstr("1 TU failed"));
  EXPECT_THAT(R.Err, HasSubstr("lib/gone.cpp: file listed in the compile database does not exist"));
  EXPECT_THAT(R.Err, HasSubstr("1 TU parsed with errors: its facts may be incomplete\n"
                               "  lib/broken.cpp: use of undeclared identifier 'nope'"));
  EXPECT_THAT(R.Err, HasSubstr("2 compile database entries skipped"));
  EXPECT_THAT(R.Err, HasSubstr("entry 6: needs string fields"));
  EXPECT_THAT(R.Err, HasSubstr("entry 7: \"arguments\" must be a list of strings"));
  EXPECT_THAT(R.Err, HasSubstr("1 source outside the project root"));
  EXPECT_THAT(R.Err, HasSubstr("elsewhere/x.cpp"));

  // The failed TU makes no service: the proposal holds only files that were analyzed.
  RunResult A = runSeams("analyze --no-cache -q -p " + Root + "/build --root " + Root + " -o " +
                         D.path() + "/out --services 2");
  ASSERT_EQ(A.Code, 0) << A.Err;
  EXPECT_THAT(readFile(D.path() + "/out/decomposition.json"), Not(HasSubstr("gone.cpp")));
}

TEST(CompileDatabase, AFatalErrorInAHeaderIsEachIncludingTusReason) {
  // The header's error is kept once, under the header's name, not the TU's; each TU whose parse
  // it stopped counts it and names it. On POCO, 8 of 11 TUs with errors said "no reason
  // recorded"; and a TU that did not own the header was "ok", so its cache entry outlived the
  // cause.
  ScratchDir D;
  const std::string Root = D.path() + "/proj";
  writeProject(Root);
  writeFile(Root + "/include/lib/needs.h", "#pragma once\n#include \"absent.h\"\n");
  writeFile(Root + "/include/lib/middle.h", "#pragma once\n#include \"lib/needs.h\"\n");
  writeFile(Root + "/lib/one.cpp", "#include \"lib/total.h\"\n#include \"lib/middle.h\"\n"
                                   "int one() { return 1; }\n");
  writeFile(Root + "/lib/two.cpp", "#include \"lib/needs.h\"\nint two() { return 2; }\n");
  std::string Db = "[";
  for (const char *File : {"/lib/one.cpp", "/lib/two.cpp", "/lib/total.cpp"})
    Db += std::string(Db.size() > 1 ? "," : "") +
          entry(Root, Root + File, {"clang++", "-Iinclude", "-c", Root + File});
  writeFile(Root + "/build/compile_commands.json", Db + "]");
  RunResult R = runSeams("extract --no-cache -p " + Root + "/build -o " + D.path() + "/facts.json");
  ASSERT_EQ(R.Code, 0) << R.Err;
  EXPECT_THAT(R.Err, HasSubstr("3/3 TUs parsed, 2 with errors"));
  EXPECT_THAT(R.Err, HasSubstr("2 TUs parsed with errors: their facts may be incomplete\n"
                               "  lib/one.cpp: 'absent.h' file not found (in "
                               "include/lib/needs.h:2)\n"
                               "  lib/two.cpp: 'absent.h' file not found (in "
                               "include/lib/needs.h:2)\n"));
}

TEST(CompileDatabase, ATuWithErrorsIsParsedAgainSoAHeaderGeneratedSinceIsSeen) {
  // ninja's browse.cc includes a header its build generates: extracted before the build, the TU
  // had an error, and the cache kept serving it after the header appeared.
  ScratchDir D;
  const std::string Root = D.path() + "/proj";
  writeProject(Root);
  writeFile(Root + "/lib/gen_user.cpp", "#include \"gen.h\"\nint gen() { return GEN; }\n");
  std::string Db = "[";
  for (const char *File : {"/lib/gen_user.cpp", "/lib/total.cpp"})
    Db += std::string(Db.size() > 1 ? "," : "") +
          entry(Root, Root + File, {"clang++", "-Iinclude", "-c", Root + File});
  writeFile(Root + "/build/compile_commands.json", Db + "]");
  const std::string Extract =
      "extract --cache-dir " + D.path() + "/cache -p " + Root + "/build -o " + D.path() + "/f.json";
  RunResult Before = runSeams(Extract);
  ASSERT_EQ(Before.Code, 0) << Before.Err;
  EXPECT_THAT(Before.Err, HasSubstr("2/2 TUs parsed, 1 with errors"));
  writeFile(Root + "/include/gen.h", "#define GEN 3\n");
  RunResult After = runSeams(Extract);
  ASSERT_EQ(After.Code, 0) << After.Err;
  EXPECT_THAT(After.Err, HasSubstr("2/2 TUs parsed [1 parsed, 1 from cache]"));
  EXPECT_THAT(After.Err, Not(HasSubstr("with errors")));
  RunResult Again = runSeams(Extract + " -q");
  ASSERT_EQ(Again.Code, 0) << Again.Err;
  EXPECT_EQ(Again.Err, "");
}

TEST(CompileDatabase, OneSourceFromElsewhereDoesNotWidenTheRoot) {
  // A build that also compiles a system googletest (/usr/src/googletest/...) must not make "/" the
  // project: the source stays outside the root, counted.
  ScratchDir D;
  const std::string Root = D.path() + "/proj";
  writeProject(Root);
  writeDatabase(Root);
  fs::create_directories(D.path() + "/usr/src/gtest");
  writeFile(D.path() + "/usr/src/gtest/gtest-all.cc", "int gtest() { return 0; }\n");
  std::string Db = readFile(Root + "/build/compile_commands.json");
  Db.insert(Db.rfind(']'),
            "," + entry(Root + "/build", D.path() + "/usr/src/gtest/gtest-all.cc",
                        {"clang++", "-c", D.path() + "/usr/src/gtest/gtest-all.cc"}));
  writeFile(Root + "/build/compile_commands.json", Db);
  RunResult R = runSeams("extract --no-cache -p " + Root + "/build -o " + D.path() + "/facts.json");
  ASSERT_EQ(R.Code, 0) << R.Err;
  Facts F = readFactsFile(D.path() + "/facts.json");
  EXPECT_EQ(F.Root, "proj");
  EXPECT_EQ(filesOf(F), BothFiles);
  EXPECT_THAT(R.Err, HasSubstr("1 source outside the project root"));
  EXPECT_THAT(R.Err, HasSubstr("usr/src/gtest/gtest-all.cc"));
}

TEST(CompileDatabase, ASourceGeneratedIntoASiblingBuildDoesNotWidenTheRoot) {
  // An unpacked release (no git) built beside itself: OpenTTD's build/generated/rev.cpp made
  // the parent of both the root, so every path read "proj/..." and the release's own LICENSE
  // was "bundled code". The generated source is set apart, not counted as a loss.
  ScratchDir D;
  const std::string Root = D.path() + "/proj", Build = D.path() + "/build";
  writeProject(Root);
  writeFile(Root + "/LICENSE", "GPL\n");
  fs::create_directories(Build + "/generated");
  writeFile(Build + "/generated/rev.cpp", "const char *rev() { return \"13.0\"; }\n");
  std::string Db = "[";
  for (const std::string &Src :
       {Root + "/app/main.cpp", Root + "/lib/total.cpp", Build + "/generated/rev.cpp"})
    Db += (Db.size() > 1 ? ",\n" : "") +
          entry(Build, Src, {"clang++", "-std=c++17", "-I" + Root + "/include", "-c", Src});
  writeFile(Build + "/compile_commands.json", Db + "]\n");
  RunResult R = runSeams("extract --no-cache -p " + Build + " -o " + D.path() + "/facts.json");
  ASSERT_EQ(R.Code, 0) << R.Err;
  Facts F = readFactsFile(D.path() + "/facts.json");
  EXPECT_EQ(F.Root, "proj");
  EXPECT_EQ(filesOf(F), BothFiles);
  EXPECT_THAT(R.Err, HasSubstr("1 generated into the build directory, set apart"));
  EXPECT_THAT(R.Err, Not(HasSubstr("outside the project root")));
  EXPECT_THAT(R.Err, Not(HasSubstr("bundled code?")));
}

TEST(CompileDatabase, AVendoredLibraryIncludedWithIsystemIsExternalAndSaidSo) {
  // SFML's extlibs/headers: bundled libraries under the root, included with -isystem.
  ScratchDir D;
  const std::string Root = D.path() + "/proj";
  writeProject(Root);
  fs::create_directories(Root + "/extlibs/headers/vec");
  writeFile(Root + "/extlibs/headers/vec/vec.h", "#pragma once\ninline int len() { return 2; }\n");
  writeFile(Root + "/app/main.cpp", "#include \"lib/total.h\"\n#include <vec/vec.h>\n"
                                    "int main() { return lib::total() + len(); }\n");
  writeDatabase(Root, {"-Iinclude", "-isystem", "extlibs/headers"});
  RunResult R = runSeams("extract --no-cache -p " + Root + "/build -o " + D.path() + "/facts.json");
  ASSERT_EQ(R.Code, 0) << R.Err;
  Facts F = readFactsFile(D.path() + "/facts.json");
  EXPECT_EQ(filesOf(F), BothFiles);
  EXPECT_THAT(R.Err, HasSubstr("third-party: 1 directory under the root included with -isystem, "
                               "analyzed as external code (extlibs/headers/)"));
}

TEST(CompileDatabase, HeadersTheBuildStagedAreReadAsTheirOriginalsAndSaidSo) {
  // Sogou workflow's layout: the build copies lib/total.h into _include/proj/ and every TU
  // includes the copy. The copy is not a file of its own: lib/total.h is, and is used.
  ScratchDir D;
  const std::string Root = D.path() + "/proj";
  writeProject(Root);
  writeFile(Root + "/lib/total.h", "#pragma once\nnamespace lib { int total(); }\n");
  writeFile(Root + "/lib/total.cpp", "#include \"total.h\"\nint lib::total() { return 4; }\n");
  writeFile(Root + "/app/main.cpp", "#include \"total.h\"\nint main() { return lib::total(); }\n");
  fs::create_directories(Root + "/_include/proj");
  fs::copy_file(Root + "/lib/total.h", Root + "/_include/proj/total.h");
  writeDatabase(Root, {"-I_include/proj"});
  RunResult R = runSeams("extract --no-cache -p " + Root + "/build -o " + D.path() + "/facts.json");
  ASSERT_EQ(R.Code, 0) << R.Err;
  Facts F = readFactsFile(D.path() + "/facts.json");
  EXPECT_EQ(filesOf(F), (std::vector<std::string>{"app/main.cpp", "lib/total.cpp", "lib/total.h"}));
  EXPECT_TRUE(hasCall(F, "main", "lib::total"));
  EXPECT_THAT(R.Err, HasSubstr("staged headers: 1 header the build copied into _include/proj/ "
                               "read as the file it copies"));
}

TEST(CompileDatabase, AMissingHeaderThatIsInTheProjectSaysABuildStepHasNotRun) {
  // workflow configured but not built: its TUs include _include/proj/total.h, which the build
  // has not copied yet; include/lib/total.h is in the tree, so the console says to build first.
  ScratchDir D;
  const std::string Root = D.path() + "/proj";
  writeProject(Root);
  writeFile(Root + "/app/main.cpp", "#include <total.h>\nint main() { return lib::total(); }\n");
  writeDatabase(Root, {"-Iinclude", "-I_include/proj"});
  RunResult R = runSeams("extract --no-cache -p " + Root + "/build -o " + D.path() + "/facts.json");
  ASSERT_EQ(R.Code, 0) << R.Err;
  EXPECT_THAT(R.Err, HasSubstr("seams: note: 1 TU stopped at a header that is in the project "
                               "(total.h is include/lib/total.h): the build puts it on the "
                               "include path "
                               "in a step that has not run"));
}

TEST(CompileDatabase, FactsTooLossyToUseExitTwoWithoutStrict) {
  ScratchDir D;
  const std::string Root = D.path() + "/proj";
  writeProject(Root);
  // No project source: every entry lies outside the root.
  writeDatabase(Root);
  RunResult None = runSeams("extract --no-cache -p " + Root + "/build --root " + Root +
                            "/include -o " + D.path() + "/facts.json");
  EXPECT_EQ(None.Code, 2) << None.Err;
  EXPECT_THAT(None.Err, HasSubstr("nothing to analyze"));

  // Two of three TUs fail.
  writeFile(Root + "/build/compile_commands.json",
            "[" + entry(Root, Root + "/app/main.cpp", {"clang++", "-c", Root + "/app/main.cpp"}) +
                "," + entry(Root, Root + "/lib/a.cpp", {"clang++", "-c", Root + "/lib/a.cpp"}) +
                "," + entry(Root, Root + "/lib/b.cpp", {"clang++", "-c", Root + "/lib/b.cpp"}) +
                "]");
  RunResult Half = runSeams("extract --no-cache -p " + Root + "/build --root " + Root + " -o " +
                            D.path() + "/facts.json");
  EXPECT_EQ(Half.Code, 2) << Half.Err;
  EXPECT_THAT(Half.Err, HasSubstr("2 of 3 TUs failed, more than half"));
  EXPECT_FALSE(fs::exists(D.path() + "/facts.json"));
  EXPECT_THAT(Half.Err, Not(HasSubstr("every diagnostic is in"))); // nothing is written

  writeFile(Root + "/build/compile_commands.json", "[]");
  RunResult Empty = runSeams("extract --no-cache -p " + Root + "/build -o " + D.path() + "/f.json");
  EXPECT_EQ(Empty.Code, 2) << Empty.Err;
  EXPECT_THAT(Empty.Err, HasSubstr("the compile database lists no source"));
}

} // namespace
} // namespace seams::e2e
