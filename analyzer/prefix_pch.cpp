// Sharing a forced-include prefix between TUs: one Clang PCH per set of flags, built once per run.
#include "analyzer/prefix_pch.h"

#include "analyzer/tu_context.h"

#include <algorithm>
#include <clang/AST/ASTConsumer.h>
#include <clang/AST/Decl.h>
#include <clang/Basic/DiagnosticOptions.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendActions.h>
#include <clang/Frontend/MultiplexConsumer.h>
#include <clang/Lex/PPCallbacks.h>
#include <clang/Lex/Preprocessor.h>
#include <clang/Tooling/Tooling.h>
#include <filesystem>
#include <fstream>
#include <llvm/ADT/DenseMap.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/xxhash.h>

namespace seams {
using namespace clang;

namespace {

/// The arguments that force an include: `-include FILE`, `-includeFILE`, `--include=FILE`.
bool forcesInclude(llvm::StringRef A) {
  return (A.startswith("-include") && !A.startswith("-include-pch")) || A.startswith("--include");
}

/// Position of the source file in Args (not the value of an option naming a file), or
/// Args.size().
std::size_t sourcePosition(const std::vector<std::string> &Args, const std::string &File,
                           const std::string &Directory) {
  for (std::size_t I = 1; I < Args.size(); ++I) {
    llvm::StringRef Prev(Args[I - 1]);
    if (Args[I].empty() || Args[I][0] == '-' || Prev == "-include" || Prev == "-imacros" ||
        Prev == "-Xclang" || Prev == "-o")
      continue;
    if (Args[I] == File || canonicalPath(Args[I], Directory) == File)
      return I;
  }
  return Args.size();
}

/// Every #include of the prefix, each file by the name it was found by: a TU looks them up by the
/// same names, so that Clang spells them as a TU parsing the prefix would (the external header an
/// entity id names, `<string>`, comes from that name and the header search directories).
class IncludeRecorder : public PPCallbacks {
public:
  IncludeRecorder(SourceManager &SM, PrefixPch &Out) : SM(SM), Out(Out) {}
  void InclusionDirective(SourceLocation HashLoc, const Token &, StringRef, bool, CharSourceRange,
                          OptionalFileEntryRef File, StringRef, StringRef, const Module *,
                          SrcMgr::CharacteristicKind) override {
    OptionalFileEntryRef From =
        File ? SM.getFileEntryRefForID(SM.getFileID(SM.getExpansionLoc(HashLoc))) : std::nullopt;
    if (From) // a directive of the predefines (`-include` itself) has no file, as in a TU
      Out.Includes.emplace_back(From->getName().str(), File->getName().str());
  }

private:
  SourceManager &SM;
  PrefixPch &Out;
};

/// Skips the bodies a TU that owns none of the prefix's files skips (Consumer in collector.cpp):
/// every body but those of templates in project files.
class Skipper : public ASTConsumer {
public:
  Skipper(SourceManager &SM, const ProjectFilter &Filter) : SM(SM), Filter(Filter) {}
  bool shouldSkipFunctionBody(Decl *D) override {
    const FunctionDecl *FD = D->getAsFunction();
    if (!FD || !FD->isDependentContext())
      return true;
    FileID F = SM.getFileID(SM.getExpansionLoc(D->getLocation()));
    auto [It, Inserted] = Project.try_emplace(F, false);
    if (Inserted)
      if (const FileEntry *FE = SM.getFileEntryForID(F))
        It->second = !Filter.projectPath(fileEntryPath(*FE)).empty();
    return !It->second;
  }

private:
  SourceManager &SM;
  const ProjectFilter &Filter;
  llvm::DenseMap<FileID, bool> Project;
};

class PrefixAction : public GeneratePCHAction {
public:
  PrefixAction(const ProjectFilter &Filter, PrefixPch &Out) : Filter(Filter), Out(Out) {}

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, StringRef InFile) override {
    CI.getFrontendOpts().OutputFile = Out.Path;
    CI.getFrontendOpts().SkipFunctionBodies = true; // asks Skipper
    CI.getPreprocessor().addPPCallbacks(
        std::make_unique<IncludeRecorder>(CI.getSourceManager(), Out));
    std::unique_ptr<ASTConsumer> Writer = GeneratePCHAction::CreateASTConsumer(CI, InFile);
    if (!Writer)
      return nullptr;
    std::vector<std::unique_ptr<ASTConsumer>> Both;
    Both.push_back(std::make_unique<Skipper>(CI.getSourceManager(), Filter));
    Both.push_back(std::move(Writer));
    return std::make_unique<MultiplexConsumer>(std::move(Both));
  }

  void EndSourceFileAction() override {
    SourceManager &SM = getCompilerInstance().getSourceManager();
    for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
      std::optional<llvm::StringRef> Data = It->second->getBufferDataIfLoaded();
      if (!Data)
        continue;
      llvm::StringRef Real = It->first->tryGetRealPathName();
      std::string Path(Real.empty() ? It->first->getName() : Real);
      if (Path == Out.Stub)
        continue;
      Out.Reads.push_back({Path, llvm::xxHash64(*Data)});
      Out.Files.emplace(It->first->getUniqueID(), fileEntryPath(*It->first));
    }
    GeneratePCHAction::EndSourceFileAction();
  }

private:
  const ProjectFilter &Filter;
  PrefixPch &Out;
};

/// Counts errors; the prefix must compile cleanly to be shared.
class ErrorCounter : public DiagnosticConsumer {
public:
  void HandleDiagnostic(DiagnosticsEngine::Level Level, const clang::Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level >= DiagnosticsEngine::Error && First.empty()) {
      llvm::SmallString<256> Message;
      Info.FormatDiagnostic(Message);
      First = Message.str().str();
    }
  }
  std::string First;
};

} // namespace

std::string prefixKey(const std::vector<std::string> &Args, const std::string &File,
                      const std::string &Directory) {
  bool Forced = false;
  for (const std::string &A : Args) {
    if (llvm::StringRef(A).startswith("-include-pch"))
      return {};
    Forced = Forced || forcesInclude(A);
  }
  std::size_t Source = sourcePosition(Args, File, Directory);
  if (!Forced || Source == Args.size())
    return {};
  std::string Key = Directory;
  for (std::size_t I = 0; I < Args.size(); ++I)
    if (I != Source)
      Key.append(1, '\0').append(Args[I]);
  return Key;
}

PrefixPch buildPrefixPch(const std::string &File, const std::vector<std::string> &Args,
                         const std::string &Directory, const ProjectFilter &Filter,
                         const std::string &StubPath, const std::string &OutPath) {
  PrefixPch Out;
  Out.Stub = StubPath;
  std::size_t Source = sourcePosition(Args, File, Directory);
  if (Source == Args.size()) {
    Out.Problem = "the source file is not in its command";
    return Out;
  }
  bool IsC = llvm::StringRef(File).endswith(".c");
  std::vector<std::string> Command;
  for (std::size_t I = 0; I < Args.size(); ++I)
    if (I != Source)
      Command.push_back(Args[I]);
    else
      Command.insert(Command.end(), {"-x", IsC ? "c-header" : "c++-header", StubPath});

  PrefixPch Built = Out;
  Built.Path = OutPath;
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS = llvm::vfs::createPhysicalFileSystem();
  FS->setCurrentWorkingDirectory(Directory);
  llvm::IntrusiveRefCntPtr<FileManager> Files(new FileManager(FileSystemOptions(), FS));
  ErrorCounter Errors;
  tooling::ToolInvocation Invocation(Command, std::make_unique<PrefixAction>(Filter, Built),
                                     Files.get());
  Invocation.setDiagnosticConsumer(&Errors);
  bool Ran = Invocation.run();
  std::error_code EC;
  if (!Ran || Errors.getNumErrors() > 0 || !std::filesystem::exists(OutPath, EC)) {
    Out.Problem = Errors.First.empty() ? "the prefix did not compile" : Errors.First;
    std::filesystem::remove(OutPath, EC);
    return Out;
  }
  std::sort(Built.Reads.begin(), Built.Reads.end(),
            [](const FileRead &A, const FileRead &B) { return A.Path < B.Path; });
  return Built;
}

PrefixPchs::PrefixPchs(const ProjectFilter &Filter) : Filter(Filter) {
  llvm::SmallString<128> Path;
  if (!llvm::sys::fs::createUniqueDirectory("seams-pch", Path)) {
    Dir = canonicalPath(Path.str().str());
    std::ofstream(Dir + "/prefix.h"); // the empty header every PCH is built from
  }
}

PrefixPchs::~PrefixPchs() {
  std::error_code EC;
  if (!Dir.empty())
    std::filesystem::remove_all(Dir, EC);
}

const PrefixPch *PrefixPchs::get(const std::string &Key, const std::string &File,
                                 const std::vector<std::string> &Args,
                                 const std::string &Directory) {
  if (Dir.empty() || Key.empty())
    return nullptr;
  Slot *S = nullptr;
  {
    std::lock_guard<std::mutex> Lock(M);
    auto [It, Inserted] = Slots.try_emplace(Key);
    if (Inserted) {
      It->second = std::make_unique<Slot>();
      It->second->Number = Slots.size();
    }
    S = It->second.get();
  }
  std::call_once(S->Once, [&] {
    std::string Out = Dir + "/" + std::to_string(S->Number) + ".pch";
    S->Pch = buildPrefixPch(File, Args, Directory, Filter, Dir + "/prefix.h", Out);
  });
  return S->Pch.Path.empty() ? nullptr : &S->Pch;
}

unsigned PrefixPchs::built() const {
  std::lock_guard<std::mutex> Lock(M);
  return static_cast<unsigned>(std::count_if(
      Slots.begin(), Slots.end(), [](const auto &S) { return !S.second->Pch.Path.empty(); }));
}

unsigned PrefixPchs::failed() const {
  std::lock_guard<std::mutex> Lock(M);
  return static_cast<unsigned>(Slots.size()) -
         static_cast<unsigned>(std::count_if(Slots.begin(), Slots.end(), [](const auto &S) {
           return !S.second->Pch.Path.empty();
         }));
}

std::string PrefixPchs::firstProblem() const {
  std::lock_guard<std::mutex> Lock(M);
  for (const auto &[Key, S] : Slots)
    if (!S->Pch.Problem.empty())
      return S->Pch.Problem;
  return {};
}

} // namespace seams
