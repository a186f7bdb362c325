// Tests for the per-TU collector: inline C++ snippets with the edges expected beside them.
#include "analyzer/collector.h"
#include "analyzer/test_snippet.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>
#include <set>

namespace seams {
namespace {

using ::testing::Contains;
using ::testing::IsSupersetOf;
using ::testing::Not;

TEST(Collector, CallsIncludingConstructorsOperatorsAndLambdas) {
  Snippet S(R"cpp(
    struct Money { Money(int c) : cents(c) {} int cents;
                   Money operator+(Money o) const { return Money(cents + o.cents); } };
    int tax(int x) { return x / 10; }
    void f() {
      Money a(3);                          // call Money::Money
      Money b = a + a;                     // call Money::operator+
      auto l = [] { return tax(4); };      // call inside a lambda belongs to f
      l();
    }
    int (*callback)(int) = &tax;           // naming a function is a use of it
  )cpp");
  EXPECT_THAT(S.edges(EdgeKind::Call),
              IsSupersetOf({"f -> Money::Money", "f -> Money::operator+", "f -> tax",
                            "Money::operator+ -> Money::Money", "callback -> tax"}));
  EXPECT_THAT(S.edges(EdgeKind::Call), Not(Contains(testing::HasSubstr("operator()"))));
}

TEST(Collector, CallThroughBaseReferencePointsAtBaseMethodAndOverridesAreRecorded) {
  Snippet S(R"cpp(
    struct PaymentMethod { virtual ~PaymentMethod() = default; virtual bool charge(int) = 0; };
    struct Card : PaymentMethod { bool charge(int) override { return true; } };
    bool pay(PaymentMethod &m) { return m.charge(5); }
  )cpp");
  EXPECT_THAT(S.edges(EdgeKind::Call), Contains("pay -> PaymentMethod::charge"));
  EXPECT_THAT(S.edges(EdgeKind::Call), Not(Contains("pay -> Card::charge")));
  EXPECT_THAT(S.edges(EdgeKind::Override), Contains("Card::charge -> PaymentMethod::charge"));
  EXPECT_THAT(S.edges(EdgeKind::Inherit), Contains("Card -> PaymentMethod"));
}

TEST(Collector, InheritanceFromTemplatesAndCrtpPointsAtThePrimaryTemplate) {
  Snippet S(R"cpp(
    template <typename D> struct Counted { static int count; };
    template <typename T> struct Box { T v; };
    template <typename T> struct Box<T*> { T *p; };          // partial specialization
    struct Order : Counted<Order> {};                         // CRTP
    struct Crate : Box<int*> {};
    Box<long> make();
  )cpp");
  EXPECT_THAT(S.edges(EdgeKind::Inherit), IsSupersetOf({"Order -> Counted", "Crate -> Box"}));
  EXPECT_THAT(S.edges(EdgeKind::Type), Contains("make -> Box"));
  EXPECT_EQ(S.entity("Box")->Line, 3u); // the primary template, not the specialization
}

TEST(Collector, TypeUsesInEveryPosition) {
  Snippet S(R"cpp(
    struct Sku {}; struct Price {}; struct Stock {}; struct Row {}; enum class Zone { A, B };
    using Table = Row;
    struct Item { Sku sku; };                               // field type
    Price quote(const Sku &s);                              // param and return
    void g(void *p) {
      Stock local;                                          // local
      auto *r = static_cast<Table *>(p);                    // cast through an alias
      Row *n = new Row;                                     // new
      Zone z = Zone::B;                                     // enumerator -> enum
      (void)local; (void)r; (void)n; (void)z;
    }
    template <typename T> struct Vec {};
    Vec<Price> prices;                                      // template argument
  )cpp");
  EXPECT_THAT(S.edges(EdgeKind::Type),
              IsSupersetOf({"Item::sku -> Sku", "quote -> Price", "quote -> Sku", "g -> Stock",
                            "g -> Table", "g -> Row", "g -> Zone", "prices -> Vec",
                            "prices -> Price", "Table -> Row"}));
}

TEST(Collector, GlobalReadsAndWrites) {
  Snippet S(R"cpp(
    #include <map>
    #include <string>
    namespace inventory { std::map<std::string, int> g_stock; int g_count = 0;
                          struct Audit { static int entries; }; }
    int peek() { return inventory::g_count; }                      // read
    void bump(int &x) { ++x; }
    void refund(const std::string &sku) {
      inventory::g_stock[sku] += 1;                                // non-const operator[]
      inventory::g_count++;                                        // increment
      inventory::Audit::entries = 3;                               // static member assignment
    }
    void recount() { bump(inventory::g_count); }                  // non-const reference argument
    size_t size() { return inventory::g_stock.size(); }           // const member call: a read
  )cpp");
  EXPECT_THAT(
      S.edges(EdgeKind::Write),
      IsSupersetOf({"refund -> inventory::g_stock", "refund -> inventory::g_count",
                    "refund -> inventory::Audit::entries", "recount -> inventory::g_count"}));
  EXPECT_THAT(S.edges(EdgeKind::Read),
              IsSupersetOf({"peek -> inventory::g_count", "size -> inventory::g_stock"}));
  EXPECT_THAT(S.edges(EdgeKind::Write), Not(Contains("peek -> inventory::g_count")));
  EXPECT_THAT(S.edges(EdgeKind::Write), Not(Contains("size -> inventory::g_stock")));
  EXPECT_THAT(S.edges(EdgeKind::Read), Not(Contains("refund -> inventory::g_count")));
}

TEST(Collector, FieldAccess) {
  Snippet S(R"cpp(
    struct Order { int total; int paid; };
    void settle(Order &o) { o.paid = o.total; }
  )cpp");
  EXPECT_THAT(S.edges(EdgeKind::Field),
              IsSupersetOf({"settle -> Order::paid", "settle -> Order::total"}));
}

TEST(Collector, DiscardedResultsAreCounted) {
  Snippet S(R"cpp(
    bool notify(int) { return true; }
    int use() {
      notify(1);                   // discarded
      if (notify(2)) return 1;     // used
      (void)notify(3);             // discarded
      return 0;
    }
  )cpp");
  const Edge *E = S.edge("use", "notify", EdgeKind::Call);
  ASSERT_NE(E, nullptr);
  EXPECT_EQ(E->Count, 3u);
  unsigned Discarded = 0;
  for (const auto &O : E->At)
    Discarded += O.Discarded;
  EXPECT_EQ(Discarded, 2u);
}

TEST(Collector, VoidCallsAreNotDiscardedResults) {
  Snippet S(R"cpp(
    void log(int) {}
    struct Money { Money &operator=(int) { return *this; } };
    void run() { log(1); log(2); Money m; m = 3; }
  )cpp");
  const Edge *Op = S.edge("run", "Money::operator=", EdgeKind::Call);
  ASSERT_NE(Op, nullptr);
  EXPECT_FALSE(Op->At.front().Discarded);
  const Edge *E = S.edge("run", "log", EdgeKind::Call);
  ASSERT_NE(E, nullptr);
  for (const auto &O : E->At)
    EXPECT_FALSE(O.Discarded);
}

TEST(Collector, TableNamesPassedToTheDatabaseWrapperAreTableUses) {
  Snippet S(R"cpp(
    #include <string>
    namespace common { class Database {
      public: static Database &instance(); int insert(const std::string &table, int row);
              int query(const char *table) const; };
      class Other { public: int insert(const std::string &table, int row); }; }
    namespace pay {
      void post() { common::Database::instance().insert("payments_ledger", 3); }
      int count() { return common::Database::instance().query("orders"); }
      int noise(common::Other &o) { return o.insert("not_a_table", 1); }
    }
  )cpp");
  std::set<std::string> Uses;
  for (const TableUse &T : S.Result.Partial.TableUses)
    Uses.insert(T.Table + " " + S.name(T.From) + " " + (T.Write ? "write" : "read") + " " +
                T.At.File + ":" + std::to_string(T.At.Line));
  EXPECT_EQ(Uses, (std::set<std::string>{"orders pay::count read main.cpp:9",
                                         "payments_ledger pay::post write main.cpp:8"}));
}

TEST(Collector, IncludesMacrosAndContainment) {
  Snippet S(R"cpp(
    #include "ledger.h"
    #include <vector>
    #define CENTS(x) ((x) * 100)
    namespace pay { int fee() { return CENTS(2) + LEDGER_LIMIT; } }
  )cpp",
            {{"ledger.h", "#pragma once\n#define LEDGER_LIMIT 7\nnamespace pay { class Ledger { "
                          "int n; void post(); }; }\n"}});
  EXPECT_THAT(S.edges(EdgeKind::Include),
              IsSupersetOf({"main.cpp -> ledger.h", "main.cpp -> <vector>"}));
  EXPECT_THAT(S.edges(EdgeKind::Macro),
              IsSupersetOf({"main.cpp -> CENTS", "main.cpp -> LEDGER_LIMIT"}));
  EXPECT_THAT(S.edges(EdgeKind::Contains),
              IsSupersetOf({"main.cpp -> pay", "pay -> pay::fee", "ledger.h -> pay",
                            "pay -> pay::Ledger", "pay::Ledger -> pay::Ledger::n",
                            "pay::Ledger -> pay::Ledger::post", "ledger.h -> LEDGER_LIMIT"}));
  const Entity *Ledger = S.entity("pay::Ledger");
  ASSERT_NE(Ledger, nullptr);
  EXPECT_EQ(Ledger->File, "ledger.h");
  EXPECT_EQ(Ledger->Line, 3u);
  EXPECT_EQ(kindName(Ledger->Kind), "class");
  // No std:: entity leaks in: the standard library is one entity per header.
  for (const Entity &E : S.Result.Partial.Entities)
    EXPECT_EQ(E.Name.rfind("std::", 0), std::string::npos) << E.Name;
}

TEST(Collector, WeirdCodeDoesNotCrashAndStillYieldsEntities) {
  Snippet S(R"cpp(
    #define DEFINE_GETTER(name, value) int get_##name() { return value; }
    DEFINE_GETTER(limit, 5)
    extern "C" int c_api(int x) { return get_limit() + x; }
    namespace { int hidden() { return 1; } }
    struct Outer { struct Inner { int deep(); }; friend int peek(Outer &); };
    int Outer::Inner::deep() { return hidden(); }
    int table[] = {
    #include "values.inc"
    };
  )cpp",
            {{"values.inc", "1, 2, 3\n"}});
  EXPECT_THAT(
      S.edges(EdgeKind::Call),
      IsSupersetOf({"c_api -> get_limit", "Outer::Inner::deep -> (anonymous namespace)::hidden"}));
  EXPECT_THAT(S.edges(EdgeKind::Include), Contains("main.cpp -> values.inc"));
  const Entity *Deep = S.entity("Outer::Inner::deep");
  ASSERT_NE(Deep, nullptr);
  EXPECT_EQ(Deep->Line, 6u);
  EXPECT_EQ(Deep->DefLine, 7u);
  const Entity *Hidden = S.entity("(anonymous namespace)::hidden");
  ASSERT_NE(Hidden, nullptr);
  EXPECT_EQ(Hidden->Id.rfind("main.cpp|", 0), 0u) << Hidden->Id;
}

TEST(Collector, TuWithErrorsStillContributesRecoveredFacts) {
  Snippet S(R"cpp(
    int helper() { return 1; }
    int broken() { return helper() + undeclared_thing; }
  )cpp");
  EXPECT_EQ(S.Result.Info.Status, "errors");
  EXPECT_GE(S.Result.Info.Errors, 1u);
  EXPECT_THAT(S.edges(EdgeKind::Call), Contains("broken -> helper"));
  ASSERT_FALSE(S.Result.Partial.Diagnostics.empty());
  EXPECT_EQ(S.Result.Partial.Diagnostics[0].File, "main.cpp");
  EXPECT_EQ(S.Result.Partial.Diagnostics[0].Line, 3u);
}

TEST(Collector, MissingHeaderIsRecordedAsFatalDiagnostic) {
  Snippet S("#include \"nowhere.h\"\nint f() { return 0; }\n");
  ASSERT_FALSE(S.Result.Partial.Diagnostics.empty());
  EXPECT_EQ(S.Result.Partial.Diagnostics[0].Severity, "fatal");
  EXPECT_THAT(S.Result.Partial.Diagnostics[0].Message, testing::HasSubstr("nowhere.h"));
  EXPECT_NE(S.Result.Info.Status, "ok");
}

TEST(Collector, UnknownFlagIsADiagnosticNotACrash) {
  Snippet S("int f() { return 0; }\n", {}, {"-fno-such-flag-anywhere"});
  EXPECT_FALSE(S.Result.Partial.Diagnostics.empty());
}

TEST(Collector, EachFileHasItsOwnAnonymousNamespace) {
  Snippet S(R"cpp(
    #include "a.h"
    namespace { int local() { return fromA(); } }
    namespace { int more() { return local(); } }
    namespace pay { namespace { int fee() { return 1; } } }
  )cpp",
            {{"a.h", "#pragma once\nnamespace { inline int fromA() { return 1; } }\n"}});
  std::set<std::string> Ids;
  for (const Entity &E : S.Result.Partial.Entities)
    if (E.Kind == EntityKind::Namespace)
      Ids.insert(E.Id + " " + E.File + ":" + std::to_string(E.Line));
  EXPECT_EQ(Ids, (std::set<std::string>{"a.h|c:@aN a.h:2", "main.cpp|c:@aN main.cpp:3",
                                        "c:@N@pay main.cpp:5", "main.cpp|c:@N@pay@aN main.cpp:5"}));
  EXPECT_THAT(S.edges(EdgeKind::Contains),
              IsSupersetOf({"a.h -> (anonymous)", "main.cpp -> (anonymous)"}));
  std::set<std::string> Contained;
  for (const Edge &E : S.Result.Partial.Edges)
    if (E.Kind == EdgeKind::Contains && llvm::StringRef(S.name(E.From)).endswith("(anonymous)"))
      Contained.insert(E.From.substr(0, E.From.find('|')) + " " + S.name(E.To));
  EXPECT_EQ(Contained, (std::set<std::string>{"a.h (anonymous namespace)::fromA",
                                              "main.cpp (anonymous namespace)::local",
                                              "main.cpp (anonymous namespace)::more",
                                              "main.cpp pay::(anonymous namespace)::fee"}));
}

TEST(Collector, EachProgramsMainIsItsOwn) {
  // Every program of a project defines main under one USR: its file keeps them apart, as for a
  // static function. An ordinary external function keeps its USR.
  Snippet S(R"cpp(
    int helper() { return 1; }
    int main() { return helper(); }
  )cpp");
  ASSERT_NE(S.entity("main"), nullptr);
  EXPECT_EQ(S.entity("main")->Id, "main.cpp|c:@F@main#");
  EXPECT_EQ(S.entity("helper")->Id, "c:@F@helper#");
  EXPECT_THAT(S.edges(EdgeKind::Call), IsSupersetOf({"main -> helper"}));
}

TEST(Collector, AGlobalMutexIsALock) {
  // BasicLockable (lock() and unlock(), in the class or a base): std::mutex, and a project's own
  // Mutex over it (Bitcoin Core's cs_main). A counter and a class with lock() alone are data.
  Snippet S(R"cpp(
    #include <mutex>
    template <typename M> struct Annotated : public M { void extra() {} };
    struct Latch { void lock() {} };
    std::mutex g_mutex;                        // lock
    Annotated<std::recursive_mutex> cs_main;   // lock
    Latch g_latch;                             // not: no unlock()
    int g_count;                               // not
    struct Pool { static std::mutex s_guard; }; // lock
    std::mutex Pool::s_guard;
  )cpp");
  for (const char *Lock : {"g_mutex", "cs_main", "Pool::s_guard"}) {
    ASSERT_NE(S.entity(Lock), nullptr) << Lock;
    EXPECT_TRUE(S.entity(Lock)->Lock) << Lock;
  }
  for (const char *Data : {"g_latch", "g_count"}) {
    ASSERT_NE(S.entity(Data), nullptr) << Data;
    EXPECT_FALSE(S.entity(Data)->Lock) << Data;
  }
}

TEST(Collector, LibraryUsesGoToTheHeaderTheProjectIncluded) {
  Snippet S(R"cpp(
    #include <vector>
    #include <sstream>
    #include <string>
    #include "names.h"
    std::vector<int> g_items;
    std::string text() { std::ostringstream out; out << 1; return out.str(); }
    unsigned count() { return g_items.size() + text().size() + table().size(); }
  )cpp",
            {{"names.h", "#pragma once\n#include <map>\nstd::map<int, int> table();\n"}});
  // <sstream> reaches std::string too, but <string> is fewer #includes away from it; std::map
  // comes through names.h's <map>.
  EXPECT_THAT(S.edges(EdgeKind::Type), IsSupersetOf({"g_items -> <vector>", "text -> <string>",
                                                     "text -> <sstream>", "table -> <map>"}));
  EXPECT_THAT(S.edges(EdgeKind::Call),
              IsSupersetOf({"count -> <vector>", "count -> <string>", "count -> <map>"}));
  EXPECT_THAT(S.edges(EdgeKind::Type), Not(Contains("text -> <vector>")));
  for (const Entity &E : S.Result.Partial.Entities)
    if (E.Kind == EntityKind::External) {
      EXPECT_THAT(E.Name, testing::AnyOf("<vector>", "<sstream>", "<string>", "<map>")) << E.Id;
    }
}

TEST(Collector, InstantiationsOfAHeaderAnotherTuClaimedAreStillWalked) {
  // Which TU claims box.h depends on scheduling; the calls Box<Order> makes must not.
  ProjectFilter Filter("/proj", {}, {});
  ClaimRegistry Claims;
  Claims.claim("/proj/box.h");
  auto Mem = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  Mem->addFile("/proj/box.h", 0,
               llvm::MemoryBuffer::getMemBuffer(
                   "template <class T> struct Box { int get(T &t) { return t.weight(); } };\n"));
  Mem->addFile("/proj/main.cpp", 0,
               llvm::MemoryBuffer::getMemBuffer(
                   "#include \"box.h\"\nstruct Order { int weight() { return 2; } };\n"
                   "int main() { Order o; return Box<Order>().get(o); }\n"));
  clang::tooling::CompileCommand Cmd("/proj", "/proj/main.cpp", {"clang++", "/proj/main.cpp"}, "");
  TuResult R = collectTu(Cmd.Filename, adjustCommand(Cmd, {}), "/proj", Filter, Claims, {}, Mem);
  std::set<std::string> Calls;
  for (const Edge &E : R.Partial.Edges)
    if (E.Kind == EdgeKind::Call)
      Calls.insert(R.Partial.findEntity(E.From)->Name + " -> " + R.Partial.findEntity(E.To)->Name);
  EXPECT_EQ(Calls, (std::set<std::string>{"Box::get -> Order::weight", "main -> Box::get"}));
  EXPECT_THAT(R.Owned, testing::ElementsAre("/proj/main.cpp"));
}

TEST(Collector, ClaimedHeaderIsSkipped) {
  // A header already claimed by another TU contributes neither entities nor body facts here.
  ProjectFilter Filter("/proj", {}, {});
  ClaimRegistry Claims;
  Claims.claim("/proj/util.h");
  auto Mem = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  Mem->addFile(
      "/proj/util.h", 0,
      llvm::MemoryBuffer::getMemBuffer("inline int twice(int x) { return x * 2; }\n"
                                       "inline int quad(int x) { return twice(twice(x)); }\n"));
  Mem->addFile(
      "/proj/main.cpp", 0,
      llvm::MemoryBuffer::getMemBuffer("#include \"util.h\"\nint main() { return quad(1); }\n"));
  clang::tooling::CompileCommand Cmd("/proj", "/proj/main.cpp", {"clang++", "/proj/main.cpp"}, "");
  TuResult R = collectTu(Cmd.Filename, adjustCommand(Cmd, {}), "/proj", Filter, Claims, {}, Mem);
  std::set<std::string> Calls;
  for (const Edge &E : R.Partial.Edges)
    if (E.Kind == EdgeKind::Call)
      Calls.insert(E.From + " -> " + E.To);
  EXPECT_EQ(Calls.size(), 1u); // main -> quad only; quad -> twice is the owner's to report
  EXPECT_THAT(R.Owned, testing::ElementsAre("/proj/main.cpp"));
}

} // namespace
} // namespace seams
