// Tests for the console summary of `seams analyze` on a hand-made world of four services.
#include "graph/decompose/granularity.h"
#include "graph/hotspots/hotspots_test_util.h"
#include "reports/analyze_summary.h"

#include <gtest/gtest.h>
#include <sstream>

namespace seams {
namespace {

TEST(AnalyzeSummary, ServicesThenTopHotspots) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, {});
  std::ostringstream Out;
  writeAnalyzeSummary(D, A, Out, 2);
  // Ranked by benefit over effort: the shared global (16 / 2.39), then the one-edge cycle
  // (6 / 2.39). Nine hotspots for four units: the lowest-ranked is left out, and said so.
  EXPECT_EQ(Out.str(), "4 services:\n"
                       "  a          1 unit      20 lines  cohesion 0.00\n"
                       "  b          1 unit      20 lines  cohesion 0.00\n"
                       "  c          1 unit      20 lines  cohesion 0.00\n"
                       "  d          1 unit      20 lines  cohesion 0.00\n"
                       "granularity: what stays together across resolutions 1/8 to 8 "
                       "(--resolution R: one run at R, --services N: N services)\n"
                       "include similarity: not used (the include graph between units has no "
                       "structure)\n"
                       "top 2 of 8 hotspots (1 lower-ranked left out: at most 2 per unit):\n"
                       "c/z.cpp:6: shared-state: c writes a::g_count (owned by a) -> add a API "
                       "adjustCount()\n"
                       "b/y.h:31: cycle: cycle between a, b -> cut b -> a (weight 2, 1 edge: "
                       "b::Svc::run calls a::g)\n");
}

TEST(AnalyzeSummary, WarnsWhenMostFilesWereTakenForBuildOutput) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, {});
  const std::size_t Units = D.Units.FileUnit.size();
  for (std::size_t I = 0; I <= Units; ++I)
    D.GeneratedFiles.push_back("src/gen" + std::to_string(I) + ".cc");
  std::ostringstream Out;
  writeAnalyzeSummary(D, A, Out, 0);
  EXPECT_NE(Out.str().find("\nwarning: most files (" + std::to_string(Units + 1) + " of " +
                           std::to_string(2 * Units + 1) + ") are under a build directory"),
            std::string::npos)
      << Out.str();
  D.GeneratedFiles.pop_back(); // as many as the units' files: no warning
  std::ostringstream Half;
  writeAnalyzeSummary(D, A, Half, 0);
  EXPECT_EQ(Half.str().find("warning:"), std::string::npos);
}

TEST(AnalyzeSummary, MarksAServiceNothingConnectsAndTheCompositionRoot) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, {});
  // d's one call into b gone: no service uses d, and d uses none.
  std::erase_if(D.ServiceEdges, [&](const ServiceEdge &E) {
    return D.Services[E.From].Name == "d" || D.Services[E.To].Name == "d";
  });
  std::ostringstream Out;
  writeAnalyzeSummary(D, A, Out, 0);
  EXPECT_NE(Out.str().find("  c          1 unit      20 lines  cohesion 0.00\n"
                           "  d          1 unit      20 lines  cohesion 0.00  unconnected: no "
                           "other service uses it, it uses none\n"),
            std::string::npos)
      << Out.str();
  // The composition root is said so: it gets no sketch and no plan step (ninja's console listed
  // it as one more service, then wrote one sketch fewer).
  for (Service &S : D.Services)
    S.CompositionRoot = S.Name == "d";
  std::ostringstream Root;
  writeAnalyzeSummary(D, A, Root, 0);
  EXPECT_NE(Root.str().find("  d          1 unit      20 lines  cohesion 0.00  composition root: "
                            "main and its wiring, not extracted\n"),
            std::string::npos)
      << Root.str();
}

TEST(AnalyzeSummary, SaysWhetherIncludeSimilarityWasUsedAndWhy) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, {});
  auto Line = [&] {
    std::ostringstream Out;
    writeAnalyzeSummary(D, A, Out, 0);
    std::string S = Out.str();
    auto At = S.find("include similarity: ");
    return At == std::string::npos ? std::string() : S.substr(At, S.find('\n', At) - At);
  };
  D.Includes.reset(); // not measured: include_similarity = 0
  EXPECT_EQ(Line(), "");
  D.Includes = IncludeStructure::of(0.3, 0.6);
  EXPECT_EQ(Line(), "include similarity: not used (the include graph is 0.50 times as modular as "
                    "the symbol graph, below [weights] include_structure)");
  D.Includes = IncludeStructure::of(0.54, 0.6);
  D.IncludeSimilarityUsed = true;
  EXPECT_EQ(Line(),
            "include similarity: used (the include graph is 0.90 times as modular as the symbol "
            "graph)");
  D.IncludeStructureThreshold = 0.7;
  EXPECT_EQ(Line(),
            "include similarity: used (the include graph is 0.90 times as modular as the symbol "
            "graph)");
  D.Includes = IncludeStructure::of(0.4211, 0.6); // 0.7018: aria2's
  EXPECT_EQ(Line(),
            "include similarity: used (the include graph is 0.70 times as modular as the symbol "
            "graph); close to [weights] include_structure = 0.70: try include_similarity = 0 for "
            "the other proposal");
  D.Includes = IncludeStructure::of(0.4, 0.6); // 0.67, not used: forcing it on is the other
  D.IncludeSimilarityUsed = false;
  EXPECT_EQ(Line(), "include similarity: not used (the include graph is 0.67 times as modular as "
                    "the symbol graph, below [weights] include_structure); close to [weights] "
                    "include_structure = 0.70: try include_structure = 0 for the other proposal");
}

TEST(AnalyzeSummary, SaysHowToAskForAnotherGranularityWhenItChoseOne) {
  Facts F = testing::fourServices();
  Decomposition D = testing::pinnedByDirectory(F);
  Assessment A = computeHotspots(F, D, {});
  auto Summary = [&] {
    std::ostringstream Out;
    writeAnalyzeSummary(D, A, Out, 0);
    return Out.str();
  };
  const std::string Line = "granularity: what stays together across resolutions 1/8 to 8 "
                           "(--resolution R: one run at R, --services N: N services)\n";
  D.Granularity = "consensus-across-resolutions";
  EXPECT_NE(Summary().find("  d          1 unit      20 lines  cohesion 0.00\n" + Line),
            std::string::npos)
      << Summary();
  // The line names the default grid: a new grid must change it too.
  EXPECT_EQ(ResolutionConsensusOptions{}.MinResolution, 0.125);
  EXPECT_EQ(ResolutionConsensusOptions{}.MaxResolution, 8.0);
  for (const char *Asked : {"one-run", "services", ""}) {
    D.Granularity = Asked;
    EXPECT_EQ(Summary().find("granularity:"), std::string::npos) << Asked;
  }
}

} // namespace
} // namespace seams
