// Reading, writing and deriving seams-baseline.json: versioned, sorted, one entry per line.
#include "gate/baseline.h"

#include "graph/decompose/decomposition.h"
#include "graph/model/error.h"
#include "graph/model/glob.h"
#include "graph/model/text_format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>
#include <sstream>
#include <unordered_map>

namespace seams {
namespace {

using nlohmann::json;

/// A JSON string; unlike jsonString, leaves '<' and '>' readable (template arguments in names).
std::string jsonText(std::string_view S) { return json(std::string(S)).dump(); }

std::string memberJson(const MemberRule &M) {
  std::string S = "{";
  switch (M.Target) {
  case MemberTarget::Service:
    S += "\"service\": " + jsonText(M.Service);
    break;
  case MemberTarget::Shared:
    S += "\"shared\": true";
    break;
  case MemberTarget::Ignored:
    S += "\"ignored\": true";
    break;
  }
  if (!M.Path.empty())
    S += ", \"path\": " + jsonText(M.Path);
  if (!M.Namespace.empty())
    S += ", \"namespace\": " + jsonText(M.Namespace);
  return S + "}";
}

/// Writes Items as a JSON array, one element per line.
template <typename T, typename F>
void writeArray(std::ostream &Out, const char *Key, const std::vector<T> &Items, F &&Line) {
  Out << "  \"" << Key << "\": [";
  for (std::size_t I = 0; I < Items.size(); ++I)
    Out << (I ? "," : "") << "\n    " << Line(Items[I]);
  Out << (Items.empty() ? "]" : "\n  ]");
}

/// The text after nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 2: ".
std::string parseReason(const std::string &What) {
  std::size_t At = What.find("parse error");
  At = At == std::string::npos ? std::string::npos : What.find(": ", At);
  return At == std::string::npos ? What : What.substr(At + 2);
}

/// Walks valid JSON text for line numbers in messages: to the value one pointer names (find),
/// or once over the whole text to index the lines of every value near the top (index).
class PointerWalker {
public:
  explicit PointerWalker(std::string_view T) : T(T) {}

  /// The line of every value down to MaxDepth levels ("/limits/icp", "/dependencies/3"), in
  /// one pass over the text: a baseline of any size is indexed in linear time.
  std::unordered_map<std::string, unsigned> index(int MaxDepth) {
    std::unordered_map<std::string, unsigned> Lines;
    P = 0;
    indexValue("", MaxDepth, Lines);
    return Lines;
  }

  std::size_t find(const std::vector<std::string> &Tokens) {
    ws();
    for (const std::string &Tok : Tokens) {
      if (P >= T.size())
        return std::string_view::npos;
      if (T[P] == '{') {
        ++P;
        bool Found = false;
        while (ws(), P < T.size() && T[P] != '}') {
          std::string Key = readString();
          ws();
          ++P; // ':'
          ws();
          if (Key == Tok) {
            Found = true;
            break;
          }
          skipValue();
          ws();
          if (P < T.size() && T[P] == ',')
            ++P;
        }
        if (!Found)
          return std::string_view::npos;
      } else if (T[P] == '[') {
        ++P;
        unsigned long Want = 0;
        try {
          Want = std::stoul(Tok);
        } catch (...) {
          return std::string_view::npos;
        }
        for (unsigned long I = 0;; ++I) {
          ws();
          if (P >= T.size() || T[P] == ']')
            return std::string_view::npos;
          if (I == Want)
            break;
          skipValue();
          ws();
          if (P < T.size() && T[P] == ',')
            ++P;
        }
      } else {
        return std::string_view::npos;
      }
    }
    return P;
  }

private:
  void indexValue(const std::string &Ptr, int Depth,
                  std::unordered_map<std::string, unsigned> &Lines) {
    ws();
    if (!Ptr.empty())
      Lines.emplace(Ptr, lineHere());
    if (Depth == 0 || P >= T.size() || (T[P] != '{' && T[P] != '[')) {
      skipValue();
      return;
    }
    bool Object = T[P] == '{';
    char Close = Object ? '}' : ']';
    ++P;
    for (std::size_t I = 0;; ++I) {
      ws();
      if (P >= T.size() || T[P] == Close) {
        ++P;
        return;
      }
      std::string Token = std::to_string(I);
      if (Object) {
        Token = escapePointerToken(readString());
        ws();
        ++P; // ':'
      }
      std::string Child = Ptr;
      Child += '/';
      Child += Token;
      indexValue(Child, Depth - 1, Lines);
      ws();
      if (P < T.size() && T[P] == ',')
        ++P;
    }
  }
  /// The line of P; P only moves forward, so all calls together walk the text once.
  unsigned lineHere() {
    for (; LineEnd < P && LineEnd < T.size(); ++LineEnd)
      Line += T[LineEnd] == '\n';
    return Line;
  }
  static std::string escapePointerToken(const std::string &Key) {
    std::string Out;
    for (char C : Key)
      Out += C == '~' ? std::string("~0") : C == '/' ? std::string("~1") : std::string(1, C);
    return Out;
  }
  void ws() {
    while (P < T.size() && std::isspace(static_cast<unsigned char>(T[P])))
      ++P;
  }
  std::string readString() {
    std::string S;
    ++P; // opening quote
    while (P < T.size() && T[P] != '"') {
      if (T[P] == '\\' && P + 1 < T.size()) {
        S += T[P + 1];
        P += 2;
        continue;
      }
      S += T[P++];
    }
    ++P;
    return S;
  }
  void skipValue() {
    if (P >= T.size())
      return;
    if (T[P] == '"') {
      readString();
      return;
    }
    if (T[P] == '{' || T[P] == '[') {
      int Depth = 0;
      while (P < T.size()) {
        char C = T[P];
        if (C == '"') {
          readString();
          continue;
        }
        if (C == '{' || C == '[')
          ++Depth;
        else if ((C == '}' || C == ']') && --Depth == 0) {
          ++P;
          return;
        }
        ++P;
      }
      return;
    }
    while (P < T.size() && T[P] != ',' && T[P] != '}' && T[P] != ']' &&
           !std::isspace(static_cast<unsigned char>(T[P])))
      ++P;
  }

  std::string_view T;
  std::size_t P = 0;
  std::size_t LineEnd = 0; ///< Text before it is counted in Line.
  unsigned Line = 1;
};

class Reader {
public:
  Reader(std::string_view Text, const std::string &Source)
      : Text(Text), Source(Source), Lines(PointerWalker(Text).index(2)) {}

  /// Throws the error at Pointer; its line is looked up only now, once.
  [[noreturn]] void fail(const std::string &Pointer, const std::string &What) const {
    unsigned Line = lineOfPointer(Text, Pointer);
    throw Error(Source + (Line ? ":" + std::to_string(Line) : "") + ": " +
                (Pointer.empty() ? "" : Pointer + ": ") + What);
  }

  /// The line of a value at most two levels deep, from the index built in one pass.
  unsigned line(const std::string &Pointer) const {
    auto It = Lines.find(Pointer);
    return It == Lines.end() ? 0 : It->second;
  }

  void onlyKeys(const json &O, const std::string &Ptr, std::initializer_list<const char *> Keys) {
    if (!O.is_object())
      fail(Ptr, "must be an object");
    for (const auto &Item : O.items()) {
      const std::string &K = Item.key();
      if (std::none_of(Keys.begin(), Keys.end(), [&](const char *A) { return K == A; })) {
        std::string Message = "unknown key \"";
        Message += K;
        Message += "\" (expected ";
        for (const char *A : Keys) {
          Message += A == *Keys.begin() ? "" : ", ";
          Message += A;
        }
        fail(Ptr, Message + ")");
      }
    }
  }

  std::string str(const json &O, const char *Key, const std::string &Ptr, bool Required) {
    if (!O.contains(Key)) {
      if (Required)
        fail(Ptr, std::string("missing \"") + Key + "\"");
      return "";
    }
    const json &V = O.at(Key);
    if (!V.is_string() || (Required && V.get<std::string>().empty()))
      fail(Ptr + "/" + Key, std::string("\"") + Key + "\" must be a non-empty string");
    return V.get<std::string>();
  }

  const json &array(const json &O, const char *Key) {
    static const json Empty = json::array();
    if (!O.contains(Key))
      return Empty;
    if (!O.at(Key).is_array())
      fail(std::string("/") + Key, std::string("\"") + Key + "\" must be an array");
    return O.at(Key);
  }

  /// Name must be declared; "*" passes when AllowStar, the shared library when AllowShared.
  void checkService(const Baseline &B, const std::string &Name, const std::string &Ptr,
                    bool AllowStar, bool AllowShared = false) {
    if ((AllowStar && Name == "*") || (AllowShared && Name == SharedLibrary))
      return;
    if (Name == SharedLibrary)
      fail(Ptr, "the shared library (\"" + Name +
                    "\") is never the target of a dependency: using it is not coupling");
    if (!std::binary_search(B.Services.begin(), B.Services.end(), Name))
      fail(Ptr, "service \"" + Name + "\" is not declared in \"services\"");
  }

  Baseline read(const json &Doc);

private:
  std::string_view Text;
  const std::string &Source;
  std::unordered_map<std::string, unsigned> Lines; ///< Of values down to depth 2.
};

Baseline Reader::read(const json &Doc) {
  if (!Doc.is_object())
    fail("", "a baseline must be a JSON object (written by `seams baseline`)");
  if (!Doc.contains("schema"))
    fail("", "missing \"schema\": not a seams baseline (expected \"" + std::string(BaselineSchema) +
                 "\")");
  std::string Schema = Doc["schema"].is_string() ? Doc["schema"].get<std::string>() : "";
  if (Schema != BaselineSchema) {
    std::string Prefix = "seams-baseline/";
    if (Schema.rfind(Prefix, 0) == 0)
      fail("/schema", "schema \"" + Schema + "\" is not supported: this seams reads \"" +
                          std::string(BaselineSchema) +
                          "\" (a newer seams wrote it? upgrade seams, or regenerate with "
                          "`seams baseline`)");
    fail("/schema",
         "schema must be \"" + std::string(BaselineSchema) + "\", not " + Doc["schema"].dump());
  }
  onlyKeys(Doc, "",
           {"schema", "comment", "services", "members", "rules", "limits", "dependencies"});
  Baseline B;
  const json &Services = array(Doc, "services");
  std::vector<std::pair<std::string, unsigned>> Named; // With their lines.
  for (std::size_t I = 0; I < Services.size(); ++I) {
    std::string Ptr = "/services/" + std::to_string(I);
    if (!Services[I].is_string() || Services[I].get<std::string>().empty())
      fail(Ptr, "a service name must be a non-empty string");
    if (Services[I] == SharedLibrary)
      fail(Ptr, "\"" + std::string(SharedLibrary) +
                    "\" is reserved for the shared library (its members are \"shared\": true)");
    Named.emplace_back(Services[I].get<std::string>(), line(Ptr));
  }
  std::sort(Named.begin(), Named.end());
  for (const auto &[Name, Line] : Named) {
    if (!B.Services.empty() && B.Services.back() == Name)
      fail("/services", "service \"" + Name + "\" is declared twice");
    B.Services.push_back(Name);
    B.ServiceLines.push_back(Line);
  }

  const json &Members = array(Doc, "members");
  for (std::size_t I = 0; I < Members.size(); ++I) {
    std::string Ptr = "/members/" + std::to_string(I);
    const json &M = Members[I];
    onlyKeys(M, Ptr, {"service", "shared", "ignored", "path", "namespace"});
    MemberRule R;
    R.Line = line(Ptr);
    int Targets = M.contains("service") + M.contains("shared") + M.contains("ignored");
    if (Targets != 1)
      fail(Ptr, "a member rule needs exactly one of \"service\", \"shared\": true, "
                "\"ignored\": true");
    if (M.contains("service")) {
      R.Service = str(M, "service", Ptr, true);
      checkService(B, R.Service, Ptr + "/service", false);
    } else {
      const char *Key = M.contains("shared") ? "shared" : "ignored";
      if (M.at(Key) != true)
        fail(Ptr + "/" + Key, std::string("\"") + Key + "\" must be true");
      R.Target = M.contains("shared") ? MemberTarget::Shared : MemberTarget::Ignored;
    }
    R.Path = str(M, "path", Ptr, false);
    R.Namespace = str(M, "namespace", Ptr, false);
    if (R.Namespace.rfind("::", 0) == 0)
      R.Namespace.erase(0, 2);
    if (R.Path.empty() && R.Namespace.empty())
      fail(Ptr, "a member rule needs a \"path\" glob or a \"namespace\"");
    B.Members.push_back(std::move(R));
  }

  const json &Rules = array(Doc, "rules");
  std::set<std::string> RuleNames;
  for (std::size_t I = 0; I < Rules.size(); ++I) {
    std::string Ptr = "/rules/" + std::to_string(I);
    const json &J = Rules[I];
    onlyKeys(J, Ptr, {"name", "from", "to", "effect", "reason"});
    LayerRule R;
    R.Line = line(Ptr);
    R.Name = str(J, "name", Ptr, true);
    if (!RuleNames.insert(R.Name).second)
      fail(Ptr + "/name", "rule \"" + R.Name + "\" is defined twice");
    R.From = str(J, "from", Ptr, true);
    R.To = str(J, "to", Ptr, true);
    checkService(B, R.From, Ptr + "/from", true, true);
    checkService(B, R.To, Ptr + "/to", true);
    std::string Effect = str(J, "effect", Ptr, true);
    if (Effect != "allow" && Effect != "forbid")
      fail(Ptr + "/effect", "\"effect\" must be \"allow\" or \"forbid\", not \"" + Effect + "\"");
    R.Allow = Effect == "allow";
    R.Reason = str(J, "reason", Ptr, true);
    B.Rules.push_back(std::move(R));
  }

  if (Doc.contains("limits")) {
    const json &L = Doc["limits"];
    onlyKeys(L, "/limits", {"dependencies", "occurrences", "icp"});
    auto Count = [&](const char *Key, std::optional<unsigned> &V, unsigned &Line) {
      if (!L.contains(Key))
        return;
      std::string Ptr = std::string("/limits/") + Key;
      if (!L[Key].is_number_unsigned())
        fail(Ptr, std::string("\"") + Key + "\" must be a non-negative integer");
      V = L[Key].get<unsigned>();
      Line = line(Ptr);
    };
    Count("dependencies", B.Limit.Dependencies, B.Limit.DependenciesLine);
    Count("occurrences", B.Limit.Occurrences, B.Limit.OccurrencesLine);
    if (L.contains("icp")) {
      if (!L["icp"].is_number() || L["icp"].get<double>() < 0 || L["icp"].get<double>() > 1)
        fail("/limits/icp", "\"icp\" must be a number between 0 and 1");
      B.Limit.ICP = L["icp"].get<double>();
      B.Limit.ICPLine = line("/limits/icp");
    }
  }

  const json &Deps = array(Doc, "dependencies");
  std::vector<std::pair<DependencyKey, unsigned>> Keys;
  for (std::size_t I = 0; I < Deps.size(); ++I) {
    std::string Ptr = "/dependencies/" + std::to_string(I);
    const json &J = Deps[I];
    onlyKeys(J, Ptr, {"from", "to", "kind", "from_entity", "to_entity"});
    DependencyKey K;
    K.FromService = str(J, "from", Ptr, true);
    K.ToService = str(J, "to", Ptr, true);
    checkService(B, K.FromService, Ptr + "/from", false, true);
    checkService(B, K.ToService, Ptr + "/to", false);
    if (K.FromService == K.ToService)
      fail(Ptr, "\"from\" and \"to\" are the same service; only dependencies between services "
                "belong in a baseline");
    std::string Kind = str(J, "kind", Ptr, true);
    auto EK = parseEdgeKind(Kind);
    if (!EK || *EK == EdgeKind::Contains)
      fail(Ptr + "/kind", "unknown dependency kind \"" + Kind +
                              "\" (expected include, call, override, inherit, type, field, "
                              "read, write or macro)");
    K.Kind = *EK;
    K.FromEntity = str(J, "from_entity", Ptr, true);
    K.ToEntity = str(J, "to_entity", Ptr, true);
    Keys.emplace_back(std::move(K), line(Ptr));
  }
  std::sort(Keys.begin(), Keys.end());
  for (std::size_t I = 0; I < Keys.size(); ++I) {
    if (I && Keys[I].first == Keys[I - 1].first)
      throw Error(Source + ":" + std::to_string(Keys[I].second) +
                  ": duplicate dependency (also on line " + std::to_string(Keys[I - 1].second) +
                  "): " + Keys[I].first.text());
    B.Dependencies.push_back(Keys[I].first);
    B.DependencyLines.push_back(Keys[I].second);
  }
  return B;
}

} // namespace

std::string DependencyKey::text() const {
  return FromService + "|" + ToService + "|" + FromEntity + "|" + ToEntity + "|" +
         std::string(kindName(Kind));
}

std::string DependencyKey::fingerprint() const { return seams::fingerprint(text()); }

void writeBaseline(const Baseline &B, std::ostream &Out) {
  Out << "{\n  \"schema\": " << jsonText(BaselineSchema) << ",\n";
  Out << "  \"comment\": \"The agreed service boundaries, checked by `seams check`; see "
         "docs/CI.md. Update with `seams baseline --update`.\",\n";
  writeArray(Out, "services", B.Services, [](const std::string &S) { return jsonText(S); });
  Out << ",\n";
  writeArray(Out, "members", B.Members, memberJson);
  Out << ",\n";
  writeArray(Out, "rules", B.Rules, [](const LayerRule &R) {
    return "{\"name\": " + jsonText(R.Name) + ", \"from\": " + jsonText(R.From) +
           ", \"to\": " + jsonText(R.To) +
           ", \"effect\": " + (R.Allow ? "\"allow\"" : "\"forbid\"") +
           ", \"reason\": " + jsonText(R.Reason) + "}";
  });
  const Limits &L = B.Limit;
  if (L.Dependencies || L.Occurrences || L.ICP) {
    Out << ",\n  \"limits\": {";
    const char *Sep = "";
    if (L.Dependencies) {
      Out << "\"dependencies\": " << *L.Dependencies;
      Sep = ", ";
    }
    if (L.Occurrences) {
      Out << Sep << "\"occurrences\": " << *L.Occurrences;
      Sep = ", ";
    }
    if (L.ICP)
      Out << Sep << "\"icp\": " << fixedNumber(*L.ICP, 4);
    Out << "}";
  }
  Out << ",\n";
  std::vector<DependencyKey> Deps = B.Dependencies;
  std::sort(Deps.begin(), Deps.end());
  Deps.erase(std::unique(Deps.begin(), Deps.end()), Deps.end());
  writeArray(Out, "dependencies", Deps, [](const DependencyKey &K) {
    return "{\"from\": " + jsonText(K.FromService) + ", \"to\": " + jsonText(K.ToService) +
           ", \"kind\": " + jsonText(kindName(K.Kind)) +
           ", \"from_entity\": " + jsonText(K.FromEntity) +
           ", \"to_entity\": " + jsonText(K.ToEntity) + "}";
  });
  Out << "\n}\n";
}

Baseline readBaseline(std::string_view Text, const std::string &Source) {
  if (Text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    throw Error(Source + ": the baseline is empty (write one with `seams baseline`)");
  json Doc;
  try {
    Doc = json::parse(Text.begin(), Text.end());
  } catch (const json::parse_error &E) {
    // E.byte is the 1-based offset of the last character read; report it as line:column.
    std::size_t End = std::min<std::size_t>(E.byte ? E.byte - 1 : 0, Text.size());
    unsigned Line = 1, Column = 1;
    for (std::size_t I = 0; I < End; ++I) {
      if (Text[I] == '\n') {
        ++Line;
        Column = 1;
      } else {
        ++Column;
      }
    }
    throw Error(Source + ":" + std::to_string(Line) + ":" + std::to_string(Column) +
                ": not valid JSON: " + parseReason(E.what()));
  }
  return Reader(Text, Source).read(Doc);
}

Baseline readBaselineFile(const std::string &Path) {
  std::ifstream In(Path, std::ios::binary);
  if (!In)
    throw Error(Path +
                ": cannot read the baseline (no such file?); write one with "
                "`seams baseline -p <build> -o " +
                Path + "`");
  std::stringstream S;
  S << In.rdbuf();
  return readBaseline(S.str(), Path);
}

bool memberPathMatch(std::string_view Pattern, std::string_view Path) {
  if (Pattern.find('/') == std::string_view::npos && Path.find('/') != std::string_view::npos)
    return false;
  return globMatch(Pattern, Path);
}

unsigned lineOfPointer(std::string_view Text, std::string_view Pointer) {
  std::vector<std::string> Tokens;
  std::size_t I = 0;
  while (I < Pointer.size() && Pointer[I] == '/') {
    std::size_t Next = Pointer.find('/', I + 1);
    std::string Tok(Pointer.substr(I + 1, Next == std::string_view::npos ? Next : Next - I - 1));
    std::string Unescaped;
    for (std::size_t J = 0; J < Tok.size(); ++J)
      if (Tok[J] == '~' && J + 1 < Tok.size()) {
        Unescaped += Tok[J + 1] == '1' ? '/' : '~';
        ++J;
      } else {
        Unescaped += Tok[J];
      }
    Tokens.push_back(Unescaped);
    I = Next == std::string_view::npos ? Pointer.size() : Next;
  }
  if (Tokens.empty())
    return 0;
  std::size_t P = PointerWalker(Text).find(Tokens);
  if (P == std::string_view::npos)
    return 0;
  return 1 + static_cast<unsigned>(std::count(Text.begin(), Text.begin() + P, '\n'));
}

std::vector<MemberRule> deriveMemberRules(const Decomposition &D) {
  // Where each file goes: "s:<service>", "shared" or "ignored" (sorts services first).
  std::map<std::string, std::string> Place;
  for (const Service &S : D.Services)
    for (const std::string &F : S.Files)
      Place[F] = "s:" + S.Name;
  for (const std::string &F : D.SharedFiles)
    Place[F] = "shared";
  for (const std::string &F : D.ExcludedFiles)
    Place[F] = "ignored";

  // Per directory (never the root): how many files below it go where.
  std::map<std::string, std::map<std::string, unsigned>> Below;
  for (const auto &[F, P] : Place)
    for (std::size_t S = F.find('/'); S != std::string::npos; S = F.find('/', S + 1))
      ++Below[F.substr(0, S)][P];
  auto Parent = [](const std::string &Dir) {
    std::size_t S = Dir.rfind('/');
    return S == std::string::npos ? std::string() : Dir.substr(0, S);
  };
  // Where more than half of the files below Dir go, or "" when no place holds a majority: a new
  // file there has no service to guess, and `seams check` reports it as unassigned and checks
  // it as the service its dependencies suggest. A split evenly would fall to the order of the
  // names (TagLib's xm/ was 2 files to 2); a plurality to whichever service is largest: in
  // OpenTTD's flat src/, 15% of the files made `src/**` the script API's, so every new file
  // there was checked as the script API.
  auto Majority = [&](const std::string &Dir) {
    unsigned Total = 0;
    std::pair<unsigned, std::string> Top;
    for (const auto &[P, N] : Below.at(Dir)) {
      Total += N;
      if (N > Top.first)
        Top = {N, P};
    }
    return 2 * Top.first > Total ? Top.second : std::string();
  };
  struct DirRule {
    std::string Dir, Place;
  };
  std::vector<DirRule> Dirs;
  for (const auto &[Dir, Counts] : Below) {
    std::string Up = Parent(Dir);
    bool ParentMixed = Up.empty() || Below.at(Up).size() > 1;
    if (Counts.size() > 1) {
      if (std::string Most = Majority(Dir); !Most.empty())
        Dirs.push_back({Dir, Most}); // Fallback for the majority of a mixed directory.
    } else if (ParentMixed) {
      // Topmost pure directory; redundant when the nearest mixed ancestor's fallback agrees.
      if (Up.empty() || Majority(Up) != Counts.begin()->first)
        Dirs.push_back({Dir, Counts.begin()->first});
    }
  }
  auto Depth = [](const std::string &S) { return std::count(S.begin(), S.end(), '/'); };
  std::sort(Dirs.begin(), Dirs.end(), [&](const DirRule &A, const DirRule &B) {
    return std::make_pair(-Depth(A.Dir), A.Dir) < std::make_pair(-Depth(B.Dir), B.Dir);
  });
  auto Rule = [](const std::string &P, std::string Path) {
    MemberRule R;
    R.Path = std::move(Path);
    if (P == "shared")
      R.Target = MemberTarget::Shared;
    else if (P == "ignored")
      R.Target = MemberTarget::Ignored;
    else
      R.Service = P.substr(2);
    return R;
  };
  std::vector<MemberRule> Rules;
  for (const auto &Entry : Place) {
    const std::string &F = Entry.first, &P = Entry.second;
    auto It = std::find_if(Dirs.begin(), Dirs.end(), [&](const DirRule &R) {
      return F.size() > R.Dir.size() && F.compare(0, R.Dir.size(), R.Dir) == 0 &&
             F[R.Dir.size()] == '/';
    });
    if (It == Dirs.end() || It->Place != P)
      Rules.push_back(Rule(P, F));
  }
  for (const DirRule &R : Dirs)
    Rules.push_back(Rule(R.Place, R.Dir + "/**"));
  return Rules;
}

} // namespace seams
