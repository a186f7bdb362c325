// What the collector records besides symbols and their uses.
#pragma once

#include <string>
#include <vector>

namespace seams {

struct CollectOptions {
  /// Classes (unqualified or qualified names) whose methods take a table name as a string
  /// literal first argument, e.g. `Database::instance().insert("orders", row)`: such calls are
  /// recorded as table uses (Facts::TableUses), the shared data stores no symbol edge shows.
  std::vector<std::string> DatabaseWrappers = {"Database"};
};

} // namespace seams
