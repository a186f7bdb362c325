// Type shapes: kind spellings and the total order that keeps merged facts deterministic.
#include "graph/model/type_shape.h"

#include <array>
#include <tuple>

namespace seams {
namespace {

constexpr std::array<std::string_view, 12> ShapeKindNames = {
    "builtin", "string",  "sequence",  "map",      "optional", "record",
    "enum",    "pointer", "reference", "function", "template", "other"};

template <typename T> std::strong_ordering compareVectors(const T &A, const T &B) {
  for (std::size_t I = 0; I < A.size() && I < B.size(); ++I)
    if (auto C = A[I] <=> B[I]; C != 0)
      return C;
  return A.size() <=> B.size();
}

} // namespace

std::string_view shapeKindName(ShapeKind K) { return ShapeKindNames[static_cast<std::size_t>(K)]; }

std::optional<ShapeKind> parseShapeKind(std::string_view S) {
  for (std::size_t I = 0; I < ShapeKindNames.size(); ++I)
    if (ShapeKindNames[I] == S)
      return static_cast<ShapeKind>(I);
  return std::nullopt;
}

std::strong_ordering operator<=>(const TypeShape &A, const TypeShape &B) {
  if (auto C = std::tie(A.Kind, A.Cpp, A.Builtin, A.Entity, A.Const) <=>
               std::tie(B.Kind, B.Cpp, B.Builtin, B.Entity, B.Const);
      C != 0)
    return C;
  return compareVectors(A.Of, B.Of);
}

std::strong_ordering operator<=>(const Param &A, const Param &B) {
  if (auto C = A.Name <=> B.Name; C != 0)
    return C;
  return A.Type <=> B.Type;
}

std::strong_ordering operator<=>(const Signature &A, const Signature &B) {
  if (auto C = A.Returns <=> B.Returns; C != 0)
    return C;
  return compareVectors(A.Params, B.Params);
}

} // namespace seams
