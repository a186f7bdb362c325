// Type shapes from Clang types: what a parameter, return or field type is (builtin, std string,
// container, project record, pointer, callback, ...) for the interface sketches (docs/FACTS.md).
#pragma once

#include "graph/model/type_shape.h"

#include <clang/AST/Decl.h>
#include <clang/AST/Type.h>

namespace seams {

class TuContext;

/// The shape of Q. Project records and enums are named by their entity id (Ctx registers them);
/// library classes other than the std strings and containers are Other. Spellings are as
/// written, qualified as the code spells them, with no paths.
TypeShape shapeOf(clang::QualType Q, TuContext &Ctx, const clang::ASTContext &AST);

/// The parameters (with their names) and the return type of F; constructors and destructors
/// return void.
Signature signatureOf(const clang::FunctionDecl &F, TuContext &Ctx);

} // namespace seams
