// Escaping and number formatting shared by the report writers (see escape.h).
#include "reports/escape.h"

#include "graph/json_util.h"

#include <cmath>
#include <cstdio>

namespace seams {

std::string htmlText(std::string_view S) {
  std::string Out;
  Out.reserve(S.size());
  for (char C : S) {
    switch (C) {
    case '&':
      Out += "&amp;";
      break;
    case '<':
      Out += "&lt;";
      break;
    case '>':
      Out += "&gt;";
      break;
    default:
      Out += C;
    }
  }
  return Out;
}

std::string htmlAttr(std::string_view S) {
  std::string Out;
  Out.reserve(S.size());
  for (char C : S) {
    switch (C) {
    case '&':
      Out += "&amp;";
      break;
    case '<':
      Out += "&lt;";
      break;
    case '>':
      Out += "&gt;";
      break;
    case '"':
      Out += "&quot;";
      break;
    case '\'':
      Out += "&#39;";
      break;
    default:
      Out += C;
    }
  }
  return Out;
}

std::string scriptJsonString(std::string_view S) {
  // jsonString already escapes < > & (graph/json_util.h); add the two line terminators that
  // older JavaScript parsers reject inside string literals.
  std::string J = jsonString(S);
  std::string Out;
  Out.reserve(J.size());
  for (std::size_t I = 0; I < J.size(); ++I) {
    if (I + 2 < J.size() && static_cast<unsigned char>(J[I]) == 0xE2 &&
        static_cast<unsigned char>(J[I + 1]) == 0x80 &&
        (static_cast<unsigned char>(J[I + 2]) == 0xA8 ||
         static_cast<unsigned char>(J[I + 2]) == 0xA9)) {
      Out += static_cast<unsigned char>(J[I + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
      I += 2;
      continue;
    }
    Out += J[I];
  }
  return Out;
}

std::string dotString(std::string_view S) {
  std::string Out = "\"";
  for (char C : S) {
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
      break;
    default:
      Out += C;
    }
  }
  Out += '"';
  return Out;
}

std::string uriPath(std::string_view Path) {
  static constexpr char Hex[] = "0123456789ABCDEF";
  std::string Out;
  for (unsigned char C : Path) {
    bool Keep = (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || (C >= '0' && C <= '9') ||
                C == '-' || C == '.' || C == '_' || C == '~' || C == '/';
    if (Keep) {
      Out += static_cast<char>(C);
    } else {
      Out += '%';
      Out += Hex[C >> 4];
      Out += Hex[C & 15];
    }
  }
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
