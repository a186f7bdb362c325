// The entity-level coupling between proposed services, indexed once and shared by the hotspot
// finders and the service contracts (internal to graph/).
#pragma once

#include "graph/decompose/config.h"
#include "graph/decompose/decomposition.h"
#include "graph/hotspots/contracts.h"
#include "graph/hotspots/hotspots.h"
#include "graph/model/facts.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace seams {

/// A symbol edge (not include, not contains) whose two ends live in two different proposed
/// services. Shared-library units, excluded code and externals are never a service.
struct CrossEdge {
  std::uint32_t Edge = 0; ///< Index into Facts::Edges.
  std::uint32_t From = 0; ///< Entity indices.
  std::uint32_t To = 0;
  std::uint32_t FromService = 0;
  std::uint32_t ToService = 0;
  double Weight = 0; ///< EdgeWeights::edgeWeight(kind, count).
  /// False for a call whose every site discards the result (it could be an event), unless the
  /// callee answers through its arguments; true for every other edge: a used result, a type, a
  /// field, a read or write.
  bool Sync = true;
};

/// A function with a parameter through which it can answer or act on the caller's memory: a
/// reference or pointer to non-const (not an rvalue reference, a sink). A call to it that
/// discards the result is no event (aria2's util::split fills its output argument, a
/// registration takes the caller's Command*): nothing it passes fits in a message.
bool answersThroughArguments(const Entity &Callee);

/// Indices over the facts and the decomposition that every hotspot kind needs.
class CouplingModel {
public:
  static constexpr std::uint32_t NoEntity = UINT32_MAX;

  /// Throws seams::Error when D has no entity map and one cannot be rebuilt (class units read
  /// back from JSON).
  CouplingModel(const Facts &F, const Decomposition &D, const EdgeWeights &W);

  const Facts &F;
  const Decomposition &D;
  const EdgeWeights &W;

  std::vector<std::uint32_t> EntityUnit;    ///< Per entity: unit or UnitSet::NoUnit.
  std::vector<std::uint32_t> EntityService; ///< Per entity: service, SharedService or NoService.
  std::vector<std::uint32_t> EdgeFrom;      ///< Per edge: entity index or NoEntity.
  std::vector<std::uint32_t> EdgeTo;
  /// Per entity: the class, struct or union declaring it (a `contains` edge), or NoEntity.
  std::vector<std::uint32_t> ClassOf;
  /// Per entity: the members of a class (its methods and fields), ascending.
  std::vector<std::vector<std::uint32_t>> Members;
  std::vector<CrossEdge> Cross; ///< In Facts::Edges order.

  std::uint32_t index(std::string_view Id) const;
  bool isService(std::uint32_t S) const { return S < D.Services.size(); }
  /// The name of service S; "shared" for SharedService and "" for NoService (or any index that
  /// is not a service), so that a class of the shared library or of an excluded unit reached
  /// through a member can never index past Decomposition::Services.
  const std::string &serviceName(std::uint32_t S) const;
  /// The service of unit U: an index, SharedService, or NoService (also for an unknown unit).
  std::uint32_t serviceOfUnit(std::uint32_t U) const {
    return U < D.ServiceOfUnit.size() ? D.ServiceOfUnit[U] : Decomposition::NoService;
  }
  const Entity &entity(std::uint32_t I) const { return F.Entities[I]; }
  const std::string &name(std::uint32_t I) const { return F.Entities[I].Name; }
  /// A class whose members are all fields (no methods) and that is at most MaxLines long.
  bool isValueType(std::uint32_t I, unsigned MaxLines) const;
  /// The symbol-level description of one cross edge, with service names and sample locations.
  HotspotEdge describe(const CrossEdge &C) const { return describe(C.Edge, C.Weight); }
  /// The same for any edge of the facts; a shared-library end's service is "shared".
  HotspotEdge describe(std::uint32_t EdgeIndex, double Weight) const;
  /// The service name of an entity: a service, "shared", or "" (excluded, external).
  std::string serviceOf(std::uint32_t Entity) const;

private:
  std::unordered_map<std::string_view, std::uint32_t> IndexOfId;
};

/// The owner of each variable that code of two or more services reads or writes, by entity
/// index: the service whose code writes it most (for a lock, every use counts: each takes it);
/// on a tie the declaring service, then the lowest index. A variable no service writes is left
/// out: read-only sharing, a constant to copy. The shared-state hotspots and the plan both name
/// this owner: on OpenTTD the hotspot gave `_settings_game` to the service writing it most and
/// the plan to the one declaring it, and told a reader to put the accessor in two places.
std::map<std::uint32_t, std::uint32_t> stateOwners(const CouplingModel &M);

/// True for the edge kinds that are a dependency on a symbol: everything but include and
/// contains (an include follows from the symbols used; contains is structure).
bool isSymbolEdge(EdgeKind K);

/// Sorts edges heaviest first, then by (from, to, kind), and keeps at most Max (0 keeps all).
void sortHotspotEdges(std::vector<HotspotEdge> &Edges, std::size_t Max = 0);

/// The first sample location of the heaviest edge that has one, or an empty location.
Location firstSite(const std::vector<HotspotEdge> &Edges);

/// "a, b, c and 4 more": at most Max names, and no more than fit in about MaxChars (but always
/// the first), in the order given.
std::string listNames(const std::vector<std::string> &Names, std::size_t Max = 3,
                      std::size_t MaxChars = 100);

/// "WHAT -> DO" in at most MaxHotspotMessage characters: when too long, each side is cut (on a
/// UTF-8 boundary, ending "...") so that what to do always shows: WHAT keeps at least a third.
std::string decisionMessage(std::string_view What, std::string_view Do);

/// The contract of every service (index = service index), from the cross-service edges.
std::vector<ServiceContract> contractsOf(const CouplingModel &M);

// The hotspot finders, one per kind; each appends its hotspots (unsorted).
void findCrossService(const CouplingModel &M, const HotspotOptions &O, std::vector<Hotspot> &Out);
void findSharedState(const CouplingModel &M, const HotspotOptions &O, std::vector<Hotspot> &Out);
void findCycles(const CouplingModel &M, const HotspotOptions &O, std::vector<Hotspot> &Out);
void findMisplaced(const CouplingModel &M, const HotspotOptions &O, std::vector<Hotspot> &Out);
void findHubs(const CouplingModel &M, const HotspotOptions &O, std::vector<Hotspot> &Out);
void findSharedData(const CouplingModel &M, const HotspotOptions &O, std::vector<Hotspot> &Out);
/// change-coupling, from the history's unit pairs (Decomposition::UnitCoChange); none without.
void findChangeCoupling(const Decomposition &D, const HotspotOptions &O, std::vector<Hotspot> &Out);

} // namespace seams
