// Reading and writing the facts file (docs/FACTS.md), the contract between extraction and analysis.
#pragma once

#include "graph/model/facts.h"

#include <iosfwd>
#include <nlohmann/json_fwd.hpp>
#include <string>

namespace seams {

/// Streams Facts as JSON, one entity or edge per line, so huge fact sets never sit in memory twice.
void writeFacts(const Facts &F, std::ostream &Out);

/// Parses a facts file. Throws seams::Error naming Source and what is wrong (bad JSON, wrong
/// schema version, unknown kind, dangling edge end).
Facts readFacts(std::istream &In, const std::string &Source);
Facts readFactsFile(const std::string &Path);
/// Same as readFacts, from an already parsed document (a facts object nested in a cache entry).
Facts readFacts(const nlohmann::json &Doc, const std::string &Source);
void writeFactsFile(const Facts &F, const std::string &Path);

} // namespace seams
