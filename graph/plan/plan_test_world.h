// Test support for the plan and the interface sketches: a small hand-made shop whose right
// extraction order is known, with the parameter and return types the analyzer would record.
#pragma once

#include "graph/hotspots/hotspots_test_util.h"
#include "graph/plan/plan.h"

namespace seams::testing {

inline TypeShape builtin(const std::string &Cpp, const std::string &Name) {
  TypeShape T;
  T.Kind = ShapeKind::Builtin;
  T.Cpp = Cpp;
  T.Builtin = Name;
  return T;
}

inline TypeShape shapeOf(ShapeKind K, const std::string &Cpp, std::vector<TypeShape> Of = {},
                         const std::string &Entity = "") {
  TypeShape T;
  T.Kind = K;
  T.Cpp = Cpp;
  T.Of = std::move(Of);
  T.Entity = Entity;
  return T;
}

inline TypeShape constRef(TypeShape To) {
  TypeShape T = shapeOf(ShapeKind::Reference, "const " + To.Cpp + " &", {To});
  T.Const = true;
  return T;
}

/// Four pinned services (one directory each):
///   notify   leaf: notify::send(to, Receipt) called by orders 2x, always discarded (an event)
///   catalog  catalog::price(sku) -> double, called by orders 1x (result used)
///   billing  billing::charge(cents, card*, items, byId, done, grid, string&) -> bool called by
///            orders 1x; billing::audit reads
///            orders::g_open (a global of orders) and calls orders::status(id) -> optional<Status>
///   orders   orders::place() calls all of the above
/// billing <-> orders is a cycle; notify has only event-able inbound calls.
/// BillingWritesOpen: billing::audit also writes orders::g_open, twice: more than orders does.
inline Facts planWorld(bool BillingWritesOpen = false) {
  FactsBuilder B;
  auto file = [&](const std::string &P) { B.addFile({P, 40, 0}); };
  for (const char *P : {"notify/notify.h", "catalog/catalog.h", "billing/billing.cpp",
                        "billing/billing.h", "orders/orders.cpp", "orders/orders.h"})
    file(P);
  auto fn = [&](const std::string &Id, EntityKind K, const std::string &File, unsigned Line,
                TypeShape Ret, std::vector<Param> Params) {
    Entity E{Id, K, Id, File, Line, File, Line, 5};
    E.Sig = Signature{std::move(Ret), std::move(Params)};
    B.addEntity(E);
  };
  auto field = [&](const std::string &Rec, const std::string &Id, unsigned Line, TypeShape T) {
    Entity E{Id, EntityKind::Field, Id, "notify/notify.h", Line, "notify/notify.h", Line, 1};
    E.Type = std::move(T);
    B.addEntity(E);
    B.addOccurrence(Rec, Id, EdgeKind::Contains, {{"notify/notify.h", Line, 1}, false});
  };
  TypeShape Str = shapeOf(ShapeKind::String, "std::string");
  TypeShape Int = builtin("int", "int32");
  B.addEntity({"notify::Receipt", EntityKind::Struct, "notify::Receipt", "notify/notify.h", 3,
               "notify/notify.h", 3, 6});
  field("notify::Receipt", "notify::Receipt::order", 4, builtin("long", "int64"));
  field("notify::Receipt", "notify::Receipt::lines", 5,
        shapeOf(ShapeKind::Sequence, "std::vector<std::string>", {Str}));
  field("notify::Receipt", "notify::Receipt::total", 6, builtin("double", "double"));
  TypeShape Receipt = shapeOf(ShapeKind::Record, "notify::Receipt", {}, "notify::Receipt");
  fn("notify::send", EntityKind::Function, "notify/notify.h", 10, builtin("void", "void"),
     {{"to", constRef(Str)}, {"receipt", constRef(Receipt)}});
  fn("catalog::price", EntityKind::Function, "catalog/catalog.h", 5, builtin("double", "double"),
     {{"sku", shapeOf(ShapeKind::String, "std::string_view")}});
  TypeShape Card =
      shapeOf(ShapeKind::Pointer, "billing::Card *", {shapeOf(ShapeKind::Other, "billing::Card")});
  TypeShape Ints = shapeOf(ShapeKind::Sequence, "std::vector<int>", {Int});
  fn("billing::charge", EntityKind::Function, "billing/billing.h", 5, builtin("bool", "bool"),
     {{"cents", Int},
      {"card", Card},
      {"items", constRef(Ints)},
      {"byId", shapeOf(ShapeKind::Map, "std::map<int, std::string>", {Int, Str})},
      {"done", shapeOf(ShapeKind::Function, "std::function<void ()>")},
      {"grid", shapeOf(ShapeKind::Sequence, "std::vector<std::vector<int>>", {Ints})},
      {"", shapeOf(ShapeKind::Reference, "std::string &", {Str})}});
  fn("billing::audit", EntityKind::Function, "billing/billing.cpp", 10, builtin("void", "void"),
     {});
  B.addEntity({"orders::Status", EntityKind::Enum, "orders::Status", "orders/orders.h", 3,
               "orders/orders.h", 3, 1});
  fn("orders::status", EntityKind::Function, "orders/orders.h", 6,
     shapeOf(ShapeKind::Optional, "std::optional<orders::Status>",
             {shapeOf(ShapeKind::Enum, "orders::Status", {}, "orders::Status")}),
     {{"id", Int}});
  fn("orders::place", EntityKind::Function, "orders/orders.cpp", 10, builtin("void", "void"), {});
  B.addEntity({"orders::g_open", EntityKind::Variable, "orders::g_open", "orders/orders.cpp", 4,
               "orders/orders.cpp", 4, 1});
  auto use = [&](const std::string &From, const std::string &To, EdgeKind K,
                 const std::string &File, unsigned Line, bool Discarded = false) {
    B.addOccurrence(From, To, K, {{File, Line, 1}, Discarded});
  };
  use("orders::place", "notify::send", EdgeKind::Call, "orders/orders.cpp", 12, true);
  use("orders::place", "notify::send", EdgeKind::Call, "orders/orders.cpp", 13, true);
  use("orders::place", "catalog::price", EdgeKind::Call, "orders/orders.cpp", 14);
  use("orders::place", "billing::charge", EdgeKind::Call, "orders/orders.cpp", 15);
  use("orders::place", "orders::g_open", EdgeKind::Write, "orders/orders.cpp", 16);
  use("billing::audit", "orders::status", EdgeKind::Call, "billing/billing.cpp", 11);
  use("billing::audit", "orders::g_open", EdgeKind::Read, "billing/billing.cpp", 12);
  use("billing::audit", "billing::charge", EdgeKind::Call, "billing/billing.cpp", 13);
  if (BillingWritesOpen) {
    use("billing::audit", "orders::g_open", EdgeKind::Write, "billing/billing.cpp", 14);
    use("billing::audit", "orders::g_open", EdgeKind::Write, "billing/billing.cpp", 15);
  }
  return B.finish("t", 0, false);
}

} // namespace seams::testing
