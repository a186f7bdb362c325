// Tests for the decomposition: planted modules recovered, shared library, pins, apart, services
// N, determinism, and decomposition.json (round trip, every file exactly once).
#include "graph/decompose/decomposition.h"
#include "graph/decompose/service_naming.h"
#include "graph/model/error.h"

#include <functional>
#include <gtest/gtest.h>
#include <set>
#include <sstream>

namespace seams {
namespace {

/// N calls From -> To, each at a line of its own (Line counts on).
void addCalls(FactsBuilder &B, const std::string &From, const std::string &To, unsigned N,
              unsigned &Line) {
  for (unsigned C = 0; C < N; ++C)
    B.addOccurrence(From, To, EdgeKind::Call, {{"x.cpp", Line++, 1}, false});
}

/// Modules × Size components "src/m<k>/c<i>.{h,cpp}", each with one function; calls inside a
/// module with probability PIn, across with POut; every component also calls common/util when
/// WithCommon. Seeded; the directory layout is the truth only because the edges say so. Extra
/// adds to the world before it is finished (the ids of the functions are "f<k>_<i>").
Facts plantedFacts(
    unsigned Modules, unsigned Size, double PIn, double POut, std::uint64_t Seed,
    bool WithCommon = true,
    const std::function<void(FactsBuilder &, SeededRandom &, unsigned &Line)> &Extra = {}) {
  FactsBuilder B;
  SeededRandom Rng(Seed);
  auto Fn = [](unsigned K, unsigned I) {
    return "f" + std::to_string(K) + "_" + std::to_string(I);
  };
  auto Base = [](unsigned K, unsigned I) {
    return "src/m" + std::to_string(K) + "/c" + std::to_string(I);
  };
  for (unsigned K = 0; K < Modules; ++K)
    for (unsigned I = 0; I < Size; ++I) {
      std::string H = Base(K, I) + ".h", C = Base(K, I) + ".cpp";
      B.addFile({H, 20, 0});
      B.addFile({C, 60, 0});
      B.addEntity({Fn(K, I), EntityKind::Function, "ns::" + Fn(K, I), H, 3, C, 5, 40});
    }
  if (WithCommon) {
    B.addFile({"src/common/util.h", 30, 0});
    B.addEntity({"util", EntityKind::Function, "ns::util", "src/common/util.h", 2,
                 "src/common/util.h", 2, 10});
  }
  const unsigned Total = Modules * Size;
  unsigned Line = 1;
  for (unsigned A = 0; A < Total; ++A) {
    for (unsigned Bn = 0; Bn < Total; ++Bn)
      if (A != Bn && Rng.unit() < (A / Size == Bn / Size ? PIn : POut))
        addCalls(B, Fn(A / Size, A % Size), Fn(Bn / Size, Bn % Size), 1 + unsigned(Rng.below(3)),
                 Line);
    if (WithCommon)
      addCalls(B, Fn(A / Size, A % Size), "util", 2, Line);
  }
  if (Extra)
    Extra(B, Rng, Line);
  return B.finish("planted", 0, false);
}

Assignment truth(const Facts &F) {
  Assignment T;
  for (const FileInfo &FI : F.Files)
    T[FI.Path] = FI.Path.starts_with("src/common/") ? SharedCluster : FI.Path.substr(4, 2);
  return T;
}

std::string json(const Decomposition &D) {
  std::ostringstream Out;
  writeDecompositionJson(D, Out);
  return Out.str();
}

TEST(Decompose, RecoversPlantedModulesAndSetsTheOmnipresentUnitAside) {
  Facts F = plantedFacts(6, 8, 0.5, 0.02, 1);
  Decomposition D = decompose(F, {}, {});
  EXPECT_EQ(D.Services.size(), 6u);
  EXPECT_EQ(D.SharedFiles, std::vector<std::string>{"src/common/util.h"});
  EXPECT_GE(mojoFm(D.assignment(), truth(F)), 95.0);
  // Names come from the dominant directory under the common prefix "src/".
  std::set<std::string> Names;
  for (const Service &S : D.Services)
    Names.insert(S.Name);
  EXPECT_EQ(Names, (std::set<std::string>{"m0", "m1", "m2", "m3", "m4", "m5"}));
}

TEST(Decompose, EveryFileExactlyOnce) {
  Facts F = plantedFacts(4, 5, 0.5, 0.05, 2);
  Config C;
  C.Exclude = {"src/m3/c4.*"};
  Decomposition D = decompose(F, C, {});
  std::multiset<std::string> Seen;
  for (const Service &S : D.Services)
    Seen.insert(S.Files.begin(), S.Files.end());
  Seen.insert(D.SharedFiles.begin(), D.SharedFiles.end());
  Seen.insert(D.ExcludedFiles.begin(), D.ExcludedFiles.end());
  std::multiset<std::string> All;
  for (const FileInfo &FI : F.Files)
    All.insert(FI.Path);
  EXPECT_EQ(Seen, All);
  EXPECT_EQ(D.ExcludedFiles, (std::vector<std::string>{"src/m3/c4.cpp", "src/m3/c4.h"}));
}

TEST(Decompose, SameSeedGivesIdenticalJson) {
  Facts F = plantedFacts(5, 6, 0.4, 0.05, 3);
  DecomposeOptions O;
  O.Seed = 7;
  EXPECT_EQ(json(decompose(F, {}, O)), json(decompose(F, {}, O)));
  O.Algorithm = "louvain";
  EXPECT_EQ(json(decompose(F, {}, O)), json(decompose(F, {}, O)));
}

TEST(Decompose, JsonRoundTripIsExact) {
  Facts F = plantedFacts(4, 5, 0.5, 0.05, 4);
  Config C;
  C.Exclude = {"src/m0/c0.*"};
  Decomposition D = decompose(F, C, {});
  std::string Text = json(D);
  std::istringstream In(Text);
  Decomposition R = readDecompositionJson(In, "decomposition.json");
  EXPECT_EQ(json(R), Text);
  EXPECT_EQ(R.Granularity, "consensus-across-resolutions");
  EXPECT_EQ(R.assignment(), D.assignment());
  EXPECT_EQ(R.serviceOfFile("src/m1/c1.cpp"), D.serviceOfFile("src/m1/c1.cpp"));
  std::istringstream Bad(R"({"schema":"seams-decomposition/9"})");
  EXPECT_THROW(readDecompositionJson(Bad, "d.json"), Error);
}

TEST(Decompose, RecordsHowTheNumberOfServicesCameAbout) {
  Facts F = plantedFacts(5, 6, 0.4, 0.05, 3);
  DecomposeOptions O;
  EXPECT_EQ(decompose(F, {}, O).Granularity, "consensus-across-resolutions");
  O.ResolutionConsensus = false; // --resolution R
  EXPECT_EQ(decompose(F, {}, O).Granularity, "one-run");
  O.Consensus = 5;
  EXPECT_EQ(decompose(F, {}, O).Granularity, "consensus-over-seeds");
  O.AutoResolution = true;
  EXPECT_EQ(decompose(F, {}, O).Granularity, "auto-resolution");
  O.Services = 3;
  EXPECT_EQ(decompose(F, {}, O).Granularity, "services");
  // A file written before the field existed reads back without it and is written back so.
  std::string Text = json(decompose(F, {}, {}));
  const std::string Field = ",\n  \"granularity\": \"consensus-across-resolutions\"";
  ASSERT_NE(Text.find(Field), std::string::npos);
  Text.erase(Text.find(Field), Field.size());
  std::istringstream In(Text);
  EXPECT_EQ(json(readDecompositionJson(In, "old.json")), Text);
}

TEST(Decompose, ServicesNHitsTheRequestedCount) {
  Facts F = plantedFacts(6, 6, 0.5, 0.03, 5);
  for (int N : {2, 3, 6, 9}) {
    DecomposeOptions O;
    O.Services = N;
    Decomposition D = decompose(F, {}, O);
    EXPECT_EQ(D.Services.size(), std::size_t(N)) << N;
    if (N == 6) {
      EXPECT_GE(mojoFm(D.assignment(), truth(F)), 95.0);
    }
  }
  DecomposeOptions GN;
  GN.Algorithm = "girvan-newman";
  GN.Services = 4;
  EXPECT_EQ(decompose(F, {}, GN).Services.size(), 4u);
  DecomposeOptions Lpa;
  Lpa.Algorithm = "label-propagation";
  Lpa.Services = 2; // propagation finds the 4 planted modules; the closest are merged down to 2
  EXPECT_EQ(decompose(F, {}, Lpa).Services.size(), 2u);
}

TEST(Decompose, ServicesNIsTheSameWhateverTheJobs) {
  // The resolution search probes several resolutions per round on -j threads: it must land on
  // the resolution, and the services, that one probe at a time finds.
  Facts F = plantedFacts(6, 6, 0.5, 0.03, 5);
  for (int N : {3, 7, 9}) {
    DecomposeOptions O;
    O.Services = N;
    O.Jobs = 1;
    const Decomposition One = decompose(F, {}, O);
    const std::string Expected = json(One);
    for (unsigned Jobs : {0U, 2U, 3U, 5U, 16U}) {
      O.Jobs = Jobs;
      const Decomposition D = decompose(F, {}, O);
      EXPECT_EQ(D.Resolution, One.Resolution) << N << " services, jobs " << Jobs;
      EXPECT_EQ(json(D), Expected) << N << " services, jobs " << Jobs;
    }
  }
}

TEST(Decompose, PinnedUnitsAreNeverMoved) {
  Facts F = plantedFacts(4, 6, 0.5, 0.03, 6);
  Config C;
  // Pin one component of m1 into m0's service and another of m1 to a service of its own.
  C.Services = {{"billing", {"src/m0/**", "src/m1/c0.*"}, {}}, {"lonely", {"src/m1/c1.*"}, {}}};
  for (const char *Algo : {"leiden", "louvain", "label-propagation", "girvan-newman"}) {
    DecomposeOptions O;
    O.Algorithm = Algo;
    Decomposition D = decompose(F, C, O);
    std::uint32_t Billing = D.serviceOfFile("src/m0/c0.cpp");
    ASSERT_LT(Billing, D.Services.size()) << Algo;
    EXPECT_EQ(D.Services[Billing].Name, "billing") << Algo;
    EXPECT_TRUE(D.Services[Billing].Pinned);
    for (unsigned I = 0; I < 6; ++I)
      EXPECT_EQ(D.serviceOfFile("src/m0/c" + std::to_string(I) + ".h"), Billing) << Algo;
    EXPECT_EQ(D.serviceOfFile("src/m1/c0.cpp"), Billing) << Algo;
    std::uint32_t Lonely = D.serviceOfFile("src/m1/c1.cpp");
    EXPECT_EQ(D.Services[Lonely].Name, "lonely") << Algo;
    EXPECT_NE(Lonely, Billing);
  }
  Config Twice;
  Twice.Services = {{"a", {"src/m0/**"}, {}}, {"b", {"src/m0/c1.*"}, {}}};
  EXPECT_THROW(decompose(F, Twice, {}), Error);
  Config Ghost = C;
  Ghost.Services.push_back({"ghost", {"src/nowhere/**"}, {"nowhere"}});
  try {
    decompose(F, Ghost, {});
    ADD_FAILURE() << "a pin that matches nothing was ignored";
  } catch (const Error &E) {
    EXPECT_NE(std::string(E.what()).find("[services.ghost] matches no unit"), std::string::npos)
        << E.what();
  }
}

TEST(Decompose, ApartGroupsNeverShareAService) {
  Facts F = plantedFacts(3, 6, 0.5, 0.03, 7);
  Config C;
  C.Apart = {{"src/m0/c0.*", "src/m0/c1.*"}}; // two tightly coupled components kept apart
  Config T = C;
  for (const char *Algo : {"leiden", "louvain", "label-propagation", "girvan-newman"}) {
    DecomposeOptions O;
    O.Algorithm = Algo;
    Decomposition D = decompose(F, C, O);
    EXPECT_NE(D.serviceOfFile("src/m0/c0.cpp"), D.serviceOfFile("src/m0/c1.cpp")) << Algo;
  }
  T.Together = {{"src/m0/c0.*", "src/m0/c1.*"}};
  EXPECT_THROW(decompose(F, T, {}), Error); // together and apart contradict
}

TEST(Decompose, TogetherGroupsStayTogether) {
  Facts F = plantedFacts(3, 6, 0.5, 0.03, 8);
  Config C;
  C.Together = {{"src/m0/c0.*", "src/m2/c5.*"}};
  Decomposition D = decompose(F, C, {});
  EXPECT_EQ(D.serviceOfFile("src/m0/c0.cpp"), D.serviceOfFile("src/m2/c5.cpp"));
}

/// Co-change is opt-in for the clustering (docs/EVALUATION.md: on eleven projects it helped
/// three and hurt five): by default a history is read and explained, but two units of different
/// modules that always changed together stay apart; `[weights] cochange` joins them.
TEST(Decompose, CoChangeSteersTheClusteringOnlyWhenWeighted) {
  Facts F = plantedFacts(3, 6, 0.5, 0.03, 8);
  ChangeHistory H;
  for (int I = 0; I < 20; ++I)
    H.Commits.push_back(
        {std::string(38, '0') + std::to_string(10 + I), {"src/m0/c0.cpp", "src/m2/c5.cpp"}});
  DecomposeOptions O;
  O.History = &H;
  Config C;
  Decomposition D = decompose(F, C, O);
  ASSERT_EQ(D.UnitCoChange.size(), 1u); // read, and there for the explanation and hotspots
  EXPECT_NE(D.serviceOfFile("src/m0/c0.cpp"), D.serviceOfFile("src/m2/c5.cpp"));
  C.Weights.CoChange = 40;
  D = decompose(F, C, O);
  EXPECT_EQ(D.serviceOfFile("src/m0/c0.cpp"), D.serviceOfFile("src/m2/c5.cpp"));
}

TEST(Decompose, SharedFromConfigAndThresholds) {
  Facts F = plantedFacts(3, 4, 0.6, 0.02, 9);
  Config C;
  C.SharedInclude = {"src/m2/c3.*"};
  Decomposition D = decompose(F, C, {});
  EXPECT_EQ(D.serviceOfFile("src/m2/c3.h"), Decomposition::SharedService);
  EXPECT_EQ(D.serviceOfFile("src/common/util.h"), Decomposition::SharedService);
  Config Small;
  Small.SharedMinUnits = 100; // too few units for automatic detection
  EXPECT_LT(decompose(F, Small, {}).serviceOfFile("src/common/util.h"),
            Decomposition::SharedService);
}

/// Five planted modules and a utility layer of four units, src/lib/u<i>, that call each other:
/// each domain unit calls one of them, so none reaches the `[shared] threshold` of fan-in alone.
/// With CallsBack, u0 also calls a domain function.
Facts utilityLayerFacts(bool CallsBack) {
  return plantedFacts(
      5, 6, 0.5, 0.02, 21, false, [&](FactsBuilder &B, SeededRandom &, unsigned &Line) {
        constexpr unsigned Layer = 4;
        for (unsigned I = 0; I < Layer; ++I) {
          std::string Base = "src/lib/u" + std::to_string(I);
          B.addFile({Base + ".h", 20, 0});
          B.addFile({Base + ".cpp", 60, 0});
          B.addEntity({"u" + std::to_string(I), EntityKind::Function, "ns::u" + std::to_string(I),
                       Base + ".h", 3, Base + ".cpp", 5, 40});
        }
        for (unsigned I = 0; I < Layer; ++I)
          for (unsigned J = 0; J < Layer; ++J)
            if (I != J)
              addCalls(B, "u" + std::to_string(I), "u" + std::to_string(J), 3, Line);
        for (unsigned K = 0; K < 5; ++K)
          for (unsigned I = 0; I < 6; ++I)
            addCalls(B, "f" + std::to_string(K) + "_" + std::to_string(I),
                     "u" + std::to_string((K + I) % Layer), 1, Line);
        if (CallsBack)
          addCalls(B, "u0", "f0_0", 1, Line);
      });
}

TEST(Decompose, AUtilityLayerEveryServiceUsesAndThatUsesNoneIsTheLibraryWhole) {
  Decomposition D = decompose(utilityLayerFacts(false), {}, {});
  for (unsigned I = 0; I < 4; ++I)
    for (const char *Ext : {".h", ".cpp"}) {
      std::string File = "src/lib/u" + std::to_string(I) + Ext;
      EXPECT_EQ(D.serviceOfFile(File), Decomposition::SharedService) << File;
    }
  EXPECT_EQ(D.Services.size(), 5u);
}

/// Four planted modules and a value type src/lib/vec built on src/lib/angle, which nothing else
/// uses: module 0 uses vec most, one unit of each other module uses it once. vec's fan-in (7 of
/// 26 units) passes the library threshold, but angle's does not, so neither is in the library
/// before the clustering, and the clustering puts both with module 0.
Facts valueTypeFacts() {
  return plantedFacts(4, 6, 0.5, 0.02, 7, false, [](FactsBuilder &B, SeededRandom &, unsigned &L) {
    for (const char *Name : {"vec", "angle"}) {
      const std::string Base = std::string("src/lib/") + Name;
      B.addFile({Base + ".h", 20, 0});
      B.addFile({Base + ".cpp", 40, 0});
      B.addEntity({Name, EntityKind::Function, std::string("ns::") + Name, Base + ".h", 3,
                   Base + ".cpp", 5, 30});
    }
    addCalls(B, "vec", "angle", 2, L);
    for (unsigned I = 0; I < 4; ++I)
      addCalls(B, "f0_" + std::to_string(I), "vec", 3, L);
    for (unsigned K = 1; K < 4; ++K)
      addCalls(B, "f" + std::to_string(K) + "_0", "vec", 1, L);
  });
}

TEST(Decompose, TheBottomLayerJoinsTheLibraryOnlyWhenAsked) {
  const Facts F = valueTypeFacts();
  Decomposition Off = decompose(F, {}, {});
  EXPECT_EQ(Off.serviceOfFile("src/lib/vec.h"), Off.serviceOfFile("src/m0/c0.h"));
  EXPECT_EQ(Off.serviceOfFile("src/lib/angle.h"), Off.serviceOfFile("src/m0/c0.h"));
  Config C;
  C.BottomLayerShare = 0.5;
  Decomposition On = decompose(F, C, {});
  EXPECT_EQ(On.serviceOfFile("src/lib/vec.h"), Decomposition::SharedService);
  EXPECT_EQ(On.serviceOfFile("src/lib/angle.cpp"), Decomposition::SharedService);
  EXPECT_EQ(On.Services.size(), 4u);
  // Module 0's own units stay: they depend on each other and are used by no other module.
  EXPECT_LT(On.serviceOfFile("src/m0/c0.h"), Decomposition::SharedService);
}

TEST(Decompose, AUtilityLayerThatCallsAServiceIsNoLibrary) {
  Decomposition D = decompose(utilityLayerFacts(true), {}, {});
  for (unsigned I = 0; I < 4; ++I) {
    std::string File = "src/lib/u" + std::to_string(I) + ".cpp";
    EXPECT_LT(D.serviceOfFile(File), Decomposition::SharedService) << File;
  }
}

TEST(Decompose, BadOptionsAreErrors) {
  Facts F = plantedFacts(2, 3, 0.5, 0.1, 10);
  DecomposeOptions O;
  O.Algorithm = "kmeans";
  EXPECT_THROW(decompose(F, {}, O), Error);
  O = {};
  O.Services = 0;
  EXPECT_THROW(decompose(F, {}, O), Error);
  O = {};
  O.Resolution = -1;
  EXPECT_THROW(decompose(F, {}, O), Error);
}

/// A one-file unit of Lines lines, for the naming tests.
void addUnit(Decomposition &D, const std::string &Id, const std::string &File, unsigned Lines) {
  Unit U;
  U.Id = Id;
  U.Files = {File};
  U.Lines = Lines;
  U.Anchor = File;
  D.Units.FileUnit[File] = static_cast<std::uint32_t>(D.Units.Units.size());
  D.Units.Units.push_back(U);
}

TEST(NameServices, DominantDirectoryJoinedNamesAndSuffixes) {
  Decomposition D;
  auto AddUnit = [&](const std::string &Id, const std::string &File, unsigned Lines) {
    addUnit(D, Id, File, Lines);
  };
  AddUnit("a", "orders/a.cpp", 100);
  AddUnit("b", "shipping/b.cpp", 90);
  AddUnit("c", "orders/c.cpp", 50);
  AddUnit("d", "orders/d.cpp", 10);
  AddUnit("e", "pay/e.cpp", 10);
  D.Services.resize(4);
  D.Services[0].Units = {0, 1}; // orders 100, shipping 90: both >= 35%
  D.Services[1].Units = {2};    // orders, 50 lines
  D.Services[2].Units = {3};    // orders, 10 lines
  D.Services[3].Units = {4};
  D.Services[3].Pinned = true;
  D.Services[3].Name = "orders";
  nameServices(D);
  EXPECT_EQ(D.Services[0].Name, "orders+shipping");
  EXPECT_EQ(D.Services[1].Name, "orders-c"); // "orders" is pinned: the stem of the largest unit
  EXPECT_EQ(D.Services[2].Name, "orders-d");
  EXPECT_EQ(D.Services[3].Name, "orders");
}

TEST(NameServices, DeepestMajorityDirectoryNotGeneric) {
  Decomposition D;
  auto AddUnit = [&](const std::string &Id, const std::string &File, unsigned Lines) {
    addUnit(D, Id, File, Lines);
  };
  AddUnit("src/render/gl/a", "src/render/gl/a.cpp", 80);
  AddUnit("src/render/b", "src/render/b.cpp", 30);
  AddUnit("src/storage/src/c", "src/storage/src/c.cpp", 50);
  AddUnit("include/storage/c", "include/storage/c.h", 10);
  AddUnit("src/net/http", "src/net/http.cpp", 40);
  AddUnit("src/net/dns", "src/net/dns.cpp", 20);
  D.Services.resize(4);
  D.Services[0].Units = {0, 1}; // gl holds 80 of 110 lines: deeper than render
  D.Services[1].Units = {2, 3}; // src/storage/src: "src" is generic, so "storage"
  D.Services[2].Units = {4};    // net, the larger of two
  D.Services[3].Units = {5};    // net as well: told apart by its largest unit
  nameServices(D);
  EXPECT_EQ(D.Services[0].Name, "gl");
  EXPECT_EQ(D.Services[1].Name, "storage");
  EXPECT_EQ(D.Services[2].Name, "net");
  EXPECT_EQ(D.Services[3].Name, "net-dns");
}

TEST(NameServices, PublicHeadersApartNameTheirModuleNotIncludePlusSrc) {
  // SFML's layout: include/SFML/<Module>/*.hpp beside src/SFML/<Module>/*.cpp.
  Decomposition D;
  for (const char *M : {"Audio", "Network"}) {
    std::string Base = std::string("SFML/") + M + "/";
    addUnit(D, "include/" + Base + "Api", "include/" + Base + "Api.hpp", 40);
    addUnit(D, "src/" + Base + "Api", "src/" + Base + "Api.cpp", 60);
  }
  D.Services.resize(2);
  D.Services[0].Units = {0, 1};
  D.Services[1].Units = {2, 3};
  nameServices(D);
  EXPECT_EQ(D.Services[0].Name, "Audio"); // was "include+src"
  EXPECT_EQ(D.Services[1].Name, "Network");
}

TEST(NameServices, AFlatTreeNamesServicesByTheTermTheirFilesShare) {
  // aria2's and OpenTTD's src/: no directory to name a service by. The DHT files are "dht",
  // not their largest file; the GUI files are "gui" though five of them sit in network/; the
  // term must be the service's own (vehicle is in both other services' files: no name from it).
  Decomposition D;
  addUnit(D, "src/DHTNode.cc", "src/DHTNode.cc", 100);
  addUnit(D, "src/DHTRoutingTable.cc", "src/DHTRoutingTable.cc", 300);
  addUnit(D, "src/DHTMessage.cc", "src/DHTMessage.cc", 80);
  addUnit(D, "src/window_gui.cpp", "src/window_gui.cpp", 400);
  addUnit(D, "src/vehicle_gui.cpp", "src/vehicle_gui.cpp", 300);
  addUnit(D, "src/network/network_gui.cpp", "src/network/network_gui.cpp", 200);
  addUnit(D, "src/network/server_gui.cpp", "src/network/server_gui.cpp", 200);
  addUnit(D, "src/network/core/tcp.cpp", "src/network/core/tcp.cpp", 900);
  addUnit(D, "src/vehicle.cpp", "src/vehicle.cpp", 500);
  addUnit(D, "src/train_cmd.cpp", "src/train_cmd.cpp", 400);
  D.Services.resize(4);
  D.Services[0].Units = {0, 1, 2};
  D.Services[1].Units = {3, 4, 5, 6};
  D.Services[2].Units = {7};
  D.Services[3].Units = {8, 9};
  nameServices(D);
  EXPECT_EQ(D.Services[0].Name, "dht"); // was DHTRoutingTable
  EXPECT_EQ(D.Services[1].Name, "gui"); // was network
  EXPECT_EQ(D.Services[2].Name, "network");
  EXPECT_EQ(D.Services[3].Name, "vehicle+train_cmd"); // no term of two of its files: as before
}

TEST(NameServices, FileUnitStemsWithoutTheirExtensionFirst) {
  for (bool Flat : {false, true}) {
    Decomposition D;
    addUnit(D, "lib/check.cpp", "lib/check.cpp", 90);
    addUnit(D, "lib/regex.cpp", "lib/regex.cpp", 50);
    addUnit(D, "lib/regex.h", "lib/regex.h", 40);
    if (!Flat)
      addUnit(D, "cli/main.cpp", "cli/main.cpp", 10);
    D.Services.resize(D.Units.Units.size());
    for (std::uint32_t S = 0; S < D.Services.size(); ++S)
      D.Services[S].Units = {S};
    nameServices(D);
    // Flat: every file sits in lib/, the prefix all share, so files name services by stem.
    EXPECT_EQ(D.Services[0].Name, Flat ? "check" : "lib");
    EXPECT_EQ(D.Services[1].Name, Flat ? "regex" : "lib-regex");
    EXPECT_EQ(D.Services[2].Name, Flat ? "regex.h" : "lib-regex.h");
  }
}

} // namespace
} // namespace seams
