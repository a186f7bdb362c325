// The text every writer shares: JSON literals, stable numbers, counted nouns, fingerprints.
// Context-specific escapes (HTML, DOT, XML, URIs) build on these in reports/escape.h.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace seams {

/// S as a JSON string literal, quotes included; non-ASCII passes through as UTF-8. < > & are
/// \u-escaped too, so the literal is safe to embed in an HTML <script> element as it is.
std::string jsonString(std::string_view S);

/// A double with at most Digits decimals and no trailing zeros ("0.5", "12", never "-0"), so
/// output is stable across platforms and diff-friendly. Every number seams writes goes through
/// here: 6 digits in JSON, 2 in messages.
std::string formatNumber(double V, int Digits = 6);

/// V with exactly Digits decimals ("0.2700"): for figures shown beside each other, such as a
/// ratchet's before and after.
std::string fixedNumber(double V, int Digits);

/// "1 service", "2 services": N and the noun in the number N asks for, so that no message says
/// "1 services".
std::string plural(std::size_t N, const char *One, const char *Many);

/// 64-bit FNV-1a of S as 16 lowercase hex digits: a stable, platform-independent fingerprint.
std::string fingerprint(std::string_view S);

} // namespace seams
