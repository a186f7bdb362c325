// The console summary of `seams analyze` (see analyze_summary.h).
#include "reports/analyze_summary.h"

#include "graph/model/text_format.h"
#include "graph/plan/plan.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <ostream>

namespace seams {

void writeAnalyzeSummary(const Decomposition &D, const Assessment &A, std::ostream &Out,
                         unsigned Top) {
  std::size_t Width = 7;
  for (const Service &S : D.Services)
    Width = std::max(Width, S.Name.size());
  Out << plural(D.Services.size(), "service", "services");
  if (!D.SharedUnits.empty())
    Out << " (+ shared library of " << plural(D.SharedUnits.size(), "unit", "units") << ")";
  if (!D.GeneratedFiles.empty())
    Out << " (" << plural(D.GeneratedFiles.size(), "generated file", "generated files")
        << " set apart, such as " << D.GeneratedFiles.front() << ")";
  Out << ":\n";
  // Most of the code taken for build output: a build directory that is the sources' own (the
  // analysis then has almost nothing to say, and must say why).
  if (D.GeneratedFiles.size() > D.Units.FileUnit.size())
    Out << "warning: most files (" << D.GeneratedFiles.size() << " of "
        << D.GeneratedFiles.size() + D.Units.FileUnit.size()
        << ") are under a build directory and set apart as generated; if the build runs beside "
           "the sources, pass --root with the sources' directory (docs/EXTRACTION.md)\n";
  const std::vector<bool> Unconnected = unconnectedServices(D, A);
  for (std::size_t I = 0; I < D.Services.size(); ++I) {
    const Service &S = D.Services[I];
    Out << "  " << std::left << std::setw(static_cast<int>(Width)) << S.Name << std::right
        << std::setw(5) << S.Metrics.Units << (S.Metrics.Units == 1 ? " unit " : " units")
        << std::setw(7) << S.Metrics.Lines << " lines  cohesion "
        << fixedNumber(S.Metrics.Cohesion, 2)
        << (S.CompositionRoot ? "  composition root: main and its wiring, not extracted"
            : Unconnected[I]  ? "  unconnected: no other service uses it, it uses none"
                              : "")
        << "\n";
  }
  if (D.Granularity == GranularityConsensusAcrossResolutions)
    // The count is the graph's, not a constant's; say how to ask for another (DECOMPOSITION.md).
    Out << "granularity: what stays together across resolutions 1/8 to 8 (--resolution R: one "
           "run at R, --services N: N services)\n";
  if (D.Includes) {
    // Which signals made the proposal: include similarity depends on the code (DECOMPOSITION.md).
    Out << "include similarity: " << (D.IncludeSimilarityUsed ? "used" : "not used");
    if (D.Includes->IncludeModularity <= 0)
      Out << " (the include graph between units has no structure)\n";
    else {
      Out << " (the include graph is " << fixedNumber(D.Includes->Ratio, 2)
          << " times as modular as the symbol graph"
          << (D.IncludeSimilarityUsed ? "" : ", below [weights] include_structure") << ")";
      // Within 0.05 of the threshold either answer was nearly the other (aria2: 0.7018 against
      // 0.70, 9 services; with include_similarity = 0, 13).
      if (D.IncludeStructureThreshold > 0 &&
          std::abs(D.Includes->Ratio - D.IncludeStructureThreshold) < 0.05)
        Out << "; close to [weights] include_structure = "
            << fixedNumber(D.IncludeStructureThreshold, 2) << ": try "
            << (D.IncludeSimilarityUsed ? "include_similarity = 0" : "include_structure = 0")
            << " for the other proposal";
      Out << "\n";
    }
  }
  if (D.Change)
    Out << "independent change: " << independenceLine(*D.Change) << "\n";
  std::size_t N = std::min<std::size_t>(Top, A.Hotspots.size());
  Out << "top " << N << " of " << A.Hotspots.size() << " hotspots";
  if (A.Omitted)
    Out << " (" << A.Omitted << " lower-ranked left out: at most 2 per unit)";
  Out << ":\n";
  for (std::size_t I = 0; I < N; ++I)
    Out << hotspotLine(A.Hotspots[I]) << "\n";
}

} // namespace seams
