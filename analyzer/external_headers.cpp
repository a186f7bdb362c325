// Which external entity a use of a library declaration belongs to: the header the project
// included.
#include "analyzer/external_headers.h"

#include "analyzer/tu_context.h"

#include <llvm/ADT/STLExtras.h>
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

bool ExternalHeaders::reaches(const FileClass *From, const FileClass *To) {
  auto [It, Inserted] = Reachable.try_emplace(From);
  if (Inserted) { // every external file From includes, directly or through other external files
    llvm::DenseSet<const FileClass *> Seen{From};
    std::vector<const FileClass *> Work{From};
    while (!Work.empty()) {
      const FileClass *F = Work.back();
      Work.pop_back();
      auto Next = Includes.find(F);
      if (Next == Includes.end())
        continue;
      for (const FileClass *T : Next->second)
        if (outside(*T) && Seen.insert(T).second)
          Work.push_back(T);
    }
    It->second = std::move(Seen);
  }
  return It->second.contains(To);
}

const std::string &ExternalHeaders::attribute(const FileClass *At, const FileClass *Decl) {
  auto [Cached, Inserted] = Attributed.try_emplace({At, Decl});
  std::string &Best = Cached->second;
  if (!Inserted || !At || At->Rel.empty())
    return Best;
  llvm::DenseSet<const FileClass *> Seen{At};
  std::vector<const FileClass *> Level{At};
  while (!Level.empty() && Best.empty()) {
    std::vector<const FileClass *> Next;
    for (const FileClass *F : Level) {
      auto It = Includes.find(F);
      if (It == Includes.end())
        continue;
      for (const FileClass *T : It->second) {
        if (outside(*T) && (Best.empty() || T->EntityId < Best) && reaches(T, Decl))
          Best = T->EntityId;
        else if (!T->Rel.empty() && Seen.insert(T).second)
          Next.push_back(T);
      }
    }
    Level = std::move(Next);
  }
  return Best;
}

} // namespace seams
