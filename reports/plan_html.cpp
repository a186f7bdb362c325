// The report's Plan section: an ordered timeline of steps with their changes and sketches.
#include "reports/plan_html.h"

#include "graph/model/text_format.h"
#include "reports/escape.h"
#include "reports/interfaces.h"

#include <sstream>

namespace seams {
namespace {

/// A location, linked to the source when the report has a --source-link template.
std::string loc(const ReportModel &M, const Location &L) {
  std::string Text = htmlText(L.File + ":" + std::to_string(L.Line));
  const std::string &T = M.Options.SourceLink;
  if (T.empty())
    return "<span class=\"loc\">" + Text + "</span>";
  std::string Href;
  for (std::size_t I = 0; I < T.size();) {
    if (T.compare(I, 6, "{path}") == 0) {
      Href += uriPath(L.File);
      I += 6;
    } else if (T.compare(I, 6, "{line}") == 0) {
      Href += std::to_string(L.Line ? L.Line : 1);
      I += 6;
    } else {
      Href += T[I++];
    }
  }
  return "<a class=\"loc\" href=\"" + htmlAttr(Href) +
         "\" target=\"_blank\" rel=\"noopener noreferrer\">" + Text + "</a>";
}

std::string locs(const ReportModel &M, const std::vector<Location> &At, std::size_t Max = 3) {
  std::string Out;
  for (std::size_t I = 0; I < At.size() && I < Max; ++I)
    Out += (I ? ", " : "") + loc(M, At[I]);
  if (At.size() > Max)
    Out += " +" + std::to_string(At.size() - Max);
  return Out;
}

std::string names(const std::vector<std::string> &V) {
  std::string Out;
  for (const std::string &S : V)
    Out += (Out.empty() ? "" : ", ") + htmlText(S);
  return Out;
}

template <typename T, typename Fn>
void list(std::ostream &Out, const char *Title, const std::vector<T> &Items, Fn Item) {
  if (Items.empty())
    return;
  constexpr std::size_t Max = 50;
  Out << "<details class=\"plan-changes\"><summary>" << Title << " (" << Items.size()
      << ")</summary><ul>\n";
  for (std::size_t I = 0; I < Items.size() && I < Max; ++I)
    Out << "<li>" << Item(Items[I]) << "</li>\n";
  if (Items.size() > Max)
    Out << "<li>and " << Items.size() - Max << " more (decomposition.json lists all)</li>\n";
  Out << "</ul></details>\n";
}

} // namespace

std::string planSection(const ReportModel &M) {
  if (!M.PlanData)
    return "";
  const Plan &P = *M.PlanData;
  std::ostringstream Out;
  Out << "<section id=\"plan\"><h2>Plan</h2>\n<p class=\"plan-intro\">The order in which to "
         "take the services out of the monolith, cheapest and safest first (docs/PLAN.md), "
         "and what each step changes.</p>\n<ol class=\"plan-timeline\">\n";
  auto Edge = [&](const HotspotEdge &E) {
    return "<code>" + htmlText(E.From) + "</code> " + htmlText(edgeVerb(E.Kind)) + " <code>" +
           htmlText(E.To) + "</code> (" + htmlText(E.FromService) + " &rarr; " +
           htmlText(E.ToService) + ", " + std::to_string(E.Count) + "&times;) " + locs(M, E.At);
  };
  for (const PlanStep &S : P.Steps) {
    Out << "<li class=\"plan-step\" data-service=\"" << htmlAttr(S.Service) << "\"><h3>Step "
        << S.Number << ": " << htmlText(S.Service) << "</h3>\n<p class=\"plan-rationale\">"
        << htmlText(S.Rationale)
        << "</p>\n<p class=\"plan-figures\">Effort: " << plural(S.UseSites, "use site", "use sites")
        << " in " << plural(S.Files, "file", "files")
        << ". Blast radius: " << plural(S.BlastBefore.Units, "unit", "units") << " / "
        << plural(S.BlastBefore.Services, "service", "services") << " today &rarr; "
        << plural(S.BlastAfter.Units, "unit", "units") << " / "
        << plural(S.BlastAfter.Services, "service", "services") << " after"
        << htmlText(blastRemark(S)) << ".</p>\n";
    list(Out, "Calls and uses to route through its API", S.Route, Edge);
    list(Out, "Its uses of other services' APIs", S.Outbound, Edge);
    auto GlobalItem = [&](const PlanGlobal &G) {
      if (G.Lock)
        return "<code>" + htmlText(G.Name) + "</code> (" + htmlText(ownerPhrase(G)) +
               ", a lock taken by " + names(G.Users) + ": what it guards needs one owner) " +
               locs(M, G.At);
      return "<code>" + htmlText(G.Name) + "</code> (" + htmlText(ownerPhrase(G)) + ", " +
             (G.Written ? "written" : "read") + " by " + names(G.Users) + ") " + locs(M, G.At);
    };
    list(Out, "Globals to give an owner and an accessor", globalsOf(S, true), GlobalItem);
    list(Out, "Constants other services read (never written): copy them", globalsOf(S, false),
         GlobalItem);
    list(Out, "Tables to split or expose", S.Tables, [&](const PlanTable &T) {
      return "<code>" + htmlText(T.Table) + "</code> (" + names(T.Services) + ") " + locs(M, T.At);
    });
    list(Out, "Cycle edges to cut", S.CycleEdges, Edge);
    list(Out, "Calls to turn into events", S.Events, [&](const PlanEvent &E) {
      return "<code>" + htmlText(E.Topic) + "</code>: <code>" + htmlText(E.Function) +
             "</code> (consumer " + htmlText(E.Consumer) + ", published by " + names(E.Publishers) +
             ") " + locs(M, E.At);
    });
    if (M.Sketches)
      for (const ServiceSketch &K : *M.Sketches)
        if (K.Service == S.Service) {
          std::ostringstream Proto;
          writeProto(K, Proto);
          Out << "<details class=\"plan-proto\"><summary>Interface sketch: "
              << htmlText(K.Directory + "/" + K.FileName) << " (" << K.Rpcs.size() << " rpc"
              << (K.Rpcs.size() == 1 ? "" : "s") << ", " << K.Placeholders << " placeholder"
              << (K.Placeholders == 1 ? "" : "s") << ")</summary><pre><code>"
              << htmlText(Proto.str()) << "</code></pre></details>\n";
        }
    Out << "</li>\n";
  }
  Out << "</ol>\n";
  for (const PlanSkip &S : P.Skipped)
    Out << "<p class=\"plan-skip\">Not extracted: " << htmlText(S.Service) << ": "
        << htmlText(S.Reason) << "</p>\n";
  Out << "</section>\n";
  return Out.str();
}

} // namespace seams
