// Tests for the facts model: order-independent merging and the JSON round trip.
#include "graph/model/error.h"
#include "graph/model/facts.h"
#include "graph/model/facts_json.h"

#include <gtest/gtest.h>
#include <sstream>

namespace seams {
namespace {

Facts sampleTu(const std::string &Main, bool WithDef) {
  FactsBuilder B;
  Entity F{"c:@F@f#",         EntityKind::Function, "f", "a.h", 3, WithDef ? "a.cpp" : "",
           WithDef ? 7u : 0u, WithDef ? 4u : 0u};
  B.addEntity(F);
  B.addEntity({"c:@F@g#", EntityKind::Function, "g", "a.h", 4, "", 0, 0});
  B.addOccurrence("c:@F@g#", "c:@F@f#", EdgeKind::Call, {{"a.h", 10, 5}, true});
  B.addOccurrence("c:@F@g#", "c:@F@f#", EdgeKind::Call, {{Main, 2, 3}, false});
  B.addTu({Main, "ok", 0});
  return B.finish("proj", 0, true);
}

TEST(FactsBuilder, MergeIsOrderIndependentAndDedupesSharedHeaderSites) {
  Facts A = sampleTu("a.cpp", true), B = sampleTu("b.cpp", false);
  FactsBuilder AB, BA;
  AB.merge(A);
  AB.merge(B);
  BA.merge(B);
  BA.merge(A);
  std::ostringstream S1, S2;
  writeFacts(AB.finish("proj", 8, false), S1);
  writeFacts(BA.finish("proj", 8, false), S2);
  EXPECT_EQ(S1.str(), S2.str());

  Facts M = AB.finish("proj", 8, false);
  ASSERT_EQ(M.Edges.size(), 1u);
  EXPECT_EQ(M.Edges[0].Count, 3u); // a.h:10 once, a.cpp:2, b.cpp:2
  EXPECT_EQ(M.Edges[0].Discarded, 1u);
  const Entity *F = M.findEntity("c:@F@f#");
  ASSERT_NE(F, nullptr);
  EXPECT_EQ(F->File, "a.h");
  EXPECT_EQ(F->DefFile, "a.cpp");
  EXPECT_EQ(F->DefLine, 7u);
}

TEST(FactsBuilder, ATypeIsDeclaredWhereItIsDefinedWhateverTheOrder) {
  Entity Forward{"c:@S@Store", EntityKind::Class, "Store", "pay/processor.h", 15, "", 0, 0};
  Entity Defined{"c:@S@Store", EntityKind::Class, "Store", "orders/store.h",
                 13,           "orders/store.h",  13,      30};
  for (bool ForwardFirst : {true, false}) {
    FactsBuilder B;
    B.addEntity(ForwardFirst ? Forward : Defined);
    B.addEntity(ForwardFirst ? Defined : Forward);
    Facts F = B.finish("r", 8, false);
    const Entity *E = F.findEntity("c:@S@Store");
    ASSERT_NE(E, nullptr);
    EXPECT_EQ(E->File, "orders/store.h");
    EXPECT_EQ(E->Line, 13u);
  }
}

TEST(FactsBuilder, CompleteFactsDropAndCountEdgesToAnEntityNoTuReported) {
  FactsBuilder B;
  B.addEntity({"x", EntityKind::Function, "x", "x.cpp", 1, "", 0, 0});
  B.addEntity({"y", EntityKind::Function, "y", "x.cpp", 2, "", 0, 0});
  B.addOccurrence("x", "y", EdgeKind::Call, {{"x.cpp", 3, 1}, false});
  B.addOccurrence("ext:<lib.h>", "y", EdgeKind::Type, {{"x.cpp", 4, 1}, false});
  Facts Partial = B.finish("r", 8, true); // another shard may report the entity
  EXPECT_EQ(Partial.Edges.size(), 2u);
  EXPECT_TRUE(Partial.Diagnostics.empty());
  Facts F = B.finish("r", 8, false);
  ASSERT_EQ(F.Edges.size(), 1u);
  ASSERT_EQ(F.Diagnostics.size(), 1u);
  EXPECT_EQ(F.Diagnostics[0].Severity, "warning");
  EXPECT_NE(F.Diagnostics[0].Message.find("1 dependencies"), std::string::npos);
  std::ostringstream Out; // and the facts read back
  writeFacts(F, Out);
  std::istringstream In(Out.str());
  EXPECT_EQ(readFacts(In, "f.json").Edges.size(), 1u);
}

TEST(FactsBuilder, SamplesAreBoundedAndSorted) {
  FactsBuilder B;
  B.addEntity({"x", EntityKind::Function, "x", "x.cpp", 1, "", 0, 0});
  B.addEntity({"y", EntityKind::Function, "y", "x.cpp", 2, "", 0, 0});
  for (unsigned L = 20; L > 0; --L)
    B.addOccurrence("x", "y", EdgeKind::Call, {{"x.cpp", L, 1}, false});
  Facts F = B.finish("r", 3, false);
  ASSERT_EQ(F.Edges[0].At.size(), 3u);
  EXPECT_EQ(F.Edges[0].Count, 20u);
  EXPECT_EQ(F.Edges[0].At[0].At.Line, 1u);
  EXPECT_EQ(F.Edges[0].At[2].At.Line, 3u);
  EXPECT_EQ(F.Edges[0].At[0].At.Column, 0u);
}

TEST(FactsJson, RoundTripIsExact) {
  Facts F = sampleTu("a.cpp", true);
  F.Diagnostics.push_back({"a.cpp", 3, "error", "use of undeclared identifier \"<x>\""});
  std::ostringstream Out;
  writeFacts(F, Out);
  std::istringstream In(Out.str());
  Facts G = readFacts(In, "t.json");
  std::ostringstream Again;
  writeFacts(G, Again);
  EXPECT_EQ(Out.str(), Again.str());
  EXPECT_TRUE(G.Partial);
  EXPECT_EQ(G.Edges[0].At[1].At.Column, 5u); // a.cpp:2:3 sorts before a.h:10:5
}

void expectReadError(const std::string &Text, const std::string &Fragment) {
  std::istringstream In(Text);
  try {
    readFacts(In, "f.json");
    FAIL() << "expected an error containing " << Fragment;
  } catch (const Error &E) {
    EXPECT_NE(std::string(E.what()).find(Fragment), std::string::npos) << E.what();
    EXPECT_EQ(E.code(), ExitUsage);
  }
}

TEST(FactsJson, BadInputIsAClearError) {
  expectReadError("{", "not valid JSON");
  expectReadError("[]", "must be a JSON object");
  expectReadError(R"({"schema":"seams-facts/9"})", "seams-facts/9");
  expectReadError(R"({"schema":"seams-facts/1","entities":[{"id":"a","kind":"gizmo","name":"a"}]})",
                  "unknown entity kind \"gizmo\"");
  expectReadError(
      R"({"schema":"seams-facts/1","entities":[],"edges":[{"from":"a","to":"b","kind":"call","count":1}]})",
      "edges[0]: refers to an entity");
  expectReadError(R"({"schema":"seams-facts/1","files":[{"path":"a","lines":-1}]})",
                  "files[0]: \"lines\" must be a non-negative integer");
}

} // namespace
} // namespace seams
