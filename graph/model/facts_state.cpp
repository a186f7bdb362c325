// Facts and a FactsBuilder's whole state in a compact binary form (a string table, then varints),
// read back far faster than JSON facts: what lets a warm extraction replace one TU's facts without
// merging every other TU again.
#include "graph/model/facts_state.h"

#include <ostream>
#include <stdexcept>
#include <unordered_map>

namespace seams {
namespace {

constexpr std::string_view StateMagic = "seams-builder/2\n";

class Writer {
public:
  std::string Out;

  void num(std::uint64_t V) {
    while (V >= 0x80) {
      Out.push_back(static_cast<char>((V & 0x7f) | 0x80));
      V >>= 7;
    }
    Out.push_back(static_cast<char>(V));
  }
  /// S must outlive the writer: the table refers to it.
  void str(const std::string &S) {
    auto [It, New] = Index.try_emplace(S, static_cast<std::uint32_t>(Index.size()));
    num(It->second);
    if (New)
      Table.push_back(&S);
  }
  void shape(const TypeShape &T) {
    num(static_cast<std::uint8_t>(T.Kind));
    str(T.Cpp);
    str(T.Builtin);
    str(T.Entity);
    num(T.Const ? 1 : 0);
    num(T.Of.size());
    for (const auto &O : T.Of)
      shape(O);
  }
  /// The string table followed by the body written so far.
  std::string finish(std::string_view Magic) const {
    Writer Head;
    Head.Out.append(Magic);
    Head.num(Table.size());
    for (const std::string *S : Table) {
      Head.num(S->size());
      Head.Out.append(*S);
    }
    return Head.Out + Out;
  }

private:
  std::unordered_map<std::string_view, std::uint32_t> Index;
  std::vector<const std::string *> Table;
};

class Reader {
public:
  explicit Reader(std::string_view In) : In(In) {}

  std::uint64_t num() {
    std::uint64_t V = 0;
    for (unsigned Shift = 0; Shift < 64; Shift += 7) {
      if (Pos >= In.size())
        throw std::runtime_error("truncated");
      auto B = static_cast<unsigned char>(In[Pos++]);
      V |= static_cast<std::uint64_t>(B & 0x7f) << Shift;
      if (!(B & 0x80))
        return V;
    }
    throw std::runtime_error("bad number");
  }
  unsigned u32() {
    std::uint64_t V = num();
    if (V > 0xffffffffu)
      throw std::runtime_error("number out of range");
    return static_cast<unsigned>(V);
  }
  std::size_t count() {
    std::uint64_t V = num();
    if (V > In.size()) // every item takes at least a byte
      throw std::runtime_error("count out of range");
    return static_cast<std::size_t>(V);
  }
  void table(std::string_view Magic) {
    if (In.substr(0, Magic.size()) != Magic)
      throw std::runtime_error("not this kind of binary");
    Pos = Magic.size();
    Strings.resize(count());
    for (auto &S : Strings) {
      std::size_t N = count();
      if (In.size() - Pos < N)
        throw std::runtime_error("truncated");
      S.assign(In.data() + Pos, N);
      Pos += N;
    }
  }
  const std::string &str() {
    std::uint64_t I = num();
    if (I >= Strings.size())
      throw std::runtime_error("bad string");
    return Strings[I];
  }
  template <typename Enum> Enum kind(std::uint64_t Limit) {
    std::uint64_t V = num();
    if (V >= Limit)
      throw std::runtime_error("bad kind");
    return static_cast<Enum>(V);
  }
  TypeShape shape(int Depth = 0) {
    if (Depth > 64)
      throw std::runtime_error("type nested too deeply");
    TypeShape T;
    T.Kind = kind<ShapeKind>(static_cast<std::uint64_t>(ShapeKind::Other) + 1);
    T.Cpp = str();
    T.Builtin = str();
    T.Entity = str();
    T.Const = num() != 0;
    T.Of.resize(count());
    for (auto &O : T.Of)
      O = shape(Depth + 1);
    return T;
  }
  bool done() const { return Pos == In.size(); }

private:
  std::string_view In;
  std::size_t Pos = 0;
  std::vector<std::string> Strings;
};

constexpr std::uint64_t EntityKinds = static_cast<std::uint64_t>(EntityKind::External) + 1;
constexpr std::uint64_t EdgeKinds = static_cast<std::uint64_t>(EdgeKind::Contains) + 1;

/// An entity's fields but its id (the state keys entities by id; facts write it first).
void writeEntityFields(Writer &W, const Entity &E) {
  W.num(static_cast<std::uint8_t>(E.Kind));
  W.str(E.Name);
  W.str(E.File);
  W.num(E.Line);
  W.str(E.DefFile);
  W.num(E.DefLine);
  W.num(E.Lines);
  W.num(E.Sig ? 1 : 0);
  if (E.Sig) {
    W.shape(E.Sig->Returns);
    W.num(E.Sig->Params.size());
    for (const auto &P : E.Sig->Params) {
      W.str(P.Name);
      W.shape(P.Type);
    }
  }
  W.num(E.Type ? 1 : 0);
  if (E.Type)
    W.shape(*E.Type);
  W.num(E.Lock ? 1 : 0);
}

void readEntityFields(Reader &R, Entity &E) {
  E.Kind = R.kind<EntityKind>(EntityKinds);
  E.Name = R.str();
  E.File = R.str();
  E.Line = R.u32();
  E.DefFile = R.str();
  E.DefLine = R.u32();
  E.Lines = R.u32();
  if (R.num()) {
    Signature Sig;
    Sig.Returns = R.shape();
    Sig.Params.resize(R.count());
    for (auto &P : Sig.Params) {
      P.Name = R.str();
      P.Type = R.shape();
    }
    E.Sig = std::move(Sig);
  }
  if (R.num())
    E.Type = R.shape();
  E.Lock = R.num() != 0;
}

void writeDiagnostic(Writer &W, const Diagnostic &D) {
  W.str(D.File);
  W.num(D.Line);
  W.str(D.Severity);
  W.str(D.Message);
}

void readDiagnostic(Reader &R, Diagnostic &D) {
  D.File = R.str();
  D.Line = R.u32();
  D.Severity = R.str();
  D.Message = R.str();
}

void writeTableUse(Writer &W, const TableUse &T) {
  W.str(T.Table);
  W.str(T.From);
  W.str(T.At.File);
  W.num(T.At.Line);
  W.num(T.At.Column);
  W.num(T.Write ? 1 : 0);
}

void readTableUse(Reader &R, TableUse &T) {
  T.Table = R.str();
  T.From = R.str();
  T.At.File = R.str();
  T.At.Line = R.u32();
  T.At.Column = R.u32();
  T.Write = R.num() != 0;
}

void writeEntity(Writer &W, const Entity &E) {
  W.str(E.Id);
  writeEntityFields(W, E);
}

void readEntity(Reader &R, Entity &E) {
  E.Id = R.str();
  readEntityFields(R, E);
}

} // namespace

/// Reads and writes the private state of FactsBuilder.
class FactsStateIo {
  using EntityVariants = decltype(FactsBuilder::Entities)::mapped_type;
  using FileVariants = decltype(FactsBuilder::Files)::mapped_type;
  using SiteMap = decltype(FactsBuilder::Edges)::mapped_type;

public:
  static std::string save(const FactsBuilder &B) {
    Writer W;
    W.num(B.Entities.size());
    for (const auto &[Id, Variants] : B.Entities) {
      W.str(Id);
      W.num(Variants.size());
      for (const auto &[E, Count] : Variants) {
        writeEntityFields(W, E);
        W.num(Count);
      }
    }
    W.num(B.Edges.size());
    for (const auto &[Key, Sites] : B.Edges) {
      W.str(std::get<0>(Key));
      W.str(std::get<1>(Key));
      W.num(static_cast<std::uint8_t>(std::get<2>(Key)));
      W.num(Sites.size());
      for (const auto &[L, S] : Sites) {
        W.str(L.File);
        W.num(L.Line);
        W.num(L.Column);
        W.num(S.Uses);
        W.num(S.Kept);
      }
    }
    W.num(B.Files.size());
    for (const auto &[Path, Variants] : B.Files) {
      W.str(Path);
      W.num(Variants.size());
      for (const auto &[F, Count] : Variants) {
        W.num(F.Lines);
        W.num(F.Generated ? 1 : 0);
        W.num(Count);
      }
    }
    W.num(B.Tus.size());
    for (const auto &[File, T] : B.Tus) {
      W.str(T.File);
      W.str(T.Status);
      W.num(T.Errors);
    }
    W.num(B.Diagnostics.size());
    for (const auto &[D, Count] : B.Diagnostics) {
      writeDiagnostic(W, D);
      W.num(Count);
    }
    W.num(B.TableUses.size());
    for (const auto &[T, Count] : B.TableUses) {
      writeTableUse(W, T);
      W.num(Count);
    }
    return W.finish(StateMagic);
  }

  static FactsBuilder load(std::string_view Bytes) {
    Reader R(Bytes);
    R.table(StateMagic);
    FactsBuilder B;
    for (std::size_t N = R.count(); N--;) {
      const std::string &Id = R.str();
      auto &Variants = B.Entities.emplace_hint(B.Entities.end(), Id, EntityVariants())->second;
      Variants.resize(R.count());
      for (auto &[E, Count] : Variants) {
        E.Id = Id;
        readEntityFields(R, E);
        Count = R.u32();
      }
    }
    for (std::size_t N = R.count(); N--;) {
      const std::string &From = R.str();
      const std::string &To = R.str();
      auto Kind = R.kind<EdgeKind>(EdgeKinds);
      auto &Sites =
          B.Edges.emplace_hint(B.Edges.end(), FactsBuilder::EdgeKey(From, To, Kind), SiteMap())
              ->second;
      for (std::size_t M = R.count(); M--;) {
        Location L;
        L.File = R.str();
        L.Line = R.u32();
        L.Column = R.u32();
        FactsBuilder::Site S;
        S.Uses = R.u32();
        S.Kept = R.u32();
        Sites.emplace_hint(Sites.end(), std::move(L), S);
      }
    }
    for (std::size_t N = R.count(); N--;) {
      const std::string &Path = R.str();
      auto &Variants = B.Files.emplace_hint(B.Files.end(), Path, FileVariants())->second;
      Variants.resize(R.count());
      for (auto &[F, Count] : Variants) {
        F.Path = Path;
        F.Lines = R.u32();
        F.Generated = R.num() != 0;
        Count = R.u32();
      }
    }
    for (std::size_t N = R.count(); N--;) {
      TuInfo T;
      T.File = R.str();
      T.Status = R.str();
      T.Errors = R.u32();
      B.Tus.emplace_hint(B.Tus.end(), T.File, T);
    }
    for (std::size_t N = R.count(); N--;) {
      Diagnostic D;
      readDiagnostic(R, D);
      B.Diagnostics.emplace_hint(B.Diagnostics.end(), std::move(D), R.u32());
    }
    for (std::size_t N = R.count(); N--;) {
      TableUse T;
      readTableUse(R, T);
      B.TableUses.emplace_hint(B.TableUses.end(), std::move(T), R.u32());
    }
    if (!R.done())
      throw std::runtime_error("trailing bytes");
    return B;
  }
};

namespace {

constexpr std::string_view FactsMagic = "seams-facts-bin/2\n";

} // namespace

std::string writeFactsBinary(const Facts &F) {
  Writer W;
  W.str(F.Root);
  W.num(F.Partial ? 1 : 0);
  W.num(F.Files.size());
  for (const auto &I : F.Files) {
    W.str(I.Path);
    W.num(I.Lines);
    W.num(I.Diagnostics);
    W.num(I.Generated ? 1 : 0);
  }
  W.num(F.Tus.size());
  for (const auto &T : F.Tus) {
    W.str(T.File);
    W.str(T.Status);
    W.num(T.Errors);
  }
  W.num(F.Entities.size());
  for (const auto &E : F.Entities)
    writeEntity(W, E);
  W.num(F.Edges.size());
  for (const auto &E : F.Edges) {
    W.str(E.From);
    W.str(E.To);
    W.num(static_cast<std::uint8_t>(E.Kind));
    W.num(E.Count);
    W.num(E.Discarded);
    W.num(E.At.size());
    for (const auto &O : E.At) {
      W.str(O.At.File);
      W.num(O.At.Line);
      W.num(O.At.Column);
      W.num(O.Discarded ? 1 : 0);
    }
  }
  W.num(F.Diagnostics.size());
  for (const auto &D : F.Diagnostics)
    writeDiagnostic(W, D);
  W.num(F.TableUses.size());
  for (const auto &T : F.TableUses)
    writeTableUse(W, T);
  return W.finish(FactsMagic);
}

std::optional<Facts> readFactsBinary(std::string_view Bytes) {
  try {
    Reader R(Bytes);
    R.table(FactsMagic);
    Facts F;
    F.Root = R.str();
    F.Partial = R.num() != 0;
    F.Files.resize(R.count());
    for (auto &I : F.Files) {
      I.Path = R.str();
      I.Lines = R.u32();
      I.Diagnostics = R.u32();
      I.Generated = R.num() != 0;
    }
    F.Tus.resize(R.count());
    for (auto &T : F.Tus) {
      T.File = R.str();
      T.Status = R.str();
      T.Errors = R.u32();
    }
    F.Entities.resize(R.count());
    for (auto &E : F.Entities)
      readEntity(R, E);
    F.Edges.resize(R.count());
    for (auto &E : F.Edges) {
      E.From = R.str();
      E.To = R.str();
      E.Kind = R.kind<EdgeKind>(EdgeKinds);
      E.Count = R.u32();
      E.Discarded = R.u32();
      E.At.resize(R.count());
      for (auto &O : E.At) {
        O.At.File = R.str();
        O.At.Line = R.u32();
        O.At.Column = R.u32();
        O.Discarded = R.num() != 0;
      }
    }
    F.Diagnostics.resize(R.count());
    for (auto &D : F.Diagnostics)
      readDiagnostic(R, D);
    F.TableUses.resize(R.count());
    for (auto &T : F.TableUses)
      readTableUse(R, T);
    if (!R.done())
      return std::nullopt;
    return F;
  } catch (const std::exception &) {
    return std::nullopt;
  }
}

void FactsBuilder::saveState(std::ostream &Out) const {
  std::string Bytes = FactsStateIo::save(*this);
  Out.write(Bytes.data(), static_cast<std::streamsize>(Bytes.size()));
}

std::optional<FactsBuilder> FactsBuilder::loadState(std::string_view Bytes) {
  try {
    return FactsStateIo::load(Bytes);
  } catch (const std::exception &) {
    return std::nullopt; // damaged or from another version: the caller rebuilds
  }
}

} // namespace seams
