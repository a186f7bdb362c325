// Parameter, return and field types in the facts: each snippet beside the exact shapes seams
// records for it (docs/FACTS.md, "Types").
#include "analyzer/test_snippet.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace seams {
namespace {

/// A shape in one line: "ref<const record:Order>", "map<string,int32>", "other(std::mutex)".
std::string show(const TypeShape &T, const Snippet &S) {
  auto Of = [&](std::string Head) {
    Head += "<";
    if (T.Const)
      Head += "const ";
    for (std::size_t I = 0; I < T.Of.size(); ++I)
      Head += (I ? "," : "") + show(T.Of[I], S);
    return Head + ">";
  };
  switch (T.Kind) {
  case ShapeKind::Builtin:
    return T.Builtin;
  case ShapeKind::String:
    return "string";
  case ShapeKind::Sequence:
    return Of("sequence");
  case ShapeKind::Map:
    return Of("map");
  case ShapeKind::Optional:
    return Of("optional");
  case ShapeKind::Record:
    return "record:" + S.name(T.Entity);
  case ShapeKind::Enum:
    return T.Entity.empty() ? "enum(" + T.Cpp + ")" : "enum:" + S.name(T.Entity);
  case ShapeKind::Pointer:
    return Of("pointer");
  case ShapeKind::Reference:
    return Of("ref");
  case ShapeKind::Function:
    return "function(" + T.Cpp + ")";
  case ShapeKind::Template:
    return "template(" + T.Cpp + ")";
  case ShapeKind::Other:
    return "other(" + T.Cpp + ")";
  }
  return "?";
}

/// Every function's signature and every field's type, as "name(p: shape, ...) -> shape" and
/// "name: shape".
std::set<std::string> shapes(const std::string &Code,
                             std::map<std::string, std::string> Headers = {}) {
  Snippet S(Code, std::move(Headers));
  std::set<std::string> Out;
  for (const Entity &E : S.Result.Partial.Entities) {
    if (E.Sig) {
      std::string Line = E.Name + "(";
      for (std::size_t I = 0; I < E.Sig->Params.size(); ++I)
        Line += (I ? ", " : "") + E.Sig->Params[I].Name + ": " + show(E.Sig->Params[I].Type, S);
      Out.insert(Line + ") -> " + show(E.Sig->Returns, S));
    }
    if (E.Type)
      Out.insert(E.Name + ": " + show(*E.Type, S));
  }
  return Out;
}

using Shapes = std::set<std::string>;

TEST(TypeShapes, BuiltinsAndStrings) {
  EXPECT_THAT(shapes(R"cpp(
    #include <cstdint>
    #include <string>
    #include <string_view>
    std::string greet(const std::string &who, std::string_view how, bool loud, char c,
                      std::int64_t n, unsigned short u, float f, double d, long double l);
    void tick();
  )cpp"),
              ::testing::ContainerEq(Shapes{
                  "greet(who: ref<const string>, how: string, loud: bool, c: char, n: int64, "
                  "u: uint16, f: float, d: double, l: other) -> string",
                  "tick() -> void"}));
}

TEST(TypeShapes, ContainersOptionalAndProjectRecords) {
  EXPECT_THAT(shapes(R"cpp(
    #include <map>
    #include <optional>
    #include <set>
    #include <string>
    #include <vector>
    enum class Status { Open, Paid };
    struct Line { std::string sku; int qty = 0; };
    struct Order { std::vector<Line> lines; std::map<std::string, int> totals;
                   std::optional<Status> status; std::set<int> tags; };
    std::optional<Order> find(const std::vector<int> &ids, std::map<int, Order> byId);
  )cpp"),
              ::testing::ContainerEq(
                  Shapes{"Line::sku: string", "Line::qty: int32",
                         "Order::lines: sequence<record:Line>", "Order::totals: map<string,int32>",
                         "Order::status: optional<enum:Status>", "Order::tags: sequence<int32>",
                         "find(ids: ref<const sequence<int32>>, byId: map<int32,record:Order>) -> "
                         "optional<record:Order>"}));
}

TEST(TypeShapes, WhatCannotMapIsNamed) {
  EXPECT_THAT(shapes(R"cpp(
    #include <functional>
    #include <memory>
    #include <mutex>
    struct Sink { virtual ~Sink() = default; };
    template <class T> struct Box { T v; };
    void wire(Sink *s, std::function<void(int)> cb, void (*raw)(int), std::unique_ptr<Sink> own,
              Box<int> box, std::mutex &m, int &out);
  )cpp"),
              ::testing::ContainerEq(Shapes{
                  "Sink::~Sink() -> void", "Box::v: other(T)",
                  "wire(s: pointer<record:Sink>, cb: function(std::function<void (int)>), "
                  "raw: function(void (*)(int)), own: template(std::unique_ptr<Sink>), "
                  "box: template(Box<int>), m: ref<other(std::mutex)>, out: ref<int32>) -> void"}));
}

TEST(TypeShapes, AReferenceOrPointerToATemplateParameterIsOne) {
  // Without it, SetBit's x was other(T &), and a discarded SetBit call looked like an event.
  EXPECT_THAT(shapes(R"cpp(
    template <class T> T setBit(T &x, unsigned char y) { return x = T(x | (T(1) << y)); }
    template <class T> void fill(const T *from, T *to, T &&v);
  )cpp"),
              ::testing::ContainerEq(
                  Shapes{"setBit(x: ref<other(T)>, y: uint8) -> other(T)",
                         "fill(from: pointer<const other(const T)>, to: pointer<other(T)>, "
                         "v: ref<other(T)>) -> void"}));
}

TEST(TypeShapes, MethodsConstructorsAndTheDefinitionsNames) {
  EXPECT_THAT(shapes(R"cpp(
    struct Ledger {
      explicit Ledger(int);
      const char *post(int, double amount) const;
    };
    const char *Ledger::post(int account, double) const { return ""; }
  )cpp"),
              ::testing::ContainerEq(
                  Shapes{"Ledger::Ledger(: int32) -> void",
                         "Ledger::post(account: int32, : double) -> pointer<const char>"}));
}

} // namespace
} // namespace seams
