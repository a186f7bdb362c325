// A generated 10-unit project with 4 domains for the shared library's tests (decompose and gate):
// each domain's entity type is used by one other domain, and inventory owns a global that
// payments writes; two utilities every domain uses are the only real library.
#pragma once

#include "graph/model/facts.h"

#include <cctype>
#include <map>
#include <string>
#include <vector>

namespace seams::shared_test {

/// The domain units (component ids) and the utilities.
inline const std::vector<std::string> DomainUnits = {
    "catalog/catalog", "catalog/product",  "orders/checkout", "orders/order",
    "payments/charge", "payments/payment", "inventory/stock", "inventory/warehouse"};
inline const std::vector<std::string> UtilityUnits = {"common/log", "common/strings"};

/// Builds the facts: every unit is `<id>.h` + `<id>.cpp` with its functions; inside a domain the
/// units call each other a lot, across domains a little (checkout calls catalog, payments and
/// inventory; charge uses orders' Order; refund writes inventory's g_stock_levels and calls
/// placeOrder, so no unit looks like a `main` that nothing uses).
class World {
public:
  World() {
    for (const std::string &U : DomainUnits)
      unit(U);
    for (const std::string &U : UtilityUnits)
      unit(U);
    // catalog: a product type and the catalog that serves it.
    type("shop::catalog::Product", "catalog/product");
    fn("shop::catalog::Product::price", "catalog/product");
    fn("shop::catalog::Product::name", "catalog/product");
    fn("shop::catalog::findProduct", "catalog/catalog");
    fn("shop::catalog::listProducts", "catalog/catalog");
    use("shop::catalog::findProduct", "shop::catalog::Product::name", EdgeKind::Call, 3);
    use("shop::catalog::findProduct", "shop::catalog::Product::price", EdgeKind::Call, 2);
    use("shop::catalog::listProducts", "shop::catalog::Product", EdgeKind::Type, 2);
    use("shop::catalog::listProducts", "shop::catalog::findProduct", EdgeKind::Call, 2);
    // orders: an order type and the checkout.
    type("shop::orders::Order", "orders/order");
    fn("shop::orders::Order::total", "orders/order");
    fn("shop::orders::Order::addLine", "orders/order");
    fn("shop::orders::checkout", "orders/checkout");
    fn("shop::orders::placeOrder", "orders/checkout");
    use("shop::orders::checkout", "shop::orders::Order::addLine", EdgeKind::Call, 3);
    use("shop::orders::checkout", "shop::orders::Order::total", EdgeKind::Call, 2);
    use("shop::orders::placeOrder", "shop::orders::Order", EdgeKind::Type, 2);
    use("shop::orders::placeOrder", "shop::orders::checkout", EdgeKind::Call, 2);
    // payments: a payment type and the charging code.
    type("shop::payments::Payment", "payments/payment");
    fn("shop::payments::Payment::amount", "payments/payment");
    fn("shop::payments::charge", "payments/charge");
    fn("shop::payments::refund", "payments/charge");
    use("shop::payments::charge", "shop::payments::Payment::amount", EdgeKind::Call, 3);
    use("shop::payments::refund", "shop::payments::Payment", EdgeKind::Type, 2);
    use("shop::payments::refund", "shop::payments::charge", EdgeKind::Call, 2);
    // inventory: a mutable global and the warehouse that keeps it.
    global("shop::inventory::g_stock_levels", "inventory/stock");
    fn("shop::inventory::reserveStock", "inventory/stock");
    fn("shop::inventory::restock", "inventory/warehouse");
    fn("shop::inventory::countStock", "inventory/warehouse");
    use("shop::inventory::reserveStock", "shop::inventory::g_stock_levels", EdgeKind::Write, 2);
    use("shop::inventory::restock", "shop::inventory::g_stock_levels", EdgeKind::Write, 2);
    use("shop::inventory::countStock", "shop::inventory::g_stock_levels", EdgeKind::Read, 2);
    use("shop::inventory::restock", "shop::inventory::reserveStock", EdgeKind::Call, 2);
    // More inside each domain: its second function also uses its type.
    use("shop::catalog::listProducts", "shop::catalog::Product::price", EdgeKind::Call, 2);
    use("shop::catalog::listProducts", "shop::catalog::Product::name", EdgeKind::Call, 2);
    use("shop::orders::placeOrder", "shop::orders::Order::total", EdgeKind::Call, 2);
    use("shop::orders::placeOrder", "shop::orders::Order::addLine", EdgeKind::Call, 2);
    use("shop::payments::refund", "shop::payments::Payment::amount", EdgeKind::Call, 2);
    use("shop::payments::charge", "shop::payments::Payment", EdgeKind::Type, 2);
    use("shop::inventory::countStock", "shop::inventory::reserveStock", EdgeKind::Call, 2);
    // Across domains: each domain type is used by one other domain.
    use("shop::orders::Order::addLine", "shop::catalog::Product", EdgeKind::Type, 1);
    use("shop::orders::checkout", "shop::catalog::findProduct", EdgeKind::Call, 1);
    use("shop::orders::checkout", "shop::payments::charge", EdgeKind::Call, 1);
    use("shop::orders::checkout", "shop::payments::Payment", EdgeKind::Type, 1);
    use("shop::orders::checkout", "shop::inventory::reserveStock", EdgeKind::Call, 1);
    use("shop::payments::charge", "shop::orders::Order::total", EdgeKind::Call, 1);
    use("shop::payments::refund", "shop::inventory::g_stock_levels", EdgeKind::Write, 1);
    use("shop::payments::refund", "shop::orders::placeOrder", EdgeKind::Call, 1);
    // The utilities: every domain unit logs and trims.
    fn("shop::common::log", "common/log");
    fn("shop::common::trim", "common/strings");
    for (const char *User :
         {"shop::catalog::Product::name", "shop::catalog::findProduct",
          "shop::orders::Order::total", "shop::orders::checkout", "shop::payments::Payment::amount",
          "shop::payments::charge", "shop::inventory::reserveStock", "shop::inventory::restock"}) {
      use(User, "shop::common::log", EdgeKind::Call, 1);
      use(User, "shop::common::trim", EdgeKind::Call, 1);
    }
  }

  /// Adds a call From -> To (ids are the qualified names) at a new line of From's file.
  void call(const std::string &From, const std::string &To) { use(From, To, EdgeKind::Call, 1); }

  Facts facts() const { return FB.finish("world", 8, false); }

private:
  void unit(const std::string &Id) {
    for (const char *Ext : {".h", ".cpp"}) {
      std::string Path = Id + Ext;
      FB.addEntity({Path, EntityKind::File, Path, Path, 0, "", 0, 40});
      FB.addFile({Path, 40, 0});
    }
  }
  void add(const std::string &Name, EntityKind K, const std::string &Unit) {
    unsigned L = ++Line;
    FB.addEntity({Name, K, Name, Unit + ".h", L, Unit + ".cpp", L, 5});
    FileOf[Name] = Unit + ".cpp";
  }
  /// A function, or a method when its scope is a type (`Product::price`).
  void fn(const std::string &Name, const std::string &Unit) {
    std::size_t Cut = Name.rfind("::"), Scope = Name.rfind("::", Cut - 1);
    bool Method = std::isupper(static_cast<unsigned char>(Name[Scope + 2])) != 0;
    add(Name, Method ? EntityKind::Method : EntityKind::Function, Unit);
  }
  void type(const std::string &Name, const std::string &Unit) {
    add(Name, EntityKind::Struct, Unit);
  }
  void global(const std::string &Name, const std::string &Unit) {
    add(Name, EntityKind::Variable, Unit);
  }
  void use(const std::string &From, const std::string &To, EdgeKind K, unsigned N) {
    for (unsigned I = 0; I < N; ++I)
      FB.addOccurrence(From, To, K, {{FileOf.at(From), 100 + ++Line, 1}, false});
  }

  FactsBuilder FB;
  std::map<std::string, std::string> FileOf;
  unsigned Line = 0;
};

} // namespace seams::shared_test
