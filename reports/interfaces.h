// Interface sketches: one proto3 file and one SERVICE.md per planned service, from its API, the
// calls that can become events and the parameter and return types in the facts (docs/PLAN.md).
#pragma once

#include "graph/decompose/decomposition.h"
#include "graph/hotspots/hotspots.h"
#include "graph/model/facts.h"
#include "graph/plan/plan.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace seams {

struct ProtoField {
  std::string Label; ///< "", "repeated" or "optional".
  std::string Type;  ///< A scalar, a message name, or "map<K, V>".
  std::string Name;  ///< A valid, unique (also as a JSON name) field name.
  unsigned Number = 0;
  std::string Comment; ///< One line; for a placeholder: the C++ type and why it cannot map.
};

struct ProtoMessage {
  std::string Name;
  std::string Comment;
  std::vector<ProtoField> Fields;
};

struct ProtoRpc {
  std::string Name;
  std::string Request;
  std::string Response;
  std::string Comment;
  const PlanRpc *Function = nullptr; ///< What it stands for (points into the Plan).
  /// The proto service it is in: the sketch's ProtoService, or, in a service of more than
  /// MaxRpcsInOneService rpcs, its class's ("BlockManagerService").
  std::string Group;
};

/// A proto service of more rpcs than this is split into one per class (methods) plus the
/// service's own (free functions): Bitcoin Core's validation had about 420 in one list.
constexpr std::size_t MaxRpcsInOneService = 24;

/// The sketch of one service: valid proto3 identifiers throughout, deterministic.
struct ServiceSketch {
  std::string Service;   ///< The service's name.
  std::string Directory; ///< Its folder under the output directory (a safe file name).
  std::string FileName;  ///< "<service>.proto".
  std::string Package;
  std::string ProtoService;
  std::vector<ProtoRpc> Rpcs;
  std::vector<ProtoMessage> Messages; ///< Requests, responses, events, then records.
  unsigned Placeholders = 0;          ///< Fields whose C++ type has no proto form.
  const PlanStep *Step = nullptr;     ///< The step extracting it (points into the Plan).
  std::size_t Steps = 0;              ///< Steps in the plan.
  const ServiceContract *Contract = nullptr;
  std::vector<const PlanEvent *> Consumes;  ///< Events whose function it owns.
  std::vector<const PlanEvent *> Publishes; ///< Events it raises for other services.
  std::vector<std::string> NotRpcs;         ///< API functions left out: "name: reason".
};

/// The sketch of every step of P (in plan order). F, D and A are what P was computed from; the
/// result points into P and A, which must outlive it.
std::vector<ServiceSketch> sketchInterfaces(const Facts &F, const Decomposition &D,
                                            const Assessment &A, const Plan &P);

/// The proto3 file of one service.
void writeProto(const ServiceSketch &S, std::ostream &Out);

/// SERVICE.md: API table, events consumed and published, owned data, dependencies, plan step.
void writeServiceMarkdown(const ServiceSketch &S, std::ostream &Out);

/// Writes DIR/<service>/<service>.proto and DIR/<service>/SERVICE.md for every sketch, each
/// replaced atomically; returns the paths written, relative to Dir. Throws seams::Error when a
/// file cannot be written.
std::vector<std::string> writeInterfaces(const std::vector<ServiceSketch> &Sketches,
                                         const std::string &Dir);

} // namespace seams
