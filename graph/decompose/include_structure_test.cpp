// Tests for the include structure measure and for the include-similarity switch it drives.
#include "graph/decompose/decomposition.h"
#include "graph/decompose/include_structure.h"

#include <gtest/gtest.h>
#include <sstream>
#include <string>

namespace seams {
namespace {

/// Three domains m0, m1, m2 of four units each (mD/uI.h, mD/uI.cpp, a function fDI): every
/// function calls the three others of its domain, and f0I calls f1I once. With Along, each .cpp
/// includes the headers of its own domain; without, each .cpp includes two headers spread over
/// the domains (unit K includes K+1 and K+5 mod 12), as code whose domains include each other's
/// headers.
Facts world(bool Along) {
  FactsBuilder B;
  auto Path = [](int D, int I, const char *Ext) {
    return "m" + std::to_string(D) + "/u" + std::to_string(I) + Ext;
  };
  auto Fn = [](int D, int I) { return "c:f" + std::to_string(D) + std::to_string(I); };
  for (int D = 0; D < 3; ++D)
    for (int I = 0; I < 4; ++I) {
      for (const char *Ext : {".h", ".cpp"}) {
        std::string P = Path(D, I, Ext);
        B.addFile({P, 10, 0});
        B.addEntity({"file:" + P, EntityKind::File, P, P, 1, P, 1, 10});
      }
      std::string Name = Fn(D, I).substr(2);
      B.addEntity(
          {Fn(D, I), EntityKind::Function, Name, Path(D, I, ".h"), 1, Path(D, I, ".cpp"), 1, 3});
    }
  auto Add = [&](const std::string &From, const std::string &To, EdgeKind K) {
    B.addOccurrence(From, To, K, {{"m0/u0.cpp", 1, 1}, false});
  };
  for (int D = 0; D < 3; ++D)
    for (int I = 0; I < 4; ++I) {
      for (int J = 0; J < 4; ++J)
        if (J != I) {
          Add(Fn(D, I), Fn(D, J), EdgeKind::Call);
          if (Along)
            Add("file:" + Path(D, I, ".cpp"), "file:" + Path(D, J, ".h"), EdgeKind::Include);
        }
      if (!Along)
        for (int Step : {1, 5}) {
          int K = (D * 4 + I + Step) % 12;
          Add("file:" + Path(D, I, ".cpp"), "file:" + Path(K / 4, K % 4, ".h"), EdgeKind::Include);
        }
    }
  for (int I = 0; I < 4; ++I)
    Add(Fn(0, I), Fn(1, I), EdgeKind::Call);
  return B.finish("proj", 0, false);
}

TEST(IncludeStructure, IncludesAlongTheDomainsAreAsModularAsTheSymbols) {
  Facts F = world(true);
  UnitSet U = buildUnits(F, UnitKind::Component);
  ASSERT_EQ(U.Units.size(), 12u);
  IncludeStructure S = includeStructure(F, U, EdgeWeights(), 42);
  EXPECT_GT(S.SymbolModularity, 0.5);
  EXPECT_GT(S.IncludeModularity, 0.5);
  EXPECT_GE(S.Ratio, 0.9);
}

TEST(IncludeStructure, IncludesAcrossTheDomainsAreMuchLessModular) {
  Facts F = world(false);
  UnitSet U = buildUnits(F, UnitKind::Component);
  IncludeStructure S = includeStructure(F, U, EdgeWeights(), 42);
  EXPECT_GT(S.SymbolModularity, 0.5);
  EXPECT_GT(S.IncludeModularity, 0); // a ring has some structure, far less than the domains
  EXPECT_LT(S.Ratio, 0.7);
}

/// 30 units without a clear structure (each includes 3 headers and calls 3 functions picked by
/// a fixed pseudo-random sequence), where the clustering has many near-optimal partitions and
/// the order of the nodes would decide between them. Renamed numbers the units the other way
/// round.
Facts noisyWorld(bool Renamed) {
  constexpr int N = 30;
  FactsBuilder B;
  auto Stem = [Renamed](int I) { return "n/u" + std::to_string(100 + (Renamed ? N - 1 - I : I)); };
  for (int I = 0; I < N; ++I) {
    for (const char *Ext : {".h", ".cpp"}) {
      std::string P = Stem(I) + Ext;
      B.addFile({P, 10, 0});
      B.addEntity({"file:" + P, EntityKind::File, P, P, 1, P, 1, 10});
    }
    B.addEntity({"c:f" + std::to_string(I), EntityKind::Function, "f" + std::to_string(I),
                 Stem(I) + ".h", 1, Stem(I) + ".cpp", 1, 3});
  }
  unsigned X = 12345;
  auto Next = [&] { return (X = X * 1103515245u + 12345u) / 65536u % N; };
  for (int I = 0; I < N; ++I)
    for (int K = 0; K < 3; ++K) {
      int H = static_cast<int>(Next()), C = static_cast<int>(Next());
      B.addOccurrence("file:" + Stem(I) + ".cpp", "file:" + Stem(H) + ".h", EdgeKind::Include,
                      {{"n/u100.cpp", 1, 1}, false});
      B.addOccurrence("c:f" + std::to_string(I), "c:f" + std::to_string(C), EdgeKind::Call,
                      {{"n/u100.cpp", 1, 1}, false});
    }
  return B.finish("proj", 0, false);
}

TEST(IncludeStructure, RenamingTheFilesLeavesTheMeasureUnchanged) {
  Facts F = noisyWorld(false), R = noisyWorld(true);
  UnitSet UF = buildUnits(F, UnitKind::Component), UR = buildUnits(R, UnitKind::Component);
  for (std::uint64_t Seed = 1; Seed <= 8; ++Seed) {
    IncludeStructure S = includeStructure(F, UF, EdgeWeights(), Seed);
    IncludeStructure T = includeStructure(R, UR, EdgeWeights(), Seed);
    EXPECT_GT(S.IncludeModularity, 0);
    EXPECT_EQ(S.IncludeModularity, T.IncludeModularity) << "seed " << Seed;
    EXPECT_EQ(S.SymbolModularity, T.SymbolModularity) << "seed " << Seed;
  }
}

TEST(IncludeStructure, CodeWithoutIncludesBetweenUnitsHasNoIncludeStructure) {
  FactsBuilder B;
  for (const char *P : {"a/x.cpp", "b/y.cpp", "c/z.cpp"}) {
    B.addFile({P, 10, 0});
    B.addEntity({std::string("file:") + P, EntityKind::File, P, P, 1, P, 1, 10});
  }
  B.addEntity({"c:x", EntityKind::Function, "x", "a/x.cpp", 1, "a/x.cpp", 1, 3});
  B.addEntity({"c:y", EntityKind::Function, "y", "b/y.cpp", 1, "b/y.cpp", 1, 3});
  B.addOccurrence("c:x", "c:y", EdgeKind::Call, {{"a/x.cpp", 1, 1}, false});
  Facts F = B.finish("proj", 0, false);
  IncludeStructure S = includeStructure(F, buildUnits(F, UnitKind::Component), EdgeWeights(), 1);
  EXPECT_EQ(S.IncludeModularity, 0);
  EXPECT_FALSE(S.carriesStructure(0.7));
  EXPECT_FALSE(decompose(F, Config(), DecomposeOptions()).IncludeSimilarityUsed);
}

TEST(IncludeStructure, IncludesCarryTheStructureAtLeastThresholdTimesTheSymbols) {
  EXPECT_DOUBLE_EQ(IncludeStructure::of(0.4, 0).Ratio, 0);
  EXPECT_DOUBLE_EQ(IncludeStructure::of(0.3, 0.6).Ratio, 0.5);
  EXPECT_TRUE((IncludeStructure::of(0.3, 0.6).carriesStructure(0.5)));
  EXPECT_FALSE((IncludeStructure::of(0.3, 0.6).carriesStructure(0.7)));
  // No symbol graph (only includes weighed): the includes are all the structure there is.
  EXPECT_TRUE((IncludeStructure::of(0.4, 0).carriesStructure(0.7)));
  EXPECT_FALSE((IncludeStructure::of(0, 0).carriesStructure(0.7)));
  EXPECT_TRUE((IncludeStructure::of(0, 0.5).carriesStructure(0)));
}

TEST(IncludeStructure, DecideWhetherIncludeSimilarityEntersTheClustering) {
  Config C;
  DecomposeOptions O;
  Decomposition Along = decompose(world(true), C, O);
  ASSERT_TRUE(Along.Includes);
  EXPECT_TRUE(Along.IncludeSimilarityUsed);
  Decomposition Across = decompose(world(false), C, O);
  ASSERT_TRUE(Across.Includes);
  EXPECT_FALSE(Across.IncludeSimilarityUsed);
  // Either way the three domains are the services: the symbols hold them.
  EXPECT_EQ(Along.Services.size(), 3u);
  EXPECT_EQ(Across.Services.size(), 3u);
  C.Weights.IncludeStructure = 0; // always on
  EXPECT_TRUE(decompose(world(false), C, O).IncludeSimilarityUsed);
  C.Weights[EdgeKind::Include] = 0; // the include weight does not hide the include structure
  C.Weights.IncludeStructure = 0.7;
  EXPECT_TRUE(decompose(world(true), C, O).IncludeSimilarityUsed);
  C.Weights.IncludeSimilarity = 0; // off: not even measured
  Decomposition Off = decompose(world(true), C, O);
  EXPECT_FALSE(Off.Includes);
  EXPECT_FALSE(Off.IncludeSimilarityUsed);
}

TEST(IncludeStructure, RoundTripsThroughDecompositionJson) {
  Decomposition D = decompose(world(true), Config(), DecomposeOptions());
  std::ostringstream Out;
  writeDecompositionJson(D, Out);
  EXPECT_NE(Out.str().find("\"include_structure\": {\"include_modularity\": "), std::string::npos);
  std::istringstream In(Out.str());
  Decomposition Back = readDecompositionJson(In, "decomposition.json");
  ASSERT_TRUE(Back.Includes);
  EXPECT_NEAR(Back.Includes->IncludeModularity, D.Includes->IncludeModularity, 1e-6);
  EXPECT_NEAR(Back.Includes->SymbolModularity, D.Includes->SymbolModularity, 1e-6);
  EXPECT_NEAR(Back.Includes->Ratio, D.Includes->Ratio, 1e-6);
  EXPECT_EQ(Back.IncludeSimilarityUsed, D.IncludeSimilarityUsed);
}

TEST(IncludeStructure, ServicesExplainTheirAlikeIncludesOnlyWhereTheyWereUsed) {
  Decomposition Along = decompose(world(true), Config(), DecomposeOptions());
  ASSERT_TRUE(Along.IncludeSimilarityUsed);
  for (const Service &S : Along.Services) {
    ASSERT_TRUE(S.Why && S.Why->AlikeIncludes);
    // Four units of one domain include each other's headers: their neighbourhoods are alike.
    EXPECT_GT(S.Why->AlikeIncludes->Pairs, 0u);
    ASSERT_TRUE(S.Why->AlikeIncludes->Closest);
    const auto &C = *S.Why->AlikeIncludes->Closest;
    EXPECT_EQ(Along.ServiceOfUnit[C.A], Along.ServiceOfUnit[C.B]);
    EXPECT_GT(C.Weight, 0);
    EXPECT_LE(C.Weight, 1 + 1e-12);
  }
  std::ostringstream Out;
  writeDecompositionJson(Along, Out);
  EXPECT_NE(Out.str().find(",\"includes\":{\"pairs\":"), std::string::npos);
  std::istringstream In(Out.str());
  Decomposition Back = readDecompositionJson(In, "decomposition.json");
  for (std::size_t S = 0; S < Along.Services.size(); ++S) {
    ASSERT_TRUE(Back.Services[S].Why && Back.Services[S].Why->AlikeIncludes);
    EXPECT_EQ(Back.Services[S].Why->AlikeIncludes->Pairs,
              Along.Services[S].Why->AlikeIncludes->Pairs);
  }
  std::ostringstream Again;
  writeDecompositionJson(Back, Again);
  EXPECT_EQ(Again.str(), Out.str());

  Decomposition Across = decompose(world(false), Config(), DecomposeOptions());
  ASSERT_FALSE(Across.IncludeSimilarityUsed);
  for (const Service &S : Across.Services)
    EXPECT_FALSE(S.Why && S.Why->AlikeIncludes);
}

} // namespace
} // namespace seams
