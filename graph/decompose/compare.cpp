// Comparing two decompositions of the same files: MoJo/MoJoFM and c2c coverage, and readers for
// reference assignments (decomposition.json, expected.json, file,service CSV).
#include "graph/decompose/compare.h"

#include "graph/model/error.h"

#include <algorithm>
#include <fstream>
#include <istream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

namespace seams {
namespace {

/// The two partitions restricted to their common objects, as cluster indices and overlaps.
struct Overlap {
  std::size_t Objects = 0;
  std::vector<std::size_t> SizeA, SizeB;
  std::vector<std::map<std::size_t, std::size_t>> AB; ///< AB[i][j] = |A_i ∩ B_j|
};

Overlap overlap(const Assignment &A, const Assignment &B) {
  Overlap O;
  std::map<std::string, std::size_t> IndexA, IndexB;
  for (const auto &[Object, ClusterA] : A) {
    auto It = B.find(Object);
    if (It == B.end())
      continue;
    auto [IA, NewA] = IndexA.emplace(ClusterA, IndexA.size());
    auto [IB, NewB] = IndexB.emplace(It->second, IndexB.size());
    if (NewA) {
      O.SizeA.push_back(0);
      O.AB.emplace_back();
    }
    if (NewB)
      O.SizeB.push_back(0);
    ++O.SizeA[IA->second];
    ++O.SizeB[IB->second];
    ++O.AB[IA->second][IB->second];
    ++O.Objects;
  }
  return O;
}

/// Kuhn's augmenting paths: the size of a maximum matching of A clusters to groups.
class Matcher {
public:
  Matcher(const std::vector<std::vector<std::size_t>> &Adj, std::size_t Groups)
      : Adj(Adj), MatchOfGroup(Groups, SIZE_MAX), Seen(Groups, 0) {}

  std::size_t run() {
    std::size_t Size = 0;
    for (std::size_t I = 0; I < Adj.size(); ++I) {
      ++Stamp;
      Size += augment(I);
    }
    return Size;
  }

private:
  const std::vector<std::vector<std::size_t>> &Adj;
  std::vector<std::size_t> MatchOfGroup;
  std::vector<std::size_t> Seen;
  std::size_t Stamp = 0;

  bool augment(std::size_t I) {
    for (std::size_t G : Adj[I]) {
      if (Seen[G] == Stamp)
        continue;
      Seen[G] = Stamp;
      if (MatchOfGroup[G] == SIZE_MAX || augment(MatchOfGroup[G])) {
        MatchOfGroup[G] = I;
        return true;
      }
    }
    return false;
  }
};

std::size_t mno(const Overlap &O) {
  std::size_t Moves = 0;
  std::vector<std::vector<std::size_t>> Adj(O.AB.size());
  for (std::size_t I = 0; I < O.AB.size(); ++I) {
    std::size_t Max = 0;
    for (const auto &[J, N] : O.AB[I])
      Max = std::max(Max, N);
    for (const auto &[J, N] : O.AB[I])
      if (N == Max)
        Adj[I].push_back(J);
    Moves += O.SizeA[I] - Max;
  }
  std::size_t Groups = Matcher(Adj, O.SizeB.size()).run();
  return Moves + O.SizeA.size() - Groups;
}

std::string trim(const std::string &S) {
  std::size_t B = S.find_first_not_of(" \t\r"), E = S.find_last_not_of(" \t\r");
  return B == std::string::npos ? std::string() : S.substr(B, E - B + 1);
}

[[noreturn]] void fail(const std::string &Source, const std::string &What) {
  throw Error(Source + ": " + What);
}

void addFiles(Assignment &Out, const nlohmann::json &Files, const std::string &Cluster,
              const std::string &Source, const std::string &Where) {
  if (!Files.is_array())
    fail(Source, Where + " must be an array of file paths");
  for (const auto &F : Files) {
    if (!F.is_string())
      fail(Source, Where + " must contain only strings");
    auto [It, New] = Out.emplace(F.get<std::string>(), Cluster);
    if (!New && It->second != Cluster)
      fail(Source,
           "file \"" + It->first + "\" is in both \"" + It->second + "\" and \"" + Cluster + "\"");
  }
}

Assignment readJsonAssignment(std::istream &In, const std::string &Source) {
  nlohmann::json Doc;
  try {
    Doc = nlohmann::json::parse(In);
  } catch (const nlohmann::json::parse_error &E) {
    fail(Source, std::string("not valid JSON: ") + E.what());
  }
  if (!Doc.is_object())
    fail(Source, "must be a JSON object");
  Assignment Out;
  if (Doc.contains("schema")) { // a decomposition.json
    const auto &Services = Doc.value("services", nlohmann::json::array());
    if (!Services.is_array())
      fail(Source, "\"services\" must be an array");
    for (std::size_t I = 0; I < Services.size(); ++I) {
      const auto &S = Services[I];
      if (!S.is_object() || !S.contains("name") || !S["name"].is_string())
        fail(Source, "services[" + std::to_string(I) + "] needs a \"name\"");
      addFiles(Out, S.value("files", nlohmann::json::array()), S["name"].get<std::string>(), Source,
               "services[" + std::to_string(I) + "].files");
    }
    if (Doc.contains("shared") && Doc["shared"].is_object())
      addFiles(Out, Doc["shared"].value("files", nlohmann::json::array()), SharedCluster, Source,
               "shared.files");
    return Out;
  }
  const char *Key = Doc.contains("services") ? "services" : "modules";
  if (!Doc.contains(Key) || !Doc[Key].is_object())
    fail(Source, "expected \"services\" (or \"modules\"): an object of service -> files");
  for (const auto &[Name, Files] : Doc[Key].items())
    addFiles(Out, Files, Name, Source, std::string(Key) + "." + Name);
  if (Doc.contains("shared"))
    addFiles(Out, Doc["shared"], SharedCluster, Source, "shared");
  return Out;
}

} // namespace

std::size_t mojoMoves(const Assignment &A, const Assignment &B) { return mno(overlap(A, B)); }

std::size_t mojoDistance(const Assignment &A, const Assignment &B) {
  return std::min(mojoMoves(A, B), mojoMoves(B, A));
}

double mojoFm(const Assignment &A, const Assignment &B) {
  Overlap O = overlap(A, B);
  std::vector<std::size_t> Sizes = O.SizeB;
  std::sort(Sizes.begin(), Sizes.end());
  std::size_t Groups = 0;
  for (std::size_t S : Sizes)
    if (Groups < S)
      ++Groups;
  std::size_t Max = O.Objects - Groups;
  if (Max == 0)
    return 100.0;
  return (1.0 - static_cast<double>(mno(O)) / static_cast<double>(Max)) * 100.0;
}

double c2cCoverage(const Assignment &A, const Assignment &B, double Threshold) {
  Overlap O = overlap(A, B);
  if (O.SizeB.empty())
    return 100.0;
  std::vector<bool> Covered(O.SizeB.size(), false);
  for (std::size_t I = 0; I < O.AB.size(); ++I)
    for (const auto &[J, N] : O.AB[I])
      if (static_cast<double>(N) / static_cast<double>(std::max(O.SizeA[I], O.SizeB[J])) >=
          Threshold)
        Covered[J] = true;
  return 100.0 * static_cast<double>(std::count(Covered.begin(), Covered.end(), true)) /
         static_cast<double>(O.SizeB.size());
}

namespace {

/// The error for line No of a CSV that is not "file,service".
Error csvFormatError(const std::string &Source, unsigned No, const std::string &Line) {
  return Error(Source + ":" + std::to_string(No) + ": expected \"file,service\", got \"" + Line +
               "\"");
}

/// The error for line No of a CSV assigning File a second service.
Error csvTwiceError(const std::string &Source, unsigned No, const std::string &File,
                    const std::string &Earlier) {
  return Error(Source + ":" + std::to_string(No) + ": \"" + File + "\" was already assigned to \"" +
               Earlier + "\"");
}

} // namespace

Assignment readAssignmentCsv(std::istream &In, const std::string &Source) {
  Assignment Out;
  std::string Line;
  bool First = true;
  for (unsigned No = 1; std::getline(In, Line); ++No) {
    std::string T = trim(Line);
    if (T.empty() || T[0] == '#')
      continue;
    bool Header = First;
    First = false;
    std::size_t Comma = T.find(',');
    if (Comma == std::string::npos)
      throw csvFormatError(Source, No, T);
    std::string File = trim(T.substr(0, Comma)), Service = trim(T.substr(Comma + 1));
    // A header names its columns: "file," then whatever the second is called (service, module).
    if (Header && File == "file")
      continue;
    if (File.empty() || Service.empty() || Service.find(',') != std::string::npos)
      throw csvFormatError(Source, No, T);
    auto [It, New] = Out.emplace(File, Service);
    if (!New && It->second != Service)
      throw csvTwiceError(Source, No, File, It->second);
  }
  return Out;
}

Assignment readAssignment(std::istream &In, const std::string &Source) {
  In >> std::ws;
  if (In.peek() == '{')
    return readJsonAssignment(In, Source);
  return readAssignmentCsv(In, Source);
}

Assignment readAssignmentFile(const std::string &Path) {
  std::ifstream In(Path, std::ios::binary);
  if (!In)
    throw Error(Path + ": cannot open");
  return readAssignment(In, Path);
}

} // namespace seams
