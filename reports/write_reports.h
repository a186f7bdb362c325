// The one call the CLI makes: every report file written next to decomposition.json.
#pragma once

#include "reports/report_model.h"

#include <string>
#include <vector>

namespace seams {

/// The files writeReports produces, in the order it writes them.
inline const std::vector<std::string> &reportFileNames() {
  static const std::vector<std::string> Names = {"index.html", "services.dot", "units.dot",
                                                 "hotspots.sarif"};
  return Names;
}

/// Writes index.html, services.dot, units.dot and hotspots.sarif into OutDir, each replaced
/// atomically (graph/model/atomic_file.h). F, D and A as for buildReportModel. Throws
/// seams::Error when a file cannot be written or the service map cannot be laid out.
/// P and Sketches (optional) add the Plan section to index.html.
void writeReports(const Facts &F, const Decomposition &D, const Assessment *A,
                  const ReportOptions &O, const std::string &OutDir, const Plan *P = nullptr,
                  const std::vector<ServiceSketch> *Sketches = nullptr);

} // namespace seams
