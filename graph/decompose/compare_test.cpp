// Tests for MoJo, MoJoFM and c2c coverage on hand-computed cases, and the reference readers.
#include "graph/decompose/compare.h"
#include "graph/model/error.h"

#include <gtest/gtest.h>
#include <sstream>

namespace seams {
namespace {

/// {{"a","b"},{"c"}} -> a:0, b:0, c:1
Assignment parts(std::initializer_list<std::initializer_list<const char *>> Clusters) {
  Assignment A;
  int I = 0;
  for (const auto &C : Clusters) {
    for (const char *O : C)
      A[O] = "c" + std::to_string(I);
    ++I;
  }
  return A;
}

TEST(MoJo, IdenticalPartitionsAreAtDistanceZeroAndScore100) {
  Assignment A = parts({{"a", "b", "c"}, {"d", "e"}});
  Assignment B = parts({{"d", "e"}, {"a", "b", "c"}}); // names differ, partition is the same
  EXPECT_EQ(mojoMoves(A, B), 0u);
  EXPECT_DOUBLE_EQ(mojoFm(A, B), 100.0);
  EXPECT_DOUBLE_EQ(c2cCoverage(A, B), 100.0);
}

TEST(MoJo, OneMisplacedObject) {
  // A = {a,b,c} {d,e}, B = {a,b} {c,d,e}: move c; no join. mno = 1.
  // Max over any A of mno(A, B): B sizes ascending 2, 3 give g = 2, so n - g = 5 - 2 = 3.
  Assignment A = parts({{"a", "b", "c"}, {"d", "e"}}), B = parts({{"a", "b"}, {"c", "d", "e"}});
  EXPECT_EQ(mojoMoves(A, B), 1u);
  EXPECT_EQ(mojoDistance(A, B), 1u);
  EXPECT_DOUBLE_EQ(mojoFm(A, B), (1.0 - 1.0 / 3.0) * 100.0);
}

TEST(MoJo, JoinsCountOnePerExtraCluster) {
  // A = {a} {b} {c,d}, B = {a,b,c,d}: no move, two joins. Max = 4 - 1 = 3.
  Assignment A = parts({{"a"}, {"b"}, {"c", "d"}}), B = parts({{"a", "b", "c", "d"}});
  EXPECT_EQ(mojoMoves(A, B), 2u);
  EXPECT_DOUBLE_EQ(mojoFm(A, B), 100.0 / 3.0);
  // The other way: B -> A needs two moves (mno(B, A) = 2 as well).
  EXPECT_EQ(mojoMoves(B, A), 2u);
  // Singletons are the farthest from {a,b} {c,d}: two joins = n - g = 4 - 2.
  EXPECT_DOUBLE_EQ(mojoFm(parts({{"a"}, {"b"}, {"c"}, {"d"}}), parts({{"a", "b"}, {"c", "d"}})),
                   0.0);
}

TEST(MoJo, GroupsComeFromAMaximumMatchingNotAGreedyChoice) {
  // A1 = {a,b} has tags B1 (a) and B2 (b) once each; A2 = {c} has tag B1. Giving A1 to B1
  // greedily would force a join (mno 2); the matching gives A1 -> B2, A2 -> B1: one move of a.
  Assignment A = parts({{"a", "b"}, {"c"}}), B = parts({{"a", "c"}, {"b"}});
  EXPECT_EQ(mojoMoves(A, B), 1u);
  // Max: B sizes 1, 2 give g = 2, n - g = 1; so MoJoFM = 0 (A is as far as anything can be).
  EXPECT_DOUBLE_EQ(mojoFm(A, B), 0.0);
}

TEST(MoJo, OnlyObjectsInBothCount) {
  Assignment A = parts({{"a", "b", "x"}, {"c", "d"}}), B = parts({{"a", "b"}, {"c", "d", "y"}});
  EXPECT_EQ(mojoMoves(A, B), 0u);
  EXPECT_DOUBLE_EQ(mojoFm(A, B), 100.0);
}

TEST(C2c, CoverageCountsReferenceClustersMatchedAboveTheThreshold) {
  Assignment A = parts({{"a", "b", "c"}, {"d", "e"}}), B = parts({{"a", "b"}, {"c", "d", "e"}});
  EXPECT_DOUBLE_EQ(c2cCoverage(A, B, 0.5), 100.0); // 2/3 and 2/3
  EXPECT_DOUBLE_EQ(c2cCoverage(A, B, 0.7), 0.0);
  Assignment Whole = parts({{"a", "b", "c", "d"}}), Halves = parts({{"a", "b"}, {"c", "d"}});
  EXPECT_DOUBLE_EQ(c2cCoverage(Whole, Halves, 0.5), 100.0); // 2/4 each
  EXPECT_DOUBLE_EQ(c2cCoverage(Whole, Halves, 0.6), 0.0);
  Assignment Three = parts({{"a", "b"}, {"c"}, {"d"}});
  EXPECT_DOUBLE_EQ(c2cCoverage(Halves, Three, 0.5), 100.0 / 3.0 * 3.0); // 2/2, 1/2, 1/2
  EXPECT_DOUBLE_EQ(c2cCoverage(Halves, Three, 0.75), 100.0 / 3.0);
}

TEST(Readers, CsvWithHeaderAndComments) {
  std::istringstream In("file,service\n# comment\n\na.cpp, pay\nb.h,ship\n");
  Assignment A = readAssignment(In, "ref.csv");
  EXPECT_EQ(A, (Assignment{{"a.cpp", "pay"}, {"b.h", "ship"}}));
  // The header may follow comments and name its second column anything.
  std::istringstream Module("# modules\nfile,module\na.cpp,pay\n");
  EXPECT_EQ(readAssignment(Module, "ref.csv"), (Assignment{{"a.cpp", "pay"}}));
  std::istringstream Bad("a.cpp,pay\nb.cpp\n");
  try {
    readAssignment(Bad, "ref.csv");
    FAIL();
  } catch (const Error &E) {
    EXPECT_NE(std::string(E.what()).find("ref.csv:2: expected \"file,service\""),
              std::string::npos);
  }
  std::istringstream Twice("a.cpp,pay\na.cpp,ship\n");
  EXPECT_THROW(readAssignment(Twice, "ref.csv"), Error);
}

TEST(Readers, ExpectedJsonAndDecompositionJson) {
  std::istringstream Expected(
      R"({"services":{"pay":["p.cpp","p.h"],"ship":["s.cpp"]},"shared":["c.h"],"tangles":[]})");
  EXPECT_EQ(readAssignment(Expected, "expected.json"),
            (Assignment{{"p.cpp", "pay"}, {"p.h", "pay"}, {"s.cpp", "ship"}, {"c.h", "(shared)"}}));
  std::istringstream Modules(R"({"modules":{"m":["x.cpp"]}})");
  EXPECT_EQ(readAssignment(Modules, "e.json"), (Assignment{{"x.cpp", "m"}}));
  std::istringstream Decomposition(
      R"({"schema":"seams-decomposition/1","services":[{"name":"pay","files":["p.cpp"]}],
          "shared":{"files":["c.h"],"units":[]},"excluded":{"files":["t.cpp"]}})");
  EXPECT_EQ(readAssignment(Decomposition, "d.json"),
            (Assignment{{"p.cpp", "pay"}, {"c.h", "(shared)"}}));
  std::istringstream Bad(R"({"services":{"a":["x"],"b":["x"]}})");
  EXPECT_THROW(readAssignment(Bad, "e.json"), Error);
}

} // namespace
} // namespace seams
