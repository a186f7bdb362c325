// Writes every report file into the output directory (see write_reports.h).
#include "reports/write_reports.h"

#include "graph/model/atomic_file.h"
#include "reports/dot_writer.h"
#include "reports/html_writer.h"
#include "reports/sarif_writer.h"

namespace seams {

void writeReports(const Facts &F, const Decomposition &D, const Assessment *A,
                  const ReportOptions &O, const std::string &OutDir, const Plan *P,
                  const std::vector<ServiceSketch> *Sketches) {
  ReportModel M = buildReportModel(F, D, A, O);
  M.PlanData = P;
  M.Sketches = Sketches;
  writeFileAtomically(OutDir + "/services.dot", [&](std::ostream &S) { writeServicesDot(M, S); });
  writeFileAtomically(OutDir + "/units.dot", [&](std::ostream &S) { writeUnitsDot(M, S); });
  writeFileAtomically(OutDir + "/hotspots.sarif",
                      [&](std::ostream &S) { writeHotspotsSarif(M, S); });
  writeFileAtomically(OutDir + "/index.html", [&](std::ostream &S) { writeHtmlReport(M, S); });
}

} // namespace seams
