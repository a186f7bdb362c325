// Test support for hotspots and contracts: small hand-made worlds of facts, decomposed with one
// pinned service per top-level directory.
#pragma once

#include "graph/decompose/decomposition.h"
#include "graph/hotspots/hotspots.h"
#include "graph/model/facts.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace seams::testing {

/// Builds facts whose entity ids are their names, one 20-line file per entity file.
class HotspotWorld {
public:
  void entity(const std::string &Name, EntityKind K, const std::string &File, unsigned Line,
              unsigned Lines = 5) {
    B.addFile({File, 20, 0});
    B.addEntity({Name, K, Name, File, Line, File, Line, Lines});
  }
  /// A member declared in its class (Class's file) and defined in DefFile, as a method declared
  /// in a header and defined in a .cpp.
  void definedMember(const std::string &Class, const std::string &Name, const std::string &File,
                     unsigned Line, const std::string &DefFile, unsigned DefLine) {
    B.addFile({File, 20, 0});
    B.addFile({DefFile, 20, 0});
    B.addEntity({Name, EntityKind::Method, Name, File, Line, DefFile, DefLine, 2});
    edge(Class, Name, EdgeKind::Contains, 1, 0, File, Line);
  }
  /// A global mutex (std::mutex, Bitcoin Core's cs_main): a variable whose type is BasicLockable.
  void lock(const std::string &Name, const std::string &File, unsigned Line) {
    B.addFile({File, 20, 0});
    Entity E{Name, EntityKind::Variable, Name, File, Line, File, Line, 1};
    E.Lock = true;
    B.addEntity(E);
  }
  /// A type only declared in the project (`struct sqlite3;`): defined nowhere it can see.
  void declared(const std::string &Name, const std::string &File, unsigned Line) {
    B.addFile({File, 20, 0});
    B.addEntity({Name, EntityKind::Class, Name, File, Line, "", 0, 0});
  }
  void function(const std::string &Name, const std::string &File, unsigned Line) {
    entity(Name, EntityKind::Function, File, Line);
  }
  void member(const std::string &Class, const std::string &Name, EntityKind K,
              const std::string &File, unsigned Line) {
    entity(Name, K, File, Line, 2);
    edge(Class, Name, EdgeKind::Contains, 1, 0, File, Line);
  }
  /// Count sites on consecutive lines from FirstLine; the first Discarded of them discard.
  void edge(const std::string &From, const std::string &To, EdgeKind K, unsigned Count,
            unsigned Discarded, const std::string &File, unsigned FirstLine) {
    for (unsigned I = 0; I < Count; ++I)
      B.addOccurrence(From, To, K, {{File, FirstLine + I, 1}, I < Discarded});
  }
  void table(const std::string &Table, const std::string &From, const std::string &File,
             unsigned Line, bool Write) {
    B.addTableUse({Table, From, {File, Line, 1}, Write});
  }
  Facts facts() const { return B.finish("t", 0, false); }

private:
  FactsBuilder B;
};

/// The hotspots of kind K, in rank order.
inline std::vector<const Hotspot *> ofKind(const Assessment &A, HotspotKind K) {
  std::vector<const Hotspot *> Out;
  for (const Hotspot &H : A.Hotspots)
    if (H.Kind == K)
      Out.push_back(&H);
  return Out;
}

/// Every hotspot, however many per unit (the hand-made worlds have few units).
inline HotspotOptions uncapped() {
  HotspotOptions O;
  O.MaxPerUnit = 0;
  return O;
}

/// decompose() with one pin per (service, globs), the given shared and excluded globs, and units
/// of kind Unit.
inline Decomposition
pinned(const Facts &F, const std::vector<std::pair<std::string, std::vector<std::string>>> &Pins,
       const std::vector<std::string> &Shared = {}, UnitKind Unit = UnitKind::Component,
       const std::vector<std::string> &Exclude = {}) {
  Config C;
  C.Exclude = Exclude;
  for (const auto &[Name, Globs] : Pins)
    C.Services.push_back({Name, Globs, {}});
  std::sort(C.Services.begin(), C.Services.end(),
            [](const ServicePin &A, const ServicePin &B) { return A.Name < B.Name; });
  C.SharedInclude = Shared;
  DecomposeOptions O;
  O.Unit = Unit;
  return decompose(F, C, O);
}

/// One pinned service per top-level directory of the files of F.
inline Decomposition pinnedByDirectory(const Facts &F) {
  std::vector<std::string> Dirs;
  for (const FileInfo &I : F.Files)
    Dirs.push_back(I.Path.substr(0, I.Path.find('/')));
  std::sort(Dirs.begin(), Dirs.end());
  Dirs.erase(std::unique(Dirs.begin(), Dirs.end()), Dirs.end());
  std::vector<std::pair<std::string, std::vector<std::string>>> Pins;
  for (const std::string &D : Dirs)
    Pins.push_back({D, {D + "/**"}});
  return pinned(F, Pins);
}

/// Four services, one unit each: a (a/x.cpp), b (b/y.h: class Svc, struct Dto), c, d.
///   a::f -> b::Svc::notify   2 calls, both discarded          a/x.cpp:11-12
///   a::f -> b::Svc::run      1 call                           a/x.cpp:13
///   a::f -> a::g             3 calls                          a/x.cpp:14-16
///   a::f -> a::g_count       write                            a/x.cpp:17
///   a::g -> b::Dto::id       field                            a/x.cpp:21
///   a::g -> a::g_count       read                             a/x.cpp:22
///   a::k -> b::Svc::run, a::g                                 a/x.cpp:31, 32
///   b::Svc::run -> a::g      1 call                           b/y.h:31
///   c::h -> a::g_count write, b::Svc::run                     c/z.cpp:6, 7
///   d::p -> b::Svc::notify   1 call, discarded                d/w.cpp:6
inline Facts fourServices() {
  HotspotWorld W;
  W.function("a::f", "a/x.cpp", 10);
  W.function("a::g", "a/x.cpp", 20);
  W.function("a::k", "a/x.cpp", 30);
  W.entity("a::g_count", EntityKind::Variable, "a/x.cpp", 3, 1);
  W.entity("b::Svc", EntityKind::Class, "b/y.h", 5, 20);
  W.member("b::Svc", "b::Svc::run", EntityKind::Method, "b/y.h", 6);
  W.member("b::Svc", "b::Svc::notify", EntityKind::Method, "b/y.h", 7);
  W.member("b::Svc", "b::Svc::stop", EntityKind::Method, "b/y.h", 8);
  W.entity("b::Dto", EntityKind::Struct, "b/y.h", 12, 4);
  W.member("b::Dto", "b::Dto::id", EntityKind::Field, "b/y.h", 13);
  W.function("c::h", "c/z.cpp", 5);
  W.function("d::p", "d/w.cpp", 5);
  W.edge("a::f", "b::Svc::notify", EdgeKind::Call, 2, 2, "a/x.cpp", 11);
  W.edge("a::f", "b::Svc::run", EdgeKind::Call, 1, 0, "a/x.cpp", 13);
  W.edge("a::f", "a::g", EdgeKind::Call, 3, 0, "a/x.cpp", 14);
  W.edge("a::f", "a::g_count", EdgeKind::Write, 1, 0, "a/x.cpp", 17);
  W.edge("a::g", "b::Dto::id", EdgeKind::Field, 1, 0, "a/x.cpp", 21);
  W.edge("a::g", "a::g_count", EdgeKind::Read, 1, 0, "a/x.cpp", 22);
  W.edge("a::k", "b::Svc::run", EdgeKind::Call, 1, 0, "a/x.cpp", 31);
  W.edge("a::k", "a::g", EdgeKind::Call, 1, 0, "a/x.cpp", 32);
  W.edge("b::Svc::run", "a::g", EdgeKind::Call, 1, 0, "b/y.h", 31);
  W.edge("c::h", "a::g_count", EdgeKind::Write, 1, 0, "c/z.cpp", 6);
  W.edge("c::h", "b::Svc::run", EdgeKind::Call, 1, 0, "c/z.cpp", 7);
  W.edge("d::p", "b::Svc::notify", EdgeKind::Call, 1, 1, "d/w.cpp", 6);
  return W.facts();
}

/// Services a and b and a shared common::Database; table "orders" written twice by a::f and
/// read once by b::g, table "log" written only by a::f.
inline Facts sharedTables() {
  HotspotWorld W;
  W.function("a::f", "a/x.cpp", 1);
  W.function("b::g", "b/y.cpp", 1);
  W.entity("common::Database", EntityKind::Class, "common/db.h", 3, 10);
  W.member("common::Database", "common::Database::insert", EntityKind::Method, "common/db.h", 4);
  W.edge("a::f", "common::Database::insert", EdgeKind::Call, 3, 0, "a/x.cpp", 5);
  W.edge("b::g", "common::Database::insert", EdgeKind::Call, 1, 0, "b/y.cpp", 7);
  W.table("orders", "a::f", "a/x.cpp", 5, true);
  W.table("orders", "a::f", "a/x.cpp", 6, true);
  W.table("orders", "b::g", "b/y.cpp", 7, false);
  W.table("log", "a::f", "a/x.cpp", 8, true);
  return W.facts();
}

} // namespace seams::testing
