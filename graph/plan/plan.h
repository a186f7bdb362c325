// The extraction plan: a strangler-fig order of the proposed services, cheapest and safest first,
// and for each step what must change before the service can run apart (docs/PLAN.md).
#pragma once

#include "graph/decompose/decomposition.h"
#include "graph/hotspots/hotspots.h"
#include "graph/model/facts.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace seams {

/// A global or static variable that crosses a boundary: it needs one owner and an accessor.
struct PlanGlobal {
  std::string Name; ///< Qualified name.
  /// The service to own it: the one whose code writes it most (stateOwners, as the shared-state
  /// hotspot says), else the one declaring it.
  std::string Owner;
  std::string DeclaredIn;         ///< The declaring service when it is not the owner, else empty.
  std::vector<std::string> Users; ///< Other services that read or write it, sorted.
  bool Written = false;           ///< Some other service writes it (not only reads).
  /// Something writes it somewhere; a global nobody writes (a constant) is listed but is not
  /// shared mutable state: copying it is enough.
  bool Mutable = false;
  /// A mutex (facts `lock`): sharing it is sharing what it guards, which needs one owner.
  bool Lock = false;
  unsigned UseSites = 0;
  std::vector<Location> At; ///< Sorted samples.
};

/// "owner b", or "owner b, declared in a" when the variable moves to its owner.
std::string ownerPhrase(const PlanGlobal &G);

/// A database table the service shares with others: split it or expose it through an API.
struct PlanTable {
  std::string Table;
  std::vector<std::string> Services; ///< Every service touching it, sorted.
  bool Write = false;                ///< The step's service writes it.
  unsigned UseSites = 0;             ///< The step's service's uses.
  std::vector<Location> At;
};

/// A fire-and-forget call group: every call to one function across a boundary discards the
/// result, so the call can become an event on a topic.
struct PlanEvent {
  std::string Function;                ///< Qualified name of the called function.
  std::string FunctionId;              ///< Its entity id (the first overload), for the sketch.
  std::string Consumer;                ///< The service that owns the function.
  std::vector<std::string> Publishers; ///< The calling services, sorted.
  std::string Topic;                   ///< "<consumer>.<function>", lower snake case.
  unsigned UseSites = 0;
  std::vector<Location> At;
};

/// An API function another service calls with its result used: an rpc of the service.
struct PlanRpc {
  std::string Function;             ///< Qualified name.
  std::string FunctionId;           ///< Entity id (one per overload).
  std::vector<std::string> Callers; ///< Calling services, sorted.
  unsigned UseSites = 0;
};

struct PlanBlast {
  unsigned Units = 0;
  unsigned Services = 0;
};

/// One extraction: one service, the reason for its place, and what must change first.
struct PlanStep {
  unsigned Number = 0; ///< 1-based.
  std::string Service;
  std::string Rationale; ///< One line: why this service comes here.
  bool InCycle = false;
  std::vector<std::string> CycleWith; ///< Other services of its cycle, sorted.
  unsigned InboundSync = 0;           ///< Use sites in other services that need an answer.
  unsigned InboundEvent = 0;          ///< Inbound call sites that discard the result.
  unsigned SharedState = 0;           ///< Mutable globals and tables it shares with other services.
  // What to change (edges heaviest first, then by names).
  std::vector<HotspotEdge> Route;    ///< Inbound synchronous uses: route through its API.
  std::vector<HotspotEdge> Outbound; ///< Its synchronous uses of other services: call their APIs.
  std::vector<PlanGlobal> Globals;
  std::vector<PlanTable> Tables;
  std::vector<HotspotEdge> CycleEdges; ///< Edges of the arcs to cut that touch the service.
  std::vector<PlanEvent> Events;       ///< Calls to turn into events, consumed or published.
  // Effort: use sites to change and distinct files among their sample locations.
  unsigned UseSites = 0;
  unsigned Files = 0;
  double Effort = 1;         ///< hotspotEffort(UseSites, Files).
  PlanBlast BlastBefore;     ///< Today: the whole binary goes down with any part of it.
  PlanBlast BlastAfter;      ///< Once apart: the service and its synchronous dependents.
  std::vector<PlanRpc> Rpcs; ///< Its API functions called synchronously, for the sketch.
};

/// A service the plan does not extract, and why (the composition root stays the monolith's
/// remainder until last).
struct PlanSkip {
  std::string Service;
  std::string Reason;
};

struct Plan {
  std::vector<PlanStep> Steps;
  std::vector<PlanSkip> Skipped;
};

/// Per service of D: true when no other service uses it, it uses none (the shared library
/// aside) and it shares no table (A.Contracts), with at least two services. Such a service is
/// apart already, and on real code often code the build no longer reaches: the plan lists it as
/// unconnected instead of a step, and the analyze summary marks it.
std::vector<bool> unconnectedServices(const Decomposition &D, const Assessment &A);

/// The plan for D and its assessment A over the facts F (the same F decompose() and
/// computeHotspots() saw). Order: services not in a cycle first, then without shared state, then
/// fewest synchronous inbound use sites, then the largest event-able share, then least effort,
/// then by name. Deterministic.
Plan computePlan(const Facts &F, const Decomposition &D, const Assessment &A, const EdgeWeights &W);

/// The step that extracts Service, or null.
const PlanStep *stepOf(const Plan &P, const std::string &Service);

/// What the blast radius says when extraction alone does not shrink it: "" unless every service
/// of today still goes down with this one after it is apart (all of them depend on it
/// synchronously, directly or through the others: Bitcoin Core's nine services, one cycle).
/// Then one clause to append, saying why, so that "9 services today -> 9 after" is not read as
/// a figure that failed to compute.
std::string blastRemark(const PlanStep &S);

/// The step's globals some code writes (Mutable: shared state to give an owner), or those
/// nobody writes (constants to copy), in Globals' order: listed apart, so that a list of
/// constants is not headed as state needing an accessor (aria2: 61 of them under that heading
/// in a step that has no shared state).
std::vector<PlanGlobal> globalsOf(const PlanStep &S, bool Mutable);

/// decomposition.json with the assessment and the plan: the hotspots stage's sections and a
/// "plan" member at the end (docs/DECOMPOSITION.md).
void writeDecompositionJson(const Decomposition &D, const Assessment &A, const Plan &P,
                            std::ostream &Out);

/// The plan as JSON (the value of "plan").
void writePlanJson(const Plan &P, std::ostream &Out);

/// The unqualified name of a qualified one ("a::B<c::D>::f" -> "f"): the part after the last
/// "::" outside template arguments and parentheses; an operator whole ("a::P::operator->").
std::string lastComponent(const std::string &Name);

/// "lower_snake" of an identifier ("sendReceipt" -> "send_receipt"): topic and file names.
std::string snakeCase(std::string_view Name);

} // namespace seams
