// The shape of a C++ type as the analyzer saw it (builtin, string, sequence, map, project record,
// pointer, ...): what interface sketches map to proto without seeing Clang (docs/FACTS.md).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seams {

/// What a type is, for mapping it to a message field. The spelling (shapeKindName) is part of the
/// facts schema.
enum class ShapeKind : std::uint8_t {
  Builtin,   ///< A fundamental type; TypeShape::Builtin names it (int32, double, void, ...).
  String,    ///< std::string, std::string_view (any char traits/allocator).
  Sequence,  ///< vector, list, deque, array, set, multiset, unordered_set, span: Of[0] elements.
  Map,       ///< map, multimap, unordered_map: Of[0] keys, Of[1] values.
  Optional,  ///< std::optional: Of[0].
  Record,    ///< A project class, struct or union (not a template): Entity is its id.
  Enum,      ///< An enumeration; Entity is its id when it is a project enum.
  Pointer,   ///< A raw pointer: Of[0] the pointee; Const when it points to const.
  Reference, ///< An lvalue or rvalue reference: Of[0] the referee; Const when to const.
  Function,  ///< A callback: function pointer or type, std::function, member pointer.
  Template,  ///< Any other template specialization (smart pointers, project templates, ...).
  Other,     ///< Anything else: library classes, dependent types.
};

std::string_view shapeKindName(ShapeKind K);
std::optional<ShapeKind> parseShapeKind(std::string_view S);

struct TypeShape {
  ShapeKind Kind = ShapeKind::Other;
  std::string Cpp;     ///< The C++ spelling, qualified, without paths ("const shop::Order &").
  std::string Builtin; ///< For Builtin: void, bool, char, int8..int64, uint8..uint64, float,
                       ///< double, or "other" (long double, __int128, nullptr_t, ...).
  std::string Entity;        ///< For Record and project Enum: the entity id.
  bool Const = false;        ///< For Pointer and Reference: the pointee or referee is const.
  std::vector<TypeShape> Of; ///< Element, key/value, pointee or referee shapes, as Kind says.
  friend bool operator==(const TypeShape &, const TypeShape &) = default;
  friend std::strong_ordering operator<=>(const TypeShape &A, const TypeShape &B);
};

/// One parameter of a function: its name as declared (empty when unnamed) and its type.
struct Param {
  std::string Name;
  TypeShape Type;
  friend bool operator==(const Param &, const Param &) = default;
  friend std::strong_ordering operator<=>(const Param &A, const Param &B);
};

/// A function's or method's parameters and return type (constructors return void).
struct Signature {
  TypeShape Returns;
  std::vector<Param> Params;
  friend bool operator==(const Signature &, const Signature &) = default;
  friend std::strong_ordering operator<=>(const Signature &A, const Signature &B);
};

} // namespace seams
