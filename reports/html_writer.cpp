// Writes index.html (see html_writer.h): the page skeleton, the Graphviz SVG of the service map,
// the embedded data and the inlined stylesheet and script (reports/assets/).
#include "reports/html_writer.h"

#include "graph/model/error.h"
#include "reports/dot_writer.h"
#include "reports/escape.h"
#include "reports/graphviz_layout.h"
#include "reports/plan_html.h"
#include "reports/report_assets.h"

#include <ostream>
#include <sstream>

namespace seams {
namespace {

/// Inlined assets must not be able to close their own element.
std::string_view checkedAsset(std::string_view Text, const char *Closing) {
  if (Text.find(Closing) != std::string_view::npos)
    throw Error(std::string("report asset contains ") + Closing);
  return Text;
}

constexpr const char *Csp = "default-src 'none'; style-src 'unsafe-inline'; "
                            "script-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
                            "form-action 'none'";

} // namespace

void writeHtmlReport(const ReportModel &M, std::ostream &Out) {
  std::ostringstream Dot;
  writeServicesDot(M, Dot, ServicesDotFor::HtmlMap);
  std::string Svg = M.D->Services.empty() ? std::string() : layoutSvg(Dot.str());
  std::string Project = htmlText(M.Options.Project);

  Out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"" << htmlAttr(Csp) << "\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"color-scheme\" content=\"light dark\">\n"
      << "<meta name=\"generator\" content=\"seams\">\n"
      << "<title>seams report: " << Project << "</title>\n<style>\n"
      << checkedAsset(reportCss(), "</style") << "</style>\n</head>\n<body>\n"
      << "<header class=\"top\">\n<h1>seams report: <span id=\"project-name\">" << Project
      << "</span></h1>\n<nav>\n"
      << "<a href=\"#overview\">Overview</a> <a href=\"#map\">Service map</a> "
      << "<a href=\"#dsm\">Dependency matrix</a> <a href=\"#hotspots\">Hotspots</a> "
      << (M.PlanData ? "<a href=\"#plan\">Plan</a> " : "")
      << "<a href=\"#diagnostics\">Diagnostics</a>\n"
      << "<input type=\"search\" id=\"search-input\" placeholder=\"Search units and entities\" "
      << "aria-label=\"Search units and entities\" autocomplete=\"off\">\n</nav>\n</header>\n"
      << "<main>\n"
      << "<section id=\"search-results\" hidden><h2>Search</h2><div class=\"results\"></div>"
      << "</section>\n"
      << "<section id=\"overview\"><h2>Overview</h2>\n<div class=\"counts\"></div>\n"
      << "<table class=\"metrics\"><thead><tr><th>Metric</th><th>Value</th><th>Meaning</th></tr>"
      << "</thead><tbody></tbody></table>\n<h3>Proposed services</h3>\n"
      << "<div class=\"cards\"></div>\n</section>\n"
      << "<section id=\"map\"><h2>Service map</h2>\n"
      << "<p class=\"hint\">Arrows point from the user to the service it depends on, wider when "
      << "heavier. <span class=\"key-cut\">Red</span>: an edge to cut to break a cycle (the "
      << "lightest set that leaves the services acyclic; dashed, they point up, against the "
      << "layout). <span class=\"key-shared\">Grey</span>: the shared library. By default "
      << "each service shows its heaviest dependencies; the slider draws more. Click (or Tab to "
      << "and press Enter on) a service for its members, API, owned data and dependencies, an "
      << "edge for the symbol-level dependencies behind it.</p>\n"
      << "<div class=\"map-controls\" role=\"group\" aria-label=\"Service map controls\">"
      << "<label for=\"map-edges\">Edges</label> <input type=\"range\" id=\"map-edges\" "
      << "min=\"0\" step=\"1\"> <output id=\"map-edges-count\" for=\"map-edges\"></output> "
      << "<button type=\"button\" data-map=\"strongest\">Strongest</button> "
      << "<button type=\"button\" data-map=\"all\">All</button> "
      << "<label id=\"map-cuts-label\"><input type=\"checkbox\" id=\"map-cuts\"> every edge "
      << "to cut</label> <span class=\"map-zoom\">"
      << "<button type=\"button\" data-map=\"zoom-out\" aria-label=\"Zoom out\">&#8722;</button> "
      << "<button type=\"button\" data-map=\"zoom-in\" aria-label=\"Zoom in\">+</button> "
      << "<button type=\"button\" data-map=\"readable\">Readable</button> "
      << "<button type=\"button\" data-map=\"whole\">Whole map</button></span></div>\n"
      << "<div class=\"map-layout\"><div id=\"map-svg\">" << Svg << "</div>\n"
      << "<aside id=\"map-detail\" aria-live=\"polite\"><p class=\"hint\">Nothing selected."
      << "</p></aside></div>\n</section>\n"
      << "<section id=\"dsm\"><h2>Dependency matrix</h2>\n"
      << "<p class=\"hint\">Rows depend on columns. Units are grouped by service; click a group "
      << "label to expand or collapse it. Cells inside a service are blue, across services "
      << "orange, to the shared library grey.</p>\n<div class=\"dsm-controls\">"
      << "<button type=\"button\" data-dsm=\"expand\">Expand all</button> "
      << "<button type=\"button\" data-dsm=\"collapse\">Collapse all</button> "
      << "<button type=\"button\" data-dsm=\"zoom-in\">Zoom in</button> "
      << "<button type=\"button\" data-dsm=\"zoom-out\">Zoom out</button> "
      << "<span class=\"dsm-info\"></span></div>\n"
      << "<div class=\"dsm-wrap\"><canvas id=\"dsm-canvas\"></canvas><div class=\"dsm-scroll\">"
      << "<div class=\"dsm-sizer\"></div></div></div>\n</section>\n"
      << "<section id=\"hotspots\"><h2>Hotspots</h2>\n<div class=\"hotspot-controls\">"
      << "<input type=\"search\" id=\"hotspot-filter\" placeholder=\"Filter hotspots\" "
      << "aria-label=\"Filter hotspots\" autocomplete=\"off\"> <select id=\"hotspot-kind\" "
      << "aria-label=\"Hotspot kind\"><option value=\"\">All kinds</option></select> "
      << "<span class=\"hotspot-count\"></span></div>\n<div class=\"hotspot-body\"></div>\n"
      << "</section>\n"
      << planSection(M)
      << "<section id=\"diagnostics\"><h2>Diagnostics</h2><div class=\"diag-body\"></div>"
      << "</section>\n</main>\n"
      << "<script type=\"application/json\" id=\"seams-data\">";
  writeReportData(M, Out);
  Out << "</script>\n<script>\n"
      << checkedAsset(reportJs(), "</script") << "</script>\n</body>\n</html>\n";
}

} // namespace seams
