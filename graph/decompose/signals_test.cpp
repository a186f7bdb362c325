// Tests for the clustering signals: identifier terms, informativeness, lexical, include,
// namespace and pairing edges.
#include "graph/decompose/signals.h"
#include "graph/decompose/unit_graph.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <span>
#include <unordered_set>

namespace seams {
namespace {

/// Files a/x.h, a/x.cpp, b/y.cpp, c/z.cpp, d/w.cpp, inc/api.h (four component units plus the
/// header apart): x declares nothing apart; api.h declares `Engine::run`, defined in b/y.cpp.
/// Every unit calls `x::log`; only y calls z's `parseToken`.
Facts sample() {
  FactsBuilder B;
  for (const char *Path : {"a/x.h", "a/x.cpp", "b/y.cpp", "c/z.cpp", "d/w.cpp", "inc/api.h"}) {
    B.addFile({Path, 10, 0});
    B.addEntity({std::string("file:") + Path, EntityKind::File, Path, Path, 1, Path, 1, 10});
  }
  B.addEntity({"c:log", EntityKind::Function, "x::log", "a/x.h", 1, "a/x.cpp", 1, 3});
  B.addEntity({"c:run", EntityKind::Method, "Engine::run", "inc/api.h", 2, "b/y.cpp", 1, 5});
  B.addEntity({"c:y", EntityKind::Function, "tokenReader", "b/y.cpp", 9, "b/y.cpp", 9, 3});
  B.addEntity({"c:z", EntityKind::Function, "parse_token", "c/z.cpp", 1, "c/z.cpp", 1, 3});
  B.addEntity({"c:w", EntityKind::Function, "drawShape", "d/w.cpp", 1, "d/w.cpp", 1, 3});
  auto Add = [&](const char *From, const char *To, EdgeKind K) {
    B.addOccurrence(From, To, K, {{"b/y.cpp", 1, 1}, false});
  };
  Add("c:run", "c:log", EdgeKind::Call);
  Add("c:z", "c:log", EdgeKind::Call);
  Add("c:w", "c:log", EdgeKind::Call);
  Add("c:y", "c:z", EdgeKind::Call);
  return B.finish("proj", 0, false);
}

TEST(Signals, IdentifierTermsSplitOnCaseUnderscoresAndDigits) {
  EXPECT_EQ(identifierTerms("ns::HTTPServer2::write_batch"),
            (std::vector<std::string>{"ns", "http", "server", "write", "batch"}));
  EXPECT_EQ(identifierTerms("parseTokenA"), (std::vector<std::string>{"parse", "token"}));
  EXPECT_TRUE(identifierTerms("x_1").empty());
}

TEST(Signals, AnEntityEveryUnitUsesSaysLessThanOneOnlyANeighbourUses) {
  Facts F = sample();
  UnitSet U = buildUnits(F, UnitKind::Component);
  std::vector<double> Info = entityInformativeness(F, U);
  auto Of = [&](std::string_view Id) { return Info[F.findEntity(Id) - F.Entities.data()]; };
  EXPECT_LT(Of("c:log"), Of("c:z")); // used by three units vs by one
  EXPECT_GT(Of("c:z"), 0.5);
  EXPECT_DOUBLE_EQ(Of("c:w"), 1.0); // nobody uses it
}

TEST(Signals, IdfDampsOnlyWhatTheClusteringSees) {
  Facts F = sample();
  UnitSet U = buildUnits(F, UnitKind::Component);
  EdgeWeights W;
  W.Idf = 1;
  UnitGraph G = buildUnitGraph(F, U, W);
  for (const UnitArc &A : G.Arcs) {
    EXPECT_GT(A.Weight, 0);
    EXPECT_LE(A.Cluster, A.Weight);
  }
  W.Idf = 0;
  for (const UnitArc &A : buildUnitGraph(F, U, W).Arcs)
    EXPECT_DOUBLE_EQ(A.Cluster, A.Weight);
}

TEST(Signals, PairingJoinsAHeaderToTheSourceDefiningWhatItDeclares) {
  Facts F = sample();
  UnitSet U = buildUnits(F, UnitKind::Component);
  std::vector<WeightedEdge> P = pairingEdges(F, U);
  ASSERT_EQ(P.size(), 1u); // a/x.h and a/x.cpp are one component already
  EXPECT_EQ(U.Units[P[0].From].Id, "b/y");
  EXPECT_EQ(U.Units[P[0].To].Id, "inc/api");
  EXPECT_DOUBLE_EQ(P[0].Weight, 1);
}

TEST(Signals, LexicalEdgesLinkUnitsSharingRareTermsAndNeverReadPaths) {
  Facts F = sample();
  UnitSet U = buildUnits(F, UnitKind::Component);
  std::vector<WeightedEdge> L = lexicalEdges(F, U, 3);
  // "token" is in b/y (tokenReader) and c/z (parse_token) only; directories share no term.
  ASSERT_EQ(L.size(), 1u);
  EXPECT_EQ(U.Units[L[0].From].Id, "b/y");
  EXPECT_EQ(U.Units[L[0].To].Id, "c/z");
  EXPECT_GT(L[0].Weight, 0);
  EXPECT_LE(L[0].Weight, 1 + 1e-12);
  EdgeWeights W;
  W.Lexical = 0.5;
  UnitGraph G = buildUnitGraph(F, U, W);
  double Deps = 0;
  for (const UnitArc &A : G.Arcs)
    Deps += A.Cluster;
  ASSERT_EQ(G.Affinity.size(), 1u);
  EXPECT_NEAR(G.Affinity[0].Weight, 0.5 * Deps, 1e-9);
}

/// Units a/p, a/q, b/r, b/s and headers h/x, h/y, h/z, h/w: p and q include x and y, r and s
/// include z and w; p also calls r's `run`, and `Shape`, a type of s, is used by p.
Facts includeSample() {
  FactsBuilder B;
  for (const char *Path :
       {"a/p.cpp", "a/q.cpp", "b/r.cpp", "b/s.cpp", "h/x.h", "h/y.h", "h/z.h", "h/w.h"}) {
    B.addFile({Path, 10, 0});
    B.addEntity({std::string("file:") + Path, EntityKind::File, Path, Path, 1, Path, 1, 10});
  }
  B.addEntity({"c:p", EntityKind::Function, "p", "a/p.cpp", 1, "a/p.cpp", 1, 3});
  B.addEntity({"c:run", EntityKind::Function, "run", "b/r.cpp", 1, "b/r.cpp", 1, 3});
  B.addEntity({"c:Shape", EntityKind::Class, "Shape", "b/s.cpp", 1, "b/s.cpp", 1, 3});
  auto Add = [&](const char *From, const char *To, EdgeKind K) {
    B.addOccurrence(From, To, K, {{"a/p.cpp", 1, 1}, false});
  };
  for (const char *From : {"file:a/p.cpp", "file:a/q.cpp"})
    for (const char *To : {"file:h/x.h", "file:h/y.h"})
      Add(From, To, EdgeKind::Include);
  for (const char *From : {"file:b/r.cpp", "file:b/s.cpp"})
    for (const char *To : {"file:h/z.h", "file:h/w.h"})
      Add(From, To, EdgeKind::Include);
  Add("c:p", "c:run", EdgeKind::Call);
  Add("c:p", "c:Shape", EdgeKind::Type);
  return B.finish("proj", 0, false);
}

TEST(Signals, IncludeNeighboursLinkUnitsIncludingTheSameHeaders) {
  Facts F = includeSample();
  UnitSet U = buildUnits(F, UnitKind::Component);
  auto Id = [&](std::uint32_t I) { return U.Units[I].Id; };
  std::vector<WeightedEdge> S = includeNeighbourEdges(F, U, 1);
  bool PQ = false, RS = false;
  for (const WeightedEdge &E : S) {
    // Never across the two groups: they include nothing in common.
    EXPECT_EQ(Id(E.From).substr(0, 2) == "a/", Id(E.To).substr(0, 2) == "a/")
        << Id(E.From) << " " << Id(E.To);
    PQ = PQ || (Id(E.From) == "a/p" && Id(E.To) == "a/q");
    RS = RS || (Id(E.From) == "b/r" && Id(E.To) == "b/s");
  }
  EXPECT_TRUE(PQ);
  EXPECT_TRUE(RS);
}

/// Eight sources, two groups of four written alike: t0..t3 include one.h and two.h, f0..f3
/// include three.h. Paths[L] is the path of label L (t0..t3, f0..f3, one, two, three).
Facts tiedIncludes(const std::map<std::string, std::string> &Paths) {
  FactsBuilder B;
  for (const auto &[Label, Path] : Paths) {
    B.addFile({Path, 10, 0});
    B.addEntity({"file:" + Path, EntityKind::File, Path, Path, 1, Path, 1, 10});
  }
  auto Include = [&](const std::string &From, const std::string &To) {
    B.addOccurrence("file:" + Paths.at(From), "file:" + Paths.at(To), EdgeKind::Include,
                    {{Paths.at(From), 1, 1}, false});
  };
  for (const char *T : {"t0", "t1", "t2", "t3"}) {
    Include(T, "one");
    Include(T, "two");
  }
  for (const char *T : {"f0", "f1", "f2", "f3"})
    Include(T, "three");
  return B.finish("proj", 0, false);
}

/// The include-similarity pairs of tiedIncludes(Paths), as pairs of labels.
std::set<std::pair<std::string, std::string>>
includePairs(const std::map<std::string, std::string> &Paths, unsigned Neighbours) {
  Facts F = tiedIncludes(Paths);
  UnitSet U = buildUnits(F, UnitKind::Component);
  std::map<std::string, std::string> LabelOf;
  for (const auto &[Label, Path] : Paths)
    LabelOf[Path.substr(0, Path.rfind('.'))] = Label;
  std::set<std::pair<std::string, std::string>> Out;
  for (const WeightedEdge &E : includeNeighbourEdges(F, U, Neighbours))
    Out.insert(std::minmax(LabelOf.at(U.Units[E.From].Id), LabelOf.at(U.Units[E.To].Id)));
  return Out;
}

TEST(Signals, NeighboursTiedAcrossTheLastPlaceAreLeftOutWhateverTheNames) {
  std::map<std::string, std::string> Plain, Renamed;
  const char *Labels[] = {"t0", "t1", "t2", "t3", "f0", "f1", "f2", "f3"};
  for (int I = 0; I < 8; ++I) {
    Plain[Labels[I]] = std::string("src/") + Labels[I] + ".cpp";
    // Reversed: the unit numbers, and so any tie broken by them, are reversed too.
    Renamed[Labels[I]] = "lib/" + std::string(1, static_cast<char>('z' - I)) + ".cpp";
  }
  for (const char *H : {"one", "two", "three"}) {
    Plain[H] = std::string("inc/") + H + ".h";
    Renamed[H] = std::string("hdr/") + H + ".h";
  }
  // Each of t0..t3 is as close to the three others. With three neighbours asked, all are kept;
  // with one, none is: which of three equals a name order would put first is not a fact of the
  // code.
  auto Three = includePairs(Plain, 3), One = includePairs(Plain, 1);
  EXPECT_EQ(Three, includePairs(Renamed, 3));
  EXPECT_EQ(One, includePairs(Renamed, 1));
  for (const char *A : {"t0", "t1", "t2", "t3", "f0", "f1", "f2", "f3"})
    for (const char *B : {"t0", "t1", "t2", "t3", "f0", "f1", "f2", "f3"})
      if (std::string(A) < B) {
        EXPECT_EQ(Three.count({A, B}), A[0] == B[0] ? 1u : 0u) << A << " " << B;
        EXPECT_EQ(One.count({A, B}), 0u) << A << " " << B;
      }
  // The two headers, included by the same four units, are each other's one neighbour.
  EXPECT_EQ(One, (std::set<std::pair<std::string, std::string>>{{"one", "two"}}));
}

TEST(Signals, IncludeSimilarityAloneKeepsItsOwnWeights) {
  Facts F = includeSample();
  UnitSet U = buildUnits(F, UnitKind::Component);
  EdgeWeights W;
  for (double &K : W.ByKind)
    K = 0; // no dependency weight to scale to: the similarity alone is the graph
  W.IncludeSimilarity = 2;
  UnitGraph G = buildUnitGraph(F, U, W);
  std::vector<WeightedEdge> S = includeNeighbourEdges(F, U, W.LexicalNeighbours);
  ASSERT_FALSE(S.empty());
  ASSERT_EQ(G.Affinity.size(), S.size());
  for (std::size_t I = 0; I < S.size(); ++I)
    EXPECT_DOUBLE_EQ(G.Affinity[I].Weight, 2 * S[I].Weight);
}

TEST(Signals, IncludeShareAndClusterTypeChangeOnlyWhatTheClusteringSees) {
  Facts F = includeSample();
  UnitSet U = buildUnits(F, UnitKind::Component);
  EdgeWeights Plain;
  EdgeWeights W;
  W.IncludeShare = 0.5;
  W.ClusterType = 0;
  UnitGraph G0 = buildUnitGraph(F, U, Plain), G = buildUnitGraph(F, U, W);
  ASSERT_EQ(G0.Arcs.size(), G.Arcs.size());
  double Includes = 0, Others = 0;
  for (std::size_t I = 0; I < G.Arcs.size(); ++I) {
    const UnitArc &A = G.Arcs[I];
    EXPECT_DOUBLE_EQ(A.Weight, G0.Arcs[I].Weight); // metrics and hotspots keep the weights
    bool Include = U.Units[A.To].Id.substr(0, 2) == "h/";
    (Include ? Includes : Others) += A.Cluster;
    if (U.Units[A.To].Id == "b/s") {
      EXPECT_DOUBLE_EQ(A.Cluster, 0); // a type edge alone
    }
  }
  EXPECT_GT(Others, 0);
  EXPECT_NEAR(Includes / (Includes + Others), 0.5, 1e-12);
}

TEST(Signals, EnclosingNamespacesStopAtClassesTemplatesOperatorsAndAnonymousOnes) {
  // Anonymous namespaces in the set as Clang may spell them: they must still never count.
  const std::unordered_set<std::string> Ns = {
      "a", "a::b", "x", "a::(anonymous)", "a::(anonymous namespace)", "a::b::(anonymous)"};
  using V = std::vector<std::string>;
  EXPECT_EQ(enclosingNamespaces("a::b::C::f", Ns), (V{"a", "a::b"})); // C is a class
  EXPECT_EQ(enclosingNamespaces("a::b::C<x::Y>::f", Ns), (V{"a", "a::b"}));
  EXPECT_EQ(enclosingNamespaces("a::f(x::Y)", Ns), V{"a"});
  EXPECT_EQ(enclosingNamespaces("a::(anonymous namespace)::g", Ns), V{"a"});
  EXPECT_EQ(enclosingNamespaces("a::b::(anonymous)::g", Ns), (V{"a", "a::b"}));
  EXPECT_EQ(enclosingNamespaces("a::operator<", Ns), V{"a"});
  EXPECT_EQ(enclosingNamespaces("a::operator>>", Ns), V{"a"});
  EXPECT_EQ(enclosingNamespaces("a::b::C::operator->", Ns), (V{"a", "a::b"}));
  EXPECT_EQ(enclosingNamespaces("a::operator()", Ns), V{"a"});
  EXPECT_EQ(enclosingNamespaces("f", Ns), V{});
  EXPECT_EQ(enclosingNamespaces("C::a::f", Ns), V{}); // `a` nested in a class is not namespace a
}

/// A unit of one file at Path defining one class, Name.
/// The index of the unit with this id in U, or NoUnit.
std::uint32_t unitNamed(const UnitSet &U, std::string_view Id) {
  for (std::uint32_t I = 0; I < U.Units.size(); ++I)
    if (U.Units[I].Id == Id)
      return I;
  return UnitSet::NoUnit;
}

void addClassUnit(FactsBuilder &B, const std::string &Path, const std::string &Name) {
  B.addFile({Path, 10, 0});
  B.addEntity({"file:" + Path, EntityKind::File, Path, Path, 1, Path, 1, 10});
  B.addEntity({"c:" + Path, EntityKind::Class, Name, Path, 1, Path, 1, 5});
}

/// Units n1..n3 in `proj::net`, d1..d2 in `proj::db`, g1 in the global namespace: every
/// namespaced unit is in `proj` too. No dependency between any two.
Facts namespaceSample() {
  FactsBuilder B;
  B.addEntity({"c:@N@proj", EntityKind::Namespace, "proj", "n1.h", 1, "", 0, 0});
  B.addEntity({"c:@N@proj@N@net", EntityKind::Namespace, "proj::net", "n1.h", 1, "", 0, 0});
  B.addEntity({"c:@N@proj@N@db", EntityKind::Namespace, "proj::db", "d1.h", 1, "", 0, 0});
  addClassUnit(B, "n1.h", "proj::net::Socket");
  addClassUnit(B, "n2.h", "proj::net::Poller");
  addClassUnit(B, "n3.h", "proj::net::Buffer");
  addClassUnit(B, "d1.h", "proj::db::Table");
  addClassUnit(B, "d2.h", "proj::db::Index");
  addClassUnit(B, "g1.h", "Logger");
  return B.finish("proj", 0, false);
}

TEST(Signals, NamespaceEdgesLinkUnitsOfOneNamespaceAndNeverTheGlobalOrProjectWideOne) {
  Facts F = namespaceSample();
  UnitSet U = buildUnits(F, UnitKind::Component);
  auto Id = [&](std::uint32_t I) { return U.Units[I].Id; };
  std::set<std::pair<std::string, std::string>> Pairs;
  for (const WeightedEdge &E : namespaceEdges(F, U, 10)) {
    Pairs.insert({Id(E.From), Id(E.To)});
    EXPECT_NEAR(E.Weight, 1, 1e-9); // one namespace each: alike units are cosine 1
  }
  // `proj` is in five units of six, more than half: it says nothing, so net and db never meet.
  EXPECT_EQ(Pairs, (std::set<std::pair<std::string, std::string>>{
                       {"d1", "d2"}, {"n1", "n2"}, {"n1", "n3"}, {"n2", "n3"}}));
}

TEST(Signals, UnitsOfALargeNamespaceKeepTheOnesTheyDependOnNeverByName) {
  // Fourteen units all in `big::ns` (and two in `other`, so `big::ns` is under half): every pair
  // of the fourteen is cosine 1, a tie across any neighbour count below 13.
  FactsBuilder B;
  B.addEntity({"c:@N@big", EntityKind::Namespace, "big", "u00.h", 1, "", 0, 0});
  B.addEntity({"c:@N@big@N@ns", EntityKind::Namespace, "big::ns", "u00.h", 1, "", 0, 0});
  B.addEntity({"c:@N@other", EntityKind::Namespace, "other", "o1.h", 1, "", 0, 0});
  for (int I = 0; I < 14; ++I) {
    std::string Path = (I < 10 ? "u0" : "u1") + std::to_string(I % 10) + ".h";
    addClassUnit(B, Path, "big::ns::C" + std::to_string(I));
  }
  for (int I = 0; I < 16; ++I)
    addClassUnit(B, "g" + std::to_string(I) + ".h", "Global" + std::to_string(I));
  addClassUnit(B, "o1.h", "other::A");
  addClassUnit(B, "o2.h", "other::B");
  Facts F = B.finish("proj", 0, false);
  UnitSet U = buildUnits(F, UnitKind::Component);
  auto Pairs = [&](std::span<const WeightedEdge> Closeness) {
    std::set<std::pair<std::string, std::string>> Out;
    for (const WeightedEdge &E : namespaceEdges(F, U, 10, Closeness))
      Out.insert({U.Units[E.From].Id, U.Units[E.To].Id});
    return Out;
  };
  using PairSet = std::set<std::pair<std::string, std::string>>;
  // Without closeness the fourteen are all tied: none is kept (only names could choose).
  EXPECT_EQ(Pairs({}), (PairSet{{"o1", "o2"}}));
  // u00 depends on u01 and u02 (more on u02), u03 on u00: among equals, u00 keeps those three,
  // and each of them keeps u00; no other pair of the fourteen is told apart, so none is kept.
  auto Of = [&](std::string_view Id) { return unitNamed(U, Id); };
  const std::vector<WeightedEdge> Deps = {
      {Of("u00"), Of("u01"), 1}, {Of("u00"), Of("u02"), 2}, {Of("u03"), Of("u00"), 1}};
  EXPECT_EQ(Pairs(Deps), (PairSet{{"o1", "o2"}, {"u00", "u01"}, {"u00", "u02"}, {"u00", "u03"}}));
}

TEST(Signals, NamespaceSimilarityWeighsByTheSquareOfTheShareOfUnitsItLinks) {
  Facts F = namespaceSample();
  UnitSet U = buildUnits(F, UnitKind::Component);
  std::vector<WeightedEdge> Ns = namespaceEdges(F, U, 10);
  EXPECT_DOUBLE_EQ(namespaceTrust(Ns, U.Units.size()), (5.0 / 6) * (5.0 / 6)); // g1 unlinked
  EXPECT_DOUBLE_EQ(namespaceTrust(Ns, 50), 0.1 * 0.1);
  EXPECT_DOUBLE_EQ(namespaceTrust({}, 6), 0);
  EdgeWeights W;
  for (double &K : W.ByKind)
    K = 0; // no dependency weight to scale to: the share applies to the edges themselves
  W.NamespaceSimilarity = 6;
  UnitGraph G = buildUnitGraph(F, U, W);
  ASSERT_EQ(G.Affinity.size(), Ns.size());
  for (std::size_t I = 0; I < Ns.size(); ++I)
    EXPECT_DOUBLE_EQ(G.Affinity[I].Weight, 6 * (25.0 / 36) * Ns[I].Weight);
  W.NamespaceSimilarity = 0;
  EXPECT_TRUE(buildUnitGraph(F, U, W).Affinity.empty());
}

TEST(Signals, NamespaceSimilarityLinksNoUnitAPinPlaces) {
  Facts F = namespaceSample();
  UnitSet U = buildUnits(F, UnitKind::Component);
  EdgeWeights W;
  W.NamespaceSimilarity = 6;
  using PairSet = std::set<std::pair<std::string, std::string>>;
  auto PairsWithPinned = [&](std::initializer_list<std::string_view> Ids) {
    std::vector<bool> Pinned(U.Units.size(), false);
    for (std::uint32_t I = 0; I < U.Units.size(); ++I)
      Pinned[I] = std::find(Ids.begin(), Ids.end(), U.Units[I].Id) != Ids.end();
    PairSet Pairs;
    for (const WeightedEdge &E : buildUnitGraph(F, U, W, Pinned).Affinity)
      Pairs.insert({U.Units[E.From].Id, U.Units[E.To].Id});
    return Pairs;
  };
  // Every pair touching a pinned unit goes, whichever end it is (n1 is the lower, n3 the
  // higher end of its pairs); the others stay.
  EXPECT_EQ(PairsWithPinned({"n1"}), (PairSet{{"d1", "d2"}, {"n2", "n3"}}));
  EXPECT_EQ(PairsWithPinned({"n3"}), (PairSet{{"d1", "d2"}, {"n1", "n2"}}));
  EXPECT_EQ(PairsWithPinned({"n1", "d2"}), (PairSet{{"n2", "n3"}}));
  EXPECT_EQ(PairsWithPinned({}), (PairSet{{"d1", "d2"}, {"n1", "n2"}, {"n1", "n3"}, {"n2", "n3"}}));
}

TEST(Signals, AUnitWhoseNearestArePinnedKeepsItsNextNearest) {
  // u0..u2 in `a::x` (so in `a` too), v0..v2 in `b`: no namespace above half the units. With one
  // neighbour each, u1 keeps u0; with u0 left out it keeps u2, not nothing (a filter after the
  // choice would leave u1 and u2 without any edge).
  FactsBuilder B;
  B.addEntity({"ns:a", EntityKind::Namespace, "a", "u0.h", 1, "", 0, 0});
  B.addEntity({"ns:a::x", EntityKind::Namespace, "a::x", "u0.h", 1, "", 0, 0});
  B.addEntity({"ns:b", EntityKind::Namespace, "b", "v0.h", 1, "", 0, 0});
  for (const char *Unit : {"u0", "u1", "u2"})
    addClassUnit(B, std::string(Unit) + ".h", std::string("a::x::C") + Unit);
  for (const char *Unit : {"v0", "v1", "v2"})
    addClassUnit(B, std::string(Unit) + ".h", std::string("b::D") + Unit);
  Facts F = B.finish("proj", 0, false);
  UnitSet U = buildUnits(F, UnitKind::Component);
  auto Of = [&](std::string_view Id) { return unitNamed(U, Id); };
  // Dependencies rank the tied units: u1 and u2 are closest to u0, u0 to u1.
  const std::vector<WeightedEdge> Deps = {
      {Of("u1"), Of("u0"), 3}, {Of("u2"), Of("u0"), 2}, {Of("u1"), Of("u2"), 1}};
  auto HasPair = [&](const std::vector<WeightedEdge> &Edges, std::string_view A,
                     std::string_view Bn) {
    return std::any_of(Edges.begin(), Edges.end(), [&](const WeightedEdge &E) {
      return (E.From == Of(A) && E.To == Of(Bn)) || (E.From == Of(Bn) && E.To == Of(A));
    });
  };
  std::vector<WeightedEdge> Free = namespaceEdges(F, U, 1, Deps);
  EXPECT_TRUE(HasPair(Free, "u1", "u0"));
  EXPECT_FALSE(HasPair(Free, "u1", "u2"));
  std::vector<bool> Left(U.Units.size(), false);
  Left[Of("u0")] = true;
  std::vector<WeightedEdge> Pinned = namespaceEdges(F, U, 1, Deps, Left);
  EXPECT_FALSE(HasPair(Pinned, "u1", "u0"));
  EXPECT_TRUE(HasPair(Pinned, "u1", "u2"));
}

} // namespace
} // namespace seams
