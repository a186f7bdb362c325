// A small hand-made shop for the gate's tests and the check report writers' tests: three
// services (orders, payments, shipping) and common/ as the shared library.
#pragma once

#include "gate/check.h"
#include "graph/decompose/decomposition.h"
#include "graph/model/facts.h"

#include <string>

namespace seams::gate_test {

/// Three services (orders, payments, shipping) and common/ as shared library.
struct Shop {
  FactsBuilder FB;
  void fn(const std::string &Name, const std::string &File, unsigned Line) {
    FB.addEntity({Name, EntityKind::Function, Name, File, Line, File, Line, 3});
  }
  /// Generated: under a build directory, as the analyzer marks CMake's generated headers.
  void file(const std::string &Path, bool Generated = false) {
    FB.addEntity({Path, EntityKind::File, Path, Path, 0, "", 0, 10});
    FB.addFile({Path, 10, 0, Generated});
  }
  void use(const std::string &From, const std::string &To, EdgeKind K, const std::string &File,
           unsigned Line) {
    FB.addOccurrence(From, To, K, {{File, Line, 1}, false});
  }
  /// PayHeader: the name of the payments header orders includes.
  explicit Shop(const std::string &PayHeader = "payments/pay.h") {
    for (const std::string &P :
         {std::string("orders/checkout.cpp"), std::string("payments/pay.cpp"), PayHeader,
          std::string("shipping/ship.cpp"), std::string("common/money.cpp")})
      file(P);
    fn("shop::orders::checkout", "orders/checkout.cpp", 5);
    fn("shop::payments::charge", "payments/pay.cpp", 3);
    fn("shop::payments::detail::sign", "payments/pay.cpp", 20);
    fn("shop::shipping::ship", "shipping/ship.cpp", 4);
    fn("shop::common::cents", "common/money.cpp", 2);
    use("shop::orders::checkout", "shop::payments::charge", EdgeKind::Call, "orders/checkout.cpp",
        10);
    use("shop::orders::checkout", "shop::shipping::ship", EdgeKind::Call, "orders/checkout.cpp",
        11);
    use("shop::orders::checkout", "shop::common::cents", EdgeKind::Call, "orders/checkout.cpp", 12);
    use("orders/checkout.cpp", PayHeader, EdgeKind::Include, "orders/checkout.cpp", 1);
  }
  Facts facts() const { return FB.finish("shop", 8, false); }
};

inline Decomposition decomposition() {
  Decomposition D;
  for (const char *N : {"orders", "payments", "shipping"}) {
    Service S;
    S.Name = N;
    D.Services.push_back(S);
  }
  D.Services[0].Files = {"orders/checkout.cpp"};
  D.Services[1].Files = {"payments/pay.cpp", "payments/pay.h"};
  D.Services[2].Files = {"shipping/ship.cpp"};
  D.SharedFiles = {"common/money.cpp"};
  return D;
}

/// The baseline `seams baseline` writes for F, plus the limits only a team writes by hand
/// (use sites and the ICP), for the tests of those limits.
inline Baseline strictBaseline(const Facts &F) {
  Baseline B = makeBaseline(decomposition(), F);
  const ServiceMap M(B, F);
  const CouplingFigures Now =
      couplingFigures(collectDependencies(F, B, M), [](const DependencyUse &) { return true; });
  B.Limit.Occurrences = Now.Occurrences;
  B.Limit.ICP = Now.ICP;
  return B;
}

inline CheckResult check(const Facts &F, const Baseline &B, bool FailOnStale = false) {
  CheckOptions O;
  O.BaselinePath = "seams-baseline.json";
  O.FailOnStale = FailOnStale;
  return checkBoundaries(F, B, O);
}

} // namespace seams::gate_test
