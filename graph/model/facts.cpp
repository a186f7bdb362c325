// The facts model: kind spellings and the order-independent merge of facts from many sources.
#include "graph/model/facts.h"

#include <algorithm>
#include <array>
#include <set>

namespace seams {
namespace {

constexpr std::array<std::string_view, 13> EntityKindNames = {
    "file",   "namespace", "class", "struct", "union", "enum",    "function",
    "method", "variable",  "field", "alias",  "macro", "external"};
constexpr std::array<std::string_view, 10> EdgeKindNames = {
    "include", "call", "override", "inherit", "type",
    "field",   "read", "write",    "macro",   "contains"};

template <typename Kind, std::size_t N>
std::optional<Kind> parseKind(const std::array<std::string_view, N> &Names, std::string_view S) {
  for (std::size_t I = 0; I < N; ++I)
    if (Names[I] == S)
      return static_cast<Kind>(I);
  return std::nullopt;
}

unsigned namedParams(const Signature &S) {
  unsigned N = 0;
  for (const Param &P : S.Params)
    N += P.Name.empty() ? 0 : 1;
  return N;
}

// Declarations may name parameters differently (or not at all): keep the one naming most of
// them, then the smallest, so that the result does not depend on which TU came first.
bool betterSignature(const Signature &A, const Signature &B) {
  unsigned NA = namedParams(A), NB = namedParams(B);
  return NA != NB ? NA > NB : A < B;
}

bool hasSeparateDeclaration(const Entity &E) {
  return !E.File.empty() && (E.File != E.DefFile || E.Line != E.DefLine);
}

// Two TUs may describe the same entity differently (one saw only the declaration, the other
// also the definition). Combine them so the result does not depend on which came first.
void combine(Entity &Into, const Entity &From) {
  if (Into.Kind != From.Kind || Into.Name != From.Name) {
    if (std::tie(From.Kind, From.Name) < std::tie(Into.Kind, Into.Name)) {
      Into.Kind = From.Kind;
      Into.Name = From.Name;
    }
  }
  // A type is declared where it is defined: a forward declaration seen first in some TU does
  // not move it.
  bool Tag = Into.Kind == EntityKind::Class || Into.Kind == EntityKind::Struct ||
             Into.Kind == EntityKind::Union || Into.Kind == EntityKind::Enum;
  bool IntoSep = hasSeparateDeclaration(Into), FromSep = hasSeparateDeclaration(From);
  if (Tag) {
    IntoSep = !Into.DefFile.empty();
    FromSep = !From.DefFile.empty();
  }
  if (Into.File.empty() || (FromSep && !IntoSep) ||
      (FromSep == IntoSep && !From.File.empty() &&
       std::tie(From.File, From.Line) < std::tie(Into.File, Into.Line))) {
    Into.File = From.File;
    Into.Line = From.Line;
  }
  if (!From.DefFile.empty() &&
      (Into.DefFile.empty() || std::tie(From.DefFile, From.DefLine, From.Lines) <
                                   std::tie(Into.DefFile, Into.DefLine, Into.Lines))) {
    Into.DefFile = From.DefFile;
    Into.DefLine = From.DefLine;
    Into.Lines = From.Lines;
  } else if (Into.DefFile.empty()) {
    Into.Lines = std::max(Into.Lines, From.Lines);
  }
  if (From.Sig && (!Into.Sig || betterSignature(*From.Sig, *Into.Sig)))
    Into.Sig = From.Sig;
  if (From.Type && (!Into.Type || *From.Type < *Into.Type))
    Into.Type = From.Type;
  Into.Lock = Into.Lock || From.Lock;
}

/// The entity all these descriptions combine to, in a fixed order (not the order they came in).
Entity combined(const std::vector<std::pair<Entity, unsigned>> &Variants) {
  if (Variants.size() == 1)
    return Variants.front().first;
  std::vector<const Entity *> Order;
  Order.reserve(Variants.size());
  for (const auto &[E, Count] : Variants)
    Order.push_back(&E);
  auto Key = [](const Entity *E) {
    return std::tie(E->Kind, E->Name, E->File, E->Line, E->DefFile, E->DefLine, E->Lines, E->Sig,
                    E->Type, E->Lock);
  };
  std::sort(Order.begin(), Order.end(),
            [&](const Entity *A, const Entity *B) { return Key(A) < Key(B); });
  Entity Out = *Order.front();
  for (std::size_t I = 1; I < Order.size(); ++I)
    combine(Out, *Order[I]);
  return Out;
}

} // namespace

std::string_view kindName(EntityKind K) { return EntityKindNames[static_cast<std::size_t>(K)]; }
std::string_view kindName(EdgeKind K) { return EdgeKindNames[static_cast<std::size_t>(K)]; }

std::string_view edgeVerb(EdgeKind K) {
  switch (K) {
  case EdgeKind::Include:
    return "includes";
  case EdgeKind::Call:
    return "calls";
  case EdgeKind::Override:
    return "overrides";
  case EdgeKind::Inherit:
    return "inherits from";
  case EdgeKind::Type:
    return "uses type";
  case EdgeKind::Field:
    return "uses field";
  case EdgeKind::Read:
    return "reads";
  case EdgeKind::Write:
    return "writes";
  case EdgeKind::Macro:
    return "expands";
  case EdgeKind::Contains:
    return "contains";
  }
  return "uses";
}

std::optional<EntityKind> parseEntityKind(std::string_view S) {
  return parseKind<EntityKind>(EntityKindNames, S);
}
std::optional<EdgeKind> parseEdgeKind(std::string_view S) {
  return parseKind<EdgeKind>(EdgeKindNames, S);
}

const Entity *Facts::findEntity(std::string_view Id) const {
  auto It = std::lower_bound(Entities.begin(), Entities.end(), Id,
                             [](const Entity &E, std::string_view Key) { return E.Id < Key; });
  return It != Entities.end() && It->Id == Id ? &*It : nullptr;
}

void FactsBuilder::addEntity(const Entity &E) {
  auto &Variants = Entities[E.Id];
  for (auto &[Seen, Count] : Variants)
    if (Seen == E) {
      ++Count;
      return;
    }
  Variants.emplace_back(E, 1);
}

void FactsBuilder::addOccurrence(const std::string &From, const std::string &To, EdgeKind Kind,
                                 const Occurrence &O) {
  Site &S = Edges[EdgeKey(From, To, Kind)][O.At];
  ++S.Uses;
  S.Kept += O.Discarded ? 0 : 1;
}

namespace {
bool sameFile(const FileInfo &A, const FileInfo &B) {
  return A.Lines == B.Lines && A.Generated == B.Generated;
}

/// Takes one contribution of Key out of Counts; false when it has none.
template <typename Map, typename Key> bool takeOne(Map &Counts, const Key &K) {
  auto It = Counts.find(K);
  if (It == Counts.end())
    return false;
  if (--It->second == 0)
    Counts.erase(It);
  return true;
}

/// Takes one contribution of Item out of the variants under Key; false when it has none.
template <typename Map, typename Item, typename Same>
bool takeVariant(Map &Variants, const std::string &Key, const Item &I, Same IsSame) {
  auto It = Variants.find(Key);
  if (It == Variants.end())
    return false;
  auto &List = It->second;
  auto V =
      std::find_if(List.begin(), List.end(), [&](const auto &P) { return IsSame(P.first, I); });
  if (V == List.end())
    return false;
  if (--V->second == 0)
    List.erase(V);
  if (List.empty())
    Variants.erase(It);
  return true;
}
} // namespace

void FactsBuilder::addFile(const FileInfo &F) {
  auto &Variants = Files[F.Path];
  for (auto &[Seen, Count] : Variants)
    if (sameFile(Seen, F)) {
      ++Count;
      return;
    }
  Variants.emplace_back(F, 1);
}

void FactsBuilder::addTu(const TuInfo &T) { Tus[T.File] = T; }

void FactsBuilder::addDiagnostic(const Diagnostic &D) { ++Diagnostics[D]; }

void FactsBuilder::addTableUse(const TableUse &T) { ++TableUses[T]; }

void FactsBuilder::merge(const Facts &Other) {
  for (const auto &E : Other.Entities)
    addEntity(E);
  for (const auto &E : Other.Edges)
    for (const auto &O : E.At)
      addOccurrence(E.From, E.To, E.Kind, O);
  for (const auto &F : Other.Files)
    addFile(F);
  for (const auto &T : Other.Tus)
    addTu(T);
  for (const auto &D : Other.Diagnostics)
    addDiagnostic(D);
  for (const auto &T : Other.TableUses)
    addTableUse(T);
}

bool FactsBuilder::subtract(const Facts &Other) {
  for (const auto &E : Other.Entities)
    if (!takeVariant(Entities, E.Id, E, [](const Entity &A, const Entity &B) { return A == B; }))
      return false;
  for (const auto &E : Other.Edges) {
    auto Key = EdgeKey(E.From, E.To, E.Kind);
    auto It = Edges.find(Key);
    if (It == Edges.end())
      return false;
    for (const auto &O : E.At) {
      auto S = It->second.find(O.At);
      if (S == It->second.end() || (!O.Discarded && S->second.Kept == 0))
        return false;
      S->second.Kept -= O.Discarded ? 0 : 1;
      if (--S->second.Uses == 0)
        It->second.erase(S);
    }
    if (It->second.empty())
      Edges.erase(It);
  }
  for (const auto &F : Other.Files)
    if (!takeVariant(Files, F.Path, F, sameFile))
      return false;
  for (const auto &T : Other.Tus)
    if (Tus.erase(T.File) == 0)
      return false;
  for (const auto &D : Other.Diagnostics)
    if (!takeOne(Diagnostics, D))
      return false;
  for (const auto &T : Other.TableUses)
    if (!takeOne(TableUses, T))
      return false;
  return true;
}

Facts FactsBuilder::finish(std::string Root, unsigned MaxSamples, bool Partial) const {
  Facts Out;
  Out.Root = std::move(Root);
  Out.Partial = Partial;
  std::map<std::string, unsigned> Errors; // counted from the deduplicated diagnostics
  for (const auto &[D, Unused] : Diagnostics)
    ++Errors[D.File];
  for (const auto &[Path, Variants] : Files) {
    FileInfo F = Variants.front().first;
    for (const auto &[V, Count] : Variants) {
      F.Lines = std::max(F.Lines, V.Lines);
      F.Generated = F.Generated || V.Generated;
    }
    Out.Files.push_back(F);
    auto It = Errors.find(Path);
    Out.Files.back().Diagnostics = It == Errors.end() ? 0 : It->second;
  }
  for (const auto &[Path, T] : Tus)
    Out.Tus.push_back(T);
  for (const auto &[Id, Variants] : Entities)
    Out.Entities.push_back(combined(Variants));
  for (const auto &[D, Unused] : Diagnostics)
    Out.Diagnostics.push_back(D);
  std::set<TableUse> Uses; // without columns, two uses of a table on one line are one
  for (const auto &[T, Unused] : TableUses) {
    TableUse U = T;
    if (!Partial)
      U.At.Column = 0;
    Uses.insert(std::move(U));
  }
  Out.TableUses.assign(Uses.begin(), Uses.end());
  unsigned Dangling = 0;
  for (const auto &[Key, Sites] : Edges) {
    Edge E;
    std::tie(E.From, E.To, E.Kind) = Key;
    // Complete facts never name an entity they do not hold (readFacts rejects that). An edge
    // whose end no TU reported is an analyzer bug: dropped and counted, not written unreadable.
    if (!Partial && (!Entities.count(E.From) || !Entities.count(E.To))) {
      ++Dangling;
      continue;
    }
    E.Count = static_cast<unsigned>(Sites.size());
    for (const auto &[Loc, S] : Sites) {
      bool Discarded = S.Kept == 0;
      E.Discarded += Discarded ? 1 : 0;
      if (Partial || MaxSamples == 0 || E.At.size() < MaxSamples) {
        Occurrence O{Loc, Discarded};
        if (!Partial)
          O.At.Column = 0;
        // Without columns two sites on one line print alike: keep one sample per line.
        if (Partial || E.At.empty() || E.At.back().At != O.At)
          E.At.push_back(O);
      }
    }
    Out.Edges.push_back(std::move(E));
  }
  if (Dangling) {
    Diagnostic D{"", 0, "warning",
                 std::to_string(Dangling) +
                     " dependencies to or from an entity that no translation unit reported were "
                     "dropped: a seams analyzer bug, please report it"};
    Out.Diagnostics.insert(std::lower_bound(Out.Diagnostics.begin(), Out.Diagnostics.end(), D), D);
  }
  return Out;
}

} // namespace seams
