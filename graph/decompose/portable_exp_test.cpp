// Tests of the platform-independent exponential Leiden draws its refinement probabilities with.
#include "graph/decompose/portable_exp.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

namespace seams {
namespace {

TEST(PortableExp, ExactAtZeroAndCloseToStdExpDownToUnderflow) {
  EXPECT_EQ(portableExp(0.0), 1.0);
  double Worst = 0;
  for (int I = 0; I * 0.0137 < 708; ++I) {
    const double X = -I * 0.0137;
    const double Want = std::exp(X);
    Worst = std::max(Worst, std::abs(portableExp(X) - Want) / Want);
  }
  // A few ulp (one ulp is 2.2e-16 relative): the polynomial and the reduction are accurate.
  EXPECT_LT(Worst, 8 * std::numeric_limits<double>::epsilon());
}

TEST(PortableExp, SubnormalsAndUnderflowFollowStdExp) {
  // Below -708 the result is subnormal; ldexp rounds it once, like the true value.
  for (double X : {-710.0, -730.5, -744.0, -745.0})
    EXPECT_NEAR(portableExp(X) / std::exp(X), 1.0, 1e-9) << X;
  EXPECT_EQ(portableExp(-746.0), 0.0);
}

TEST(PortableExp, IsMonotonicAcrossReductionBoundaries) {
  // Around X = -(K + 1/2) ln2 the reduction switches K; the result must not step backwards.
  for (int K = 1; K < 40; ++K) {
    const double Mid = -(K + 0.5) * 0.6931471805599453;
    double Previous = portableExp(Mid - 1e-9);
    for (int I = -999; I <= 1000; ++I) {
      const double Value = portableExp(Mid + I * 1e-12);
      EXPECT_LE(Previous, Value * (1 + 4 * std::numeric_limits<double>::epsilon()));
      Previous = Value;
    }
  }
}

} // namespace
} // namespace seams
