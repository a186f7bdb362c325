// Clustering signals beyond the dependency arcs: how informative an entity is (IDF damping),
// similarity of units' identifiers, include neighbourhoods and namespaces, and
// header/implementation pairing by symbols.
#pragma once

#include "graph/decompose/cluster.h"
#include "graph/decompose/units.h"
#include "graph/model/facts.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace seams {

/// How much a dependency on each entity says about where its user belongs, in (0, 1], parallel
/// to F.Entities: ln((N + 1) / (df + 1)) / ln(N + 1), N the number of units and df the number of
/// other units with an edge to the entity. An entity every unit uses says almost nothing (a
/// geometry value class used by 200 files); one only its neighbour uses says everything. 1 for
/// entities nobody else uses and for entities outside the units.
std::vector<double> entityInformativeness(const Facts &F, const UnitSet &U);

/// The identifier terms of a name: split on "::", '_', digits and case changes (`HTTPServer2`
/// -> http, server; `write_batch` -> write, batch), lower-cased, terms of one letter dropped.
std::vector<std::string> identifierTerms(std::string_view Name);

/// Lexical similarity between units: each unit is the bag of identifier terms of the entities
/// whose code lives in it (never file or directory names), weighted by TF-IDF (1 + ln tf) ×
/// ln(N / df); each unit keeps the units more similar to it than its (Neighbours + 1)-th most
/// similar, at most Neighbours: units tied across that place are all left out, so names never
/// break a tie. One undirected edge per
/// kept pair (From < To), weight the cosine, sorted. Terms used by more than MaxPosting units are
/// skipped: they weigh little and would make the comparison quadratic.
std::vector<WeightedEdge> lexicalEdges(const Facts &F, const UnitSet &U, unsigned Neighbours,
                                       std::size_t MaxPosting = 1000);

/// Include-neighbourhood similarity: each unit is the set of units it includes and the set that
/// include it, weighted by TF-IDF as lexicalEdges (features of more than half the units
/// skipped); each unit keeps its Neighbours most cosine-similar units (ties as lexicalEdges).
/// Units written side by side
/// include the same headers and are included together, whatever their directories are called.
std::vector<WeightedEdge> includeNeighbourEdges(const Facts &F, const UnitSet &U,
                                                unsigned Neighbours);

/// The qualified names of every namespace in F (entities of kind Namespace): what
/// enclosingNamespaces reads as namespaces.
std::unordered_set<std::string> namespaceNames(const Facts &F);

/// The namespaces enclosing a qualified name, outermost first: for `a::b::C<x::Y>::f` whose
/// prefixes `a` and `a::b` are in Namespaces, {"a", "a::b"}. Stops at the first prefix that is
/// not a namespace (a class, a template, an operator), so nested classes and template arguments
/// add nothing, and at an anonymous namespace (each file's own, spelled alike in every file).
std::vector<std::string> enclosingNamespaces(std::string_view Name,
                                             const std::unordered_set<std::string> &Namespaces);

/// Namespace similarity: each unit is the bag of namespaces (every enclosing level, so
/// `oatpp::web::server` also counts `oatpp::web` and `oatpp`) of the entities whose code lives in
/// it, weighted by TF-IDF as lexicalEdges; namespaces of more than half the units (a project's
/// own top-level namespace) are skipped, so code in the global namespace or in one project-wide
/// namespace gets no edge. Each unit keeps its Neighbours most cosine-similar units. All the
/// units of one namespace are equally similar, so among tied units a unit keeps those it is
/// closest to by Closeness (undirected unit pairs, weights summed: the dependency weight between
/// them); units tied on both are left out (as lexicalEdges), so a large namespace still links
/// the units that work together and names never decide. Namespaces are identifiers the
/// developers chose for their modules; they are in the code, not in the file names. Units
/// marked in Left (per unit, or empty) are left out before the neighbours are chosen: no edge
/// ends at them, and the others choose among the rest (they still count in every df, so the
/// stop words stay the whole project's).
std::vector<WeightedEdge> namespaceEdges(const Facts &F, const UnitSet &U, unsigned Neighbours,
                                         std::span<const WeightedEdge> Closeness = {},
                                         const std::vector<bool> &Left = {});

/// Header/implementation pairs across units: per pair of units, the number of entities declared
/// in one (Entity::File) and defined in the other (Entity::DefFile), as (From < To) edges sorted,
/// weight the count. Pairs `include/x/foo.h` with `src/foo.cpp` by what they declare and define,
/// whatever the directories are called.
std::vector<WeightedEdge> pairingEdges(const Facts &F, const UnitSet &U);

} // namespace seams
