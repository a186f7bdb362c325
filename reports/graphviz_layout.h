// Lays out a DOT graph with Graphviz's library in-process and renders it to an SVG string, so the
// HTML report carries a finished drawing and needs no JavaScript layout.
#pragma once

#include <string>
#include <string_view>

namespace seams {

/// Runs the `dot` layout on Dot and returns the SVG element alone (no XML prolog, doctype or
/// comments), ready to embed in HTML. Same input and Graphviz version give the same bytes.
/// Graphviz's messages are captured, never printed; throws seams::Error when the graph does not
/// parse, the layout or SVG plugins are missing, or the result holds anything script-like.
/// Serialized internally: Graphviz keeps global state.
std::string layoutSvg(std::string_view Dot);

} // namespace seams
