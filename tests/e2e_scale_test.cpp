// End-to-end: extraction is the same whatever -j, cache or shards, even where a header's content
// depends on the macros of the TU that reads it; a simulated CI matrix merges to the full run.
#include "e2e_support.h"

#include <filesystem>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace seams::e2e {
namespace {

using ::testing::HasSubstr;

constexpr int TuCount = 12;

/// Writes a small project at Dir/proj with its compile database at Dir/proj/build: TuCount TUs
/// include mode.h, which declares different functions with and without WIDE; every odd TU is
/// compiled with -DWIDE, and every third one also includes extra.h.
std::string writeProject(const std::string &Dir) {
  std::string Root = Dir + "/proj";
  writeFile(Root + "/src/mode.h", "#pragma once\n"
                                  "#ifdef WIDE\n"
                                  "inline int wide() { return 2; }\n"
                                  "inline int pick() { return wide(); }\n"
                                  "#define MODE_NAME \"wide\"\n"
                                  "#else\n"
                                  "inline int narrow() { return 1; }\n"
                                  "inline int pick() { return narrow(); }\n"
                                  "#define MODE_NAME \"narrow\"\n"
                                  "#endif\n");
  writeFile(Root + "/src/extra.h", "#pragma once\n#include \"mode.h\"\n"
                                   "struct Extra {\n"
                                   "#ifdef WIDE\n  long wideField = wide();\n#endif\n"
                                   "  int field = pick();\n};\n");
  std::string Db = "[";
  for (int I = 0; I < TuCount; ++I) {
    std::string Name = "tu" + std::to_string(10 + I) + ".cpp";
    std::string Code = "#include \"mode.h\"\n";
    if (I % 3 == 0)
      Code +=
          "#include \"extra.h\"\nint extra" + std::to_string(I) + "() { return Extra().field; }\n";
    Code += "int f" + std::to_string(I) + "() { return pick() + sizeof(MODE_NAME); }\n";
    writeFile(Root + "/src/" + Name, Code);
    Db += std::string(I ? "," : "") + "\n{\"directory\": \"" + Root + "/build\", \"file\": \"" +
          Root + "/src/" + Name + "\", \"command\": \"clang++ " + (I % 2 ? "-DWIDE " : "") +
          "-std=c++17 -c " + Root + "/src/" + Name + "\"}";
  }
  writeFile(Root + "/build/compile_commands.json", Db + "\n]\n");
  return Root;
}

TEST(ExtractDeterminism, HeaderReadUnderDifferentMacrosGivesTheSameFactsWhateverJ) {
  ScratchDir Dir;
  std::string Root = writeProject(Dir.path());
  auto Extract = [&](const std::string &Options, const std::string &Out) {
    RunResult R =
        runSeams("extract -q -p " + Root + "/build " + Options + " -o " + Dir.path() + "/" + Out);
    EXPECT_EQ(R.Code, 0) << R.Err;
    return readFile(Dir.path() + "/" + Out);
  };
  std::string One = Extract("--no-cache -j 1", "j1.json");
  EXPECT_THAT(One, HasSubstr("narrow")); // the first TU (no WIDE) reports mode.h
  for (int Run = 0; Run < 3; ++Run)
    EXPECT_EQ(One, Extract("--no-cache -j 4", "j4.json")) << "run " << Run;
  // A cache made at -j 4, used by a run where some TUs changed places in the race.
  std::string Cache = " --cache-dir " + Dir.path() + "/cache";
  EXPECT_EQ(One, Extract("-j 4" + Cache, "cold.json"));
  EXPECT_EQ(One, Extract("-j 3" + Cache, "warm.json"));
  // Shards take whole claim groups; merged, they are the full run with the same groups.
  std::string Groups = " --claim-group 2 --no-cache -j 2";
  std::string Full = Extract(Groups, "full.json");
  std::string Parts;
  for (int K = 1; K <= 3; ++K) {
    std::string Part = "s" + std::to_string(K) + ".json";
    Extract(Groups + " --shard " + std::to_string(K) + "/3", Part);
    Parts += " " + Dir.path() + "/" + Part;
  }
  RunResult M = runSeams("merge" + Parts + " -o " + Dir.path() + "/merged.json");
  ASSERT_EQ(M.Code, 0) << M.Err;
  EXPECT_EQ(Full, readFile(Dir.path() + "/merged.json"));
}

TEST(ExtractCache, AWarmRunWithNothingChangedReadsOneFile) {
  ScratchDir Dir;
  std::string Root = writeProject(Dir.path());
  std::string Run = "extract -p " + Root + "/build -j 2 --cache-dir " + Dir.path() + "/cache -o ";
  ASSERT_EQ(runSeams(Run + Dir.path() + "/cold.json").Code, 0);
  writeFile(Root + "/src/tu15.cpp",
            readFile(Root + "/src/tu15.cpp") + "int added() { return 1; }\n");
  RunResult Touched = runSeams(Run + Dir.path() + "/touched.json");
  ASSERT_EQ(Touched.Code, 0) << Touched.Err;
  EXPECT_THAT(Touched.Err, HasSubstr("[1 parsed, 11 from cache]"));
  // Without a single per-TU entry, the run's own file still serves an unchanged project.
  for (const auto &E : std::filesystem::directory_iterator(Dir.path() + "/cache"))
    if (E.path().string().find(".run.") == std::string::npos)
      std::filesystem::remove(E.path());
  RunResult Warm = runSeams(Run + Dir.path() + "/warm.json");
  ASSERT_EQ(Warm.Code, 0) << Warm.Err;
  EXPECT_THAT(Warm.Err, HasSubstr("[0 parsed, 12 from cache]"));
  EXPECT_EQ(readFile(Dir.path() + "/touched.json"), readFile(Dir.path() + "/warm.json"));
  EXPECT_NE(readFile(Dir.path() + "/cold.json"), readFile(Dir.path() + "/warm.json"));
}

TEST(ExtractMatrix, ShardsInClonesAtOtherPathsMergeToTheFullRunAndRestoredCachesParseNothing) {
  // A CI matrix: each job checks the project out at its own path, extracts its shard with its
  // own cache, and a merge job merges the partial facts (docs/SCALE.md).
  ScratchDir Dir;
  std::string Groups = " --claim-group 4 -j 2";
  std::string FullRoot = writeProject(Dir.path() + "/full");
  RunResult Full = runSeams("extract -q --no-cache -p " + FullRoot + "/build" + Groups + " -o " +
                            Dir.path() + "/full.json");
  ASSERT_EQ(Full.Code, 0) << Full.Err;
  for (const char *Round : {"round1", "round2"}) {
    std::string Parts;
    for (int K = 1; K <= 3; ++K) {
      std::string Job = Dir.path() + "/" + Round + "-job" + std::to_string(K);
      std::string Root = writeProject(Job);
      std::string Part = Job + "/facts.json";
      RunResult R =
          runSeams("extract -p " + Root + "/build" + Groups + " --shard " + std::to_string(K) +
                   "/3 --cache-dir " + Dir.path() + "/cache" + std::to_string(K) + " -o " + Part);
      ASSERT_EQ(R.Code, 0) << R.Err;
      EXPECT_THAT(R.Err, HasSubstr("shards by estimated cost"));
      if (std::string(Round) == "round2") {
        EXPECT_THAT(R.Err, HasSubstr("[0 parsed, ")) << R.Err;
      }
      Parts += " " + Part;
    }
    RunResult M = runSeams("merge" + Parts + " -o " + Dir.path() + "/merged.json");
    ASSERT_EQ(M.Code, 0) << M.Err;
    EXPECT_EQ(readFile(Dir.path() + "/full.json"), readFile(Dir.path() + "/merged.json")) << Round;
  }
}

} // namespace
} // namespace seams::e2e
