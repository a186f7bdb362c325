// The team's constraints on a decomposition, read from seams.toml: pins, groups, weights, shared.
#include "graph/decompose/config.h"

#include "graph/model/error.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>
#include <toml++/toml.h>

namespace seams {
namespace {

constexpr double Unbounded = std::numeric_limits<double>::infinity();

/// A numeric [weights] key that is a signal, not an edge kind: its bound and where it goes.
struct SignalKey {
  std::string_view Name;
  double Max;
  void (*Set)(EdgeWeights &, double);
};

constexpr SignalKey SignalKeys[] = {
    {"idf", 1, [](EdgeWeights &W, double V) { W.Idf = V; }},
    {"lexical", Unbounded, [](EdgeWeights &W, double V) { W.Lexical = V; }},
    {"lexical_neighbours", Unbounded,
     [](EdgeWeights &W, double V) {
       W.LexicalNeighbours = static_cast<unsigned>(std::min(V, 1e3));
     }},
    {"pairing", Unbounded, [](EdgeWeights &W, double V) { W.Pairing = V; }},
    {"cochange", Unbounded, [](EdgeWeights &W, double V) { W.CoChange = V; }},
    {"include_share", 0.99, [](EdgeWeights &W, double V) { W.IncludeShare = V; }},
    {"cluster_type", Unbounded, [](EdgeWeights &W, double V) { W.ClusterType = V; }},
    {"include_similarity", Unbounded, [](EdgeWeights &W, double V) { W.IncludeSimilarity = V; }},
    {"namespace_similarity", Unbounded,
     [](EdgeWeights &W, double V) { W.NamespaceSimilarity = V; }},
    {"include_structure", Unbounded, [](EdgeWeights &W, double V) { W.IncludeStructure = V; }},
};

const SignalKey *signalKey(std::string_view Name) {
  for (const SignalKey &K : SignalKeys)
    if (K.Name == Name)
      return &K;
  return nullptr;
}

class ConfigReader {
public:
  ConfigReader(std::string Source, std::span<const std::string_view> Foreign)
      : Source(std::move(Source)), Foreign(Foreign) {}

  [[noreturn]] void fail(const toml::source_region &At, const std::string &What) const {
    throw Error(Source + ":" + std::to_string(At.begin.line) + ":" +
                std::to_string(At.begin.column) + ": " + What);
  }

  Config read(const toml::table &Root) {
    Config C;
    for (const auto &[Key, Node] : Root) {
      std::string K(Key.str());
      if (K == "services")
        readServices(table(Node, "services"), C);
      else if (K == "together")
        C.Together = readGroups(Node, "together", 1);
      else if (K == "apart")
        C.Apart = readGroups(Node, "apart", 2);
      else if (K == "exclude")
        readExclude(table(Node, "exclude"), C);
      else if (K == "shared")
        readShared(table(Node, "shared"), C);
      else if (K == "weights")
        readWeights(table(Node, "weights"), C);
      else if (std::find(Foreign.begin(), Foreign.end(), K) == Foreign.end())
        fail(Key.source(), "unknown section \"" + K +
                               "\" (expected services, together, apart, exclude, shared, weights)");
    }
    std::sort(C.Services.begin(), C.Services.end(),
              [](const ServicePin &A, const ServicePin &B) { return A.Name < B.Name; });
    return C;
  }

private:
  std::string Source;
  std::span<const std::string_view> Foreign;

  const toml::table &table(const toml::node &N, const std::string &What) const {
    const toml::table *T = N.as_table();
    if (!T)
      fail(N.source(), "\"" + What + "\" must be a table");
    return *T;
  }

  std::vector<std::string> strings(const toml::node &N, const std::string &What) const {
    const toml::array *A = N.as_array();
    if (!A)
      fail(N.source(), "\"" + What + "\" must be an array of strings");
    std::vector<std::string> Out;
    for (const toml::node &E : *A) {
      const auto *S = E.as_string();
      if (!S)
        fail(E.source(), "\"" + What + "\" must contain only strings");
      if (S->get().empty())
        fail(E.source(), "\"" + What + "\" contains an empty string");
      Out.push_back(S->get());
    }
    return Out;
  }

  double number(const toml::node &N, const std::string &What) const {
    if (const auto *I = N.as_integer())
      return static_cast<double>(I->get());
    if (const auto *F = N.as_floating_point())
      return F->get();
    fail(N.source(), "\"" + What + "\" must be a number");
  }

  template <typename Fn>
  void keys(const toml::table &T, const std::string &Where,
            std::initializer_list<const char *> Known, Fn Handle) const {
    for (const auto &[Key, Node] : T) {
      std::string K(Key.str());
      bool Ok = false;
      for (const char *N : Known)
        Ok = Ok || K == N;
      if (!Ok) {
        std::string List;
        for (const char *N : Known)
          List += (List.empty() ? "" : ", ") + std::string(N);
        std::string Message = "unknown key \"" + K + "\" in [";
        Message += Where;
        Message += "] (expected ";
        Message += List;
        Message += ")";
        fail(Key.source(), Message);
      }
      Handle(K, Node);
    }
  }

  static bool validServiceName(std::string_view Name) {
    if (Name.empty())
      return false;
    return std::all_of(Name.begin(), Name.end(), [](char Ch) {
      return std::isalnum(static_cast<unsigned char>(Ch)) || Ch == '-' || Ch == '_' || Ch == '.';
    });
  }

  void readServices(const toml::table &T, Config &C) const {
    for (const auto &[Key, Node] : T) {
      std::string Name(Key.str());
      if (!validServiceName(Name))
        fail(Key.source(),
             "service name \"" + Name + "\" must use only letters, digits, '-', '_' and '.'");
      ServicePin P;
      P.Name = Name;
      std::string Where = "services." + Name;
      keys(table(Node, Where), Where, {"include", "namespaces"},
           [&](const std::string &K, const toml::node &V) {
             if (K == "include") {
               P.Include = strings(V, Where + ".include");
             } else {
               for (std::string Ns : strings(V, Where + ".namespaces")) {
                 while (Ns.starts_with("::"))
                   Ns.erase(0, 2);
                 while (Ns.ends_with("::"))
                   Ns.resize(Ns.size() - 2);
                 if (Ns.empty())
                   fail(V.source(), "\"" + Where + ".namespaces\" contains an empty namespace");
                 P.Namespaces.push_back(Ns);
               }
             }
           });
      if (P.Include.empty() && P.Namespaces.empty())
        fail(Node.source(), "[" + Where + "] pins nothing: give \"include\" or \"namespaces\"");
      C.Services.push_back(std::move(P));
    }
  }

  std::vector<std::vector<std::string>> readGroups(const toml::node &N, const std::string &What,
                                                   std::size_t MinGlobs) const {
    const toml::array *A = N.as_array();
    if (!A || !A->is_array_of_tables())
      fail(N.source(), "\"" + What + "\" must be an array of tables: write [[" + What + "]]");
    std::vector<std::vector<std::string>> Out;
    for (const toml::node &E : *A) {
      std::vector<std::string> Globs;
      bool Seen = false;
      keys(*E.as_table(), What, {"units"}, [&](const std::string &, const toml::node &V) {
        Globs = strings(V, What + ".units");
        Seen = true;
      });
      if (!Seen || Globs.size() < MinGlobs)
        fail(E.source(), "[[" + What + "]] needs \"units\" with at least " +
                             std::to_string(MinGlobs) + " glob" + (MinGlobs > 1 ? "s" : ""));
      Out.push_back(std::move(Globs));
    }
    return Out;
  }

  void readExclude(const toml::table &T, Config &C) const {
    keys(T, "exclude", {"include"}, [&](const std::string &, const toml::node &V) {
      C.Exclude = strings(V, "exclude.include");
    });
  }

  void readShared(const toml::table &T, Config &C) const {
    keys(T, "shared",
         {"include", "threshold", "library_threshold", "min_units", "entry_reach", "service_share",
          "bottom_layer_share"},
         [&](const std::string &K, const toml::node &V) {
           if (K == "include") {
             C.SharedInclude = strings(V, "shared.include");
           } else if (K == "entry_reach") {
             double D = number(V, "shared.entry_reach");
             if (!(D >= 0 && D <= 1))
               fail(V.source(), "\"shared.entry_reach\" must be in [0, 1] (0 turns it off)");
             C.EntryReach = D;
           } else if (K == "service_share" || K == "bottom_layer_share") {
             double D = number(V, "shared." + K);
             if (!(D >= 0 && D < 1))
               fail(V.source(), "\"shared." + K +
                                    "\" must be in [0, 1), a share of the services (0 turns the "
                                    "rule off)");
             (K == "service_share" ? C.SharedServiceShare : C.BottomLayerShare) = D;
           } else if (K == "threshold" || K == "library_threshold") {
             double D = number(V, "shared." + K);
             if (!(D > 0 && D <= 1))
               fail(V.source(), "\"shared." + K + "\" must be in (0, 1], a share of all units");
             (K == "threshold" ? C.SharedThreshold : C.LibraryThreshold) = D;
           } else {
             const auto *I = V.as_integer();
             if (!I || I->get() < 0)
               fail(V.source(), "\"shared.min_units\" must be a non-negative integer");
             C.SharedMinUnits = static_cast<unsigned>(I->get());
           }
         });
  }

  void readWeights(const toml::table &T, Config &C) const {
    for (const auto &[Key, Node] : T) {
      std::string K(Key.str());
      if (K == "damping") {
        const auto *S = Node.as_string();
        std::string V = S ? S->get() : "";
        if (V == "none")
          C.Weights.Damping = CountDamping::None;
        else if (V == "sqrt")
          C.Weights.Damping = CountDamping::Sqrt;
        else if (V == "log")
          C.Weights.Damping = CountDamping::Log;
        else
          fail(Node.source(), "\"weights.damping\" must be \"none\", \"sqrt\" or \"log\"");
        continue;
      }
      if (const SignalKey *Signal = signalKey(K)) {
        Signal->Set(C.Weights, weight(Node, K, Signal->Max));
        continue;
      }
      auto Kind = parseEdgeKind(K);
      if (!Kind) {
        std::string Message = "unknown key \"" + K +
                              "\" in [weights] (expected an edge kind: include, call, override, "
                              "inherit, type, field, read, write, macro, contains; or damping";
        for (const SignalKey &S : SignalKeys)
          Message.append(", ").append(S.Name);
        fail(Key.source(), Message + ")");
      }
      C.Weights[*Kind] = weight(Node, K, Unbounded);
    }
  }

  /// The number under weights.K, which must be finite and within [0, Max].
  double weight(const toml::node &Node, const std::string &K, double Max) const {
    double W = number(Node, "weights." + K);
    if (std::isfinite(W) && W >= 0 && W <= Max)
      return W;
    std::ostringstream Message;
    Message << "\"weights." << K << "\" must be a finite number >= 0";
    if (Max < Unbounded)
      Message << " and <= " << Max;
    fail(Node.source(), Message.str());
  }
};

} // namespace

std::string_view dampingName(CountDamping D) {
  switch (D) {
  case CountDamping::None:
    return "none";
  case CountDamping::Sqrt:
    return "sqrt";
  case CountDamping::Log:
    return "log";
  }
  return "log";
}

EdgeWeights::EdgeWeights() {
  ByKind.fill(0);
  (*this)[EdgeKind::Include] = 0.25;
  (*this)[EdgeKind::Call] = 2;
  (*this)[EdgeKind::Override] = 3;
  (*this)[EdgeKind::Inherit] = 3;
  (*this)[EdgeKind::Type] = 1;
  (*this)[EdgeKind::Field] = 2;
  (*this)[EdgeKind::Read] = 2;
  (*this)[EdgeKind::Write] = 4;
  (*this)[EdgeKind::Macro] = 0.5;
  (*this)[EdgeKind::Contains] = 0;
}

double EdgeWeights::edgeWeight(EdgeKind K, unsigned Count) const {
  if (Count == 0)
    return 0;
  double C = Count;
  switch (Damping) {
  case CountDamping::None:
    break;
  case CountDamping::Sqrt:
    C = std::sqrt(C);
    break;
  case CountDamping::Log:
    C = 1 + std::log(C);
    break;
  }
  return (*this)[K] * C;
}

Config parseConfig(std::string_view Text, const std::string &Source,
                   std::span<const std::string_view> ForeignSections) {
  toml::table Root;
  try {
    Root = toml::parse(Text, Source);
  } catch (const toml::parse_error &E) {
    const auto &B = E.source().begin;
    throw Error(Source + ":" + std::to_string(B.line) + ":" + std::to_string(B.column) + ": " +
                std::string(E.description()));
  }
  return ConfigReader(Source, ForeignSections).read(Root);
}

Config loadConfigFile(const std::string &Path, std::span<const std::string_view> ForeignSections) {
  std::ifstream In(Path, std::ios::binary);
  if (!In)
    throw Error(Path + ": cannot open config file");
  std::ostringstream Text;
  Text << In.rdbuf();
  return parseConfig(Text.str(), Path, ForeignSections);
}

} // namespace seams
