// Reading and writing the facts file (docs/FACTS.md), the contract between extraction and analysis.
#include "graph/model/facts_json.h"

#include "graph/model/atomic_file.h"
#include "graph/model/error.h"
#include "graph/model/text_format.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <ostream>
#include <unordered_set>

namespace seams {
namespace {

using nlohmann::json;

void writeLocation(std::ostream &Out, const Location &L) {
  Out << "{\"file\":" << jsonString(L.File) << ",\"line\":" << L.Line;
  if (L.Column)
    Out << ",\"col\":" << L.Column;
}

void writeShape(std::ostream &Out, const TypeShape &T) {
  Out << "{\"kind\":" << jsonString(shapeKindName(T.Kind)) << ",\"cpp\":" << jsonString(T.Cpp);
  if (!T.Builtin.empty())
    Out << ",\"builtin\":" << jsonString(T.Builtin);
  if (!T.Entity.empty())
    Out << ",\"entity\":" << jsonString(T.Entity);
  if (T.Const)
    Out << ",\"const\":true";
  if (!T.Of.empty()) {
    Out << ",\"of\":[";
    for (std::size_t I = 0; I < T.Of.size(); ++I) {
      Out << (I ? "," : "");
      writeShape(Out, T.Of[I]);
    }
    Out << "]";
  }
  Out << "}";
}

void writeEntity(std::ostream &Out, const Entity &E) {
  Out << "{\"id\":" << jsonString(E.Id) << ",\"kind\":" << jsonString(kindName(E.Kind))
      << ",\"name\":" << jsonString(E.Name) << ",\"file\":" << jsonString(E.File)
      << ",\"line\":" << E.Line;
  if (!E.DefFile.empty())
    Out << ",\"def_file\":" << jsonString(E.DefFile) << ",\"def_line\":" << E.DefLine;
  Out << ",\"lines\":" << E.Lines;
  if (E.Sig) {
    Out << ",\"returns\":";
    writeShape(Out, E.Sig->Returns);
    Out << ",\"params\":[";
    for (std::size_t I = 0; I < E.Sig->Params.size(); ++I) {
      Out << (I ? "," : "") << "{\"name\":" << jsonString(E.Sig->Params[I].Name) << ",\"type\":";
      writeShape(Out, E.Sig->Params[I].Type);
      Out << "}";
    }
    Out << "]";
  }
  if (E.Type) {
    Out << ",\"type\":";
    writeShape(Out, *E.Type);
  }
  if (E.Lock)
    Out << ",\"lock\":true";
  Out << "}";
}

void writeEdge(std::ostream &Out, const Edge &E, bool Partial) {
  Out << "{\"from\":" << jsonString(E.From) << ",\"to\":" << jsonString(E.To)
      << ",\"kind\":" << jsonString(kindName(E.Kind)) << ",\"count\":" << E.Count;
  if (E.Kind == EdgeKind::Call)
    Out << ",\"discarded\":" << E.Discarded;
  Out << ",\"at\":[";
  for (std::size_t I = 0; I < E.At.size(); ++I) {
    Out << (I ? "," : "");
    writeLocation(Out, E.At[I].At);
    if (Partial && E.At[I].Discarded)
      Out << ",\"discarded\":true";
    Out << "}";
  }
  Out << "]}";
}

template <typename T, typename Fn>
void writeArray(std::ostream &Out, const char *Name, const std::vector<T> &Items, Fn Write) {
  Out << ",\n\"" << Name << "\":[";
  for (std::size_t I = 0; I < Items.size(); ++I) {
    Out << (I ? ",\n" : "\n");
    Write(Items[I]);
  }
  Out << (Items.empty() ? "]" : "\n]");
}

class Reader {
public:
  explicit Reader(std::string Source) : Source(std::move(Source)) {}

  [[noreturn]] void fail(const std::string &Where, const std::string &What) const {
    throw Error(Source + ": " + Where + ": " + What);
  }

  const json &member(const json &Obj, const char *Key, const std::string &Where) const {
    auto It = Obj.find(Key);
    if (It == Obj.end())
      fail(Where, std::string("missing \"") + Key + "\"");
    return *It;
  }
  std::string str(const json &Obj, const char *Key, const std::string &Where) const {
    const json &V = member(Obj, Key, Where);
    if (!V.is_string())
      fail(Where, std::string("\"") + Key + "\" must be a string");
    return V.get<std::string>();
  }
  std::string optStr(const json &Obj, const char *Key, const std::string &Where) const {
    return Obj.contains(Key) ? str(Obj, Key, Where) : std::string();
  }
  unsigned num(const json &Obj, const char *Key, const std::string &Where,
               bool Optional = false) const {
    if (Optional && !Obj.contains(Key))
      return 0;
    const json &V = member(Obj, Key, Where);
    if (!V.is_number_unsigned())
      fail(Where, std::string("\"") + Key + "\" must be a non-negative integer");
    return V.get<unsigned>();
  }
  const json &array(const json &Obj, const char *Key) const {
    static const json Empty = json::array();
    auto It = Obj.find(Key);
    if (It == Obj.end())
      return Empty;
    if (!It->is_array())
      fail(Key, "must be an array");
    return *It;
  }

  /// The "kind" member of J parsed by Parse, or a clear error naming What.
  template <typename Fn>
  auto kind(const json &J, const std::string &Where, Fn Parse, const char *What) const {
    std::string Kind = str(J, "kind", Where);
    auto K = Parse(Kind);
    if (!K)
      fail(Where, std::string("unknown ") + What + " kind \"" + Kind + "\"");
    return *K;
  }

  TypeShape shape(const json &J, const std::string &Where, int Depth = 0) const {
    if (!J.is_object())
      fail(Where, "a type must be an object");
    if (Depth > 64)
      fail(Where, "type nested too deeply");
    TypeShape T;
    T.Kind = kind(J, Where, parseShapeKind, "type");
    T.Cpp = str(J, "cpp", Where);
    T.Builtin = optStr(J, "builtin", Where);
    T.Entity = optStr(J, "entity", Where);
    T.Const = J.value("const", false);
    std::size_t I = 0;
    for (const json &Of : array(J, "of"))
      T.Of.push_back(shape(Of, Where + ".of[" + std::to_string(I++) + "]", Depth + 1));
    return T;
  }

  Facts read(const json &Doc) {
    if (!Doc.is_object())
      fail("top level", "must be a JSON object");
    std::string Schema = str(Doc, "schema", "top level");
    if (Schema != FactsSchema)
      fail("schema", "is \"" + Schema + "\"; this seams reads \"" + std::string(FactsSchema) +
                         "\" (re-run `seams extract` with this version)");
    Facts F;
    F.Root = optStr(Doc, "root", "top level");
    F.Partial = Doc.value("partial", false);
    std::size_t I = 0;
    for (const json &J : array(Doc, "files")) {
      std::string W = "files[" + std::to_string(I++) + "]";
      F.Files.push_back({str(J, "path", W), num(J, "lines", W), num(J, "diagnostics", W, true),
                         J.value("generated", false)});
    }
    I = 0;
    for (const json &J : array(Doc, "tus")) {
      std::string W = "tus[" + std::to_string(I++) + "]";
      F.Tus.push_back({str(J, "file", W), str(J, "status", W), num(J, "errors", W, true)});
    }
    I = 0;
    std::unordered_set<std::string> Ids;
    for (const json &J : array(Doc, "entities")) {
      std::string W = "entities[" + std::to_string(I++) + "]";
      Entity E;
      E.Id = str(J, "id", W);
      E.Kind = kind(J, W, parseEntityKind, "entity");
      E.Name = str(J, "name", W);
      E.File = optStr(J, "file", W);
      E.Line = num(J, "line", W, true);
      E.DefFile = optStr(J, "def_file", W);
      E.DefLine = num(J, "def_line", W, true);
      E.Lines = num(J, "lines", W, true);
      if (J.contains("returns")) {
        Signature Sig;
        Sig.Returns = shape(J["returns"], W + ".returns");
        std::size_t P = 0;
        for (const json &PJ : array(J, "params")) {
          std::string WP = W + ".params[" + std::to_string(P++) + "]";
          Sig.Params.push_back({str(PJ, "name", WP), shape(member(PJ, "type", WP), WP + ".type")});
        }
        E.Sig = std::move(Sig);
      }
      if (J.contains("type"))
        E.Type = shape(J["type"], W + ".type");
      E.Lock = J.value("lock", false);
      if (!Ids.insert(E.Id).second)
        fail(W, "duplicate entity id \"" + E.Id + "\"");
      F.Entities.push_back(std::move(E));
    }
    I = 0;
    for (const json &J : array(Doc, "edges")) {
      std::string W = "edges[" + std::to_string(I++) + "]";
      Edge E;
      E.From = str(J, "from", W);
      E.To = str(J, "to", W);
      E.Kind = kind(J, W, parseEdgeKind, "edge");
      // Partial facts may point at entities another TU or shard reports; merging completes them.
      if (!F.Partial && (!Ids.count(E.From) || !Ids.count(E.To)))
        fail(W, "refers to an entity that is not in \"entities\"");
      E.Count = num(J, "count", W);
      E.Discarded = num(J, "discarded", W, true);
      std::size_t A = 0;
      for (const json &L : array(J, "at")) {
        std::string WA = W + ".at[" + std::to_string(A++) + "]";
        Occurrence O{{str(L, "file", WA), num(L, "line", WA), num(L, "col", WA, true)},
                     L.value("discarded", false)};
        E.At.push_back(std::move(O));
      }
      F.Edges.push_back(std::move(E));
    }
    I = 0;
    for (const json &J : array(Doc, "diagnostics")) {
      std::string W = "diagnostics[" + std::to_string(I++) + "]";
      F.Diagnostics.push_back({optStr(J, "file", W), num(J, "line", W, true), str(J, "severity", W),
                               str(J, "message", W)});
    }
    I = 0;
    for (const json &J : array(Doc, "tables")) {
      std::string W = "tables[" + std::to_string(I++) + "]";
      TableUse T;
      T.Table = str(J, "table", W);
      T.From = str(J, "from", W);
      if (!F.Partial && !Ids.count(T.From))
        fail(W, "refers to an entity that is not in \"entities\"");
      T.At = {str(J, "file", W), num(J, "line", W), num(J, "col", W, true)};
      std::string Access = str(J, "access", W);
      if (Access != "read" && Access != "write")
        fail(W, "\"access\" must be \"read\" or \"write\"");
      T.Write = Access == "write";
      F.TableUses.push_back(std::move(T));
    }
    std::sort(F.TableUses.begin(), F.TableUses.end());
    return F;
  }

private:
  std::string Source;
};

} // namespace

void writeFacts(const Facts &F, std::ostream &Out) {
  Out << "{\"schema\":" << jsonString(FactsSchema) << ",\"root\":" << jsonString(F.Root);
  if (F.Partial)
    Out << ",\"partial\":true";
  writeArray(Out, "files", F.Files, [&](const FileInfo &I) {
    Out << "{\"path\":" << jsonString(I.Path) << ",\"lines\":" << I.Lines
        << ",\"diagnostics\":" << I.Diagnostics << (I.Generated ? ",\"generated\":true" : "")
        << "}";
  });
  writeArray(Out, "tus", F.Tus, [&](const TuInfo &T) {
    Out << "{\"file\":" << jsonString(T.File) << ",\"status\":" << jsonString(T.Status)
        << ",\"errors\":" << T.Errors << "}";
  });
  writeArray(Out, "entities", F.Entities, [&](const Entity &E) { writeEntity(Out, E); });
  writeArray(Out, "edges", F.Edges, [&](const Edge &E) { writeEdge(Out, E, F.Partial); });
  writeArray(Out, "diagnostics", F.Diagnostics, [&](const Diagnostic &D) {
    Out << "{\"file\":" << jsonString(D.File) << ",\"line\":" << D.Line
        << ",\"severity\":" << jsonString(D.Severity) << ",\"message\":" << jsonString(D.Message)
        << "}";
  });
  if (!F.TableUses.empty()) // optional: only projects with a configured database wrapper
    writeArray(Out, "tables", F.TableUses, [&](const TableUse &T) {
      Out << "{\"table\":" << jsonString(T.Table) << ",\"from\":" << jsonString(T.From)
          << ",\"file\":" << jsonString(T.At.File) << ",\"line\":" << T.At.Line;
      if (T.At.Column)
        Out << ",\"col\":" << T.At.Column;
      Out << ",\"access\":" << (T.Write ? "\"write\"" : "\"read\"") << "}";
    });
  Out << "}\n";
}

Facts readFacts(std::istream &In, const std::string &Source) {
  json Doc;
  try {
    // Parsing a string is several times faster than parsing a stream character by character.
    std::string Text((std::istreambuf_iterator<char>(In)), std::istreambuf_iterator<char>());
    Doc = json::parse(Text);
  } catch (const json::parse_error &E) {
    throw Error(Source + ": not valid JSON: " + E.what());
  }
  return readFacts(Doc, Source);
}

Facts readFacts(const nlohmann::json &Doc, const std::string &Source) {
  return Reader(Source).read(Doc);
}

Facts readFactsFile(const std::string &Path) {
  std::ifstream In(Path, std::ios::binary);
  if (!In)
    throw Error(Path + ": cannot open facts file");
  return readFacts(In, Path);
}

void writeFactsFile(const Facts &F, const std::string &Path) {
  writeFileAtomically(Path, [&](std::ostream &Out) { writeFacts(F, Out); });
}

} // namespace seams
