// `seams plan` on the console: the steps in order, each with what must change before it.
#include "reports/plan_text.h"

#include "graph/model/text_format.h"

#include <ostream>

namespace seams {
namespace {

std::string place(const std::vector<Location> &At) {
  return At.empty() ? std::string()
                    : "  (" + At.front().File + ":" + std::to_string(At.front().Line) + ")";
}

std::string list(const std::vector<std::string> &V) {
  std::string Out;
  for (const std::string &S : V)
    Out += (Out.empty() ? "" : ", ") + S;
  return Out;
}

template <typename T, typename Fn>
void section(std::ostream &Out, const char *Title, const std::vector<T> &Items, std::size_t Max,
             Fn Line) {
  if (Items.empty())
    return;
  Out << "   " << Title << " (" << Items.size() << "):\n";
  for (std::size_t I = 0; I < Items.size() && (Max == 0 || I < Max); ++I)
    Out << "     " << Line(Items[I]) << "\n";
  if (Max && Items.size() > Max)
    Out << "     and " << Items.size() - Max << " more\n";
}

std::string edgeLine(const HotspotEdge &E) {
  return E.From + " " + std::string(edgeVerb(E.Kind)) + " " + E.To + " [" + E.FromService + " -> " +
         E.ToService + ", " + std::to_string(E.Count) + "x]" + place(E.At);
}

} // namespace

void writePlanText(const Plan &P, std::ostream &Out, std::size_t MaxItems) {
  Out << "Extraction plan: " << plural(P.Steps.size(), "step", "steps")
      << ", cheapest and safest first\n";
  for (const PlanStep &S : P.Steps) {
    Out << "\n" << S.Number << ". " << S.Service << ": " << S.Rationale << "\n";
    Out << "   effort: " << plural(S.UseSites, "use site", "use sites") << " in "
        << plural(S.Files, "file", "files")
        << "; blast radius: " << plural(S.BlastBefore.Units, "unit", "units") << " / "
        << plural(S.BlastBefore.Services, "service", "services") << " today -> "
        << plural(S.BlastAfter.Units, "unit", "units") << " / "
        << plural(S.BlastAfter.Services, "service", "services") << " after" << blastRemark(S)
        << "\n";
    section(Out, "route through its API", S.Route, MaxItems, edgeLine);
    section(Out, "call other services' APIs", S.Outbound, MaxItems, edgeLine);
    auto GlobalLine = [](const PlanGlobal &G) {
      if (G.Lock)
        return G.Name + " (" + ownerPhrase(G) + ", a lock taken by " + list(G.Users) +
               ": what it guards needs one owner)" + place(G.At);
      return G.Name + " (" + ownerPhrase(G) + ", " + (G.Written ? "written" : "read") + " by " +
             list(G.Users) + ")" + place(G.At);
    };
    section(Out, "globals to give an owner and an accessor", globalsOf(S, true), MaxItems,
            GlobalLine);
    section(Out, "constants other services read (never written): copy them", globalsOf(S, false),
            MaxItems, GlobalLine);
    section(Out, "tables to split or expose", S.Tables, MaxItems, [](const PlanTable &T) {
      return T.Table + " (shared with " + list(T.Services) + ")" + place(T.At);
    });
    section(Out, "cycle edges to cut", S.CycleEdges, MaxItems, edgeLine);
    section(Out, "calls to turn into events", S.Events, MaxItems, [](const PlanEvent &E) {
      return E.Topic + ": " + E.Function + " (published by " + list(E.Publishers) + ", " +
             std::to_string(E.UseSites) + " call site" + (E.UseSites == 1 ? "" : "s") + ")" +
             place(E.At);
    });
  }
  for (const PlanSkip &S : P.Skipped)
    Out << "\nnot extracted: " << S.Service << ": " << S.Reason << "\n";
}

} // namespace seams
