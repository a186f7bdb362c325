// Interface sketches: the C++ types of the facts mapped to proto3 (scalars, string, repeated,
// map, optional, messages for project records) under names that are valid and unique.
#include "reports/interfaces.h"

#include <algorithm>
#include <map>
#include <set>

namespace seams {
namespace {

const std::set<std::string> &protoKeywords() {
  static const std::set<std::string> Words = {
      "syntax",   "import",   "weak",       "public",   "package", "option",   "message",
      "enum",     "service",  "rpc",        "returns",  "stream",  "repeated", "optional",
      "required", "reserved", "extensions", "extend",   "oneof",   "map",      "to",
      "max",      "true",     "false",      "inf",      "nan",     "group",    "double",
      "float",    "int32",    "int64",      "uint32",   "uint64",  "sint32",   "sint64",
      "fixed32",  "fixed64",  "sfixed32",   "sfixed64", "bool",    "string",   "bytes"};
  return Words;
}

/// C++ keywords and alternative tokens: protoc accepts them as package names and writes them as
/// namespaces unchanged (protoc 3.21), so the generated C++ would not compile.
const std::set<std::string> &cxxKeywords() {
  static const std::set<std::string> Words = {"alignas",       "alignof",     "and",
                                              "and_eq",        "asm",         "auto",
                                              "bitand",        "bitor",       "bool",
                                              "break",         "case",        "catch",
                                              "char",          "char8_t",     "char16_t",
                                              "char32_t",      "class",       "compl",
                                              "concept",       "const",       "consteval",
                                              "constexpr",     "constinit",   "const_cast",
                                              "continue",      "co_await",    "co_return",
                                              "co_yield",      "decltype",    "default",
                                              "delete",        "do",          "double",
                                              "dynamic_cast",  "else",        "enum",
                                              "explicit",      "export",      "extern",
                                              "false",         "float",       "for",
                                              "friend",        "goto",        "if",
                                              "inline",        "int",         "long",
                                              "mutable",       "namespace",   "new",
                                              "noexcept",      "not",         "not_eq",
                                              "nullptr",       "operator",    "or",
                                              "or_eq",         "private",     "protected",
                                              "public",        "register",    "reinterpret_cast",
                                              "requires",      "return",      "short",
                                              "signed",        "sizeof",      "static",
                                              "static_assert", "static_cast", "struct",
                                              "switch",        "template",    "this",
                                              "thread_local",  "throw",       "true",
                                              "try",           "typedef",     "typeid",
                                              "typename",      "union",       "unsigned",
                                              "using",         "virtual",     "void",
                                              "volatile",      "wchar_t",     "while",
                                              "xor",           "xor_eq"};
  return Words;
}

/// Letters, digits and '_' from any text, starting with a letter (Prefix first otherwise).
std::string word(std::string_view S, std::string_view Prefix) {
  std::string Out;
  for (char C : S)
    Out += (std::isalnum(static_cast<unsigned char>(C)) && static_cast<unsigned char>(C) < 128)
               ? C
               : '_';
  if (Out.empty() || !std::isalpha(static_cast<unsigned char>(Out[0])))
    Out = std::string(Prefix) + (Out.empty() || Out[0] == '_' ? "" : "_") + Out;
  return Out;
}

/// A proto identifier from any text: letters, digits and '_', starting with a letter, never a
/// keyword.
std::string identifier(std::string_view S, std::string_view Prefix = "x") {
  std::string Out = word(S, Prefix);
  if (protoKeywords().count(Out))
    Out += '_';
  return Out;
}

std::string pascalCase(std::string_view S) {
  std::string Snake = snakeCase(S), Out;
  bool Up = true;
  for (char C : Snake) {
    if (C == '_') {
      Up = true;
      continue;
    }
    Out += Up ? static_cast<char>(std::toupper(static_cast<unsigned char>(C))) : C;
    Up = false;
  }
  return identifier(Out, "X");
}

/// protoc's JSON name of a field: two field names with the same one do not compile.
std::string jsonName(const std::string &Field) {
  std::string Out;
  bool Up = false;
  for (char C : Field) {
    if (C == '_') {
      Up = true;
      continue;
    }
    Out += Up ? static_cast<char>(std::toupper(static_cast<unsigned char>(C))) : C;
    Up = false;
  }
  return Out;
}

std::string oneLine(std::string S) {
  std::replace(S.begin(), S.end(), '\n', ' ');
  std::replace(S.begin(), S.end(), '\r', ' ');
  return S;
}

std::string parentName(const std::string &Name) {
  std::string Last = lastComponent(Name);
  return Name.size() > Last.size() + 2 ? Name.substr(0, Name.size() - Last.size() - 2) : "";
}

/// Why a function is not an rpc, or "" when it can be one.
std::string notRpcReason(const std::string &Name) {
  std::string Last = lastComponent(Name), Parent = lastComponent(parentName(Name));
  if (Last.rfind("operator", 0) == 0)
    return "an operator";
  if (!Last.empty() && Last[0] == '~')
    return "a destructor";
  if (!Parent.empty() && Last == Parent)
    return "a constructor: the callers create the service's objects (copy a value type or "
           "add a factory rpc)";
  return "";
}

/// A proto type for a shape, or a reason why there is none.
struct Mapped {
  std::string Label; ///< "", "repeated", "optional"; "map" types carry no label.
  std::string Type;
  std::string Comment;
  std::string Unmappable; ///< Non-empty: the reason; Type is then "bytes".
  bool IsMap = false;
};

/// The names one proto file uses, and the messages it defines.
class Sketcher {
public:
  Sketcher(const Facts &F, const std::multimap<std::string, const Entity *> &FieldsOf,
           ServiceSketch &Out)
      : F(F), FieldsOf(FieldsOf), Out(Out) {}

  std::string reserveMessage(const std::string &Want) {
    std::string Name = Want;
    for (unsigned I = 2; !Names.insert(Name).second; ++I)
      Name = Want + std::to_string(I);
    return Name;
  }

  /// A message named Name with a field per parameter (or the result): added to the file.
  void paramsMessage(const std::string &Name, const std::string &Comment,
                     const std::vector<Param> &Params) {
    ProtoMessage M{Name, Comment, {}};
    FieldNames Used;
    for (std::size_t I = 0; I < Params.size(); ++I)
      M.Fields.push_back(field(
          Params[I].Type, Params[I].Name.empty() ? "arg" + std::to_string(I + 1) : Params[I].Name,
          static_cast<unsigned>(I + 1), Used));
    Pending.push_back(std::move(M));
  }

  /// Appends the requests and responses, then the record messages they need.
  void finish() {
    for (ProtoMessage &M : Pending)
      Out.Messages.push_back(std::move(M));
    Pending.clear();
    for (ProtoMessage &M : Records)
      Out.Messages.push_back(std::move(M));
    Records.clear();
  }

private:
  struct FieldNames {
    std::set<std::string> Json;
  };

  ProtoField field(const TypeShape &T, const std::string &Want, unsigned Number, FieldNames &Used) {
    std::string Base = identifier(snakeCase(Want), "f"), Name = Base;
    for (unsigned I = 2; !Used.Json.insert(jsonName(Name)).second; ++I)
      Name = Base + "_" + std::to_string(I);
    Mapped M = map(T, true);
    ProtoField P{M.Label, M.Type, Name, Number, M.Comment};
    if (!M.Unmappable.empty()) {
      ++Out.Placeholders;
      P.Label.clear();
      P.Type = "bytes";
      P.Comment = "placeholder: C++ type " + oneLine(T.Cpp) + "; cannot map: " + M.Unmappable;
    }
    return P;
  }

  static Mapped unmappable(std::string Why) { return {"", "bytes", "", std::move(Why), false}; }

  Mapped map(const TypeShape &T, bool Outer) {
    switch (T.Kind) {
    case ShapeKind::Reference: {
      if (T.Of.empty())
        return unmappable("reference to an unknown type");
      Mapped M = map(T.Of[0], Outer);
      if (!T.Const && M.Unmappable.empty())
        M.Comment = "in/out: a non-const reference in C++" +
                    (M.Comment.empty() ? std::string() : "; " + M.Comment);
      return M;
    }
    case ShapeKind::Builtin: {
      static const std::map<std::string, std::string> Scalars = {
          {"bool", "bool"},     {"char", "int32"},    {"int8", "int32"},   {"int16", "int32"},
          {"int32", "int32"},   {"int64", "int64"},   {"uint8", "uint32"}, {"uint16", "uint32"},
          {"uint32", "uint32"}, {"uint64", "uint64"}, {"float", "float"},  {"double", "double"}};
      auto It = Scalars.find(T.Builtin);
      if (It == Scalars.end())
        return unmappable("no proto scalar for " + T.Builtin);
      return {"", It->second, "", "", false};
    }
    case ShapeKind::String:
      return {"", "string", "", "", false};
    case ShapeKind::Enum:
      return {"", "int32", "C++ enum " + oneLine(T.Cpp), "", false};
    case ShapeKind::Record:
      return {"", recordMessage(T.Entity), "", "", false};
    case ShapeKind::Sequence:
    case ShapeKind::Optional: {
      if (T.Of.empty())
        return unmappable("unknown element type");
      Mapped E = map(T.Of[0], false);
      if (!E.Unmappable.empty()) // a nested container says so itself
        return unmappable(E.Unmappable.rfind("nested", 0) == 0 ? E.Unmappable
                                                               : "element " + E.Unmappable);
      if (!Outer || !E.Label.empty() || E.IsMap)
        return unmappable("nested container (wrap the inner one in a message)");
      E.Label = T.Kind == ShapeKind::Sequence ? "repeated" : "optional";
      return E;
    }
    case ShapeKind::Map: {
      if (T.Of.size() < 2)
        return unmappable("unknown key or value type");
      Mapped K = map(T.Of[0], false), V = map(T.Of[1], false);
      static const std::set<std::string> Keys = {"int32",  "int64", "uint32",
                                                 "uint64", "bool",  "string"};
      if (!K.Unmappable.empty() || !Keys.count(K.Type))
        return unmappable("map key must be an integer, bool or string");
      if (!V.Unmappable.empty() || !V.Label.empty() || V.IsMap)
        return unmappable("map value has no proto form");
      if (!Outer)
        return unmappable("nested container (wrap the inner one in a message)");
      return {"", "map<" + K.Type + ", " + V.Type + ">", "", "", true};
    }
    case ShapeKind::Pointer:
      return unmappable("raw pointer (pass the value, or an id of what it points to)");
    case ShapeKind::Function:
      return unmappable("callback (make it an event or a streaming rpc)");
    case ShapeKind::Template:
      return unmappable("template (" + oneLine(T.Cpp) + ")");
    case ShapeKind::Other:
      break;
    }
    return unmappable("not a project record nor a std type seams maps");
  }

  /// The message of a project record passed by value: one field per data member.
  std::string recordMessage(const std::string &Id) {
    if (auto It = RecordNames.find(Id); It != RecordNames.end())
      return It->second;
    const Entity *E = F.findEntity(Id);
    std::string Name = reserveMessage(pascalCase(lastComponent(E ? E->Name : Id)));
    RecordNames[Id] = Name; // before the fields: a record may hold itself (through repeated)
    std::vector<const Entity *> Fields;
    for (auto [It, End] = FieldsOf.equal_range(Id); It != End; ++It)
      Fields.push_back(It->second);
    std::sort(Fields.begin(), Fields.end(), [](const Entity *A, const Entity *B) {
      return std::tie(A->File, A->Line, A->Name) < std::tie(B->File, B->Line, B->Name);
    });
    ProtoMessage M{Name, "C++ " + oneLine(E ? E->Name : Id), {}};
    FieldNames Used;
    for (const Entity *Field : Fields)
      M.Fields.push_back(field(*Field->Type, lastComponent(Field->Name),
                               static_cast<unsigned>(M.Fields.size() + 1), Used));
    Records.push_back(std::move(M));
    return Name;
  }

  const Facts &F;
  const std::multimap<std::string, const Entity *> &FieldsOf;
  ServiceSketch &Out;
  std::set<std::string> Names;
  std::map<std::string, std::string> RecordNames;
  std::vector<ProtoMessage> Pending, Records;
};

std::string safeDirectory(const std::string &Service) {
  std::string Out;
  for (char C : Service)
    Out += std::isalnum(static_cast<unsigned char>(C)) && static_cast<unsigned char>(C) < 128
               ? C
               : (C == '-' || C == '.' ? C : '_');
  if (Out.empty() || Out[0] == '.')
    Out = "_" + Out;
  return Out;
}

std::string joined(const std::vector<std::string> &V) {
  std::string Out;
  for (const std::string &S : V)
    Out += (Out.empty() ? "" : ", ") + S;
  return Out;
}

} // namespace

std::vector<ServiceSketch> sketchInterfaces(const Facts &F, const Decomposition &D,
                                            const Assessment &A, const Plan &P) {
  std::multimap<std::string, const Entity *> FieldsOf; // record id -> its typed fields
  for (const Edge &E : F.Edges)
    if (E.Kind == EdgeKind::Contains)
      if (const Entity *Field = F.findEntity(E.To); Field && Field->Type)
        FieldsOf.emplace(E.From, Field);
  std::vector<ServiceSketch> Out;
  std::set<std::string> Directories;
  for (const PlanStep &Step : P.Steps) {
    ServiceSketch S;
    S.Service = Step.Service;
    S.Directory = safeDirectory(Step.Service);
    for (unsigned I = 2; !Directories.insert(S.Directory).second; ++I)
      S.Directory = safeDirectory(Step.Service) + "-" + std::to_string(I);
    // A file is named like its service, keyword or not (rpc/rpc.proto); a package may be a
    // proto keyword (protoc takes `package rpc.v1;`) but not a C++ one (its namespace).
    std::string Stem = word(snakeCase(Step.Service), "service");
    S.FileName = Stem + ".proto";
    S.Package = (cxxKeywords().count(Stem) ? Stem + "_" : Stem) + ".v1";
    S.ProtoService = pascalCase(Step.Service) + "Service";
    S.Step = &Step;
    S.Steps = P.Steps.size();
    for (std::size_t I = 0; I < D.Services.size() && I < A.Contracts.size(); ++I)
      if (D.Services[I].Name == Step.Service)
        S.Contract = &A.Contracts[I];
    Sketcher K(F, FieldsOf, S);
    K.reserveMessage(S.ProtoService);
    // rpc names: the function's name; when two functions of different classes (or namespaces)
    // share one, every rpc of those classes has its class's name first, so that one class's
    // rpcs read alike (ByteVectorAt beside ByteVectorAppend, not At). Overloads of one function
    // are told apart by a number.
    std::map<std::string, std::set<std::string>> Short; // short name -> qualified functions
    for (const PlanRpc &R : Step.Rpcs)
      if (notRpcReason(R.Function).empty())
        Short[pascalCase(lastComponent(R.Function))].insert(R.Function);
    std::set<std::string> Prefixed; // classes whose rpcs are named with the class first
    for (const auto &[Name, Functions] : Short)
      if (Functions.size() > 1)
        for (const std::string &Function : Functions)
          if (!parentName(Function).empty())
            Prefixed.insert(parentName(Function));
    // A long API reads by class: each class's methods are a proto service of their own.
    std::map<std::string, std::string> GroupOf; // class -> its proto service
    std::size_t Eligible = 0;
    for (const PlanRpc &R : Step.Rpcs)
      Eligible += notRpcReason(R.Function).empty() ? 1 : 0;
    auto classOf = [&](const PlanRpc &R) -> std::string {
      const Entity *E = F.findEntity(R.FunctionId);
      return E && E->Kind == EntityKind::Method ? parentName(R.Function) : std::string();
    };
    if (Eligible > MaxRpcsInOneService)
      for (const PlanRpc &R : Step.Rpcs)
        if (std::string C = classOf(R);
            !C.empty() && notRpcReason(R.Function).empty() && !GroupOf.count(C))
          GroupOf[C] = K.reserveMessage(pascalCase(lastComponent(C)) + "Service");
    std::set<std::string> RpcNames;
    // Overloads left out for one reason are one line (taglib's 7 ByteVector constructors).
    std::vector<std::pair<std::string, std::string>> NotRpcs; // (function, why), first seen
    std::map<std::pair<std::string, std::string>, unsigned> Overloads;
    for (const PlanRpc &R : Step.Rpcs) {
      if (std::string Why = notRpcReason(R.Function); !Why.empty()) {
        if (Overloads[{R.Function, Why}]++ == 0)
          NotRpcs.emplace_back(R.Function, Why);
        continue;
      }
      std::string Want = pascalCase(lastComponent(R.Function));
      if (Prefixed.count(parentName(R.Function)))
        Want.insert(0, pascalCase(lastComponent(parentName(R.Function))));
      std::string Name = Want;
      for (unsigned I = 2; !RpcNames.insert(Name).second; ++I)
        Name = Want + std::to_string(I);
      const Entity *E = F.findEntity(R.FunctionId);
      ProtoRpc Rpc{Name,
                   K.reserveMessage(Name + "Request"),
                   K.reserveMessage(Name + "Response"),
                   "C++ " + oneLine(R.Function) + "; called by " + joined(R.Callers) + " (" +
                       std::to_string(R.UseSites) + " use site" + (R.UseSites == 1 ? "" : "s") +
                       ")",
                   &R,
                   S.ProtoService};
      if (auto G = GroupOf.find(classOf(R)); G != GroupOf.end())
        Rpc.Group = G->second;
      if (E && E->Sig) {
        K.paramsMessage(Rpc.Request, "", E->Sig->Params);
        std::vector<Param> Result;
        if (!(E->Sig->Returns.Kind == ShapeKind::Builtin && E->Sig->Returns.Builtin == "void"))
          Result.push_back({"result", E->Sig->Returns});
        K.paramsMessage(Rpc.Response, "", Result);
      } else {
        K.paramsMessage(Rpc.Request, "no parameter types in the facts: re-run seams extract", {});
        K.paramsMessage(Rpc.Response, "", {});
      }
      S.Rpcs.push_back(std::move(Rpc));
    }
    for (const auto &[Function, Why] : NotRpcs) {
      const unsigned N = Overloads[{Function, Why}];
      std::string Line = Function;
      if (N > 1)
        Line += " (" + std::to_string(N) + " overloads)";
      Line += ": " + Why;
      S.NotRpcs.push_back(std::move(Line));
    }
    for (const PlanEvent &Ev : Step.Events) {
      if (Ev.Consumer != Step.Service) {
        S.Publishes.push_back(&Ev);
        continue;
      }
      S.Consumes.push_back(&Ev);
      const Entity *E = F.findEntity(Ev.FunctionId);
      std::string Name = K.reserveMessage(pascalCase(lastComponent(Ev.Function)) + "Event");
      K.paramsMessage(Name,
                      "event on topic \"" + Ev.Topic + "\", published by " + joined(Ev.Publishers) +
                          "; C++ " + oneLine(Ev.Function),
                      E && E->Sig ? E->Sig->Params : std::vector<Param>{});
    }
    K.finish();
    Out.push_back(std::move(S));
  }
  return Out;
}

} // namespace seams
