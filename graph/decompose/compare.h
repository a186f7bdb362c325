// Comparing two decompositions of the same files: MoJo/MoJoFM and c2c coverage, and readers for
// reference assignments (decomposition.json, expected.json, file,service CSV).
#pragma once

#include <cstddef>
#include <iosfwd>
#include <map>
#include <string>

namespace seams {

/// file -> cluster (service) name.
using Assignment = std::map<std::string, std::string>;

/// mno(A, B): the minimum number of Move and Join operations turning A into B, computed exactly
/// as Wen and Tzerpos (2003) do: tag every object of A with its cluster in B, keep in every A
/// cluster the objects of its most frequent tags, and choose each cluster's group by maximum
/// bipartite matching so the fewest joins remain. mno = moves + (clusters of A − non-empty
/// groups). Only objects present in both A and B count.
std::size_t mojoMoves(const Assignment &A, const Assignment &B);

/// MoJo(A, B) = min(mno(A, B), mno(B, A)) (Tzerpos and Holt 1999).
std::size_t mojoDistance(const Assignment &A, const Assignment &B);

/// MoJoFM(A, B) = (1 − mno(A, B) / max over all A' of mno(A', B)) × 100 (Wen and Tzerpos 2004),
/// with B the reference. 100 means A equals B; 0 the farthest any partition can be. The maximum
/// is n − g, g counted by taking B's cluster sizes in ascending order and adding a group while
/// the size exceeds the groups so far. Over the objects present in both; 100 when that
/// maximum is 0 (at most one cluster's worth of objects).
double mojoFm(const Assignment &A, const Assignment &B);

/// c2c coverage (Bittencourt and Guerrero 2009; as used by Garcia et al. 2013): the percentage
/// of B's clusters that some cluster of A matches with c2c(a, b) = |a ∩ b| / max(|a|, |b|) at
/// or above Threshold. Over the objects present in both.
double c2cCoverage(const Assignment &A, const Assignment &B, double Threshold = 0.5);

/// Reads "file,service" lines. Blank lines and lines starting with '#' are skipped, and so is a
/// header: a first such line whose file column is "file" ("file,service", "file,module").
/// Errors name Source:LINE.
Assignment readAssignmentCsv(std::istream &In, const std::string &Source);

/// Reads a reference in any format seams knows, by content: a decomposition.json (its services
/// and, as one cluster named SharedCluster, its shared files), an expected.json
/// ({"services"|"modules": {name: [files]}, "shared": [files]}), or a CSV otherwise.
Assignment readAssignment(std::istream &In, const std::string &Source);
Assignment readAssignmentFile(const std::string &Path);

/// The cluster name the shared library gets when a decomposition is flattened for comparison.
inline constexpr const char *SharedCluster = "(shared)";

} // namespace seams
