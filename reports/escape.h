// Escaping for every output context the report writers use (HTML text and attributes, JSON inside
// <script>, DOT strings, URIs), plus the number format they share. The one place to audit.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace seams {

/// S as HTML text content: & < > escaped, so `operator<` or `</script>` render as text.
std::string htmlText(std::string_view S);

/// S as a double-quoted HTML attribute value (without the quotes): & < > " ' escaped.
std::string htmlAttr(std::string_view S);

/// S as a JSON string literal (quotes included) safe inside an HTML <script> element: < > & are
/// \u-escaped (so "</script>" and "<!--" cannot end or change the element), and so are U+2028 and
/// U+2029. Non-ASCII otherwise passes through as UTF-8.
std::string scriptJsonString(std::string_view S);

/// S as a double-quoted DOT string (quotes included). Backslashes are doubled so Graphviz's label
/// escapes (\N, \G, \l, ...) never fire on a name; quotes and line breaks are escaped.
std::string dotString(std::string_view S);

/// A project-relative '/'-separated path as a relative URI reference: every byte outside RFC 3986
/// unreserved characters and '/' is percent-encoded, so "<script>.h" becomes "%3Cscript%3E.h".
std::string uriPath(std::string_view Path);

/// A double with at most Digits decimals and no trailing zeros ("0.5", "12", never "-0"), so
/// output is stable across platforms and diff-friendly.
std::string formatNumber(double V, int Digits = 6);

/// 64-bit FNV-1a of S as 16 lowercase hex digits: a stable, platform-independent fingerprint.
std::string fingerprint(std::string_view S);

} // namespace seams
