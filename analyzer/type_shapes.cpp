// Type shapes from Clang types, for interface sketches: sugar is kept for spellings and
// container arguments, the canonical type decides the kind.
#include "analyzer/type_shapes.h"

#include "analyzer/tu_context.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/DeclTemplate.h>
#include <llvm/ADT/StringSwitch.h>

namespace seams {
using namespace clang;

namespace {

constexpr int MaxDepth = 8;

std::string spell(QualType Q, const ASTContext &AST) {
  PrintingPolicy Policy = AST.getPrintingPolicy();
  Policy.AnonymousTagLocations = false; // "(lambda at /abs/path:3:1)" would leak paths
  Policy.SuppressTagKeyword = true;
  return Q.getAsString(Policy);
}

std::string builtinName(const BuiltinType &B, const ASTContext &AST) {
  if (B.isVoidType())
    return "void";
  if (B.getKind() == BuiltinType::Bool)
    return "bool";
  if (B.getKind() == BuiltinType::Char_S || B.getKind() == BuiltinType::Char_U)
    return "char";
  if (B.isInteger()) {
    uint64_t Bits = AST.getTypeSize(&B);
    if (Bits > 64)
      return "other";
    return (B.isSignedInteger() ? "int" : "uint") + std::to_string(Bits < 8 ? 8 : Bits);
  }
  if (B.getKind() == BuiltinType::Float)
    return "float";
  if (B.getKind() == BuiltinType::Double)
    return "double";
  return "other";
}

/// The std template a specialization comes from, as a shape kind; Template when it is not one
/// seams maps.
ShapeKind stdTemplateKind(const ClassTemplateSpecializationDecl &S) {
  if (!S.isInStdNamespace())
    return ShapeKind::Template;
  return llvm::StringSwitch<ShapeKind>(S.getName())
      .Cases("basic_string", "basic_string_view", ShapeKind::String)
      .Cases("vector", "list", "deque", "forward_list", "array", ShapeKind::Sequence)
      .Cases("set", "multiset", "unordered_set", "unordered_multiset", "span", ShapeKind::Sequence)
      .Cases("map", "multimap", "unordered_map", "unordered_multimap", ShapeKind::Map)
      .Case("optional", ShapeKind::Optional)
      .Cases("function", "move_only_function", ShapeKind::Function)
      .Default(ShapeKind::Template);
}

class Shaper {
public:
  Shaper(TuContext &Ctx, const ASTContext &AST) : Ctx(Ctx), AST(AST) {}

  TypeShape shape(QualType Q, int Depth) {
    TypeShape T;
    T.Cpp = spell(Q, AST);
    if (Q.isNull() || Depth > MaxDepth)
      return T;
    QualType C = Q.getCanonicalType();
    // A reference or pointer to a template parameter is still one (OpenTTD's
    // `template <class T> T SetBit(T &x, uint8 y)` answers through x: no event); what it refers
    // to is known only per instantiation.
    if (C->isDependentType() && !Q->getAs<ReferenceType>() && !C->isPointerType())
      return T; // depends on a template parameter: known only per instantiation
    if (const auto *R = Q->getAs<ReferenceType>()) {
      T.Kind = ShapeKind::Reference;
      QualType To = R->getPointeeType();
      T.Const = To.isConstQualified();
      T.Of.push_back(shape(To, Depth + 1));
      return T;
    }
    if (C->isFunctionPointerType() || C->isFunctionType() || C->isMemberPointerType() ||
        C->isBlockPointerType()) {
      T.Kind = ShapeKind::Function;
      return T;
    }
    if (C->isPointerType()) {
      T.Kind = ShapeKind::Pointer;
      QualType To = Q->getPointeeType();
      T.Const = To.isConstQualified();
      T.Of.push_back(shape(To, Depth + 1));
      return T;
    }
    if (const auto *B = dyn_cast<BuiltinType>(C.getTypePtr())) {
      T.Kind = ShapeKind::Builtin;
      T.Builtin = builtinName(*B, AST);
      return T;
    }
    if (const auto *E = C->getAs<EnumType>()) {
      T.Kind = ShapeKind::Enum;
      T.Entity = projectId(E->getDecl());
      return T;
    }
    const CXXRecordDecl *Rec = C->getAsCXXRecordDecl();
    if (!Rec || Rec->isLambda())
      return T;
    if (const auto *S = dyn_cast<ClassTemplateSpecializationDecl>(Rec)) {
      T.Kind = stdTemplateKind(*S);
      std::size_t Want = T.Kind == ShapeKind::Sequence || T.Kind == ShapeKind::Optional ? 1
                         : T.Kind == ShapeKind::Map                                     ? 2
                                                                                        : 0;
      std::vector<QualType> Args = typeArguments(Q, *S);
      if (Args.size() < Want) {
        T.Kind = ShapeKind::Template;
        return T;
      }
      for (std::size_t I = 0; I < Want; ++I)
        T.Of.push_back(shape(Args[I], Depth + 1));
      return T;
    }
    std::string Id = projectId(Rec);
    if (!Id.empty()) {
      T.Kind = ShapeKind::Record;
      T.Entity = Id;
    }
    return T;
  }

private:
  /// The entity id of a project declaration; empty for library ones.
  std::string projectId(const Decl *D) {
    std::optional<std::string> Id = Ctx.entityFor(D);
    if (!Id || llvm::StringRef(*Id).startswith("ext:"))
      return "";
    return *Id;
  }

  /// The type arguments as written when the sugar shows them (std::vector<Order>), else the
  /// specialization's canonical ones.
  static std::vector<QualType> typeArguments(QualType Q, const ClassTemplateSpecializationDecl &S) {
    std::vector<QualType> Out;
    if (const auto *TST = Q->getAs<TemplateSpecializationType>()) {
      for (const TemplateArgument &A : TST->template_arguments())
        if (A.getKind() == TemplateArgument::Type)
          Out.push_back(A.getAsType());
        else
          break;
      if (!Out.empty())
        return Out;
    }
    for (const TemplateArgument &A : S.getTemplateArgs().asArray())
      if (A.getKind() == TemplateArgument::Type)
        Out.push_back(A.getAsType());
      else
        break;
    return Out;
  }

  TuContext &Ctx;
  const ASTContext &AST;
};

} // namespace

TypeShape shapeOf(QualType Q, TuContext &Ctx, const ASTContext &AST) {
  return Shaper(Ctx, AST).shape(Q, 0);
}

Signature signatureOf(const FunctionDecl &F, TuContext &Ctx) {
  const ASTContext &AST = F.getASTContext();
  Signature S;
  if (isa<CXXConstructorDecl>(F) || isa<CXXDestructorDecl>(F))
    S.Returns = shapeOf(AST.VoidTy, Ctx, AST);
  else
    S.Returns = shapeOf(F.getReturnType(), Ctx, AST);
  for (const ParmVarDecl *P : F.parameters())
    S.Params.push_back({P->getName().str(), shapeOf(P->getType(), Ctx, AST)});
  return S;
}

} // namespace seams
