// Construct corpus, scopes and declarations: each C++ construct beside the exact dependencies
// seams records for it (every edge but `contains`). docs/FACTS.md keeps the table of outcomes.
#include "analyzer/test_snippet.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace seams {
namespace {

TEST(ConstructsScopes, ExplicitInstantiationWalksTheMembers) {
  EXPECT_DEPS(R"cpp(
    struct Disk { int flush() { return 0; } };
    template <typename T> struct Writer { T sink; int done() { return sink.flush(); } };
    template struct Writer<Disk>;           // its arguments count for the template, not the file
  )cpp",
              {"call Writer::done -> Disk::flush", "field Writer::done -> Writer::sink",
               "type Writer -> Disk"});
}

TEST(ConstructsScopes, ClassTemplateArgumentDeduction) {
  EXPECT_DEPS(R"cpp(
    template <typename T> struct Box { Box(T v) : v(v) {} T v; };
    int open() { Box b(3); return b.v; }
  )cpp",
              {"type open -> Box", "call open -> Box::Box<T>", "field open -> Box::v"});
}

TEST(ConstructsScopes, UsingEnumAndNestedNamespaces) {
  EXPECT_DEPS(R"cpp(
    namespace shop::pay { enum class Mode { Card, Cash }; }
    int fee(shop::pay::Mode m) { using enum shop::pay::Mode; return m == Card ? 2 : 0; }
  )cpp",
              {"type fee -> shop::pay::Mode"});
}

TEST(ConstructsScopes, ClassSpecificOperatorNewAndDelete) {
  EXPECT_DEPS(R"cpp(
    #include <cstddef>
    struct Pooled { static void *operator new(std::size_t); static void operator delete(void *); };
    void cycle() { Pooled *p = new Pooled; delete p; }
  )cpp",
              {"include main.cpp -> <cstddef>", "type Pooled::operator new -> <cstddef>",
               "type cycle -> Pooled", "call cycle -> Pooled::operator new",
               "call cycle -> Pooled::operator delete"});
}

TEST(ConstructsScopes, LocalClassesAreEntitiesOfTheirOwn) {
  EXPECT_DEPS(R"cpp(
    int base() { return 1; }
    int outer() { struct Local { int get() { return base(); } }; return Local().get(); }
  )cpp",
              {"call outer -> outer()::Local::get", "call outer()::Local::get -> base",
               "type outer -> Local"});
}

TEST(ConstructsScopes, UnionsAndAnonymousMembers) {
  EXPECT_DEPS(R"cpp(
    union Value { int i; float f; };
    struct Cell { union { int raw; char bytes[4]; }; Value v; };
    int read(Cell c) { return c.raw + c.v.i; }
  )cpp",
              {"type Cell::v -> Value", "type read -> Cell",
               "field read -> Cell::(anonymous union)::raw", // the member of the unnamed union
               "field read -> Cell::v", "field read -> Value::i"});
}

TEST(ConstructsScopes, UnnamedMemberEnumsAlsoInClassTemplates) {
  EXPECT_DEPS(R"cpp(
    struct Reader { enum { kBlock = 8 }; int size() { return kBlock; } };
    struct Tuning { static int extra() { return 1; } };
    template <typename T> struct Ring { enum { kCap = 4 }; int cap() { return kCap + T::extra(); } };
    int total() { return Reader().size() + Ring<Tuning>().cap(); }
  )cpp",
              {"type Reader::size -> Reader::(unnamed)", "type Ring::cap -> Ring::(unnamed)",
               "call Ring::cap -> Tuning::extra", "type total -> Reader",
               "call total -> Reader::size", "type total -> Ring", "type total -> Tuning",
               "call total -> Ring::cap"});
}

TEST(ConstructsScopes, InlineNamespacesAndStaticLocals) {
  EXPECT_DEPS(
      R"cpp(
    namespace lib { inline namespace v2 { int version() { return 2; } } }
    int cached() { static int once = lib::version(); return once; }
  )cpp",
      {"call cached -> lib::version"}); // named as callers spell it: inline namespace left out
}

TEST(ConstructsScopes, NoexceptSpecificationsAndTrailingRequires) {
  EXPECT_DEPS(
      R"cpp(
    struct Safe { static constexpr bool ok = true; };
    void run() noexcept(Safe::ok) {}
    template <typename T> void guarded(T) requires (T::ok) {}
    void go() { guarded(Safe{}); }
  )cpp",
      {"read run -> Safe::ok", "type run -> Safe", "call go -> guarded", "type go -> Safe"});
}

TEST(ConstructsScopes, FriendClassesAndForwardDeclarations) {
  EXPECT_DEPS(R"cpp(
    class Auditor;
    class Account { int balance = 0; friend class Auditor; };
    class Auditor { public: int check(const Account &a) { return a.balance; } };
  )cpp",
              {"type Account -> Auditor", "type Auditor::check -> Account",
               "field Auditor::check -> Account::balance"});
}

} // namespace
} // namespace seams
