// Co-change figures over a change history, and history.json (docs/HISTORY.md).
#include "graph/model/history.h"

#include "graph/model/error.h"
#include "graph/model/text_format.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <unordered_map>

namespace seams {

std::vector<CoChangePair> coChangePairs(const std::vector<std::vector<std::uint32_t>> &Commits,
                                        std::size_t NumItems, const CoChangeThresholds &T) {
  // Per item, the commits that changed it: linear in the input.
  std::vector<std::vector<std::uint32_t>> CommitsOf(NumItems);
  for (std::uint32_t C = 0; C < Commits.size(); ++C)
    for (std::uint32_t I : Commits[C])
      CommitsOf[I].push_back(C);
  auto Revisions = [&](std::uint32_t I) { return static_cast<unsigned>(CommitsOf[I].size()); };
  // One item at a time: its partners' counts in a dense array, reset after use, so memory never
  // holds the pairs that fail the thresholds.
  std::vector<unsigned> Count(NumItems, 0);
  std::vector<std::uint32_t> Touched;
  std::vector<CoChangePair> Out;
  for (std::uint32_t A = 0; A < NumItems; ++A) {
    if (Revisions(A) < T.MinRevisions || Revisions(A) == 0)
      continue;
    for (std::uint32_t C : CommitsOf[A])
      for (std::uint32_t B : Commits[C])
        if (B > A && Revisions(B) >= T.MinRevisions && Count[B]++ == 0)
          Touched.push_back(B);
    std::sort(Touched.begin(), Touched.end());
    for (std::uint32_t B : Touched) {
      if (Count[B] >= T.MinSupport && Count[B] > 0)
        Out.push_back({A, B, Count[B], Revisions(A), Revisions(B)});
      Count[B] = 0;
    }
    Touched.clear();
  }
  return Out;
}

FileCoChange fileCoChange(const ChangeHistory &H, const CoChangeThresholds &T) {
  // Number the files as first seen, then renumber them in name order: only the distinct names
  // are sorted, not every mention.
  std::unordered_map<std::string_view, std::uint32_t> Index;
  std::vector<std::string_view> Seen;
  std::vector<std::vector<std::uint32_t>> Items;
  Items.reserve(H.Commits.size());
  for (const ChangeCommit &C : H.Commits) {
    std::vector<std::uint32_t> &V = Items.emplace_back();
    V.reserve(C.Files.size());
    for (const std::string &F : C.Files) {
      auto [It, New] = Index.try_emplace(F, static_cast<std::uint32_t>(Seen.size()));
      if (New)
        Seen.push_back(F);
      V.push_back(It->second);
    }
  }
  std::vector<std::uint32_t> Order(Seen.size());
  for (std::uint32_t I = 0; I < Order.size(); ++I)
    Order[I] = I;
  std::sort(Order.begin(), Order.end(),
            [&](std::uint32_t A, std::uint32_t B) { return Seen[A] < Seen[B]; });
  std::vector<std::uint32_t> Rank(Seen.size());
  FileCoChange R;
  R.Files.reserve(Seen.size());
  for (std::uint32_t I = 0; I < Order.size(); ++I) {
    Rank[Order[I]] = I;
    R.Files.emplace_back(Seen[Order[I]]);
  }
  for (std::vector<std::uint32_t> &V : Items)
    for (std::uint32_t &I : V)
      I = Rank[I];
  R.Pairs = coChangePairs(Items, R.Files.size(), T);
  return R;
}

void writeHistoryJson(const ChangeHistory &H, const CoChangeThresholds &T, std::ostream &Out) {
  writeHistoryJson(H, T, fileCoChange(H, T), Out);
}

namespace {

/// Appends S as a JSON string: as it is when nothing in it needs escaping (the common path),
/// else through jsonString.
void appendJson(std::string &Buf, std::string_view S) {
  bool Plain = std::all_of(S.begin(), S.end(), [](char C) {
    auto U = static_cast<unsigned char>(C);
    return U >= 0x20 && U < 0x7f && C != '"' && C != '\\' && C != '<' && C != '>';
  });
  if (Plain) {
    Buf += '"';
    Buf += S;
    Buf += '"';
  } else {
    Buf += jsonString(S);
  }
}

} // namespace

void writeHistoryJson(const ChangeHistory &H, const CoChangeThresholds &T, const FileCoChange &P,
                      std::ostream &Out) {
  // Built in one buffer and written once: history.json holds every kept commit.
  std::string B;
  B.reserve(64 * H.Commits.size() + 160 * P.Pairs.size() + 512);
  B += "{\n  \"schema\": ";
  appendJson(B, HistorySchema);
  B += ",\n  \"head\": ";
  appendJson(B, H.Head);
  B += ",\n  \"read\": " + std::to_string(H.Read) +
       ",\n  \"kept\": " + std::to_string(H.Commits.size()) + ",\n";
  B += "  \"skipped\": {\"merges\": " + std::to_string(H.Merges) +
       ", \"bulk\": " + std::to_string(H.Bulk) +
       ", \"no_project_file\": " + std::to_string(H.NoProject) + "},\n";
  B += "  \"blobs_missing\": " + std::to_string(H.BlobsMissing) + ",\n";
  B += "  \"max_changeset\": " + std::to_string(H.MaxChangeset) + ",\n";
  B += "  \"thresholds\": {\"min_revisions\": " + std::to_string(T.MinRevisions) +
       ", \"min_support\": " + std::to_string(T.MinSupport) + "},\n";
  B += "  \"commits\": [";
  for (std::size_t I = 0; I < H.Commits.size(); ++I) {
    const ChangeCommit &C = H.Commits[I];
    B += I ? ",\n    {\"id\": " : "\n    {\"id\": ";
    appendJson(B, C.Id);
    B += ", \"files\": [";
    for (std::size_t J = 0; J < C.Files.size(); ++J) {
      if (J)
        B += ", ";
      appendJson(B, C.Files[J]);
    }
    B += "]}";
  }
  B += H.Commits.empty() ? "],\n" : "\n  ],\n";
  B += "  \"file_pairs\": [";
  for (std::size_t I = 0; I < P.Pairs.size(); ++I) {
    const CoChangePair &Pr = P.Pairs[I];
    B += I ? ",\n    {\"a\": " : "\n    {\"a\": ";
    appendJson(B, P.Files[Pr.A]);
    B += ", \"b\": ";
    appendJson(B, P.Files[Pr.B]);
    B += ", \"support\": " + std::to_string(Pr.Support) +
         ", \"revisions_a\": " + std::to_string(Pr.RevisionsA) +
         ", \"revisions_b\": " + std::to_string(Pr.RevisionsB) +
         ", \"confidence_ab\": " + formatNumber(Pr.confidenceAB()) +
         ", \"confidence_ba\": " + formatNumber(Pr.confidenceBA()) +
         ", \"degree\": " + formatNumber(Pr.degree()) + "}";
  }
  B += P.Pairs.empty() ? "]\n}\n" : "\n  ]\n}\n";
  Out.write(B.data(), static_cast<std::streamsize>(B.size()));
}

ChangeHistory readHistoryJson(std::istream &In, const std::string &Source) {
  nlohmann::json Doc = nlohmann::json::parse(In, nullptr, false);
  if (Doc.is_discarded() || !Doc.is_object())
    throw Error(Source + ": not JSON");
  std::string Schema = Doc.value("schema", "");
  if (Schema.rfind("seams-history/", 0) != 0)
    throw Error(Source + ": not a seams history file (expected schema " +
                std::string(HistorySchema) + ")");
  if (Schema != HistorySchema)
    throw Error(Source + ": unsupported history schema \"" + Schema + "\"");
  try {
    ChangeHistory H;
    H.Head = Doc.at("head").get<std::string>();
    H.Read = Doc.at("read").get<unsigned>();
    const auto &S = Doc.at("skipped");
    H.Merges = S.at("merges").get<unsigned>();
    H.Bulk = S.at("bulk").get<unsigned>();
    H.NoProject = S.at("no_project_file").get<unsigned>();
    H.BlobsMissing = Doc.value("blobs_missing", 0u); // absent from files of before it
    H.MaxChangeset = Doc.at("max_changeset").get<unsigned>();
    for (const auto &C : Doc.at("commits"))
      H.Commits.push_back(
          {C.at("id").get<std::string>(), C.at("files").get<std::vector<std::string>>()});
    return H;
  } catch (const nlohmann::json::exception &E) {
    throw Error(Source + ": malformed history file: " + E.what());
  }
}

ChangeHistory readHistoryFile(const std::string &Path) {
  std::ifstream In(Path, std::ios::binary);
  if (!In)
    throw Error(Path + ": cannot open history file");
  return readHistoryJson(In, Path);
}

} // namespace seams
