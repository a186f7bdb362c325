// Path globs ("src/payments/**", "*.h") used by extraction filters, config pins and baselines.
#pragma once

#include <string_view>

namespace seams {

/// Matches a '/'-separated relative path: `**` spans directories, `*` and `?` stay within one
/// path component, `[abc]` is a character class. A pattern without '/' matches the file name
/// in any directory, as in .gitignore.
bool globMatch(std::string_view Pattern, std::string_view Path);

} // namespace seams
