// Path globs ("src/payments/**", "*.h") used by extraction filters, config pins and baselines.
#include "graph/model/glob.h"

#include <string>

namespace seams {
namespace {

bool matchClass(std::string_view &P, char C) {
  // P starts after '['; consumes up to and including ']'.
  bool Negate = !P.empty() && (P[0] == '!' || P[0] == '^');
  if (Negate)
    P.remove_prefix(1);
  bool Found = false;
  bool First = true;
  while (!P.empty() && (First || P[0] != ']')) {
    First = false;
    char Lo = P[0];
    if (P.size() >= 3 && P[1] == '-' && P[2] != ']') {
      Found |= Lo <= C && C <= P[2];
      P.remove_prefix(3);
    } else {
      Found |= Lo == C;
      P.remove_prefix(1);
    }
  }
  if (!P.empty())
    P.remove_prefix(1);
  return Found != Negate;
}

bool match(std::string_view P, std::string_view S) {
  while (!P.empty()) {
    if (P.substr(0, 2) == "**") {
      P.remove_prefix(2);
      bool SlashAfter = !P.empty() && P[0] == '/';
      // "a/**/b" also matches "a/b".
      if (SlashAfter && match(P.substr(1), S))
        return true;
      for (std::size_t I = 0; I <= S.size(); ++I)
        if (match(P, S.substr(I)))
          return true;
      return false;
    }
    if (P[0] == '*') {
      P.remove_prefix(1);
      for (std::size_t I = 0; I <= S.size(); ++I) {
        if (match(P, S.substr(I)))
          return true;
        if (I < S.size() && S[I] == '/')
          break;
      }
      return false;
    }
    if (S.empty())
      return false;
    if (P[0] == '?') {
      if (S[0] == '/')
        return false;
    } else if (P[0] == '[') {
      std::string_view Rest = P.substr(1);
      if (S[0] == '/' || !matchClass(Rest, S[0]))
        return false;
      P = Rest;
      S.remove_prefix(1);
      continue;
    } else if (P[0] != S[0]) {
      return false;
    }
    P.remove_prefix(1);
    S.remove_prefix(1);
  }
  return S.empty();
}

} // namespace

bool globMatch(std::string_view Pattern, std::string_view Path) {
  if (Pattern.find('/') == std::string_view::npos) {
    auto Slash = Path.rfind('/');
    if (Slash != std::string_view::npos && match(Pattern, Path.substr(Slash + 1)))
      return true;
  }
  if (!Pattern.empty() && Pattern.back() == '/') // "third_party/" means everything below it.
    return match(std::string(Pattern) + "**", Path);
  return match(Pattern, Path);
}

} // namespace seams
