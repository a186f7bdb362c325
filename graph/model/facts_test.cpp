// Tests for the facts model: order-independent merging, taking a merge back, and the JSON and
// binary round trips.
#include "graph/model/error.h"
#include "graph/model/facts.h"
#include "graph/model/facts_json.h"
#include "graph/model/facts_state.h"

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

TEST(FactsBuilder, SubtractTakesBackOneMergeExactly) {
  Facts A = sampleTu("a.cpp", true), B = sampleTu("b.cpp", false);
  Facts B2 = sampleTu("b.cpp", true); // b.cpp changed: now it also defines f
  FactsBuilder Incremental, Fresh;
  Incremental.merge(A);
  Incremental.merge(B);
  ASSERT_TRUE(Incremental.subtract(B));
  Incremental.merge(B2);
  Fresh.merge(B2);
  Fresh.merge(A);
  std::ostringstream S1, S2;
  writeFacts(Incremental.finish("proj", 8, true), S1);
  writeFacts(Fresh.finish("proj", 8, true), S2);
  EXPECT_EQ(S1.str(), S2.str());

  // a.h:10 is discarded in both: taking one back keeps it, taking the second drops it.
  FactsBuilder Twice;
  Twice.merge(A);
  ASSERT_TRUE(Twice.subtract(A));
  EXPECT_TRUE(Twice.finish("proj", 8, true).Edges.empty());
  EXPECT_FALSE(Twice.subtract(A)); // never merged again: a missing fact is detected
}

TEST(FactsBuilder, StateRoundTripIsExactAndDamageIsDetected) {
  FactsBuilder B;
  B.merge(sampleTu("a.cpp", true));
  B.merge(sampleTu("b.cpp", false));
  Entity Field{"c:@S@S@FI@x", EntityKind::Field, "S::x", "s.h", 2, "s.h", 2, 1};
  Field.Type = TypeShape{ShapeKind::Sequence, "std::vector<int>", "", "", false, {}};
  Field.Type->Of.push_back({ShapeKind::Builtin, "int", "int32", "", false, {}});
  B.addEntity(Field);
  Entity Mutex{"c:@g_mutex", EntityKind::Variable, "g_mutex", "a.cpp", 1, "a.cpp", 1, 1};
  Mutex.Lock = true;
  B.addEntity(Mutex);
  B.addFile({"a.h", 12, 0, false});
  B.addFile({"build/gen.h", 3, 0, true});
  B.addDiagnostic({"a.cpp", 3, "error", "boom"});
  B.addTableUse({"orders", "c:@F@g#", {"a.cpp", 4, 9}, true});
  std::ostringstream State;
  B.saveState(State);
  std::optional<FactsBuilder> Back = FactsBuilder::loadState(State.str());
  ASSERT_TRUE(Back);
  std::ostringstream S1, S2;
  writeFacts(B.finish("proj", 0, true), S1);
  writeFacts(Back->finish("proj", 0, true), S2);
  EXPECT_EQ(S1.str(), S2.str());
  // The counts came back too: the loaded state takes back a merge like the original.
  ASSERT_TRUE(Back->subtract(sampleTu("b.cpp", false)));

  std::string Bytes = State.str();
  EXPECT_FALSE(FactsBuilder::loadState(Bytes.substr(0, Bytes.size() - 3)));
  EXPECT_FALSE(FactsBuilder::loadState("seams-builder/0\n"));
  EXPECT_FALSE(FactsBuilder::loadState(Bytes + "x"));
}

TEST(FactsBinary, RoundTripIsExactAndDamageIsDetected) {
  FactsBuilder B;
  B.merge(sampleTu("a.cpp", true));
  Entity Field{"c:@S@S@FI@x", EntityKind::Field, "S::x", "s.h", 2, "s.h", 2, 1};
  Field.Type = TypeShape{ShapeKind::Map, "std::map<int, S>", "", "", false, {}};
  Field.Type->Of.push_back({ShapeKind::Builtin, "int", "int32", "", false, {}});
  Field.Type->Of.push_back({ShapeKind::Record, "S", "", "c:@S@S", false, {}});
  B.addEntity(Field);
  Entity Mutex{"c:@g_mutex", EntityKind::Variable, "g_mutex", "a.cpp", 1, "a.cpp", 1, 1};
  Mutex.Lock = true;
  B.addEntity(Mutex);
  B.addFile({"build/gen.h", 3, 0, true});
  B.addDiagnostic({"a.cpp", 3, "error", "boom \"quoted\""});
  B.addTableUse({"orders", "c:@F@g#", {"a.cpp", 4, 9}, false});
  for (bool Partial : {true, false}) {
    Facts F = B.finish("proj", 1, Partial);
    std::string Bytes = writeFactsBinary(F);
    std::optional<Facts> Back = readFactsBinary(Bytes);
    ASSERT_TRUE(Back);
    std::ostringstream S1, S2;
    writeFacts(F, S1);
    writeFacts(*Back, S2);
    EXPECT_EQ(S1.str(), S2.str());
    EXPECT_NE(S1.str().find("\"name\":\"g_mutex\",\"file\":\"a.cpp\",\"line\":1,\"def_file\":"
                            "\"a.cpp\",\"def_line\":1,\"lines\":1,\"lock\":true}"),
              std::string::npos);
    std::istringstream In(S1.str());
    Facts FromJson = readFacts(In, "facts.json");
    const Entity *Read = FromJson.findEntity("c:@g_mutex");
    ASSERT_NE(Read, nullptr);
    EXPECT_TRUE(Read->Lock);
    EXPECT_FALSE(readFactsBinary(Bytes.substr(0, Bytes.size() - 1)));
    EXPECT_FALSE(readFactsBinary(Bytes + "x"));
  }
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
