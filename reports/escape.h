// Escaping for every output context the writers use (HTML text and attributes, XML, JSON inside
// <script>, DOT strings, URIs, GitHub workflow commands). The one place to audit, with the JSON
// literals, numbers and fingerprints of graph/model/text_format.h beneath it.
#pragma once

#include "graph/model/text_format.h"

#include <string>
#include <string_view>

namespace seams {

/// S as HTML text content: & < > escaped, so `operator<` or `</script>` render as text.
std::string htmlText(std::string_view S);

/// S as a double-quoted HTML attribute value (without the quotes): & < > " ' escaped.
std::string htmlAttr(std::string_view S);

/// S as XML character data or a double-quoted attribute value (without the quotes): & < > "
/// escaped (JUnit).
std::string xmlText(std::string_view S);

/// S as the data of a GitHub workflow command ("::error file=...::DATA"): % CR LF encoded; with
/// Property (a file=, title= value) also ':' and ','.
std::string githubCommandData(std::string_view S, bool Property);

/// S as Markdown inline text: | * _ ` < > backslash-escaped, so a name cannot open a table cell,
/// emphasis, code or HTML.
std::string markdownText(std::string_view S);

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

} // namespace seams
