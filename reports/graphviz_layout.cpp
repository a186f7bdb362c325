// In-process Graphviz layout to SVG (see graphviz_layout.h).
#include "reports/graphviz_layout.h"

#include "graph/model/error.h"

#include <algorithm>
#include <cctype>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <mutex>

namespace seams {
namespace {

std::mutex GraphvizMutex;
std::string *Messages = nullptr; // Guarded by GraphvizMutex.

int captureMessage(char *Text) {
  if (Messages && Text)
    *Messages += Text;
  return 0;
}

/// Drops what precedes <svg and every <!-- --> comment (Graphviz's version banner).
std::string cleanSvg(std::string S) {
  std::size_t Start = S.find("<svg");
  if (Start == std::string::npos)
    throw Error("Graphviz produced no <svg> element");
  S.erase(0, Start);
  for (std::size_t C; (C = S.find("<!--")) != std::string::npos;) {
    std::size_t End = S.find("-->", C);
    if (End == std::string::npos)
      throw Error("Graphviz produced an unterminated SVG comment");
    std::size_t Stop = End + 3;
    if (Stop < S.size() && S[Stop] == '\n')
      ++Stop;
    S.erase(C, Stop - C);
  }
  std::string Lower(S);
  std::transform(Lower.begin(), Lower.end(), Lower.begin(),
                 [](unsigned char C) { return static_cast<char>(std::tolower(C)); });
  // Names reach the SVG only as escaped text; raw markup here would mean an escaping bug.
  for (const char *Bad : {"<script", "</script", "<foreignobject"})
    if (Lower.find(Bad) != std::string::npos)
      throw Error(std::string("Graphviz SVG contains \"") + Bad + "\": refusing to embed it");
  return S;
}

/// One Graphviz context for the process, created on first use and never freed: libgvc keeps a
/// text-size cache across contexts, so freeing a context and creating another reads freed font
/// names (a heap-use-after-free that AddressSanitizer found in textspan_size). Guarded by
/// GraphvizMutex.
GVC_t *context() {
  static GVC_t *Gvc = gvContext();
  return Gvc;
}

} // namespace

std::string layoutSvg(std::string_view Dot) {
  std::lock_guard<std::mutex> Lock(GraphvizMutex);
  std::string Captured;
  Messages = &Captured;
  agusererrf Previous = agseterrf(captureMessage);
  struct Restore {
    agusererrf Previous;
    ~Restore() {
      agseterrf(Previous);
      Messages = nullptr;
    }
  } R{Previous};

  GVC_t *Gvc = context();
  if (!Gvc)
    throw Error("Graphviz: cannot create a context");
  std::string Text(Dot);
  Agraph_t *G = agmemread(Text.c_str());
  if (!G)
    throw Error("Graphviz cannot read the service graph: " + Captured);
  struct Close {
    GVC_t *Gvc;
    Agraph_t *G;
    bool Laid = false;
    ~Close() {
      if (Laid)
        gvFreeLayout(Gvc, G);
      agclose(G);
    }
  } Closer{Gvc, G};
  if (gvLayout(Gvc, G, "dot") != 0)
    throw Error("Graphviz dot layout failed (is the graphviz package with its plugins "
                "installed?): " +
                Captured);
  Closer.Laid = true;
  char *Data = nullptr;
  unsigned int Length = 0;
  if (gvRenderData(Gvc, G, "svg", &Data, &Length) != 0 || !Data)
    throw Error("Graphviz SVG rendering failed: " + Captured);
  std::string Svg(Data, Length);
  gvFreeRenderData(Data);
  return cleanSvg(std::move(Svg));
}

} // namespace seams
