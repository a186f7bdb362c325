// Per-translation-unit state shared by the AST visitor and the preprocessor callbacks.
#include "analyzer/tu_context.h"

#include "analyzer/type_shapes.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/Index/USRGeneration.h>
#include <clang/Lex/HeaderSearch.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

namespace seams {
using namespace clang;

namespace {

const NamedDecl *fieldInPattern(const FieldDecl *F) {
  const auto *Rec = dyn_cast<CXXRecordDecl>(F->getParent());
  const CXXRecordDecl *Pattern = Rec ? Rec->getTemplateInstantiationPattern() : nullptr;
  if (!Pattern || Pattern == Rec)
    return F;
  for (const FieldDecl *PF : Pattern->fields())
    if (PF->getFieldIndex() == F->getFieldIndex())
      return PF;
  return F;
}

unsigned lineSpan(const SourceManager &SM, SourceRange R) {
  if (R.isInvalid())
    return 0;
  SourceLocation B = SM.getExpansionLoc(R.getBegin()), E = SM.getExpansionLoc(R.getEnd());
  if (SM.getFileID(B) != SM.getFileID(E))
    return 1;
  unsigned L1 = SM.getExpansionLineNumber(B), L2 = SM.getExpansionLineNumber(E);
  return L2 >= L1 ? L2 - L1 + 1 : 1;
}

/// Where an entity lives: a type where it is defined (which forward declaration a TU meets first
/// depends on its include order, and would otherwise split one entity, or one external header,
/// in two); an anonymous namespace in its own file (each file has its own); anything else at
/// its first declaration.
const Decl *anchorOf(const NamedDecl *D) {
  if (const auto *T = dyn_cast<TagDecl>(D))
    if (const TagDecl *Def = T->getDefinition())
      return Def;
  if (const auto *N = dyn_cast<NamespaceDecl>(D); N && N->isAnonymousNamespace())
    return D;
  return D->getCanonicalDecl();
}

/// A member function named Name in R or one of its bases.
bool hasMethod(const CXXRecordDecl *R, llvm::StringRef Name, unsigned Depth = 0) {
  R = R ? R->getDefinition() : nullptr;
  if (!R || Depth > 16)
    return false;
  for (const CXXMethodDecl *M : R->methods())
    if (M->getIdentifier() && M->getName() == Name)
      return true;
  for (const CXXBaseSpecifier &B : R->bases())
    if (hasMethod(B.getType()->getAsCXXRecordDecl(), Name, Depth + 1))
      return true;
  return false;
}

/// The standard's BasicLockable: lock() and unlock(), as std::mutex and any project Mutex have.
bool isBasicLockable(QualType T) {
  const CXXRecordDecl *R = T.getNonReferenceType()->getAsCXXRecordDecl();
  return R && hasMethod(R, "lock") && hasMethod(R, "unlock");
}

} // namespace

std::string fileEntryPath(const FileEntry &FE) {
  llvm::StringRef Real = FE.tryGetRealPathName();
  llvm::SmallString<256> P(Real.empty() ? FE.getName() : Real);
  llvm::sys::fs::make_absolute(P);
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  llvm::sys::path::native(P, llvm::sys::path::Style::posix);
  return std::string(P.str());
}

const NamedDecl *canonicalTarget(const Decl *D) {
  if (!D)
    return nullptr;
  if (const auto *EC = dyn_cast<EnumConstantDecl>(D))
    return canonicalTarget(cast<Decl>(EC->getDeclContext()));
  if (const auto *T = dyn_cast<TemplateDecl>(D))
    return T->getTemplatedDecl() ? canonicalTarget(T->getTemplatedDecl()) : nullptr;
  if (const auto *S = dyn_cast<ClassTemplateSpecializationDecl>(D)) {
    auto *Primary = S->getSpecializedTemplate();
    return Primary ? canonicalTarget(Primary->getTemplatedDecl()) : S;
  }
  if (const auto *E = dyn_cast<EnumDecl>(D))
    if (const EnumDecl *From = E->getInstantiatedFromMemberEnum())
      return canonicalTarget(From);
  if (const auto *R = dyn_cast<CXXRecordDecl>(D)) {
    if (R->isLambda())
      return nullptr;
    if (const CXXRecordDecl *From = R->getInstantiatedFromMemberClass())
      return canonicalTarget(From);
    return R;
  }
  if (const auto *F = dyn_cast<FunctionDecl>(D)) {
    if (const auto *M = dyn_cast<CXXMethodDecl>(F); M && M->getParent()->isLambda())
      return nullptr;
    // A compiler builtin (__builtin_expect) is declared implicitly where it is first used, so
    // it would pass for a project function in that file: it is no one's code.
    if (F->getBuiltinID() != 0 && F->getCanonicalDecl()->isImplicit())
      return nullptr;
    if (const FunctionDecl *P = F->getTemplateInstantiationPattern(); P && P != F)
      return canonicalTarget(P);
    if (const FunctionTemplateDecl *Primary = F->getPrimaryTemplate())
      return Primary->getTemplatedDecl();
    return F;
  }
  if (const auto *VS = dyn_cast<VarTemplateSpecializationDecl>(D))
    return canonicalTarget(VS->getSpecializedTemplate());
  if (const auto *V = dyn_cast<VarDecl>(D)) {
    if (const VarDecl *From = V->getInstantiatedFromStaticDataMember())
      return From;
    return V;
  }
  if (const auto *F = dyn_cast<FieldDecl>(D))
    return fieldInPattern(F);
  return dyn_cast<NamedDecl>(D);
}

std::optional<EntityKind> entityKindOf(const NamedDecl *D) {
  if (isa<NamespaceDecl>(D))
    return EntityKind::Namespace;
  if (const auto *R = dyn_cast<RecordDecl>(D)) {
    if (R->isUnion())
      return EntityKind::Union;
    return R->isStruct() ? EntityKind::Struct : EntityKind::Class;
  }
  if (isa<EnumDecl>(D))
    return EntityKind::Enum;
  if (isa<CXXDeductionGuideDecl>(D))
    return std::nullopt;
  if (isa<CXXMethodDecl>(D))
    return EntityKind::Method;
  if (const auto *F = dyn_cast<FunctionDecl>(D))
    return F->getDeclContext()->isFunctionOrMethod() ? std::nullopt
                                                     : std::optional(EntityKind::Function);
  if (const auto *V = dyn_cast<VarDecl>(D)) {
    if (isa<ParmVarDecl>(V) || !V->hasGlobalStorage() || V->isStaticLocal() ||
        V->getDeclContext()->isFunctionOrMethod())
      return std::nullopt;
    return EntityKind::Variable;
  }
  if (isa<FieldDecl>(D))
    return EntityKind::Field;
  if (isa<TypedefNameDecl>(D))
    return D->getDeclContext()->isFunctionOrMethod() ? std::nullopt
                                                     : std::optional(EntityKind::Alias);
  return std::nullopt;
}

TuContext::TuContext(const ProjectFilter &Filter, ClaimRegistry &Claims,
                     const CollectOptions &Options, SourceManager &SM, HeaderSearch &HS,
                     const std::map<llvm::sys::fs::UniqueID, std::string> *PchFiles)
    : Filter(Filter), Claims(Claims), Options(Options), SM(SM), HS(HS), PchFiles(PchFiles) {}

const FileClass *TuContext::classify(SourceLocation Loc) {
  if (Loc.isInvalid())
    return nullptr;
  return classify(SM.getFileID(SM.getExpansionLoc(Loc)));
}

const FileClass *TuContext::classify(FileID FID) {
  if (FID.isInvalid())
    return nullptr;
  auto It = Files.find(FID);
  if (It != Files.end())
    return It->second;
  const FileEntry *FE = SM.getFileEntryForID(FID);
  const FileClass *C = FE ? classify(*FE, FID == SM.getMainFileID()) : nullptr;
  Files[FID] = C;
  return C;
}

const FileClass *TuContext::classify(const FileEntry &FE, bool IsMain) {
  auto Pch = PchFiles ? PchFiles->find(FE.getUniqueID())
                      : std::map<llvm::sys::fs::UniqueID, std::string>::const_iterator();
  bool InPch = PchFiles && Pch != PchFiles->end();
  // A header the build copied is its original: both paths are one file.
  std::string Path = Filter.original(InPch ? Pch->second : fileEntryPath(FE));
  auto [It, Inserted] = ByPath.try_emplace(Path);
  FileClass &C = It->second;
  if (!Inserted)
    return &C;
  C.Path = Path;
  C.Rel = Filter.projectPath(C.Path);
  if (!C.Rel.empty()) {
    C.EntityId = "file:" + C.Rel;
    C.Owned = !InPch && (Claims.claim(C.Path) || IsMain);
  } else {
    std::string Rel = Filter.relative(C.Path); // excluded project files keep their path
    if (Rel.empty()) {
      const FileEntry *MainFE = SM.getFileEntryForID(SM.getMainFileID());
      Rel = "<" +
            HS.suggestPathToFileForDiagnostics(&FE, MainFE ? MainFE->getDir()->getName()
                                                           : llvm::StringRef()) +
            ">";
    }
    C.EntityId = "ext:" + Rel;
  }
  return &C;
}

Location TuContext::locate(SourceLocation Loc) {
  const FileClass *C = classify(Loc);
  if (!C || C->Rel.empty())
    return {};
  SourceLocation E = SM.getExpansionLoc(Loc);
  return {C->Rel, SM.getExpansionLineNumber(E), SM.getExpansionColumnNumber(E)};
}

std::optional<std::string> TuContext::entityFor(const Decl *D) {
  const NamedDecl *N = canonicalTarget(D);
  if (!N)
    return std::nullopt;
  auto It = Entities.find(N);
  if (It != Entities.end())
    return It->second;
  std::optional<std::string> Id = computeEntity(N);
  Entities[N] = Id;
  return Id;
}

std::optional<std::string> TuContext::computeEntity(const NamedDecl *D) {
  const Decl *Anchor = anchorOf(D);
  const Decl *First = isa<NamespaceDecl>(Anchor) ? Anchor : D->getCanonicalDecl();
  const FileClass *C = classify(Anchor->getLocation());
  if (!C)
    return std::nullopt;
  if (C->Rel.empty())
    return C->EntityId; // report() adds the external entity the use is attributed to
  auto Kind = entityKindOf(D);
  if (!Kind)
    return std::nullopt;
  llvm::SmallString<128> Usr;
  if (index::generateUSRForDecl(D, Usr))
    return std::nullopt;
  std::string Id(Usr.str());
  // Clang calls every anonymous namespace c:@aN, whatever namespace it is in: name it after its
  // parent, as its members are (c:@N@shop@aN@F@row#).
  const auto *Ns = dyn_cast<NamespaceDecl>(D);
  bool Anonymous = Ns && Ns->isAnonymousNamespace();
  if (const auto *Parent = dyn_cast<NamespaceDecl>(D->getDeclContext()); Anonymous && Parent) {
    Usr.clear();
    if (!index::generateUSRForDecl(Parent, Usr))
      Id = Usr.str().str() + "@aN";
  }
  // Clang names internal-linkage symbols by file name only; the path keeps a/util.cpp's
  // static helper apart from b/util.cpp's, and each file's anonymous namespace apart. A program's
  // entry point too: every program of a project defines its own `main` under one USR (Bitcoin
  // Core's bitcoind, bitcoin-cli and bitcoin were one `main` calling all three programs' code).
  const auto *Fn = dyn_cast<FunctionDecl>(D);
  const bool EntryPoint = Fn && (Fn->isMain() || Fn->isMSVCRTEntryPoint());
  if (!D->isExternallyVisible() || Anonymous || EntryPoint)
    Id = C->Rel + "|" + Id;

  Entity E;
  E.Id = Id;
  E.Kind = *Kind;
  PrintingPolicy Policy = D->getASTContext().getPrintingPolicy();
  Policy.AnonymousTagLocations = false; // "(unnamed enum at /abs/path:3:1)" would leak paths
  llvm::raw_string_ostream Name(E.Name);
  D->printQualifiedName(Name, Policy);
  Location DeclLoc = locate(First->getLocation());
  E.File = DeclLoc.File;
  E.Line = DeclLoc.Line;
  const Decl *Def = nullptr;
  if (const auto *T = dyn_cast<TagDecl>(D))
    Def = T->getDefinition();
  else if (const auto *F = dyn_cast<FunctionDecl>(D))
    Def = F->getDefinition();
  else if (const auto *V = dyn_cast<VarDecl>(D))
    Def = V->getDefinition();
  else if (!isa<NamespaceDecl>(D))
    Def = D;
  if (Def && isa<TagDecl>(D)) { // a type is declared where it is defined, not forward-declared
    Location L = locate(Def->getLocation());
    E.File = L.File;
    E.Line = L.Line;
  }
  if (Def) {
    Location L = locate(Def->getLocation());
    E.DefFile = L.File;
    E.DefLine = L.Line;
    E.Lines = lineSpan(SM, Def->getSourceRange());
  }
  if (const auto *F = dyn_cast<FunctionDecl>(D)) // the definition's parameter names, if seen
    E.Sig = signatureOf(F->getDefinition() ? *F->getDefinition() : *F, *this);
  else if (const auto *Field = dyn_cast<FieldDecl>(D))
    E.Type = shapeOf(Field->getType(), *this, D->getASTContext());
  else if (const auto *Var = dyn_cast<VarDecl>(D); Var && E.Kind == EntityKind::Variable)
    E.Lock = isBasicLockable(Var->getType());
  Builder.addEntity(E);
  return Id;
}

void TuContext::report(SourceLocation Loc, const std::string &From, const Decl *Target,
                       EdgeKind Kind, bool Discarded) {
  std::optional<std::string> To = entityFor(Target);
  if (!To)
    return;
  if (llvm::StringRef(*To).startswith("ext:")) {
    // A library typedef (std::ostringstream, declared in <iosfwd>) counts where its class is.
    const Decl *Named = Target;
    if (const auto *Alias = dyn_cast<TypedefNameDecl>(Target))
      if (const TagDecl *Tag = Alias->getUnderlyingType()->getAsTagDecl())
        Named = Tag;
    SourceLocation DeclLoc = anchorOf(canonicalTarget(Named))->getLocation();
    if (const FileClass *C = classify(DeclLoc); C && ExternalHeaders::outside(*C))
      To = externalFor(Loc, *C, DeclLoc);
    if (locate(Loc).File.empty())
      return; // a use outside the project: no edge, so no entity either
    Builder.addEntity({*To, EntityKind::External, To->substr(4), "", 0, "", 0, 0});
  }
  reportTo(Loc, From, *To, Kind, Discarded);
}

std::string TuContext::externalFor(SourceLocation Use, const FileClass &Decl,
                                   SourceLocation DeclLoc) {
  if (const std::string &Id = Externals.attribute(classify(Use), &Decl); !Id.empty())
    return Id;
  // No project file reaches the header through its includes: the header this TU's include
  // stack entered it through, below the first project file on that stack.
  FileID F = SM.getFileID(SM.getExpansionLoc(DeclLoc));
  for (SourceLocation Up = SM.getIncludeLoc(F); Up.isValid(); Up = SM.getIncludeLoc(F)) {
    FileID Parent = SM.getFileID(SM.getExpansionLoc(Up));
    if (const FileClass *P = classify(Parent); P && !P->Rel.empty())
      break;
    F = Parent;
  }
  const FileClass *C = classify(F);
  return C && ExternalHeaders::outside(*C) ? C->EntityId : Decl.EntityId;
}

void TuContext::reportTo(SourceLocation Loc, const std::string &From, const std::string &To,
                         EdgeKind Kind, bool Discarded) {
  if (From == To)
    return;
  Location L = locate(Loc);
  if (L.File.empty())
    return;
  Builder.addOccurrence(From, To, Kind, {L, Discarded});
}

} // namespace seams
