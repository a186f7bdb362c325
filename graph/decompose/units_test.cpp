// Tests for units and their graph: component grouping, class units, exclusion, lifted weights.
#include "graph/decompose/unit_graph.h"
#include "graph/decompose/units.h"

#include <cmath>
#include <gtest/gtest.h>
#include <stdexcept>

namespace seams {
namespace {

Entity file(const std::string &Path, unsigned Lines) {
  return {"file:" + Path, EntityKind::File, Path, Path, 1, Path, 1, Lines};
}

/// payments/card.{h,cpp} (class Card with an out-of-line method), payments/tool.cpp (no header),
/// common/util.h (no source), third_party/x.h (excluded), and <vector> external.
Facts sample() {
  FactsBuilder B;
  for (auto [Path, Lines] : std::vector<std::pair<std::string, unsigned>>{{"payments/card.h", 20},
                                                                          {"payments/card.cpp", 40},
                                                                          {"payments/tool.cpp", 10},
                                                                          {"common/util.h", 5},
                                                                          {"third_party/x.h", 7}}) {
    B.addFile({Path, Lines, 0});
    B.addEntity(file(Path, Lines));
  }
  B.addEntity({"ext:vector", EntityKind::External, "vector", "", 0, "", 0, 0});
  B.addEntity(
      {"c:Card", EntityKind::Class, "shop::Card", "payments/card.h", 3, "payments/card.h", 3, 12});
  B.addEntity({"c:Card::charge", EntityKind::Method, "shop::Card::charge", "payments/card.h", 5,
               "payments/card.cpp", 10, 25});
  B.addEntity(
      {"c:Card::limit", EntityKind::Field, "shop::Card::limit", "payments/card.h", 7, "", 0, 1});
  B.addEntity({"c:helper", EntityKind::Function, "shop::helper", "payments/card.cpp", 2,
               "payments/card.cpp", 2, 5});
  B.addEntity({"c:trim", EntityKind::Function, "shop::util::trim", "common/util.h", 2,
               "common/util.h", 2, 3});
  B.addEntity(
      {"c:main", EntityKind::Function, "main", "payments/tool.cpp", 1, "payments/tool.cpp", 1, 8});
  B.addEntity({"c:tp", EntityKind::Function, "tp", "third_party/x.h", 1, "third_party/x.h", 1, 3});
  auto Add = [&](const char *From, const char *To, EdgeKind K, unsigned N) {
    for (unsigned I = 0; I < N; ++I)
      B.addOccurrence(From, To, K, {{"payments/tool.cpp", 100 + I, 1}, false});
  };
  Add("c:Card", "c:Card::charge", EdgeKind::Contains, 1);
  Add("c:Card", "c:Card::limit", EdgeKind::Contains, 1);
  Add("c:main", "c:Card::charge", EdgeKind::Call, 3);
  Add("c:main", "c:trim", EdgeKind::Call, 1);
  Add("c:Card::charge", "c:trim", EdgeKind::Call, 1);
  Add("c:Card::charge", "c:helper", EdgeKind::Call, 1);
  Add("c:main", "c:tp", EdgeKind::Call, 1);
  Add("file:payments/tool.cpp", "file:payments/card.h", EdgeKind::Include, 1);
  Add("file:payments/tool.cpp", "ext:vector", EdgeKind::Include, 1);
  Add("c:main", "ext:vector", EdgeKind::Call, 4);
  return B.finish("proj", 0, false);
}

std::vector<std::string> ids(const UnitSet &S) {
  std::vector<std::string> Out;
  for (const Unit &U : S.Units)
    Out.push_back(U.Id);
  return Out;
}

TEST(Units, ComponentGroupsHeaderWithItsSource) {
  Facts F = sample();
  std::vector<std::string> Exclude = {"third_party/**"};
  UnitSet S = buildUnits(F, UnitKind::Component, Exclude);
  EXPECT_EQ(ids(S), (std::vector<std::string>{"common/util", "payments/card", "payments/tool"}));
  EXPECT_EQ(S.Units[1].Files, (std::vector<std::string>{"payments/card.cpp", "payments/card.h"}));
  EXPECT_EQ(S.Units[1].Lines, 60u);
  EXPECT_EQ(S.ExcludedFiles, std::vector<std::string>{"third_party/x.h"});
  EXPECT_EQ(S.unitOfFile("payments/card.h"), 1u);
  EXPECT_EQ(S.unitOfFile("third_party/x.h"), UnitSet::NoUnit);
  const Entity *Ext = F.findEntity("ext:vector");
  EXPECT_EQ(S.EntityUnit[static_cast<std::size_t>(Ext - F.Entities.data())], UnitSet::NoUnit);
}

TEST(Units, GeneratedFilesAreSetApartInEveryUnitKind) {
  FactsBuilder B;
  B.addFile({"build/gen/config.h", 4, 0, true});
  B.addEntity(file("build/gen/config.h", 4));
  B.addEntity({"c:kVersion", EntityKind::Variable, "kVersion", "build/gen/config.h", 2,
               "build/gen/config.h", 2, 1});
  B.addFile({"src/app.cpp", 10, 0});
  B.addEntity(file("src/app.cpp", 10));
  B.addEntity({"c:v", EntityKind::Function, "version", "src/app.cpp", 2, "src/app.cpp", 2, 3});
  B.addOccurrence("c:v", "c:kVersion", EdgeKind::Read, {{"src/app.cpp", 2, 1}, false});
  Facts F = B.finish("proj", 0, false);
  for (UnitKind K : {UnitKind::Component, UnitKind::File, UnitKind::Class}) {
    UnitSet S = buildUnits(F, K);
    EXPECT_TRUE(S.ExcludedFiles.empty());
    EXPECT_EQ(S.GeneratedFiles, std::vector<std::string>{"build/gen/config.h"});
    EXPECT_EQ(S.unitOfFile("build/gen/config.h"), UnitSet::NoUnit);
    for (const Unit &U : S.Units)
      for (const std::string &Path : U.Files)
        EXPECT_NE(Path, "build/gen/config.h");
  }
}

TEST(Units, FileUnitsKeepEveryFileApart) {
  UnitSet S = buildUnits(sample(), UnitKind::File);
  EXPECT_EQ(S.Units.size(), 5u);
  EXPECT_EQ(S.Units[S.unitOfFile("payments/card.h")].Id, "payments/card.h");
}

TEST(Units, ClassUnitsHoldTheClassAndItsMembers) {
  Facts F = sample();
  UnitSet S = buildUnits(F, UnitKind::Class);
  auto UnitOf = [&](const char *Id) {
    return S.Units[S.EntityUnit[static_cast<std::size_t>(F.findEntity(Id) - F.Entities.data())]].Id;
  };
  EXPECT_EQ(UnitOf("c:Card"), "shop::Card");
  EXPECT_EQ(UnitOf("c:Card::charge"), "shop::Card");
  EXPECT_EQ(UnitOf("c:Card::limit"), "shop::Card");
  EXPECT_EQ(UnitOf("c:helper"), "payments/card"); // free function: its component
  EXPECT_EQ(UnitOf("c:main"), "payments/tool");
  // card.cpp holds 25 lines of Card::charge and 5 of helper: it goes with the class; card.h's
  // 12 lines of Card beat nothing else.
  EXPECT_EQ(S.Units[S.unitOfFile("payments/card.cpp")].Id, "shop::Card");
  EXPECT_EQ(S.Units[S.unitOfFile("payments/card.h")].Id, "shop::Card");
  // Every project file has exactly one unit.
  std::size_t Files = 0;
  for (const Unit &U : S.Units)
    Files += U.Files.size();
  EXPECT_EQ(Files, S.FileUnit.size());
  EXPECT_EQ(Files, 5u);
}

TEST(Units, NamespaceShareWeighsByLines) {
  Facts F = sample();
  UnitSet S = buildUnits(F, UnitKind::Component);
  EXPECT_DOUBLE_EQ(namespaceShare(S.Units[S.unitOfFile("common/util.h")], F, "shop::util"), 1.0);
  EXPECT_DOUBLE_EQ(namespaceShare(S.Units[S.unitOfFile("common/util.h")], F, "shop::pay"), 0.0);
}

TEST(UnitGraph, LiftsEdgesWithKindWeightsAndIgnoresExternals) {
  Facts F = sample();
  std::vector<std::string> Exclude = {"third_party/**"};
  UnitSet S = buildUnits(F, UnitKind::Component, Exclude);
  EdgeWeights W;
  UnitGraph G = buildUnitGraph(F, S, W);
  // tool -> card: 3 calls (2 × (1 + ln 3)) + one include (0.25); tool -> util: 1 call (2);
  // card -> util: 1 call (2). card -> helper is inside card. Calls to tp (excluded) and to
  // <vector> (external) are gone.
  ASSERT_EQ(G.Arcs.size(), 3u);
  const UnitArc &ToolCard = G.Arcs[2].To == 1 ? G.Arcs[2] : G.Arcs[1];
  EXPECT_EQ(ToolCard.From, 2u);
  EXPECT_NEAR(ToolCard.Weight, 2 * (1 + std::log(3.0)) + 0.25, 1e-12);
  EXPECT_EQ(ToolCard.Calls, 3u);
  EXPECT_EQ(G.FanIn[0], 2u); // util is used by card and tool
  EXPECT_NEAR(G.Internal[1], 2.0, 1e-12);
  EXPECT_EQ(boost::num_edges(G.Directed), 3u);

  W[EdgeKind::Call] = 10;
  W.Damping = CountDamping::None;
  UnitGraph H = buildUnitGraph(F, S, W);
  EXPECT_NEAR(H.Arcs[2].Weight + H.Arcs[1].Weight, 30.25 + 10, 1e-12);

  std::vector<std::uint32_t> NodeOf = {0, 1, 1}; // card and tool share a node
  WeightedGraph U = undirectedGraph(G, NodeOf, 2);
  EXPECT_NEAR(U.SelfLoops[1], ToolCard.Weight, 1e-12);
  EXPECT_NEAR(U.TotalWeight, ToolCard.Weight + 4, 1e-12);
}

TEST(Units, EdgeEndsAreLiftedOnlyWhenBothEndsLiveInUnits) {
  Facts F = sample();
  std::vector<std::string> Exclude = {"third_party/**"};
  UnitSet S = buildUnits(F, UnitKind::Component, Exclude);
  const EntityIndex Index = entityIndex(F);
  auto EdgeOf = [&](std::string_view From, std::string_view To) -> const Edge & {
    for (const Edge &E : F.Edges)
      if (E.From == From && E.To == To)
        return E;
    throw std::logic_error("no edge");
  };
  auto Unit = [&](std::uint32_t U) { return S.Units[U].Id; };
  auto Cross = crossUnitEnds(Index, S, EdgeOf("c:main", "c:trim"));
  ASSERT_TRUE(Cross);
  EXPECT_EQ(Unit(Cross->From), "payments/tool");
  EXPECT_EQ(Unit(Cross->To), "common/util");
  EXPECT_EQ(F.Entities[Cross->ToEntity].Id, "c:trim");
  // Inside one unit: lifted, but not an edge between units.
  const Edge &Inside = EdgeOf("c:Card::charge", "c:helper");
  ASSERT_TRUE(unitEnds(Index, S, Inside));
  EXPECT_FALSE(crossUnitEnds(Index, S, Inside));
  // An excluded or external end has no unit.
  EXPECT_FALSE(unitEnds(Index, S, EdgeOf("c:main", "c:tp")));
  EXPECT_FALSE(unitEnds(Index, S, EdgeOf("c:main", "ext:vector")));
  // An id the facts do not hold.
  Edge Unknown = EdgeOf("c:main", "c:trim");
  Unknown.To = "c:nowhere";
  EXPECT_FALSE(unitEnds(Index, S, Unknown));
}

} // namespace
} // namespace seams
