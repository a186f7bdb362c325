// Escaping for every output context the writers use (see escape.h).
#include "reports/escape.h"

namespace seams {

namespace {

/// & < > always; " and ' on request: the markup escapes of HTML and XML in one place.
std::string escapeMarkup(std::string_view S, bool Quote, bool Apostrophe) {
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
      Out += Quote ? "&quot;" : "\"";
      break;
    case '\'':
      Out += Apostrophe ? "&#39;" : "'";
      break;
    default:
      Out += C;
    }
  }
  return Out;
}

} // namespace

std::string htmlText(std::string_view S) { return escapeMarkup(S, false, false); }

std::string htmlAttr(std::string_view S) { return escapeMarkup(S, true, true); }

std::string xmlText(std::string_view S) { return escapeMarkup(S, true, false); }

std::string githubCommandData(std::string_view S, bool Property) {
  std::string Out;
  for (char C : S) {
    if (C == '%')
      Out += "%25";
    else if (C == '\r')
      Out += "%0D";
    else if (C == '\n')
      Out += "%0A";
    else if (Property && C == ':')
      Out += "%3A";
    else if (Property && C == ',')
      Out += "%2C";
    else
      Out += C;
  }
  return Out;
}

std::string markdownText(std::string_view S) {
  std::string Out;
  for (char C : S) {
    if (C == '|' || C == '*' || C == '_' || C == '`' || C == '<' || C == '>')
      Out += '\\';
    Out += C;
  }
  return Out;
}

std::string scriptJsonString(std::string_view S) {
  // jsonString already escapes < > & (graph/model/text_format.h); add the two line terminators that
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
    if (C == '"' || C == '\\')
      Out += '\\';
    if (C == '\n')
      Out += "\\n";
    else if (C != '\r')
      Out += C;
  }
  return Out + '"';
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

} // namespace seams
