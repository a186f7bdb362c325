// JSON string literals, stable numbers and fingerprints (see text_format.h).
#include "graph/model/text_format.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace seams {

std::string jsonString(std::string_view S) {
  std::string Out;
  Out.reserve(S.size() + 2);
  Out += '"';
  // Most strings (ids, paths) need no escape: copy them whole (writing facts is mostly this).
  if (std::none_of(S.begin(), S.end(), [](unsigned char C) {
        return C < 0x20 || C == '"' || C == '\\' || C == '<' || C == '>' || C == '&';
      }))
    return Out.append(S) += '"';
  for (unsigned char C : S) {
    switch (C) {
    case '"':
      Out += "\\\"";
      break;
    case '\\':
      Out += "\\\\";
      break;
    case '\n':
      Out += "\\n";
      break;
    case '\r':
      Out += "\\r";
      break;
    case '\t':
      Out += "\\t";
      break;
    case '<':
      Out += "\\u003c";
      break; // Safe to embed in HTML <script> blocks as is.
    case '>':
      Out += "\\u003e";
      break;
    case '&':
      Out += "\\u0026";
      break;
    default:
      if (C < 0x20) {
        char Buf[8];
        std::snprintf(Buf, sizeof Buf, "\\u%04x", C);
        Out += Buf;
      } else {
        Out += static_cast<char>(C);
      }
    }
  }
  Out += '"';
  return Out;
}

std::string formatNumber(double V, int Digits) {
  double Half = 0.5 * std::pow(10.0, -Digits);
  if (!std::isfinite(V) || std::abs(V) < Half)
    return "0";
  char Buf[64];
  std::snprintf(Buf, sizeof Buf, "%.*f", Digits, V);
  std::string S(Buf);
  if (S.find('.') != std::string::npos) {
    while (S.back() == '0')
      S.pop_back();
    if (S.back() == '.')
      S.pop_back();
  }
  return S == "-0" ? "0" : S;
}

std::string fixedNumber(double V, int Digits) {
  char Buf[64];
  std::snprintf(Buf, sizeof Buf, "%.*f", Digits, V);
  return Buf;
}

std::string plural(std::size_t N, const char *One, const char *Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many);
}

std::string fingerprint(std::string_view S) {
  std::uint64_t H = 0xcbf29ce484222325ULL;
  for (unsigned char C : S) {
    H ^= C;
    H *= 0x100000001b3ULL;
  }
  char Buf[17];
  std::snprintf(Buf, sizeof Buf, "%016llx", static_cast<unsigned long long>(H));
  return Buf;
}

} // namespace seams
