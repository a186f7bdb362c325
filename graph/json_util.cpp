// Small output helpers shared by every writer: JSON string escaping and atomic file replacement.
#include "graph/json_util.h"

#include "graph/error.h"

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace seams {

std::string jsonString(std::string_view S) {
  std::string Out;
  Out.reserve(S.size() + 2);
  Out += '"';
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

void writeFileAtomically(const std::string &Path,
                         const std::function<void(std::ostream &)> &Write) {
  namespace fs = std::filesystem;
  fs::path Target(Path);
  // Unique per process and call: concurrent writers never share a temporary.
  static std::atomic<unsigned> Counter{0};
  fs::path Tmp = Target;
  Tmp += ".tmp." + std::to_string(::getpid()) + "." + std::to_string(Counter++);
  {
    std::ofstream Out(Tmp, std::ios::binary | std::ios::trunc);
    if (!Out)
      throw Error(Path + ": cannot write (is the directory there and writable?)");
    Write(Out);
    Out.flush();
    if (!Out) {
      fs::remove(Tmp);
      throw Error(Path + ": write failed (disk full?)");
    }
  }
  std::error_code EC;
  fs::rename(Tmp, Target, EC);
  if (EC)
    throw Error(Path + ": cannot replace: " + EC.message());
}

} // namespace seams
