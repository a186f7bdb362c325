// Construct corpus, types and templates: each C++ construct beside the exact dependencies seams
// records for it (every edge but `contains`). docs/FACTS.md keeps the table of these outcomes.
#include "analyzer/test_snippet.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace seams {
namespace {

TEST(ConstructsTemplates, FunctionTemplateMapsToThePrimary) {
  EXPECT_DEPS(R"cpp(
    template <typename T> T twice(T v) { return v + v; }
    int run() { return twice(2) + static_cast<int>(twice(1.5)); }
  )cpp",
              {"call run -> twice"});
}

TEST(ConstructsTemplates, ClassTemplateMemberCallingAMethodOfT) {
  EXPECT_DEPS(R"cpp(
    struct Order { int weight() const { return 3; } };
    template <typename T> struct Shipper { int load(const T &t) { return t.weight(); } };
    int ship(const Order &o) { Shipper<Order> s; return s.load(o); }
  )cpp",
              {"call Shipper::load -> Order::weight", "type ship -> Order", "type ship -> Shipper",
               "call ship -> Shipper::load"});
}

TEST(ConstructsTemplates, CrtpStaticCastToTheDerived) {
  EXPECT_DEPS(R"cpp(
    template <typename D> struct Printer { int print() { return static_cast<D *>(this)->body(); } };
    struct Invoice : Printer<Invoice> { int body() { return 1; } };
    int go(Invoice &i) { return i.print(); }
  )cpp",
              {"call Printer::print -> Invoice::body", "inherit Invoice -> Printer",
               "type go -> Invoice", "call go -> Printer::print"});
}

TEST(ConstructsTemplates, TwoInstantiationsMakingTheSameCallAreOneOccurrence) {
  Snippet S(R"cpp(
    struct Log { static void write(int) {} };
    template <typename T> void record(T v) { Log::write(static_cast<int>(v)); }
    void run() { record(1); record(2.0); record('c'); }
  )cpp");
  EXPECT_THAT(S.deps(), testing::ContainerEq(Deps{"call record -> Log::write", "type record -> Log",
                                                  "call run -> record"}));
  EXPECT_EQ(S.edge("record", "Log::write", EdgeKind::Call)->At.size(), 1u);
  EXPECT_EQ(S.edge("run", "record", EdgeKind::Call)->At.size(), 3u);
}

TEST(ConstructsTemplates, DependentCallResolvingToOneTargetIsOneOccurrence) {
  Snippet S(R"cpp(
    struct Job { void run() {} };
    struct Nightly : Job {};
    struct Hourly : Job {};
    template <typename T> void launch(T t) { t.run(); }
    void cron() { launch(Nightly{}); launch(Hourly{}); }
  )cpp");
  EXPECT_THAT(S.deps(),
              testing::ContainerEq(Deps{"call launch -> Job::run", "inherit Nightly -> Job",
                                        "inherit Hourly -> Job", "call cron -> launch",
                                        "type cron -> Nightly", "type cron -> Hourly"}));
  const Edge *Run = S.edge("launch", "Job::run", EdgeKind::Call);
  ASSERT_NE(Run, nullptr);
  EXPECT_EQ(Run->At.size(), 1u); // Nightly's and Hourly's instantiations: one use site
}

TEST(ConstructsTemplates, CopiesAndMovesOfTInATemplateAreNotUsesOfT) {
  EXPECT_DEPS(R"cpp(
    #include <utility>
    struct Parcel { Parcel() = default; Parcel(const Parcel &) = default; int id = 0; };
    template <typename T> struct Holder {
      T value;
      static Holder of(T v) { Holder h; h.value = std::move(v); T copy(h.value); return h; }
    };
    int use() { return Holder<Parcel>::of(Parcel()).value.id; }
  )cpp",
              {"include main.cpp -> <utility>", "type Holder::of -> Holder",
               "field Holder::of -> Holder::value", "call Holder::of -> <utility>",
               "type Parcel::Parcel -> Parcel", "type use -> Holder", "type use -> Parcel",
               "call use -> Parcel::Parcel", "call use -> Holder::of", "field use -> Holder::value",
               "field use -> Parcel::id"});
}

TEST(ConstructsTemplates, ConceptConstrainedFunctionCallingItsArgument) {
  EXPECT_DEPS(R"cpp(
    template <typename T> concept Priced = requires(const T &t) { t.price(); };
    struct Book { int price() const { return 9; } };
    int cost(const Priced auto &item) { return item.price(); }
    template <Priced T> int twice(const T &t) requires (sizeof(T) > 0) { return 2 * t.price(); }
    int buy(const Book &b) { return cost(b) + twice(b); }
  )cpp",
              {"call cost -> Book::price", "call twice -> Book::price", "type buy -> Book",
               "call buy -> cost", "call buy -> twice"});
}

TEST(ConstructsTemplates, GenericLambdaCallingItsArgument) {
  EXPECT_DEPS(R"cpp(
    struct Parcel { int size() const { return 2; } };
    int measure(const Parcel &p) { auto f = [](const auto &x) { return x.size(); }; return f(p); }
  )cpp",
              {"type measure -> Parcel", "call measure -> Parcel::size"});
}

TEST(ConstructsTemplates, VariadicTemplatesAndFoldExpressions) {
  EXPECT_DEPS(R"cpp(
    struct A { int n() const { return 1; } };
    struct B { int n() const { return 2; } };
    template <typename... Ts> int total(const Ts &...ts) { return (ts.n() + ... + 0); }
    int run() { return total(A{}, B{}); }
  )cpp",
              {"call total -> A::n", "call total -> B::n", "call run -> total", "type run -> A",
               "type run -> B"});
}

TEST(ConstructsTemplates, TemplateTemplateParameters) {
  EXPECT_DEPS(R"cpp(
    template <typename T> struct List { T head; };
    template <template <typename> class C> struct Store { C<int> items; };
    Store<List> s;
  )cpp",
              {"type s -> Store", "type s -> List"});
}

TEST(ConstructsTemplates, PartialAndExplicitSpecializations) {
  EXPECT_DEPS(R"cpp(
    struct Raw {};
    template <typename T> struct Codec { static int id() { return 0; } };
    template <typename T> struct Codec<T *> { static int id() { return 1; } };
    template <> struct Codec<Raw> { static int id() { return 2; } };
    int pick() { return Codec<int *>::id() + Codec<Raw>::id(); }
  )cpp",
              {"type Codec -> Raw", "type pick -> Codec", "type pick -> Raw",
               "call pick -> Codec<type-parameter-0-0 *>::id", "call pick -> Codec<Raw>::id"});
}

TEST(ConstructsTemplates, SpecializationOfALibraryTemplateIsProjectCode) {
  // std::hash's primary template lives in a library header: the project's specialization and
  // what it uses belong to the project, and no edge starts at the library (ninja's hash_map.h).
  Snippet S(R"cpp(
    #include <functional>
    struct Sku { int id; };
    namespace std {
    template <> struct hash<Sku> {
      size_t operator()(const Sku &s) const { return std::hash<int>()(s.id); }
    };
    }
  )cpp");
  EXPECT_THAT(S.deps(), testing::ContainerEq(Deps{
                            "include main.cpp -> <functional>",
                            "type main.cpp -> <functional>", // hash<Sku> names std::hash
                            "type main.cpp -> Sku",
                            "type std::hash<Sku>::operator() -> <functional>",
                            "type std::hash<Sku>::operator() -> Sku",
                            "call std::hash<Sku>::operator() -> <functional>",
                            "field std::hash<Sku>::operator() -> Sku::id",
                        }));
  EXPECT_THAT(S.edges(EdgeKind::Contains),
              testing::Contains("main.cpp -> std::hash<Sku>::operator()"));
}

TEST(ConstructsTemplates, IfConstexprConstexprAndConsteval) {
  EXPECT_DEPS(R"cpp(
    constexpr int square(int x) { return x * x; }
    consteval int cube(int x) { return x * x * x; }
    template <bool Fast> int speed() { if constexpr (Fast) return square(3); else return cube(2); }
    int run() { return speed<true>() + speed<false>(); }
  )cpp",
              {"call speed -> square", "call speed -> cube", "call run -> speed"});
}

TEST(ConstructsTemplates, StaticAssertBelongsToItsFile) {
  EXPECT_DEPS(R"cpp(
    struct Header { int a; };
    static_assert(sizeof(Header) == sizeof(int), "layout");
  )cpp",
              {"type main.cpp -> Header"});
}

TEST(ConstructsTemplates, UsingAliasesTypedefsAndUsingDeclarations) {
  EXPECT_DEPS(R"cpp(
    namespace core { struct Id {}; int parse() { return 1; } }
    using Key = core::Id;
    typedef core::Id Handle;
    template <typename T> using Ptr = T *;
    using core::parse;
    Key k; Handle h; Ptr<core::Id> p;
    int f() { return parse(); }
  )cpp",
              {"type Key -> core::Id", "type Handle -> core::Id", "type k -> Key",
               "type k -> core::Id", "type h -> Handle", "type h -> core::Id", "type p -> Ptr",
               "type p -> core::Id", "call f -> core::parse"});
}

TEST(ConstructsTemplates, EnumClassAndUnscopedEnum) {
  EXPECT_DEPS(R"cpp(
    enum class Zone { North, South };
    enum Level { Low, High };
    int cost(Zone z) { return z == Zone::North ? Low : High; }
  )cpp",
              {"type cost -> Zone", "type cost -> Level"});
}

TEST(ConstructsTemplates, StructuredBindingsOfAStruct) {
  EXPECT_DEPS(R"cpp(
    struct Pair { int first; int second; };
    Pair make();
    int sum() { auto [a, b] = make(); return a + b; }
  )cpp",
              {"type make -> Pair", "call sum -> make", "type sum -> Pair",
               "field sum -> Pair::first", "field sum -> Pair::second"});
}

TEST(ConstructsTemplates, StructuredBindingsOfATupleLikeType) {
  EXPECT_DEPS(R"cpp(
    #include <utility>
    struct Range { int lo, hi; };
    std::pair<Range, int> span();
    int width() { auto &&[r, n] = span(); return r.hi - r.lo + n; }
  )cpp",
              {"include main.cpp -> <utility>", "type span -> <utility>", "type span -> Range",
               "call width -> span", "type width -> <utility>", "call width -> <utility>",
               "field width -> Range::hi", "field width -> Range::lo"});
}

TEST(ConstructsTemplates, DefaultedThreeWayComparison) {
  EXPECT_DEPS(R"cpp(
    #include <compare>
    struct Version { int major; int minor; auto operator<=>(const Version &) const = default; };
    bool older(const Version &a, const Version &b) { return a < b; }
  )cpp",
              {"include main.cpp -> <compare>", "type Version::operator<=> -> Version",
               "type older -> Version", "call older -> Version::operator<=>"});
}

TEST(ConstructsTemplates, VariableTemplatesAndStaticDataMembersOfTemplates) {
  EXPECT_DEPS(R"cpp(
    template <typename T> constexpr int width = sizeof(T);
    template <typename T> struct Pool { static int live; };
    template <typename T> int Pool<T>::live = 0;
    int probe() { Pool<char>::live++; return width<long>; }
  )cpp",
              {"type Pool::live -> Pool", "type probe -> Pool", "write probe -> Pool::live",
               "read probe -> width"});
}

TEST(ConstructsTemplates, DependentBaseOfAClassTemplate) {
  EXPECT_DEPS(R"cpp(
    struct Clock { int now() const { return 5; } };
    template <typename Base> struct Timed : Base { int stamp() const { return this->now(); } };
    int when() { return Timed<Clock>().stamp(); }
  )cpp",
              {"call Timed::stamp -> Clock::now", "type when -> Timed", "type when -> Clock",
               "call when -> Timed::stamp"});
}

} // namespace
} // namespace seams
