// e^x from IEEE-754 basic operations only, so clustering picks the same partition on every
// platform.
#pragma once

#include <cmath>

namespace seams {

/// e^X for X <= 0, within a few ulp of the true value, built only from +, -, *, round-to-integer
/// and exact power-of-two scaling. Each of those is exactly specified by IEEE-754, so the result
/// is the same bits on every machine. std::exp is not: glibc picks its code per CPU (with or
/// without FMA), and valgrind's emulation differs again, so Leiden's random refinement, which
/// draws with probabilities from exp, gave other partitions of the same graph on other machines.
/// Cody-Waite range reduction X = K ln2 + R with |R| <= ln2/2, then a degree-13 Taylor polynomial
/// (its truncation error, R^14/14! < 4e-18, is below half an ulp of the result).
inline double portableExp(double X) {
  constexpr double InvLn2 = 1.44269504088896338700e+00;
  constexpr double Ln2Hi = 6.93147180369123816490e-01; // ln2's high bits: K * Ln2Hi is exact
  constexpr double Ln2Lo = 1.90821492927058770002e-10;
  const double K = std::nearbyint(X * InvLn2);
  const double R = (X - K * Ln2Hi) - K * Ln2Lo;
  double P = 1.0 / 6227020800.0; // 1/13!
  constexpr double Inverse[] = {1.0 / 479001600.0,
                                1.0 / 39916800.0,
                                1.0 / 3628800.0,
                                1.0 / 362880.0,
                                1.0 / 40320.0,
                                1.0 / 5040.0,
                                1.0 / 720.0,
                                1.0 / 120.0,
                                1.0 / 24.0,
                                1.0 / 6.0,
                                1.0 / 2.0,
                                1.0,
                                1.0};
  for (double C : Inverse)
    P = P * R + C;
  return std::ldexp(P, static_cast<int>(K));
}

} // namespace seams
