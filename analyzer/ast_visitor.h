// The AST walk: one small visitor that reports each use of a declaration with its edge kind.
#pragma once

#include "analyzer/tu_context.h"

#include <clang/AST/ASTContext.h>

namespace seams {

/// Walks the top-level declarations of the files this TU owns and reports entities and edges
/// into Ctx. Uses inside lambdas and local classes count for the enclosing entity.
/// Instantiations: the function template instantiations this TU made (in any order); those of
/// templates in project files are walked too, whoever owns the file, so that calls depending
/// on a template parameter are found whichever TU claimed the header.
void collectAstFacts(clang::ASTContext &AST, TuContext &Ctx,
                     llvm::ArrayRef<clang::FunctionDecl *> Instantiations = {});

} // namespace seams
