// Tests for the report writers on a hand-made project whose every name is hostile markup:
// nothing may be interpreted as HTML, script or DOT syntax, and output must be deterministic.
#include "graph/decompose/decomposition.h"
#include "graph/hotspots/hotspots.h"
#include "graph/model/facts.h"
#include "reports/dot_writer.h"
#include "reports/graphviz_layout.h"
#include "reports/html_writer.h"
#include "reports/report_model.h"
#include "reports/sarif_writer.h"
#include "reports/write_reports.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

namespace seams {
namespace {

using nlohmann::json;

const std::string EvilService = "</script><script>alert('s')</script>";
const std::string GoodService = "good & <b>bold</b> \"q\"";
const std::string EvilFunction = "good::f\"</script><script>alert(1)</script>";
const std::string Operator = "evil::operator<";
const std::string Holder = "evil::Holder<std::map<K, V>>";
const std::string Project = "<img src=x onerror=alert(2)>";

struct World {
  Facts F;
  Decomposition D;
  Assessment A;
};

World hostileWorld() {
  FactsBuilder B;
  auto Entity = [&](const std::string &Name, EntityKind K, const std::string &File, unsigned L) {
    B.addFile({File, 40, 0});
    B.addEntity({Name, K, Name, File, L, File, L, 5});
  };
  auto Edge = [&](const std::string &From, const std::string &To, EdgeKind K, unsigned Count,
                  const std::string &File, unsigned Line) {
    for (unsigned I = 0; I < Count; ++I)
      B.addOccurrence(From, To, K, {{File, Line + I, 1}, false});
  };
  Entity(Holder, EntityKind::Class, "evil/<script>.h", 3);
  Entity(Operator, EntityKind::Function, "evil/a&b.cpp", 10);
  Entity(EvilFunction, EntityKind::Function, "good/x.cpp", 5);
  Entity("good::g_state", EntityKind::Variable, "good/\"q\".h", 2);
  Edge(EvilFunction, Operator, EdgeKind::Call, 2, "good/x.cpp", 7);
  Edge(Operator, EvilFunction, EdgeKind::Call, 1, "evil/a&b.cpp", 12);
  Edge(Operator, "good::g_state", EdgeKind::Write, 1, "evil/a&b.cpp", 14);
  Edge(Operator, Holder, EdgeKind::Type, 1, "evil/a&b.cpp", 11);
  B.addTu({"evil/a&b.cpp", "errors", 1});
  B.addTu({"good/x.cpp", "ok", 0});
  B.addDiagnostic({"evil/a&b.cpp", 20, "error", "expected ';' after </script>"});
  World W;
  W.F = B.finish("t", 0, false);
  Config C;
  C.Services.push_back({EvilService, {"evil/**"}, {}});
  C.Services.push_back({GoodService, {"good/**"}, {}});
  std::sort(C.Services.begin(), C.Services.end(),
            [](const ServicePin &A, const ServicePin &B) { return A.Name < B.Name; });
  W.D = decompose(W.F, C, {});
  W.A = computeHotspots(W.F, W.D, HotspotOptions{});
  return W;
}

ReportOptions options() {
  ReportOptions O;
  O.Project = Project;
  return O;
}

template <typename Fn> std::string render(Fn Write) {
  std::ostringstream S;
  Write(S);
  return S.str();
}

std::size_t count(const std::string &Haystack, const std::string &Needle) {
  std::size_t N = 0;
  for (std::size_t P = Haystack.find(Needle); P != std::string::npos;
       P = Haystack.find(Needle, P + 1))
    ++N;
  return N;
}

std::string between(const std::string &S, const std::string &Open, const std::string &Close) {
  std::size_t A = S.find(Open);
  EXPECT_NE(A, std::string::npos) << Open;
  A += Open.size();
  std::size_t B = S.find(Close, A);
  EXPECT_NE(B, std::string::npos) << Close;
  return S.substr(A, B - A);
}

class WritersTest : public ::testing::Test {
protected:
  void SetUp() override {
    W = hostileWorld();
    M = buildReportModel(W.F, W.D, &W.A, options());
  }
  World W;
  ReportModel M;
};

TEST_F(WritersTest, ModelFindsServicesCycleAndSymbolDependencies) {
  ASSERT_EQ(W.D.Services.size(), 2u);
  EXPECT_EQ(M.Cycles, 1u);
  EXPECT_GE(M.CycleOfService[0], 0);
  ASSERT_EQ(M.Edges.size(), W.D.ServiceEdges.size());
  bool Found = false;
  for (std::size_t I = 0; I < M.Edges.size(); ++I) {
    EXPECT_TRUE(M.Edges[I].InCycle);
    for (const SymbolDependency &Dep : M.Edges[I].Deps)
      if (Dep.From == EvilFunction && Dep.To == Operator) {
        Found = true;
        EXPECT_EQ(Dep.Count, 2u);
        EXPECT_THAT(Dep.At, ::testing::ElementsAre(Location{"good/x.cpp", 7, 0},
                                                   Location{"good/x.cpp", 8, 0}));
      }
  }
  EXPECT_TRUE(Found);
  EXPECT_TRUE(M.HasHotspots);
  EXPECT_FALSE(M.Hotspots.empty());
  EXPECT_EQ(M.Contracts.size(), 2u);
}

TEST_F(WritersTest, HtmlRendersHostileNamesAsText) {
  std::string Html = render([&](std::ostream &S) { writeHtmlReport(M, S); });
  // Exactly our two script elements: the data block and the inlined script.
  EXPECT_EQ(count(Html, "<script"), 2u);
  EXPECT_EQ(count(Html, "</script"), 2u);
  EXPECT_EQ(count(Html, "<b>"), 0u);
  EXPECT_EQ(count(Html, "<img"), 0u);
  EXPECT_EQ(count(Html, "alert('s')</script>"), 0u);
  EXPECT_NE(Html.find("<title>seams report: &lt;img src=x onerror=alert(2)&gt;</title>"),
            std::string::npos);
  // No external reference: nothing to fetch at view time.
  EXPECT_EQ(count(Html, "src=\"http"), 0u);
  EXPECT_EQ(count(Html, "href=\"http"), 0u);
  EXPECT_NE(Html.find("default-src &#39;none&#39;"), std::string::npos);
}

TEST_F(WritersTest, EmbeddedDataRoundTripsHostileNames) {
  std::string Html = render([&](std::ostream &S) { writeHtmlReport(M, S); });
  json J = json::parse(
      between(Html, "<script type=\"application/json\" id=\"seams-data\">", "</script>"));
  EXPECT_EQ(J["project"], Project);
  std::vector<std::string> Names;
  for (const json &S : J["services"])
    Names.push_back(S["name"]);
  EXPECT_THAT(Names, ::testing::UnorderedElementsAre(EvilService, GoodService));
  std::vector<std::string> Entities;
  for (const json &E : J["entities"])
    Entities.push_back(E[0]);
  EXPECT_THAT(Entities, ::testing::IsSupersetOf({Operator, Holder, EvilFunction}));
  EXPECT_EQ(J["counts"]["tus_errors"], 1);
  EXPECT_EQ(J["bad_tus"][0][0], "evil/a&b.cpp");
  EXPECT_EQ(J["diagnostics"][0][3], "expected ';' after </script>");
  EXPECT_TRUE(J["source_link"].is_null());
  bool Dep = false;
  for (const json &E : J["edges"])
    for (const json &D : E["deps"])
      Dep |=
          D[0] == EvilFunction && D[1] == Operator && D[4][0][0] == "good/x.cpp" && D[4][0][1] == 7;
  EXPECT_TRUE(Dep);
}

TEST_F(WritersTest, ServiceMapSvgHasIdsAndEscapedText) {
  std::string Html = render([&](std::ostream &S) { writeHtmlReport(M, S); });
  std::string Svg = between(Html, "<div id=\"map-svg\">", "</div>");
  EXPECT_EQ(Svg.rfind("<svg", 0), 0u);
  EXPECT_NE(Svg.find("id=\"s0\""), std::string::npos);
  EXPECT_NE(Svg.find("id=\"e0\""), std::string::npos);
  EXPECT_NE(Svg.find("&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(Svg.find("<!--"), std::string::npos);
  EXPECT_EQ(Svg.find("<b>"), std::string::npos);
}

TEST_F(WritersTest, SourceLinkTemplateIsEmbedded) {
  ReportOptions O = options();
  O.SourceLink = "https://example.invalid/r/blob/abc/{path}#L{line}";
  ReportModel L = buildReportModel(W.F, W.D, &W.A, O);
  std::string Data = render([&](std::ostream &S) { writeReportData(L, S); });
  EXPECT_EQ(json::parse(Data)["source_link"], O.SourceLink);
}

TEST_F(WritersTest, OutputIsDeterministic) {
  ReportModel Again = buildReportModel(W.F, W.D, &W.A, options());
  auto All = [](const ReportModel &R) {
    return render([&](std::ostream &S) {
      writeHtmlReport(R, S);
      writeServicesDot(R, S);
      writeUnitsDot(R, S);
      writeHotspotsSarif(R, S);
    });
  };
  EXPECT_EQ(All(M), All(Again));
}

TEST_F(WritersTest, DotFilesAreValidGraphviz) {
  std::string Services = render([&](std::ostream &S) { writeServicesDot(M, S); });
  std::string Units = render([&](std::ostream &S) { writeUnitsDot(M, S); });
  EXPECT_NE(Services.find("\"</script><script>alert('s')</script>\""), std::string::npos);
  EXPECT_NE(Services.find("color=\"#c0392b\""), std::string::npos); // The cycle.
  EXPECT_NE(Units.find("subgraph cluster_0"), std::string::npos);
  // In-process parse and layout of both files.
  EXPECT_NO_THROW(layoutSvg(Services));
  EXPECT_NO_THROW(layoutSvg(Units));
#ifdef DOT_EXECUTABLE
  std::filesystem::path Dir =
      std::filesystem::temp_directory_path() / ("seams-dot-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(Dir);
  for (const auto &[Name, Text] : {std::pair{"services.dot", Services}, {"units.dot", Units}}) {
    std::ofstream(Dir / Name) << Text;
    std::string Cmd = std::string(DOT_EXECUTABLE) + " -Tsvg -o " + (Dir / "out.svg").string() +
                      " " + (Dir / Name).string() + " 2>" + (Dir / "err.txt").string();
    EXPECT_EQ(std::system(Cmd.c_str()), 0) << Name;
  }
  std::filesystem::remove_all(Dir);
#else
  ADD_FAILURE() << "Graphviz `dot` was not found at configure time (scripts/install-deps.sh)";
#endif
}

TEST_F(WritersTest, SarifHasStableFingerprints) {
  json J = json::parse(render([&](std::ostream &S) { writeHotspotsSarif(M, S); }));
  EXPECT_EQ(J["version"], "2.1.0");
  const json &Run = J["runs"][0];
  EXPECT_EQ(Run["tool"]["driver"]["name"], "seams");
  ASSERT_EQ(Run["results"].size(), M.Hotspots.size());
  std::set<std::string> Prints;
  for (const json &R : Run["results"]) {
    Prints.insert(R["partialFingerprints"]["seamsHotspot/v1"].get<std::string>());
    EXPECT_TRUE(R["message"]["text"].is_string());
    if (R.contains("locations")) {
      EXPECT_EQ(R["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"], "SRCROOT");
    }
  }
  EXPECT_EQ(Prints.size(), M.Hotspots.size());
  // Moving code (other lines) keeps every fingerprint, and so do other edges behind a decision
  // that has an identity (a cross-service action between two services, a cycle's cut).
  ReportModel Moved = M;
  std::size_t WithIdentity = 0;
  for (ReportHotspot &H : Moved.Hotspots) {
    for (Location &L : H.Locations)
      L.Line += 100;
    if (!H.Identity.empty()) {
      H.Entities = {"some::other::entity"};
      ++WithIdentity;
    }
  }
  EXPECT_GT(WithIdentity, 0u);
  json K = json::parse(render([&](std::ostream &S) { writeHotspotsSarif(Moved, S); }));
  for (std::size_t I = 0; I < M.Hotspots.size(); ++I)
    EXPECT_EQ(K["runs"][0]["results"][I]["partialFingerprints"],
              Run["results"][I]["partialFingerprints"]);
}

TEST_F(WritersTest, SarifUrisArePercentEncoded) {
  ReportModel One = M;
  ReportHotspot Evil;
  Evil.Kind = "hub";
  Evil.Score = 2;
  Evil.Weight = 1;
  Evil.Action = "split-unit";
  Evil.Message = "msg <b>";
  Evil.Services = {"x"};
  Evil.Entities = {"evil/<script>"};
  Evil.Locations = {Location{"evil/<script>.h", 3, 0}};
  One.Hotspots = {Evil};
  json J = json::parse(render([&](std::ostream &S) { writeHotspotsSarif(One, S); }));
  const json &R = J["runs"][0]["results"][0];
  EXPECT_EQ(R["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "evil/%3Cscript%3E.h");
  EXPECT_EQ(R["message"]["text"], "msg <b>");
  EXPECT_EQ(R["ruleId"], "hub");
}

TEST_F(WritersTest, SarifPathsStartWithThePathPrefix) {
  ReportModel Prefixed = M;
  Prefixed.Options.PathPrefix = "lib/";
  json J = json::parse(render([&](std::ostream &S) { writeHotspotsSarif(Prefixed, S); }));
  json K = json::parse(render([&](std::ostream &S) { writeHotspotsSarif(M, S); }));
  const json &With = J["runs"][0]["results"], &Without = K["runs"][0]["results"];
  ASSERT_FALSE(Without.empty());
  ASSERT_EQ(With.size(), Without.size());
  for (std::size_t I = 0; I < With.size(); ++I)
    for (std::size_t L = 0; L < Without[I]["locations"].size(); ++L)
      EXPECT_EQ(With[I]["locations"][L]["physicalLocation"]["artifactLocation"]["uri"],
                "lib/" + Without[I]["locations"][L]["physicalLocation"]["artifactLocation"]["uri"]
                             .get<std::string>());
}

TEST_F(WritersTest, SarifKeepsTheBestRankedResultsAndSaysHowManyWereLeftOut) {
  ReportModel Many = M;
  Many.Hotspots.clear();
  for (unsigned I = 0; I < 30; ++I) {
    ReportHotspot H;
    H.Kind = "cross-service";
    H.Message = "hotspot " + std::to_string(I);
    H.Entities = {"e" + std::to_string(I)};
    for (unsigned L = 1; L <= 150; ++L)
      H.Locations.push_back({"a.cpp", L, 0});
    Many.Hotspots.push_back(H);
  }
  Many.HotspotsOmitted = 7;
  Many.Options.SarifMaxResults = 10;
  json J = json::parse(render([&](std::ostream &S) { writeHotspotsSarif(Many, S); }));
  const json &Run = J["runs"][0];
  ASSERT_EQ(Run["results"].size(), 10u);
  EXPECT_EQ(Run["results"][0]["message"]["text"], "hotspot 0"); // rank order: best first
  EXPECT_EQ(Run["results"][9]["message"]["text"], "hotspot 9");
  EXPECT_EQ(Run["properties"]["hotspots"], 30);
  EXPECT_EQ(Run["properties"]["results"], 10);
  EXPECT_EQ(Run["properties"]["results_omitted"], 20);
  EXPECT_EQ(Run["properties"]["hotspots_omitted_by_analysis"], 7);
  for (const json &R : Run["results"])
    EXPECT_EQ(R["locations"].size() + R["relatedLocations"].size(), MaxSarifLocations);
  // Never more than code scanning accepts, whatever the option says.
  Many.Options.SarifMaxResults = 1000000;
  json All = json::parse(render([&](std::ostream &S) { writeHotspotsSarif(Many, S); }));
  EXPECT_EQ(All["runs"][0]["results"].size(), 30u);
  EXPECT_EQ(All["runs"][0]["properties"]["results_omitted"], 0);
}

TEST_F(WritersTest, SarifWithoutHotspotsHasEmptyResults) {
  Decomposition Plain = decompose(W.F, Config(), {});
  ReportModel P = buildReportModel(W.F, Plain, nullptr, options());
  EXPECT_FALSE(P.HasHotspots);
  json J = json::parse(render([&](std::ostream &S) { writeHotspotsSarif(P, S); }));
  EXPECT_TRUE(J["runs"][0]["results"].is_array());
  EXPECT_TRUE(J["runs"][0]["results"].empty());
}

TEST_F(WritersTest, WriteReportsWritesEveryFile) {
  std::filesystem::path Dir =
      std::filesystem::temp_directory_path() / ("seams-report-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(Dir);
  writeReports(W.F, W.D, &W.A, options(), Dir.string());
  for (const std::string &Name : reportFileNames())
    EXPECT_GT(std::filesystem::file_size(Dir / Name), 100u) << Name;
  std::filesystem::remove_all(Dir);
}

} // namespace
} // namespace seams

namespace seams {
namespace {

/// Six one-unit services that all depend on each other (i -> j weighs 10 (i + 1) + j, except
/// 1 -> 0, which is light) and on a shared-library unit (unit 6).
Decomposition denseServices() {
  Decomposition D;
  const std::uint32_t N = 6;
  for (std::uint32_t S = 0; S < N; ++S) {
    D.Services.push_back({"s" + std::to_string(S), false, false, {S}, {}, {}});
    D.ServiceOfUnit.push_back(S);
  }
  D.ServiceOfUnit.push_back(Decomposition::SharedService);
  D.SharedUnits = {N};
  for (std::uint32_t A = 0; A < N; ++A) {
    for (std::uint32_t B = 0; B < N; ++B)
      if (A != B) {
        double W = A == 1 && B == 0 ? 1 : 10.0 * (A + 1) + B;
        D.ServiceEdges.push_back({A, B, W, 1, 1});
        D.UnitArcs.push_back({A, B, W, 1});
      }
    D.UnitArcs.push_back({A, N, 5.0 + A, 1});
  }
  return D;
}

TEST(ServiceMapTest, DrawsTheHeaviestEdgesOfEachServiceAndCutsTheLightOnes) {
  Facts F;
  Decomposition D = denseServices();
  ReportModel M = buildReportModel(F, D, nullptr, {});
  const std::size_t NS = D.Services.size();
  ASSERT_EQ(M.SharedEdges.size(), NS);
  // At most 3 edges per service by default, out of 36.
  EXPECT_LE(M.MapDefaultEdges, ReportModel::MaxEdgesPerService * NS);
  EXPECT_GE(M.MapDefaultEdges, NS);
  std::vector<unsigned> Ranks;
  std::vector<bool> Touched(NS + 1, false);
  for (std::size_t I = 0; I < D.ServiceEdges.size(); ++I) {
    Ranks.push_back(M.Edges[I].MapRank);
    if (M.Edges[I].MapRank < M.MapDefaultEdges)
      Touched[D.ServiceEdges[I].From] = Touched[D.ServiceEdges[I].To] = true;
  }
  for (const SharedLibraryEdge &E : M.SharedEdges) {
    Ranks.push_back(E.Detail.MapRank);
    if (E.Detail.MapRank < M.MapDefaultEdges)
      Touched[E.Service] = Touched[NS] = true;
  }
  std::sort(Ranks.begin(), Ranks.end());
  for (std::size_t R = 0; R < Ranks.size(); ++R)
    EXPECT_EQ(Ranks[R], R);
  // No node left alone, the shared library included.
  EXPECT_EQ(std::count(Touched.begin(), Touched.end(), true), static_cast<long>(NS + 1));
  // Each service's heaviest dependency is drawn: s_i -> s5, and s5 -> s4.
  for (std::size_t I = 0; I < D.ServiceEdges.size(); ++I)
    if (D.ServiceEdges[I].To == (D.ServiceEdges[I].From == 5 ? 4 : 5)) {
      EXPECT_LT(M.Edges[I].MapRank, M.MapDefaultEdges) << I;
    }
  // One cycle; the light 1 -> 0 is cut, the heavy 0 -> 1 is not.
  EXPECT_EQ(M.Cycles, 1u);
  for (std::size_t I = 0; I < D.ServiceEdges.size(); ++I) {
    const ServiceEdge &E = D.ServiceEdges[I];
    EXPECT_TRUE(M.Edges[I].InCycle);
    if (E.From == 1 && E.To == 0) {
      EXPECT_TRUE(M.Edges[I].Feedback);
    }
    if (E.From == 0 && E.To == 1) {
      EXPECT_FALSE(M.Edges[I].Feedback);
    }
  }
  EXPECT_GT(M.FeedbackEdges, 0u);
  // One direction of each pair at most.
  EXPECT_LE(M.FeedbackEdges, D.ServiceEdges.size() / 2);
}

TEST(ServiceMapTest, AServiceThatOnlyUsesTheLibraryIsNotLeftAlone) {
  // Generated code: a service whose only dependency is a light one on the shared library.
  Facts F;
  Decomposition D = denseServices();
  const std::uint32_t Unit = static_cast<std::uint32_t>(D.ServiceOfUnit.size());
  D.Services.push_back({"generated", false, false, {Unit}, {}, {}});
  D.ServiceOfUnit.push_back(static_cast<std::uint32_t>(D.Services.size() - 1));
  D.UnitArcs.push_back({Unit, D.SharedUnits[0], 0.5, 1});
  ReportModel M = buildReportModel(F, D, nullptr, {});
  ASSERT_EQ(M.SharedEdges.size(), D.Services.size());
  const SharedLibraryEdge &Generated = M.SharedEdges.back();
  EXPECT_EQ(Generated.Service, D.Services.size() - 1);
  EXPECT_TRUE(Generated.ToShared);
  EXPECT_LT(Generated.Detail.MapRank, M.MapDefaultEdges);
  // The other services' library edges are heavier but wait behind the slider.
  EXPECT_GE(M.SharedEdges.front().Detail.MapRank, M.MapDefaultEdges);
}

TEST(ServiceMapTest, OnlyAMapOfManyServicesBoundsItsLayout) {
  Facts F;
  Decomposition D = denseServices();
  auto Dot = [&](ServicesDotFor For) {
    ReportModel M = buildReportModel(F, D, nullptr, {});
    return render([&](std::ostream &S) { writeServicesDot(M, S, For); });
  };
  EXPECT_EQ(count(Dot(ServicesDotFor::File), "nslimit"), 0u);
  // A chain of one-unit services up to the bound, then one more.
  auto AddService = [&] {
    const auto Unit = static_cast<std::uint32_t>(D.ServiceOfUnit.size());
    const auto S = static_cast<std::uint32_t>(D.Services.size());
    D.Services.push_back({"c" + std::to_string(S), false, false, {Unit}, {}, {}});
    D.ServiceOfUnit.push_back(S);
    D.ServiceEdges.push_back({S, S - 1, 1, 1, 1});
    D.UnitArcs.push_back({Unit, Unit - 1, 1, 1});
  };
  while (D.Services.size() < BoundedLayoutServices)
    AddService();
  EXPECT_EQ(count(Dot(ServicesDotFor::File), "nslimit"), 0u);
  AddService();
  for (ServicesDotFor For : {ServicesDotFor::File, ServicesDotFor::HtmlMap}) {
    std::string Text = Dot(For);
    EXPECT_THAT(Text, testing::HasSubstr("graph [rankdir=TB, nodesep=0.3, ranksep=0.5, "
                                         "fontname=\"Helvetica\", nslimit=1];"));
    EXPECT_THAT(layoutSvg(Text), testing::HasSubstr("</svg>"));
  }
}

TEST(ServiceMapTest, TheMapAndTheFileDrawTheDefaultEdges) {
  Facts F;
  Decomposition D = denseServices();
  ReportModel M = buildReportModel(F, D, nullptr, {});
  std::string File = render([&](std::ostream &S) { writeServicesDot(M, S); });
  std::string Map =
      render([&](std::ostream &S) { writeServicesDot(M, S, ServicesDotFor::HtmlMap); });
  // Both draw the default edges only; the file says how many it left out.
  EXPECT_LT(M.MapDefaultEdges, D.ServiceEdges.size() + M.SharedEdges.size());
  EXPECT_EQ(count(File, " -> "), M.MapDefaultEdges);
  EXPECT_EQ(count(Map, " -> "), M.MapDefaultEdges);
  EXPECT_THAT(File,
              testing::HasSubstr("// The strongest " + std::to_string(M.MapDefaultEdges) + " of " +
                                 std::to_string(D.ServiceEdges.size() + 6) + " edges"));
  EXPECT_EQ(count(File, "\"shared library\" [label=\"shared library"), 1u);
  unsigned DrawnCuts = 0;
  for (const ServiceEdgeDetail &X : M.Edges)
    DrawnCuts += X.Feedback && X.MapRank < M.MapDefaultEdges;
  EXPECT_GT(DrawnCuts, 0u);
  EXPECT_EQ(count(File, " color=\"#c0392b\""), DrawnCuts);
  EXPECT_EQ(count(Map, "dir=back"), DrawnCuts);
  // Edges that do not place nodes carry an xlabel, never a label: Graphviz 2.43 frees that twice
  // in-process. Both lay out in-process.
  EXPECT_EQ(count(File, "constraint=false"), count(File, "xlabel="));
  EXPECT_EQ(count(Map, "constraint=false"), 0u);
  EXPECT_THAT(layoutSvg(File), testing::HasSubstr("</svg>"));
  std::string Svg = layoutSvg(Map);
  EXPECT_THAT(Svg, testing::HasSubstr("id=\"shared\""));
  EXPECT_EQ(count(Svg, "class=\"edge\""), M.MapDefaultEdges);
}

} // namespace
} // namespace seams
