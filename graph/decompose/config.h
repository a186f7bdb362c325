// The team's constraints on a decomposition, read from seams.toml: pins, groups, weights, shared.
#pragma once

#include "graph/model/facts.h"

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace seams {

/// How the occurrence count of one entity-level edge scales its weight. Damping keeps one chatty
/// pair of functions from outweighing many distinct dependencies (docs/METRICS.md).
enum class CountDamping : std::uint8_t {
  None, ///< weight × count
  Sqrt, ///< weight × sqrt(count)
  Log,  ///< weight × (1 + ln count), the default
};

std::string_view dampingName(CountDamping D);

/// Weight of each edge kind when symbol edges are lifted to units. Defaults and their reasons are
/// in docs/METRICS.md; `[weights]` in seams.toml overrides them one by one.
struct EdgeWeights {
  std::array<double, 10> ByKind;
  CountDamping Damping = CountDamping::Log;
  /// `idf`, in [0, 1]: how far a dependency's weight is scaled by how informative its target is
  /// (signals.h, entityInformativeness): weight × ((1 − idf) + idf × informativeness). The
  /// clustering sees the damped weight; metrics and hotspots keep the plain one.
  double Idf = 0;
  /// `lexical`: lexical similarity edges (signals.h, lexicalEdges) enter the clustering with, in
  /// all, this share of the dependency weight; 0 turns them off.
  double Lexical = 0;
  /// `lexical_neighbours`: how many most similar units each unit keeps.
  unsigned LexicalNeighbours = 10;
  /// `pairing`: weight of a header/implementation pair (signals.h, pairingEdges) per damped
  /// count of the symbols declared in one unit and defined in the other; 0 turns it off.
  double Pairing = 0;
  /// `[weights] cochange`: weight of a unit pair that always changed together, when the
  /// project's history is read (graph/decompose/change.h); 0 (the default) leaves clustering to
  /// the code. Opt-in: on eleven projects at 4 it helped three and hurt five, with no gain on
  /// average (docs/EVALUATION.md); the history still gives hotspots, explanations and the
  /// independent change rate.
  double CoChange = 0;
  /// `include_share`, in [0, 1): include edges rescaled to this share of the clustering graph's
  /// dependency weight (clustering only; metrics and hotspots keep the plain weights); 0: as
  /// weighted by `include`.
  double IncludeShare = 0;
  /// `cluster_type`: multiplies type and field edges in the clustering graph only (hotspots and
  /// metrics keep `type` and `field`).
  double ClusterType = 1;
  /// `include_similarity`: include-neighbourhood similarity edges (signals.h,
  /// includeNeighbourEdges) enter the clustering with, in all, this share of the dependency
  /// weight, when the code's includes carry its structure (IncludeStructure); 0 turns them off.
  /// 2 measured best over the set of docs/EVALUATION.md.
  double IncludeSimilarity = 2;
  /// `namespace_similarity`: namespace similarity edges (signals.h, namespaceEdges) enter the
  /// clustering with, in all, this share of the dependency weight times namespaceTrust
  /// (unit_graph.h); 0 turns them off. 6 measured best over the set of docs/EVALUATION.md: it
  /// adds most where namespaces name the modules (oat++, POCO, muduo) and nothing where the code
  /// is in one namespace; units a pin places get none (buildUnitGraph), docs/DECOMPOSITION.md.
  double NamespaceSimilarity = 6;
  /// `include_structure`: include similarity is used only when the include graph's modularity
  /// is at least this share of the symbol graph's (include_structure.h); 0 always uses it.
  double IncludeStructure = 0.7;

  EdgeWeights();
  double operator[](EdgeKind K) const { return ByKind[static_cast<std::size_t>(K)]; }
  double &operator[](EdgeKind K) { return ByKind[static_cast<std::size_t>(K)]; }
  /// The weight of one entity-level edge: kind weight × damped count (0 for a count of 0).
  double edgeWeight(EdgeKind K, unsigned Count) const;
};

/// `[services.NAME]`: units whose files match Include, or whose code is mostly in one of
/// Namespaces (or a namespace nested in it), belong to service NAME and are never moved.
struct ServicePin {
  std::string Name;
  std::vector<std::string> Include;
  std::vector<std::string> Namespaces; ///< Without leading "::".
};

/// Everything seams.toml says about how to cut the code base. A default-constructed Config is
/// what an absent seams.toml means.
struct Config {
  std::vector<ServicePin> Services; ///< Sorted by name.
  /// `[[together]] units = [globs]`: every unit matching any glob ends in one service.
  std::vector<std::vector<std::string>> Together;
  /// `[[apart]] units = [globs]`: each glob is a group; units of different groups of one entry
  /// never share a service.
  std::vector<std::vector<std::string>> Apart;
  std::vector<std::string> Exclude;       ///< `[exclude] include`: files left out entirely.
  std::vector<std::string> SharedInclude; ///< `[shared] include`: set aside as shared library.
  double SharedThreshold = 0.5; ///< `[shared] threshold`: fan-in share that makes a unit shared.
  /// `[shared] library_threshold`: a unit used by at least this share of all units that
  /// depends only on shared units (or on nothing) joins the shared library too.
  double LibraryThreshold = 0.2;
  /// `[shared] entry_reach`: a composition root (main and the wiring only it uses) reaching at
  /// least this share of the units becomes a service of its own (graph/entry_points.h); 0: off.
  double EntryReach = 0.25;
  unsigned SharedMinUnits = 8; ///< `[shared] min_units`: below this many units, no automatic.
  /// `[shared] service_share`: after clustering, an automatically shared unit used by no more
  /// than this share of the services is domain code and joins its heaviest user
  /// (shared_library.h, docs/METRICS.md).
  double SharedServiceShare = 0.5;
  /// `[shared] bottom_layer_share`: after clustering, code that depends on nothing outside itself
  /// and the library, used (directly or through such code) by more than this share of the
  /// services, joins the library (shared_library.h, bottomLayerLibrary); 0: off.
  double BottomLayerShare = 0;
  EdgeWeights Weights;
};

/// Parses seams.toml text. Source names the file in messages, which read
/// "Source:LINE:COL: what is wrong". Unknown keys and tables are errors, so a typo never passes
/// silently; ForeignSections names top-level tables owned by other stages, which are skipped.
Config parseConfig(std::string_view Text, const std::string &Source,
                   std::span<const std::string_view> ForeignSections = {});

/// Reads and parses the file at Path; a missing file is an Error (the caller decides whether an
/// absent seams.toml means defaults).
Config loadConfigFile(const std::string &Path,
                      std::span<const std::string_view> ForeignSections = {});

} // namespace seams
