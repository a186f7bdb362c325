// Tests for whole-database extraction: header claiming, cache, determinism, shards, bad input.
#include "analyzer/extractor.h"
#include "analyzer/prefix_pch.h"
#include "graph/model/error.h"
#include "graph/model/facts_json.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <iterator>
#include <sstream>

namespace seams {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

/// A small project on disk with its compile_commands.json, deleted afterwards.
class Project {
public:
  Project() {
    std::string Tmpl = (fs::temp_directory_path() / "seams-extract-XXXXXX").string();
    Dir = ::mkdtemp(Tmpl.data());
    fs::create_directories(Dir + "/build");
  }
  ~Project() { fs::remove_all(Dir); }

  void write(const std::string &Rel, const std::string &Text) {
    fs::create_directories(fs::path(Dir + "/" + Rel).parent_path());
    std::ofstream(Dir + "/" + Rel) << Text;
  }
  /// compile_commands.json with one entry per source, compiled with -I<project>.
  void database(const std::vector<std::string> &Sources, const std::string &Extra = "") {
    std::string Json = "[";
    for (const auto &S : Sources) {
      Json += Json.size() > 1 ? "," : "";
      Json += "{\"directory\":\"" + Dir + "/build\",\"file\":\"" + Dir + "/" + S;
      Json += "\",\"arguments\":[\"clang++\",\"-std=c++17\",\"-I" + Dir + "\"" + Extra;
      Json += ",\"-c\",\"" + Dir + "/" + S + "\",\"-o\",\"x.o\"]}";
    }
    write("build/compile_commands.json", Json + "]");
  }
  ExtractResult run(unsigned Jobs = 2, bool Cache = true) {
    ExtractOptions O;
    O.Database = Dir + "/build";
    O.Jobs = Jobs;
    O.UseCache = Cache;
    return extract(O);
  }
  static std::string text(const Facts &F) {
    std::ostringstream S;
    writeFacts(F, S);
    return S.str();
  }

  std::string Dir;
};

unsigned countEdges(const Facts &F, EdgeKind Kind, const std::string &FromName,
                    const std::string &ToName) {
  for (const Edge &E : F.Edges) {
    const Entity *A = F.findEntity(E.From), *B = F.findEntity(E.To);
    if (E.Kind == Kind && A && B && A->Name == FromName && B->Name == ToName)
      return E.Count;
  }
  return 0;
}

void writeShop(Project &P) {
  P.write("util/money.h",
          "#pragma once\nnamespace util {\ninline int cents(int d) { return d * 100; }\n"
          "inline int total(int a, int b) { return cents(a) + cents(b); }\n}\n");
  P.write("orders/order.cpp",
          "#include \"util/money.h\"\nint orderTotal() { return util::total(1, 2); }\n");
  P.write("payments/pay.cpp",
          "#include \"util/money.h\"\nint charge() { return util::cents(3); }\n");
  P.write("shipping/ship.cpp",
          "#include \"util/money.h\"\nint rate() { return util::total(4, 5); }\n");
  P.database({"orders/order.cpp", "payments/pay.cpp", "shipping/ship.cpp"});
}

TEST(Extract, FilesUnderTheBuildDirectoryAreGenerated) {
  // CMake writes generated headers (and cmake_pch.hxx.cxx) into the build tree, here inside the
  // project root: they are project files, marked generated, so no service is made of them.
  Project P;
  P.write("build/gen/config.h", "#pragma once\nconstexpr int kVersion = 3;\n");
  P.write("src/app.cpp", "#include \"build/gen/config.h\"\nint version() { return kVersion; }\n");
  P.database({"src/app.cpp"});
  Facts F = P.run().Result;
  ASSERT_EQ(F.Files.size(), 2u);
  EXPECT_EQ(F.Files[0].Path, "build/gen/config.h");
  EXPECT_TRUE(F.Files[0].Generated);
  EXPECT_EQ(F.Files[1].Path, "src/app.cpp");
  EXPECT_FALSE(F.Files[1].Generated);
  EXPECT_THAT(Project::text(F), HasSubstr("\"path\":\"build/gen/config.h\",\"lines\":2,"
                                          "\"diagnostics\":0,\"generated\":true}"));
}

TEST(Extract, HeaderEntitiesAndBodyFactsAppearOnce) {
  Project P;
  writeShop(P);
  ExtractResult R = P.run();
  EXPECT_EQ(R.Stats.Tus, 3u);
  unsigned Totals = 0;
  for (const Entity &E : R.Result.Entities)
    Totals += E.Name == "util::total";
  EXPECT_EQ(Totals, 1u);
  EXPECT_EQ(countEdges(R.Result, EdgeKind::Call, "util::total", "util::cents"),
            2u); // 2 sites, not 6
  EXPECT_EQ(countEdges(R.Result, EdgeKind::Call, "orderTotal", "util::total"), 1u);
  EXPECT_EQ(countEdges(R.Result, EdgeKind::Include, "shipping/ship.cpp", "util/money.h"), 1u);
  EXPECT_EQ(R.Result.Root, fs::path(P.Dir).filename().string()); // never the absolute path
  EXPECT_EQ(Project::text(R.Result).find(P.Dir), std::string::npos);
}

TEST(Extract, OutputIsByteIdenticalWhateverTheJobCount) {
  Project P;
  writeShop(P);
  std::string J1 = Project::text(P.run(1, false).Result);
  for (int I = 0; I < 3; ++I)
    EXPECT_EQ(J1, Project::text(P.run(2, false).Result));
}

TEST(Extract, CacheReparsesOnlyWhatChanged) {
  Project P;
  writeShop(P);
  ExtractResult Cold = P.run();
  EXPECT_EQ(Cold.Stats.Parsed, 3u);
  ExtractResult Warm = P.run();
  EXPECT_EQ(Warm.Stats.Parsed, 0u);
  EXPECT_EQ(Warm.Stats.FromCache, 3u);
  EXPECT_EQ(Project::text(Cold.Result), Project::text(Warm.Result));

  P.write("payments/pay.cpp",
          "#include \"util/money.h\"\nint charge() { return util::cents(3) + 1; }\n");
  ExtractResult Touched = P.run();
  EXPECT_EQ(Touched.Stats.Parsed, 1u);
  EXPECT_EQ(Project::text(Touched.Result), Project::text(P.run(2, false).Result));
}

TEST(Extract, ACacheHitParsedAgainForAHeaderIsCountedOnceAsParsed) {
  // b owns h.h; then a, before it, includes h.h too: a is parsed, b is a cache hit that must be
  // parsed again (a owns the header now). Each TU is counted once: 2 parsed, 0 from cache. Before,
  // b counted as both, and ninja's console said "35/35 TUs parsed [10 parsed, 31 from cache]".
  Project P;
  P.write("h.h", "#pragma once\ninline int h() { return 1; }\n");
  P.write("a.cpp", "int a() { return 0; }\n");
  P.write("b.cpp", "#include \"h.h\"\nint b() { return h(); }\n");
  P.database({"a.cpp", "b.cpp"});
  EXPECT_EQ(P.run().Stats.Parsed, 2u);
  P.write("a.cpp", "#include \"h.h\"\nint a() { return h(); }\n");
  ExtractResult R = P.run();
  EXPECT_EQ(R.Stats.Reparsed, 1u);
  EXPECT_EQ(R.Stats.Parsed, 2u);
  EXPECT_EQ(R.Stats.FromCache, 0u);
  EXPECT_EQ(Project::text(R.Result), Project::text(P.run(2, false).Result));
}

TEST(Extract, TheIndexServesUnchangedTusWithoutTheirEntries) {
  Project P;
  writeShop(P);
  std::string Cold = Project::text(P.run().Result);
  // Only the index and the entry of the TU about to change are left: the unchanged TUs come from
  // the index, the changed one's old facts are taken back from its entry.
  std::string Cache = P.Dir + "/build/.seams-cache";
  for (const auto &E : fs::directory_iterator(Cache)) {
    std::ifstream In(E.path());
    std::string Text((std::istreambuf_iterator<char>(In)), std::istreambuf_iterator<char>());
    if (E.path().extension() == ".json" &&
        Text.find("payments/pay.cpp\",\"status") == std::string::npos)
      fs::remove(E.path());
  }
  P.write("payments/pay.cpp",
          "#include \"util/money.h\"\nint charge() { return util::total(3, 4); }\n");
  ExtractResult Touched = P.run();
  EXPECT_EQ(Touched.Stats.Parsed, 1u);
  EXPECT_EQ(Touched.Stats.FromCache, 2u);
  std::string Fresh = Project::text(P.run(2, false).Result);
  EXPECT_EQ(Project::text(Touched.Result), Fresh);
  EXPECT_NE(Fresh, Cold);

  // A changed header: every TU reading it is parsed again, and the facts are a cold run's.
  P.write("util/money.h",
          "#pragma once\nnamespace util {\ninline int cents(int d) { return d * 100; }\n"
          "inline int total(int a, int b) { return cents(a) + b; }\n}\n");
  ExtractResult Header = P.run();
  EXPECT_EQ(Header.Stats.Parsed, 3u);
  EXPECT_EQ(Project::text(Header.Result), Project::text(P.run(2, false).Result));

  // A TU gone from the database: its facts are taken back.
  P.database({"orders/order.cpp", "shipping/ship.cpp"});
  ExtractResult Fewer = P.run();
  EXPECT_EQ(Fewer.Stats.Parsed, 0u);
  EXPECT_EQ(Project::text(Fewer.Result), Project::text(P.run(2, false).Result));
}

TEST(Extract, HeaderStaysReportedWhenItsOwnerStopsIncludingIt) {
  Project P;
  writeShop(P);
  P.run(1); // orders/order.cpp (first in order) owns util/money.h
  P.write("orders/order.cpp", "int orderTotal() { return 3; }\n");
  ExtractResult R = P.run(1);
  EXPECT_EQ(countEdges(R.Result, EdgeKind::Call, "util::total", "util::cents"), 2u);
  EXPECT_EQ(Project::text(R.Result), Project::text(P.run(2, false).Result));
}

/// A project whose TUs all force one include (as CMake's precompiled headers do): templates
/// instantiated in and after the prefix, macros, library types reached only through it.
void writePrefixed(Project &P, const std::vector<std::string> &Sources) {
  P.write("common/util.h", R"(#pragma once
#include <map>
#include <string>
#include <vector>
#define TWICE(x) ((x) * 2)
namespace util {
extern int hits;
enum class Mode { Fast, Safe };
struct Shape { virtual ~Shape() = default; virtual int area() const = 0; };
template <typename D> struct Counted { int count() const { return static_cast<const D *>(this)->n(); } };
template <typename T> auto twice(T t) { return t.size() * 2; }
constexpr int square(int x) { return x * x; }
inline std::string label(int n) { hits += square(n); return std::to_string(TWICE(n)); }
struct Box : Shape, Counted<Box> {
  std::vector<int> items;
  int area() const override { return static_cast<int>(items.size()); }
  int n() const { return area(); }
  std::map<std::string, int> index() const { return {{label(1), twice(items)}}; }
};
}
)");
  P.write("common/prefix.h", "#pragma once\n#include \"common/util.h\"\n");
  for (std::size_t I = 0; I < Sources.size(); ++I)
    P.write(Sources[I], "#include \"common/util.h\"\n#include <sstream>\nint util::hits = 0;\n"
                        "int f" +
                            std::to_string(I) +
                            "(util::Mode m) {\n"
                            "  util::Box b; std::ostringstream s; s << util::label(TWICE(3));\n"
                            "  return b.count() + util::twice(std::string(\"x\")) + (m == "
                            "util::Mode::Safe) + util::square(2);\n}\n");
  P.database(Sources, ",\"-include\",\"" + P.Dir + "/common/prefix.h\"");
}

ExtractResult runWithPch(Project &P, bool Pch, unsigned Jobs, bool Cache) {
  ExtractOptions O;
  O.Database = P.Dir + "/build";
  O.Jobs = Jobs;
  O.UseCache = Cache;
  O.Pch = Pch;
  return extract(O);
}

TEST(Extract, APrefixPchGivesTheSameFacts) {
  Project P;
  writePrefixed(P, {"a/a.cpp", "b/b.cpp", "c/c.cpp"});
  ExtractResult Plain = runWithPch(P, false, 2, false);
  ExtractResult Shared = runWithPch(P, true, 2, false);
  EXPECT_EQ(Shared.Stats.PchBuilt, 1u) << Shared.Stats.PchProblem;
  EXPECT_EQ(Shared.Stats.WithPch, 2u); // b and c; a (lowest rank) parses and reports the prefix
  EXPECT_EQ(Plain.Stats.WithPch, 0u);
  EXPECT_EQ(Shared.Stats.Failed + Shared.Stats.WithErrors, 0u);
  EXPECT_EQ(Project::text(Plain.Result), Project::text(Shared.Result));
  EXPECT_GT(countEdges(Shared.Result, EdgeKind::Call, "util::label", "util::square"), 0u);
  EXPECT_EQ(Project::text(runWithPch(P, true, 1, false).Result), Project::text(Plain.Result));

  // The cache entries of a run with the PCH serve a run without it, and the other way round.
  EXPECT_EQ(Project::text(runWithPch(P, true, 2, true).Result), Project::text(Plain.Result));
  ExtractResult Warm = runWithPch(P, false, 2, true);
  EXPECT_EQ(Warm.Stats.Parsed, 0u);
  EXPECT_EQ(Project::text(Warm.Result), Project::text(Plain.Result));
  // A changed prefix header is a change for every TU, the PCH ones too (their reads hold it).
  P.write("common/util.h", "#pragma once\n#include <map>\n#include <string>\n#include <vector>\n"
                           "#define TWICE(x) ((x) * 2)\nnamespace util { extern int hits; enum "
                           "class Mode { Fast, Safe }; struct Box { int count() const { return "
                           "1; } }; inline std::string label(int n) { return \"\"; } "
                           "constexpr int square(int x) { return x; } template <typename T> int "
                           "twice(T) { return 2; } }\n");
  ExtractResult Changed = runWithPch(P, true, 2, true);
  EXPECT_EQ(Changed.Stats.Parsed, 3u);
  EXPECT_EQ(Project::text(Changed.Result), Project::text(runWithPch(P, false, 2, false).Result));
}

TEST(Extract, APrefixPchTuReportsThePrefixWhenTheTuBeforeItFails) {
  Project P;
  writePrefixed(P, {"a/a.cpp", "b/b.cpp", "c/c.cpp"});
  runWithPch(P, true, 2, true);   // b's cache entry: made loading the PCH, owning no prefix file
  fs::remove(P.Dir + "/a/a.cpp"); // listed, first in order, and gone: b reports the prefix
  ExtractResult Plain = runWithPch(P, false, 2, false);
  for (bool Cache : {false, true}) {
    ExtractResult Shared = runWithPch(P, true, 2, Cache);
    EXPECT_EQ(Shared.Stats.Failed, 1u);
    EXPECT_EQ(Project::text(Plain.Result), Project::text(Shared.Result)) << "cache " << Cache;
    EXPECT_GT(countEdges(Shared.Result, EdgeKind::Call, "util::label", "util::square"), 0u);
  }
}

TEST(Extract, OnlyCommandsThatForceAnIncludeShareAPrefix) {
  std::vector<std::string> A = {"clang++",  "-std=c++17", "-include",
                                "/p/pre.h", "/p/a.cpp",   "-fsyntax-only"};
  std::vector<std::string> B = A;
  B[4] = "/p/b.cpp";
  EXPECT_FALSE(prefixKey(A, "/p/a.cpp", "/p").empty());
  EXPECT_EQ(prefixKey(A, "/p/a.cpp", "/p"), prefixKey(B, "/p/b.cpp", "/p"));
  EXPECT_NE(prefixKey(A, "/p/a.cpp", "/p"), prefixKey(A, "/p/a.cpp", "/q")); // other directory
  EXPECT_EQ(prefixKey({"clang++", "-std=c++17", "/p/a.cpp"}, "/p/a.cpp", "/p"), "");
  EXPECT_EQ(prefixKey({"clang++", "-include-pch", "x.pch", "-include", "pre.h", "/p/a.cpp"},
                      "/p/a.cpp", "/p"),
            ""); // the build's own PCH
}

TEST(Extract, ShardsMergeToTheFullRun) {
  Project P;
  writeShop(P);
  std::vector<Facts> Parts;
  for (unsigned K = 1; K <= 2; ++K) {
    ExtractOptions O;
    O.Database = P.Dir + "/build";
    O.UseCache = false;
    O.ShardIndex = K;
    O.ShardCount = 2;
    Facts Part = extract(O).Result;
    EXPECT_TRUE(Part.Partial);
    // Through the file format, as `seams merge` reads them.
    std::istringstream In(Project::text(Part));
    Parts.push_back(readFacts(In, "shard"));
  }
  EXPECT_EQ(Project::text(mergeFacts(Parts, 8)), Project::text(P.run(2, false).Result));
}

TEST(Extract, ShardsWithAPrefixPchMergeToTheFullRunWithoutIt) {
  Project P;
  writePrefixed(P, {"a/a.cpp", "b/b.cpp", "c/c.cpp", "d/d.cpp", "e/e.cpp"});
  std::vector<Facts> Parts;
  unsigned WithPch = 0;
  for (unsigned K = 1; K <= 2; ++K) {
    ExtractOptions O;
    O.Database = P.Dir + "/build";
    O.UseCache = false;
    O.Pch = true;
    O.ClaimGroup = 2; // groups {a, b}, {c, d}, {e}: each group's first TU reports the prefix
    O.ShardIndex = K;
    O.ShardCount = 2;
    ExtractResult Part = extract(O);
    WithPch += Part.Stats.WithPch;
    std::istringstream In(Project::text(Part.Result));
    Parts.push_back(readFacts(In, "shard"));
  }
  EXPECT_EQ(WithPch, 2u); // b and d
  ExtractOptions Full;
  Full.Database = P.Dir + "/build";
  Full.UseCache = false;
  Full.ClaimGroup = 2;
  EXPECT_EQ(Project::text(mergeFacts(Parts, 8)), Project::text(extract(Full).Result));
}

TEST(Extract, MissingDatabaseSaysHowToMakeOne) {
  Project P;
  ExtractOptions O;
  O.Database = P.Dir + "/nowhere";
  try {
    extract(O);
    FAIL();
  } catch (const Error &E) {
    EXPECT_EQ(E.code(), ExitUsage);
    EXPECT_THAT(E.what(), HasSubstr("CMAKE_EXPORT_COMPILE_COMMANDS=ON"));
    EXPECT_THAT(E.what(), HasSubstr("bear -- make"));
  }
}

TEST(Extract, DatabaseThatIsNotJsonIsAUsageError) {
  Project P;
  P.write("build/compile_commands.json", "[{\"directory\": ");
  try {
    P.run();
    FAIL();
  } catch (const Error &E) {
    EXPECT_EQ(E.code(), ExitUsage);
    EXPECT_THAT(E.what(), HasSubstr("not valid JSON"));
  }
}

TEST(Extract, BadEntriesMissingFilesAndBrokenCodeAreDataNotFailures) {
  Project P;
  writeShop(P);
  P.write("broken/bad.cpp", "int f() { return undeclared; }\n");
  P.write("broken/nohdr.cpp", "#include \"missing.h\"\nint g() { return 1; }\n");
  P.database({"orders/order.cpp", "broken/bad.cpp", "broken/nohdr.cpp", "broken/gone.cpp"});
  std::string Db;
  std::ifstream(P.Dir + "/build/compile_commands.json") >> Db;
  Db.insert(1, "{\"file\":42},");
  P.write("build/compile_commands.json", Db);

  ExtractResult R = P.run();
  EXPECT_EQ(R.Stats.Tus, 4u);
  EXPECT_EQ(R.Stats.WithErrors + R.Stats.Failed, 3u);
  std::set<std::string> Messages;
  for (const auto &D : R.Result.Diagnostics)
    Messages.insert(D.File + ":" + std::to_string(D.Line) + ": " + D.Message);
  EXPECT_THAT(Messages,
              testing::Contains(HasSubstr("broken/bad.cpp:1: use of undeclared identifier")));
  EXPECT_THAT(Messages,
              testing::Contains(HasSubstr("broken/nohdr.cpp:1: 'missing.h' file not found")));
  EXPECT_THAT(Messages,
              testing::Contains(HasSubstr(
                  "broken/gone.cpp:0: file listed in the compile database does not exist")));
  EXPECT_THAT(Messages,
              testing::Contains(HasSubstr("compile_commands.json entry 0: needs string fields")));
  // Facts Clang recovered from the broken TUs are kept.
  bool HasG = false;
  for (const Entity &E : R.Result.Entities)
    HasG |= E.Name == "g";
  EXPECT_TRUE(HasG);
}

TEST(Extract, UnknownCompilerFlagIsRecorded) {
  Project P;
  writeShop(P);
  P.database({"orders/order.cpp"}, ",\"-fthis-flag-does-not-exist\"");
  ExtractResult R = P.run();
  ASSERT_FALSE(R.Result.Diagnostics.empty());
  EXPECT_THAT(R.Result.Diagnostics[0].Message, HasSubstr("-fthis-flag-does-not-exist"));
  // ... and the TU is analyzed without it.
  EXPECT_EQ(countEdges(R.Result, EdgeKind::Call, "orderTotal", "util::total"), 1u);
}

TEST(Extract, WithoutDatabaseEverySourceUnderRootIsAnalyzed) {
  Project P;
  writeShop(P);
  ExtractOptions O;
  O.Root = P.Dir;
  O.NoDatabase = true;
  O.ExtraArgs = {"-std=c++17", "-I" + P.Dir};
  O.CacheDir = P.Dir + "/cache";
  ExtractResult R = extract(O);
  EXPECT_EQ(R.Stats.Tus, 3u);
  EXPECT_EQ(countEdges(R.Result, EdgeKind::Call, "rate", "util::total"), 1u);
}

TEST(Extract, ExcludedFilesAreExternal) {
  Project P;
  writeShop(P);
  ExtractOptions O;
  O.Database = P.Dir + "/build";
  O.Exclude = {"util/**"};
  O.UseCache = false;
  ExtractResult R = extract(O);
  for (const Entity &E : R.Result.Entities)
    EXPECT_EQ(E.Name.find("util::"), std::string::npos) << E.Name;
  EXPECT_EQ(countEdges(R.Result, EdgeKind::Call, "rate", "util/money.h"), 1u);
}

/// A bundled library whose headers the build includes with -isystem (SFML's extlibs/headers,
/// CMake's SYSTEM) is third-party code: external, as if excluded. With -I it is the project's,
/// also when -isystem names it too (a SYSTEM include only to silence warnings).
TEST(Extract, HeadersUnderAnIsystemDirectoryOfTheRootAreExternal) {
  for (std::string Flags : {"-isystem", "-I", "-isystem -I"}) {
    Project P;
    P.write("extlibs/headers/vec/vec.h",
            "#pragma once\nstruct Vec { int x; };\ninline int len(Vec v) { return v.x; }\n");
    P.write("src/app.cpp", "#include <vec/vec.h>\nint size() { return len(Vec{3}); }\n");
    std::string Dir = P.Dir + "/extlibs/headers";
    std::string Extra = ",\"-isystem-after\",\"" + Dir + "/vec\""; // not -isystem
    if (Flags.starts_with("-isystem"))
      Extra += ",\"-isystem\",\"" + Dir + "\"";
    if (Flags.ends_with("-I"))
      Extra += ",\"-I" + Dir + "\"";
    P.database({"src/app.cpp"}, Extra);
    ExtractResult R = P.run(1, false);
    SCOPED_TRACE(Flags);
    const bool System = Flags == "-isystem";
    bool VecIsProject = false;
    for (const Entity &E : R.Result.Entities)
      VecIsProject = VecIsProject || E.Name == "Vec" || E.Name == "len";
    EXPECT_EQ(VecIsProject, !System);
    EXPECT_EQ(R.Stats.SystemDirectories,
              System ? std::vector<std::string>{"extlibs/headers"} : std::vector<std::string>{});
    EXPECT_EQ(countEdges(R.Result, EdgeKind::Call, "size", "extlibs/headers/vec/vec.h"),
              System ? 1u : 0u);
  }
}

TEST(Extract, HeadersTheBuildCopiedAreReadAsTheirOriginals) {
  // Sogou workflow's build copies every module's headers into _include/wf/ and compiles with
  // -I_include/wf: the copy is the original, one unit, in the original's directory.
  Project P;
  const std::string Header = "#pragma once\ninline int ticks() { return 1; }\n";
  P.write("src/kernel/clock.h", Header);
  P.write("src/kernel/clock.cpp", "#include \"clock.h\"\nint now() { return ticks(); }\n");
  P.write("src/app/app.cpp", "#include \"clock.h\"\nint run() { return ticks(); }\n");
  P.write("_include/wf/clock.h", Header);
  P.database({"src/app/app.cpp", "src/kernel/clock.cpp"}, ",\"-I" + P.Dir + "/_include/wf\"");
  ExtractResult R = P.run(1, false);
  std::vector<std::string> Paths;
  for (const FileInfo &F : R.Result.Files)
    Paths.push_back(F.Path);
  EXPECT_EQ(Paths, (std::vector<std::string>{"src/app/app.cpp", "src/kernel/clock.cpp",
                                             "src/kernel/clock.h"}));
  EXPECT_EQ(countEdges(R.Result, EdgeKind::Call, "run", "ticks"), 1u);
  EXPECT_EQ(R.Stats.StagedDirectories,
            (std::vector<std::pair<std::string, unsigned>>{{"_include/wf", 1}}));
}

} // namespace
} // namespace seams
