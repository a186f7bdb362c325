// Analyzes one translation unit: runs Clang on it and returns the facts of the files it owns.
#include "analyzer/collector.h"

#include "analyzer/ast_visitor.h"
#include "analyzer/tu_context.h"

#include <algorithm>
#include <clang/AST/ASTConsumer.h>
#include <clang/Basic/FileManager.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Lex/PPCallbacks.h>
#include <clang/Lex/Preprocessor.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/ADT/StringMap.h>
#include <llvm/ADT/StringSet.h>
#include <llvm/Support/xxhash.h>

namespace seams {
using namespace clang;

namespace {

/// Includes, macro definitions and expansions, in the files this TU owns.
class PPFacts : public PPCallbacks {
public:
  explicit PPFacts(TuContext &Ctx) : Ctx(Ctx) {}

  void FileChanged(SourceLocation Loc, FileChangeReason Reason, SrcMgr::CharacteristicKind,
                   FileID) override {
    if (Reason == EnterFile)
      Ctx.classify(Loc); // claims the file on first entry, before any declaration in it
  }

  void InclusionDirective(SourceLocation HashLoc, const Token &, StringRef, bool, CharSourceRange,
                          OptionalFileEntryRef File, StringRef, StringRef, const Module *,
                          SrcMgr::CharacteristicKind) override {
    if (!File)
      return;
    auto [Known, Inserted] = Classes.try_emplace(&File->getFileEntry(), nullptr);
    if (Inserted)
      Known->second = Ctx.classify(File->getFileEntry());
    Ctx.externals().addInclude(Ctx.classify(HashLoc), Known->second);
    const FileClass *From = ownedProjectFile(HashLoc);
    if (!From)
      return;
    if (const FileClass *To = Known->second) {
      if (To->Rel.empty())
        Ctx.builder().addEntity(
            {To->EntityId, EntityKind::External, To->EntityId.substr(4), "", 0, "", 0, 0});
      Ctx.reportTo(HashLoc, From->EntityId, To->EntityId, EdgeKind::Include);
    }
  }

  void MacroDefined(const Token &Tok, const MacroDirective *MD) override {
    const FileClass *F = ownedProjectFile(MD->getLocation());
    if (!F || !F->Owned)
      return;
    std::string Id = macroId(*F, Tok);
    Location L = Ctx.locate(MD->getLocation());
    const MacroInfo *MI = MD->getMacroInfo();
    unsigned Lines = 1;
    if (MI) {
      SourceManager &SM = Ctx.sourceManager();
      Lines = SM.getExpansionLineNumber(MI->getDefinitionEndLoc()) -
              SM.getExpansionLineNumber(MI->getDefinitionLoc()) + 1;
    }
    Ctx.builder().addEntity({Id, EntityKind::Macro, Tok.getIdentifierInfo()->getName().str(),
                             L.File, L.Line, L.File, L.Line, Lines});
    Ctx.reportTo(MD->getLocation(), F->EntityId, Id, EdgeKind::Contains);
  }

  void MacroExpands(const Token &Tok, const MacroDefinition &MD, SourceRange Range,
                    const MacroArgs *) override {
    const FileClass *At = ownedProjectFile(Range.getBegin());
    const MacroInfo *MI = MD.getMacroInfo();
    if (!At || !MI)
      return;
    const FileClass *Def = Ctx.classify(MI->getDefinitionLoc());
    if (!Def || Def->Rel.empty())
      return;
    Ctx.reportTo(Range.getBegin(), At->EntityId, macroId(*Def, Tok), EdgeKind::Macro);
  }

private:
  const FileClass *ownedProjectFile(SourceLocation Loc) {
    const FileClass *C = Ctx.classify(Loc);
    return C && C->Owned && !C->Rel.empty() ? C : nullptr;
  }
  static std::string macroId(const FileClass &F, const Token &Tok) {
    return "macro:" + F.Rel + "#" + Tok.getIdentifierInfo()->getName().str();
  }

  TuContext &Ctx;
  llvm::DenseMap<const FileEntry *, const FileClass *> Classes; // every #include names one
};

/// Keeps errors: those in files this TU owns, in its main file, in external headers (seen
/// alike by every TU), and those without a location (driver errors). Counts those in its main
/// file and every fatal one, wherever it is.
class Diagnostics : public DiagnosticConsumer {
public:
  Diagnostics(const ProjectFilter &Filter, std::string MainRel)
      : Filter(Filter), MainRel(std::move(MainRel)) {}

  void HandleDiagnostic(DiagnosticsEngine::Level Level, const clang::Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < DiagnosticsEngine::Error)
      return;
    llvm::SmallString<256> Message;
    Info.FormatDiagnostic(Message);
    seams::Diagnostic D{MainRel, 0, Level == DiagnosticsEngine::Fatal ? "fatal" : "error",
                        sanitize(Message.str().str())};
    bool InMainFile = true;
    if (Info.getLocation().isValid() && Info.hasSourceManager() && Ctx) {
      const FileClass *C = Ctx->classify(Info.getLocation());
      if (C) {
        if (!C->Rel.empty() && !C->Owned) {
          // The TU that owns the header reports it; a fatal one stopped this TU's parse too, so
          // its facts are incomplete and it must not be served from the cache once the cause
          // (a header not generated yet) is gone.
          if (Level == DiagnosticsEngine::Fatal)
            ++MainErrors;
          return;
        }
        SourceManager &SM = Info.getSourceManager();
        D.File = C->Rel.empty() ? C->EntityId.substr(4) : C->Rel;
        D.Line = SM.getExpansionLineNumber(Info.getLocation());
        InMainFile = SM.isInMainFile(SM.getExpansionLoc(Info.getLocation()));
      }
    }
    if (InMainFile || D.Severity == "fatal")
      ++MainErrors;
    Collected.push_back(std::move(D));
  }

  std::string sanitize(std::string S) const {
    const std::string Prefix = Filter.root() == "/" ? "/" : Filter.root() + "/";
    for (std::size_t P; (P = S.find(Prefix)) != std::string::npos;)
      S.erase(P, Prefix.size());
    return S;
  }

  TuContext *Ctx = nullptr;
  std::vector<seams::Diagnostic> Collected;
  unsigned MainErrors = 0;

private:
  const ProjectFilter &Filter;
  std::string MainRel;
};

class Consumer : public ASTConsumer {
public:
  Consumer(std::unique_ptr<TuContext> C, TuResult &Result, const PrefixPch *Pch)
      : Ctx(std::move(C)), Result(Result), Pch(Pch) {}

  // Bodies in headers another TU claimed are never looked at: do not even parse them. Template
  // bodies in project headers are the exception: this TU's instantiations of them are walked.
  bool shouldSkipFunctionBody(Decl *D) override {
    if (Ctx->owns(D->getLocation()))
      return false;
    const FunctionDecl *FD = D->getAsFunction();
    const FileClass *C = FD && FD->isDependentContext() ? Ctx->classify(D->getLocation()) : nullptr;
    return !C || C->Rel.empty();
  }

  // Sema hands each instantiated function body over here, at the end of the TU.
  bool HandleTopLevelDecl(DeclGroupRef Group) override {
    for (Decl *D : Group)
      if (auto *FD = dyn_cast<FunctionDecl>(D); FD && FD->isTemplateInstantiation())
        Instantiations.push_back(FD);
    return true;
  }

  void HandleTranslationUnit(ASTContext &AST) override {
    collectAstFacts(AST, *Ctx, Instantiations);
    finish();
  }

  void finish() {
    SourceManager &SM = Ctx->sourceManager();
    for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
      const FileClass *C = Ctx->classify(*It->first);
      std::optional<llvm::StringRef> Data = It->second->getBufferDataIfLoaded();
      if (!C || !C->Owned || C->Rel.empty() || !Data)
        continue;
      unsigned Lines = static_cast<unsigned>(std::count(Data->begin(), Data->end(), '\n'));
      if (!Data->empty() && Data->back() != '\n')
        ++Lines;
      Ctx->builder().addFile({C->Rel, Lines, 0, Ctx->filter().isGenerated(C->Rel)});
      Ctx->builder().addEntity(
          {C->EntityId, EntityKind::File, C->Rel, C->Rel, 1, C->Rel, 1, Lines});
      Result.Owned.push_back(C->Path);
    }
    llvm::StringSet<> Seen;
    for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
      std::optional<llvm::StringRef> Data = It->second->getBufferDataIfLoaded();
      if (!Data)
        continue;
      if (Pch && Pch->Files.count(It->first->getUniqueID()))
        continue; // read through the PCH: listed below, by its real path
      llvm::StringRef Real = It->first->tryGetRealPathName();
      std::string Path(Real.empty() ? It->first->getName() : Real);
      if (Pch && Path == Pch->Stub)
        continue;
      Seen.insert(Path);
      Result.Reads.push_back({std::move(Path), llvm::xxHash64(*Data)});
    }
    if (Pch) // what the prefix read, this TU read through the PCH
      for (const FileRead &R : Pch->Reads)
        if (Seen.insert(R.Path).second)
          Result.Reads.push_back(R);
    Result.Partial = Ctx->builder().finish("", 0, /*Partial=*/true);
  }

  TuContext &context() { return *Ctx; }

private:
  std::unique_ptr<TuContext> Ctx;
  TuResult &Result;
  const PrefixPch *Pch;
  std::vector<FunctionDecl *> Instantiations;
};

/// The prefix's #include directives ran when the PCH was built, not in this TU: its include graph
/// (ExternalHeaders, which attributes uses of library declarations) gets them from the PCH's
/// record, before the parse as they would have come, each file looked up by the name it was
/// found by then, so that its external entity is spelled alike.
void replayPrefixIncludes(const PrefixPch &Pch, FileManager &FM, TuContext &Ctx) {
  llvm::StringMap<const FileClass *> Known;
  auto Classify = [&](const std::string &Name) {
    auto [It, Inserted] = Known.try_emplace(Name, nullptr);
    if (Inserted)
      if (OptionalFileEntryRef F = FM.getOptionalFileRef(Name))
        It->second = Ctx.classify(F->getFileEntry());
    return It->second;
  };
  for (const auto &[From, To] : Pch.Includes)
    Ctx.externals().addInclude(Classify(From), Classify(To));
}

class Action : public ASTFrontendAction {
public:
  Action(const ProjectFilter &Filter, ClaimRegistry &Claims, const CollectOptions &Options,
         Diagnostics &Diags, TuResult &Result, const PrefixPch *Pch)
      : Filter(Filter), Claims(Claims), Options(Options), Diags(Diags), Result(Result), Pch(Pch) {}

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, StringRef) override {
    CI.getFrontendOpts().SkipFunctionBodies = true; // asks Consumer::shouldSkipFunctionBody
    auto Ctx = std::make_unique<TuContext>(Filter, Claims, Options, CI.getSourceManager(),
                                           CI.getPreprocessor().getHeaderSearchInfo(),
                                           Pch ? &Pch->Files : nullptr);
    Diags.Ctx = Ctx.get();
    if (Pch)
      replayPrefixIncludes(*Pch, CI.getFileManager(), *Ctx);
    CI.getPreprocessor().addPPCallbacks(std::make_unique<PPFacts>(*Ctx));
    return std::make_unique<Consumer>(std::move(Ctx), Result, Pch);
  }

  void EndSourceFileAction() override {
    Diags.Ctx = nullptr; // the context dies with the consumer
  }

private:
  const ProjectFilter &Filter;
  ClaimRegistry &Claims;
  const CollectOptions &Options;
  Diagnostics &Diags;
  TuResult &Result;
  const PrefixPch *Pch;
};

/// Whether D is Clang's driver rejecting a flag: one it does not know ("unknown argument:
/// '-x'", "unknown argument '-x'; did you mean '-y'?") or one it knows but does not implement
/// ("unsupported option '-fno-extended-identifiers'", GCC's, which Bitcoin Core passes to every
/// TU: counted as an error, it kept all 268 TUs out of the cache).
bool isFlagError(const seams::Diagnostic &D) {
  return D.Message.rfind("unknown argument", 0) == 0 ||
         D.Message.rfind("unsupported option '", 0) == 0;
}

/// The arguments Clang's driver rejected (isFlagError).
std::vector<std::string> unknownArguments(const std::vector<seams::Diagnostic> &Diags) {
  std::vector<std::string> Out;
  for (const auto &D : Diags) {
    if (!isFlagError(D))
      continue;
    auto Open = D.Message.find('\'');
    auto Close = Open == std::string::npos ? Open : D.Message.find('\'', Open + 1);
    if (Close != std::string::npos)
      Out.push_back(D.Message.substr(Open + 1, Close - Open - 1));
  }
  return Out;
}

} // namespace

TuResult collectTu(const std::string &File, const std::vector<std::string> &Args,
                   const std::string &Directory, const ProjectFilter &Filter, ClaimRegistry &Claims,
                   const CollectOptions &Options,
                   const llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> &FS,
                   const PrefixPch *Pch) {
  TuResult Result;
  std::string Rel = Filter.relative(File);
  Result.Info.File = Rel.empty() ? File : Rel;
  Diagnostics Diags(Filter, Result.Info.File);

  if (!FS->exists(File)) {
    Diags.Collected.push_back(
        {Result.Info.File, 0, "fatal", "file listed in the compile database does not exist"});
    Result.Info.Status = "failed";
    Result.Info.Errors = 1;
    Result.Partial.Diagnostics = Diags.Collected;
    Result.Partial.Tus = {Result.Info};
    return Result;
  }

  FS->setCurrentWorkingDirectory(Directory);
  llvm::IntrusiveRefCntPtr<FileManager> Files(new FileManager(FileSystemOptions(), FS));
  const PrefixPch *UsePch = nullptr;
  auto Run = [&](const std::vector<std::string> &CommandLine) {
    std::vector<std::string> WithPch = CommandLine;
    if (UsePch) // the forced includes stay: Clang skips those the PCH already holds
      WithPch.insert(WithPch.end(), std::initializer_list<std::string>{"-Xclang", "-include-pch",
                                                                       "-Xclang", UsePch->Path});
    tooling::ToolInvocation Invocation(
        WithPch, std::make_unique<Action>(Filter, Claims, Options, Diags, Result, UsePch),
        Files.get());
    Invocation.setDiagnosticConsumer(&Diags);
    Invocation.run();
  };
  if (Pch && !Pch->Path.empty()) {
    UsePch = Pch;
    Run(Args);
    // A PCH Clang rejects (a prefix file changed since it was built, ...) is a fatal error: the
    // TU is parsed again as it would have been without one.
    bool Fatal = std::any_of(Diags.Collected.begin(), Diags.Collected.end(),
                             [](const seams::Diagnostic &D) { return D.Severity == "fatal"; });
    if (!Fatal) {
      Result.UsedPch = true;
    } else {
      UsePch = nullptr;
      std::string Keep = Result.Info.File;
      Result = TuResult();
      Result.Info.File = Keep;
      Diags.Collected.clear();
      Diags.MainErrors = 0;
      Files = new FileManager(FileSystemOptions(), FS);
    }
  }
  if (!Result.UsedPch)
    Run(Args);
  // A flag only the build's compiler knows (a GCC option, a newer -f flag) is an error for
  // Clang's driver: sometimes it parses anyway, sometimes it stops before parsing, and then the TU
  // is parsed again without the flag. Either way the flag becomes one note, not an error, so a
  // clean project built with GCC stays clean under --strict.
  if (std::vector<std::string> Unknown = unknownArguments(Diags.Collected); !Unknown.empty()) {
    std::string Dropped;
    for (const auto &U : Unknown)
      Dropped += (Dropped.empty() ? "" : " ") + U;
    seams::Diagnostic Note{Result.Info.File, 0, "note",
                           "flags Clang 16 rejects were left out: " + Dropped};
    if (Result.Owned.empty()) {
      std::vector<std::string> Kept;
      for (const auto &A : Args)
        if (std::find(Unknown.begin(), Unknown.end(), A) == Unknown.end())
          Kept.push_back(A);
      Diags.Collected.clear();
      Diags.MainErrors = 0;
      Run(Kept);
    } else {
      Diags.MainErrors -= static_cast<unsigned>(
          std::count_if(Diags.Collected.begin(), Diags.Collected.end(), isFlagError));
      std::erase_if(Diags.Collected, isFlagError);
    }
    Diags.Collected.push_back(std::move(Note));
  }

  // The status looks only at errors every run sees alike (main file, fatal errors), not at
  // those in header bodies that were skipped because another TU claimed the header.
  bool Parsed = Result.Partial.Entities.size() > 0 || !Result.Owned.empty();
  Result.Info.Errors = Diags.MainErrors;
  Result.Info.Status = !Parsed ? "failed" : Diags.MainErrors ? "errors" : "ok";
  if (!Parsed && Diags.Collected.empty())
    Diags.Collected.push_back({Result.Info.File, 0, "fatal", "the compiler could not run"});
  for (auto &D : Diags.Collected)
    Result.Partial.Diagnostics.push_back(std::move(D));
  std::sort(Result.Partial.Diagnostics.begin(), Result.Partial.Diagnostics.end());
  Result.Partial.Diagnostics.erase(
      std::unique(Result.Partial.Diagnostics.begin(), Result.Partial.Diagnostics.end()),
      Result.Partial.Diagnostics.end());
  Result.Partial.Tus = {Result.Info};
  std::sort(Result.Reads.begin(), Result.Reads.end(),
            [](const FileRead &A, const FileRead &B) { return A.Path < B.Path; });
  std::sort(Result.Owned.begin(), Result.Owned.end());
  return Result;
}

} // namespace seams
