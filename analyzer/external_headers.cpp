// Which external entity a use of a library declaration belongs to: the header the project
// included.
#include "analyzer/external_headers.h"

#include "analyzer/tu_context.h"

#include <llvm/ADT/DenseSet.h>
#include <llvm/ADT/STLExtras.h>
#include <tuple>
#include <vector>

namespace seams {

bool ExternalHeaders::outside(const FileClass &C) {
  return C.Rel.empty() && llvm::StringRef(C.EntityId).startswith("ext:<");
}

void ExternalHeaders::addInclude(const FileClass *From, const FileClass *To) {
  if (!From || !To || From == To)
    return;
  auto &Out = Includes[From];
  if (!llvm::is_contained(Out, To))
    Out.push_back(To);
}

unsigned ExternalHeaders::distance(const FileClass *From, const FileClass *To) {
  auto [It, Inserted] = Reachable.try_emplace(From);
  if (Inserted) { // breadth first through external files: how many #includes away each one is
    auto &Dist = It->second;
    Dist[From] = 0;
    std::vector<const FileClass *> Level{From};
    for (unsigned D = 1; !Level.empty(); ++D) {
      std::vector<const FileClass *> Next;
      for (const FileClass *F : Level)
        if (auto Out = Includes.find(F); Out != Includes.end())
          for (const FileClass *T : Out->second)
            if (outside(*T) && Dist.try_emplace(T, D).second)
              Next.push_back(T);
      Level = std::move(Next);
    }
  }
  auto D = It->second.find(To);
  return D == It->second.end() ? Unreachable : D->second;
}

const std::string &ExternalHeaders::attribute(const FileClass *At, const FileClass *Decl) {
  auto [Cached, Inserted] = Attributed.try_emplace({At, Decl});
  std::string &Best = Cached->second;
  if (!Inserted || !At || At->Rel.empty())
    return Best;
  // Ranked by (#includes from the header to Decl, project include levels from At, id).
  std::tuple<unsigned, unsigned, llvm::StringRef> Rank{Unreachable, 0, ""};
  llvm::DenseSet<const FileClass *> Seen{At};
  std::vector<const FileClass *> Level{At};
  for (unsigned Depth = 0; !Level.empty(); ++Depth) {
    std::vector<const FileClass *> Next;
    for (const FileClass *F : Level) {
      auto It = Includes.find(F);
      if (It == Includes.end())
        continue;
      for (const FileClass *T : It->second) {
        if (!outside(*T)) {
          if (!T->Rel.empty() && Seen.insert(T).second)
            Next.push_back(T);
        } else if (std::tuple<unsigned, unsigned, llvm::StringRef> R{distance(T, Decl), Depth,
                                                                     T->EntityId};
                   R < Rank) {
          Rank = R;
        }
      }
    }
    Level = std::move(Next);
  }
  if (std::get<0>(Rank) != Unreachable)
    Best = std::get<2>(Rank).str();
  return Best;
}

} // namespace seams
