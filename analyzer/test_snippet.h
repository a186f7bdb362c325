// Test support for analyzer tests: runs the collector on inline C++ snippets held in memory.
#pragma once

#include "analyzer/collector.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace seams {

/// Runs the collector on main.cpp (and headers) held in memory under /proj, C++20 by default.
class Snippet {
public:
  explicit Snippet(std::string Main, std::map<std::string, std::string> Headers = {},
                   std::vector<std::string> Flags = {})
      : Filter("/proj", {}, {}) {
    auto Mem = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
    Mem->addFile("/proj/main.cpp", 0, llvm::MemoryBuffer::getMemBufferCopy(Main));
    for (const auto &[Name, Text] : Headers)
      Mem->addFile("/proj/" + Name, 0, llvm::MemoryBuffer::getMemBufferCopy(Text));
    auto FS =
        llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(llvm::vfs::getRealFileSystem());
    FS->pushOverlay(Mem);
    clang::tooling::CompileCommand Cmd;
    Cmd.Directory = "/proj";
    Cmd.Filename = "/proj/main.cpp";
    Cmd.CommandLine = {"clang++", "-std=c++20", "-I/proj"};
    Cmd.CommandLine.insert(Cmd.CommandLine.end(), Flags.begin(), Flags.end());
    Cmd.CommandLine.push_back("/proj/main.cpp");
    Result = collectTu(Cmd.Filename, adjustCommand(Cmd, {}), Cmd.Directory, Filter, Claims, {}, FS);
  }

  /// "from -> to" for every edge of Kind, with entity names (file paths for files).
  std::set<std::string> edges(EdgeKind Kind) const {
    std::set<std::string> Out;
    for (const Edge &E : Result.Partial.Edges)
      if (E.Kind == Kind)
        Out.insert(name(E.From) + " -> " + name(E.To));
    return Out;
  }
  /// Every dependency as "kind from -> to": all edges but `contains`, which is structure.
  std::set<std::string> deps() const {
    std::set<std::string> Out;
    for (const Edge &E : Result.Partial.Edges)
      if (E.Kind != EdgeKind::Contains)
        Out.insert(std::string(kindName(E.Kind)) + " " + name(E.From) + " -> " + name(E.To));
    return Out;
  }
  const Edge *edge(const std::string &From, const std::string &To, EdgeKind Kind) const {
    for (const Edge &E : Result.Partial.Edges)
      if (E.Kind == Kind && name(E.From) == From && name(E.To) == To)
        return &E;
    return nullptr;
  }
  const Entity *entity(const std::string &Name) const {
    for (const Entity &E : Result.Partial.Entities)
      if (E.Name == Name)
        return &E;
    return nullptr;
  }
  std::string name(const std::string &Id) const {
    const Entity *E = Result.Partial.findEntity(Id);
    return E ? E->Name : "?" + Id;
  }

  ProjectFilter Filter;
  ClaimRegistry Claims;
  TuResult Result;
};

/// The exact dependencies of a snippet, as Snippet::deps spells them.
using Deps = std::set<std::string>;

} // namespace seams

/// Expects the snippet Code to give exactly the dependencies in the braced list that follows.
#define EXPECT_DEPS(Code, ...)                                                                     \
  EXPECT_THAT(::seams::Snippet(Code).deps(), ::testing::ContainerEq(::seams::Deps __VA_ARGS__))
