// The AST walk: one small visitor that reports each use of a declaration with its edge kind.
#include "analyzer/ast_visitor.h"

#include <clang/AST/RecursiveASTVisitor.h>
#include <llvm/ADT/DenseSet.h>
#include <vector>

namespace seams {
using namespace clang;

namespace {

const Expr *strip(const Expr *E) {
  while (true) {
    const Expr *Next = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *C = dyn_cast<CXXFunctionalCastExpr>(Next);
        C && C->getCastKind() == CK_ConstructorConversion)
      Next = C->getSubExpr();
    if (Next == E)
      return E;
    E = Next;
  }
}

bool isNonConstRef(QualType T) {
  return T->isLValueReferenceType() && !T->getPointeeType().isConstQualified();
}

/// The declaration a type names, after sugar that is not itself an entity.
const Decl *declOfType(QualType T) {
  if (T.isNull())
    return nullptr;
  if (const auto *TST = T->getAs<TemplateSpecializationType>())
    if (TemplateDecl *TD = TST->getTemplateName().getAsTemplateDecl())
      return TD;
  if (const auto *R = T->getAsCXXRecordDecl())
    return R;
  if (const auto *TT = T->getAs<TagType>())
    return TT->getDecl();
  return nullptr;
}

class Visitor : public RecursiveASTVisitor<Visitor> {
  using Base = RecursiveASTVisitor<Visitor>;

public:
  explicit Visitor(TuContext &Ctx) : Ctx(Ctx) {}

  /// Code outside any declaration that is an entity (static_assert, using-directives, the
  /// initializers of locals in a lambda at file scope) belongs to its file.
  void traverseTopLevel(Decl *D) {
    const FileClass *C = D ? Ctx.classify(D->getLocation()) : nullptr;
    if (!C || !C->Owned || C->Rel.empty())
      return;
    Stack.push_back(C->EntityId);
    TraverseDecl(D);
    Stack.pop_back();
  }

  /// An instantiated function body (a member of a class template, a function template, a
  /// generic lambda): what it uses once T is known (CRTP's `static_cast<D *>(this)->impl()`,
  /// `t.size()`) counts for the primary template's entity. Occurrences sit at the pattern's
  /// locations, so two instantiations making the same use are one occurrence.
  void traverseInstantiation(FunctionDecl *FD) {
    const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern();
    const FileClass *C = Pattern ? Ctx.classify(Pattern->getLocation()) : nullptr;
    if (!C || C->Rel.empty() || !FD->doesThisDeclarationHaveABody())
      return;
    std::optional<std::string> From = enclosingEntity(FD);
    if (!From)
      return;
    Stack.push_back(*From);
    Instantiating = true;
    Base::TraverseDecl(FD);
    Instantiating = false;
    Stack.pop_back();
  }

  bool TraverseDecl(Decl *D) {
    if (Instantiating) // declarations inside an instantiated body are locals, not entities
      return Base::TraverseDecl(D);
    if (!D || (!isa<TranslationUnitDecl>(D) && !D->isImplicit() && !Ctx.owns(D->getLocation())))
      return true;
    const auto *N = dyn_cast<NamedDecl>(D);
    std::optional<std::string> Id;
    if (N && entityKindOf(N) && !D->isImplicit())
      Id = Ctx.projectEntityFor(D);
    if (!Id)
      return Base::TraverseDecl(D);
    reportContainment(D, *Id);
    Stack.push_back(*Id);
    bool Result = Base::TraverseDecl(D);
    Stack.pop_back();
    return Result;
  }

  // --- calls -------------------------------------------------------------------------------
  bool VisitCallExpr(CallExpr *E) {
    const Expr *Callee = E->getCallee() ? strip(E->getCallee()) : nullptr;
    Handled.insert(Callee);
    const FunctionDecl *FD = E->getDirectCallee();
    if (!FD)
      return true;
    markArgumentWrites(E, FD);
    if (Instantiating && isValueSemantics(FD))
      return true;
    // Only a result that exists can be discarded: void calls are commands, not ignored answers,
    // and an operator's result (a = b returns a) is not an answer either.
    bool Ignored =
        Discarded.contains(E) && !FD->getReturnType()->isVoidType() && !FD->isOverloadedOperator();
    Ctx.report(E->getExprLoc(), from(), FD, EdgeKind::Call, Ignored);
    reportTableUse(E, FD);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    const CXXConstructorDecl *Ctor = E->getConstructor();
    if (Instantiating && isValueSemantics(Ctor))
      return true;
    if (Ctor->isImplicit()) // a defaulted special member: the class itself is what is used
      Ctx.report(E->getBeginLoc(), from(), Ctor->getParent(), EdgeKind::Type);
    else
      Ctx.report(E->getBeginLoc(), from(), Ctor, EdgeKind::Call);
    return true;
  }

  // Calls Clang keeps out of the syntactic tree: a range-for's begin()/end() and the iterator
  // operations, and the operator a rewritten comparison calls (`a < b` through `operator<=>`).
  bool VisitCXXForRangeStmt(CXXForRangeStmt *S) {
    for (DeclStmt *D : {S->getBeginStmt(), S->getEndStmt()}) // RAV skips their initializers
      if (auto *V = D ? dyn_cast<VarDecl>(D->getSingleDecl()) : nullptr;
          V && !TraverseStmt(V->getInit()))
        return false;
    return TraverseStmt(S->getCond()) && TraverseStmt(S->getInc());
  }
  // A class's own operator new/delete (or a project-wide replacement) is a call; the library's
  // global ones are not worth an edge at every `new`.
  bool VisitCXXNewExpr(CXXNewExpr *E) {
    return reportAllocation(E->getBeginLoc(), E->getOperatorNew());
  }
  bool VisitCXXDeleteExpr(CXXDeleteExpr *E) {
    return reportAllocation(E->getBeginLoc(), E->getOperatorDelete());
  }
  bool VisitCXXRewrittenBinaryOperator(CXXRewrittenBinaryOperator *E) {
    const auto *Inner = dyn_cast<CallExpr>(strip(E->getDecomposedForm().InnerBinOp));
    if (const FunctionDecl *FD = Inner ? Inner->getDirectCallee() : nullptr)
      Ctx.report(E->getOperatorLoc(), from(), FD, EdgeKind::Call);
    return true;
  }

  // --- references to variables, functions, enumerators and fields ---------------------------
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    reportReference(E, E->getDecl(), E->getLocation());
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    reportReference(E, E->getMemberDecl(), E->getMemberLoc());
    return true;
  }

  // --- writes and discarded results, marked before the children are visited -----------------
  bool VisitBinaryOperator(BinaryOperator *E) {
    if (E->isAssignmentOp())
      markWritten(E->getLHS());
    if (E->isCommaOp())
      markDiscarded(E->getLHS());
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *E) {
    if (E->isIncrementDecrementOp() || E->getOpcode() == UO_AddrOf)
      markWritten(E->getSubExpr());
    return true;
  }
  bool VisitCompoundStmt(CompoundStmt *S) {
    for (Stmt *Child : S->body())
      markDiscarded(Child);
    return true;
  }
  bool VisitIfStmt(IfStmt *S) { return markDiscarded(S->getThen()), markDiscarded(S->getElse()); }
  bool VisitForStmt(ForStmt *S) { return markDiscarded(S->getInc()), markDiscarded(S->getBody()); }
  bool VisitWhileStmt(WhileStmt *S) { return markDiscarded(S->getBody()); }
  bool VisitDoStmt(DoStmt *S) { return markDiscarded(S->getBody()); }
  bool VisitSwitchCase(SwitchCase *S) { return markDiscarded(S->getSubStmt()); }
  bool VisitExplicitCastExpr(ExplicitCastExpr *E) {
    if (E->getTypeAsWritten()->isVoidType())
      markDiscarded(E->getSubExpr());
    return true;
  }

  // --- declarations ------------------------------------------------------------------------
  bool VisitCXXMethodDecl(CXXMethodDecl *M) {
    for (const CXXMethodDecl *Overridden : M->overridden_methods())
      Ctx.report(M->getLocation(), from(), Overridden, EdgeKind::Override);
    return true;
  }
  bool VisitCXXRecordDecl(CXXRecordDecl *R) {
    if (!R->isThisDeclarationADefinition())
      return true;
    for (const CXXBaseSpecifier &B : R->bases())
      if (const Decl *D = declOfType(B.getType()))
        Ctx.report(B.getBaseTypeLoc(), from(), D, EdgeKind::Inherit);
    return true;
  }
  // The base-specifier TypeLocs are reported as inherit above, not again as type uses.
  bool TraverseCXXBaseSpecifier(const CXXBaseSpecifier &B) {
    if (const auto *TST = B.getType()->getAs<TemplateSpecializationType>()) {
      for (const TemplateArgument &A : TST->template_arguments())
        if (A.getKind() == TemplateArgument::Type)
          if (const Decl *D = declOfType(A.getAsType()))
            Ctx.report(B.getBaseTypeLoc(), from(), D, EdgeKind::Type);
    }
    return true;
  }

  // `{.zip = 1}` names the field it initializes.
  bool VisitDesignatedInitExpr(DesignatedInitExpr *E) {
    for (const DesignatedInitExpr::Designator &D : E->designators())
      if (D.isFieldDesignator() && D.getField())
        Ctx.report(D.getFieldLoc(), from(), D.getField(), EdgeKind::Field);
    return true;
  }

  // --- structured bindings: the type unpacked, and the field (or get<I>) behind each name ------
  bool VisitDecompositionDecl(DecompositionDecl *D) {
    return reportType(D->getLocation(), declOfType(D->getType().getNonReferenceType()));
  }
  bool VisitBindingDecl(BindingDecl *B) {
    if (VarDecl *Holding = B->getHoldingVar()) // tuple-like: `auto x = get<I>(e)`
      return TraverseStmt(Holding->getInit());
    return TraverseStmt(B->getBinding()); // a struct: `e.field`
  }

  // --- type uses: fields, parameters, returns, locals, casts, template arguments, new -------
  bool VisitTagTypeLoc(TagTypeLoc TL) { return reportType(TL.getNameLoc(), TL.getDecl()); }
  bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
    return reportType(TL.getNameLoc(), TL.getTypedefNameDecl());
  }
  bool VisitDeducedTemplateSpecializationTypeLoc(DeducedTemplateSpecializationTypeLoc TL) {
    return reportType(TL.getTemplateNameLoc(), // `Box b(3);`: class template argument deduction
                      TL.getTypePtr()->getTemplateName().getAsTemplateDecl());
  }
  bool VisitTemplateSpecializationTypeLoc(TemplateSpecializationTypeLoc TL) {
    return reportType(TL.getTemplateNameLoc(),
                      TL.getTypePtr()->getTemplateName().getAsTemplateDecl());
  }

  // A template passed as a template argument (`Store<List>`) is a use of it, like a type.
  bool TraverseTemplateArgumentLoc(const TemplateArgumentLoc &A) {
    if (A.getArgument().getKind() == TemplateArgument::Template)
      reportType(A.getTemplateNameLoc(), A.getArgument().getAsTemplate().getAsTemplateDecl());
    return Base::TraverseTemplateArgumentLoc(A);
  }

private:
  const std::string &from() const { return Stack.back(); }

  /// The entity D stands for or, for a lambda's call operator, the entity the lambda is in.
  std::optional<std::string> enclosingEntity(const Decl *D) {
    const Decl *Outer = D;
    while (Outer) {
      if (!isa<TranslationUnitDecl>(Outer))
        if (std::optional<std::string> Id = Ctx.projectEntityFor(Outer))
          return Id;
      const auto *R = dyn_cast<CXXRecordDecl>(Outer);
      if (const Decl *Context = R && R->isLambda() ? R->getLambdaContextDecl() : nullptr)
        Outer = Context;
      else if (const DeclContext *DC = Outer->getDeclContext(); DC && !DC->isTranslationUnit())
        Outer = cast<Decl>(DC);
      else
        break;
    }
    const FileClass *C = Ctx.classify(D->getLocation());
    return C && !C->Rel.empty() ? std::optional(C->EntityId) : std::nullopt;
  }

  bool reportType(SourceLocation Loc, const Decl *D) {
    if (D)
      Ctx.report(Loc, from(), D, EdgeKind::Type);
    return true;
  }

  /// Copying, moving, destroying, and whatever the compiler declared: what a template does to
  /// any T it holds (`value_ = std::move(v)` in Result<T>), not a use of T's own code, so an
  /// instantiation does not report it (the T's user reports its type).
  static bool isValueSemantics(const FunctionDecl *FD) {
    if (FD->isImplicit() || isa<CXXDestructorDecl>(FD))
      return true;
    if (const auto *C = dyn_cast<CXXConstructorDecl>(FD))
      return C->isCopyOrMoveConstructor();
    const auto *M = dyn_cast<CXXMethodDecl>(FD);
    return M && (M->isCopyAssignmentOperator() || M->isMoveAssignmentOperator());
  }

  bool reportAllocation(SourceLocation Loc, const FunctionDecl *Op) {
    const FileClass *C = Op && !Op->isImplicit() ? Ctx.classify(Op->getLocation()) : nullptr;
    if (C && (isa<CXXMethodDecl>(Op) || !C->Rel.empty()))
      Ctx.report(Loc, from(), Op, EdgeKind::Call);
    return true;
  }

  void reportReference(const Expr *E, const ValueDecl *D, SourceLocation Loc) {
    if (!D)
      return;
    if (isa<FieldDecl>(D)) {
      Ctx.report(Loc, from(), D, EdgeKind::Field);
    } else if (isa<VarDecl>(D)) {
      if (entityKindOf(D) == EntityKind::Variable)
        Ctx.report(Loc, from(), D, Written.contains(E) ? EdgeKind::Write : EdgeKind::Read);
    } else if (isa<EnumConstantDecl>(D)) {
      Ctx.report(Loc, from(), D, EdgeKind::Type);
    } else if (isa<FunctionDecl>(D) && !Handled.contains(E)) {
      Ctx.report(Loc, from(), D,
                 EdgeKind::Call); // a function named without a call: &f, f as callback
    }
  }

  /// `db.insert("orders", ...)` on a configured database wrapper: a use of table "orders".
  void reportTableUse(const CallExpr *E, const FunctionDecl *FD) {
    const auto *M = dyn_cast<CXXMethodDecl>(FD);
    if (!M || E->getNumArgs() == 0 || !isDatabaseWrapper(M->getParent()))
      return;
    unsigned First = isa<CXXOperatorCallExpr>(E) ? 1 : 0;
    if (E->getNumArgs() <= First)
      return;
    const auto *Literal = dyn_cast<StringLiteral>(strip(E->getArg(First)));
    for (const Expr *A = strip(E->getArg(First)); !Literal && A;) {
      const auto *Construct = dyn_cast<CXXConstructExpr>(A);
      A = Construct && Construct->getNumArgs() > 0 ? strip(Construct->getArg(0)) : nullptr;
      Literal = A ? dyn_cast<StringLiteral>(A) : nullptr;
    }
    if (!Literal || !Literal->isOrdinary())
      return;
    Location L = Ctx.locate(E->getExprLoc());
    if (L.File.empty())
      return;
    Ctx.builder().addTableUse({Literal->getString().str(), from(), L, isWriteMethod(M->getName())});
  }

  bool isDatabaseWrapper(const CXXRecordDecl *R) const {
    for (const std::string &W : Ctx.options().DatabaseWrappers)
      if (R->getName() == W || R->getQualifiedNameAsString() == W)
        return true;
    return false;
  }

  /// Wrapper methods that change data, by name: insert, update, upsert, erase, delete, remove,
  /// put, set, write, save, exec(ute). Everything else reads.
  static bool isWriteMethod(llvm::StringRef Name) {
    std::string Lower = Name.lower();
    for (const char *Prefix : {"insert", "update", "upsert", "erase", "delete", "remove", "put",
                               "set", "write", "save", "exec", "replace", "increment", "append"})
      if (llvm::StringRef(Lower).startswith(Prefix))
        return true;
    return false;
  }

  void reportContainment(const Decl *D, const std::string &Id) {
    if (D->getLexicalDeclContext() != D->getDeclContext())
      return; // out-of-line definitions are contained where they are declared
    const auto *Parent = dyn_cast<Decl>(D->getDeclContext());
    std::optional<std::string> ParentId;
    if (Parent && !isa<TranslationUnitDecl>(Parent) && !isa<LinkageSpecDecl>(Parent))
      ParentId = Ctx.entityFor(Parent);
    else
      ParentId = "";
    // At file scope, or inside a library's scope (a specialization of std::hash): the file.
    if (ParentId && (ParentId->empty() || llvm::StringRef(*ParentId).startswith("ext:"))) {
      const FileClass *C = Ctx.classify(D->getLocation());
      ParentId = C && !C->Rel.empty() ? std::optional(C->EntityId) : std::nullopt;
    }
    if (ParentId)
      Ctx.reportTo(D->getLocation(), *ParentId, Id, EdgeKind::Contains);
  }

  void markWritten(const Expr *E) {
    if (!E)
      return;
    E = strip(E);
    Written.insert(E);
    if (const auto *M = dyn_cast<MemberExpr>(E); M && !M->isArrow())
      markWritten(M->getBase());
    else if (const auto *A = dyn_cast<ArraySubscriptExpr>(E);
             A && strip(A->getBase())->getType()->isArrayType())
      markWritten(A->getBase());
  }

  // A write through a call: a non-const method on the object, or a non-const reference argument.
  void markArgumentWrites(const CallExpr *E, const FunctionDecl *FD) {
    unsigned ParamOffset = 0;
    if (const auto *M = dyn_cast<CXXMethodDecl>(FD); M && !M->isStatic()) {
      bool Mutating = !M->isConst();
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E); MC && Mutating)
        markWritten(MC->getImplicitObjectArgument());
      if (isa<CXXOperatorCallExpr>(E)) {
        if (Mutating && E->getNumArgs() > 0)
          markWritten(E->getArg(0));
        ParamOffset = 1;
      }
    }
    for (unsigned I = ParamOffset; I < E->getNumArgs(); ++I) {
      unsigned P = I - ParamOffset;
      if (P < FD->getNumParams() && isNonConstRef(FD->getParamDecl(P)->getType()))
        markWritten(E->getArg(I));
    }
  }

  bool markDiscarded(const Stmt *S) {
    if (const auto *E = dyn_cast_or_null<Expr>(S))
      Discarded.insert(strip(E));
    return true;
  }

  TuContext &Ctx;
  std::vector<std::string> Stack;
  bool Instantiating = false;
  llvm::DenseSet<const Expr *> Written, Handled, Discarded;
};

} // namespace

void collectAstFacts(ASTContext &AST, TuContext &Ctx,
                     llvm::ArrayRef<FunctionDecl *> Instantiations) {
  Visitor V(Ctx);
  for (Decl *D : AST.getTranslationUnitDecl()->decls())
    V.traverseTopLevel(D);
  for (FunctionDecl *FD : Instantiations)
    V.traverseInstantiation(FD);
}

} // namespace seams
