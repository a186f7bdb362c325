// Construct corpus, calls and objects: each C++ construct beside the exact dependencies seams
// records for it (every edge but `contains`). docs/FACTS.md keeps the table of these outcomes.
#include "analyzer/test_snippet.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace seams {
namespace {

TEST(ConstructsCalls, CompilerBuiltinsAreNoOnesCode) {
  // Clang declares __builtin_expect where it is first used (abseil's ABSL_PREDICT_TRUE): it must
  // not become a function of that file, nor a dependency.
  EXPECT_DEPS(R"cpp(
    bool ready();
    int poll() { return __builtin_expect(ready(), 1) ? __builtin_bswap16(7) : 0; }
  )cpp",
              {"call poll -> ready"});
}

TEST(ConstructsCalls, FreeFunctionCallAndFunctionPointer) {
  EXPECT_DEPS(R"cpp(
    int tax(int x) { return x / 10; }
    int total(int x) { return x + tax(x); }
    int (*hook)(int) = &tax;
  )cpp",
              {"call total -> tax", "call hook -> tax"});
}

TEST(ConstructsCalls, VirtualCallAndOverride) {
  EXPECT_DEPS(R"cpp(
    struct Shape { virtual ~Shape() = default; virtual int area() const = 0; };
    struct Square : Shape { int side = 1; int area() const override { return side * side; } };
    int measure(const Shape &s) { return s.area(); }
  )cpp",
              {"inherit Square -> Shape", "override Square::area -> Shape::area",
               "type Shape::~Shape -> Shape", "field Square::area -> Square::side",
               "call measure -> Shape::area", "type measure -> Shape"});
}

TEST(ConstructsCalls, MultipleAndVirtualInheritance) {
  EXPECT_DEPS(R"cpp(
    struct Base { int id; };
    struct Left : virtual Base {};
    struct Right : virtual Base {};
    struct Both : Left, Right { int key() { return id; } };
  )cpp",
              {"inherit Left -> Base", "inherit Right -> Base", "inherit Both -> Left",
               "inherit Both -> Right", "field Both::key -> Base::id"});
}

TEST(ConstructsCalls, ConstructorsDestructorsNewDelete) {
  EXPECT_DEPS(R"cpp(
    #include <new>
    struct Plain { int v; };
    struct Conn { Conn(int) {} ~Conn() {} };
    void use(void *buf) {
      Conn c(1);                    // constructor call; the destructor runs implicitly
      Conn *p = new Conn(2);        // new: constructor call and type
      delete p;
      new (buf) Conn(3);            // placement new
      Plain q{};                    // implicit constructor: a use of the type
    }
  )cpp",
              {"include main.cpp -> <new>", "call use -> Conn::Conn", "type use -> Conn",
               "type use -> Plain", "type Conn::~Conn -> Conn"});
}

TEST(ConstructsCalls, MemberAndFreeOperators) {
  EXPECT_DEPS(R"cpp(
    struct Money { int c; Money operator+(Money o) const { return {c + o.c}; } };
    bool operator==(Money a, Money b) { return a.c == b.c; }
    bool same(Money a, Money b) { return a + b == b; }
  )cpp",
              {"field Money::operator+ -> Money::c", "type Money::operator+ -> Money",
               "field operator== -> Money::c", "type operator== -> Money",
               "call same -> Money::operator+", "call same -> operator==", "type same -> Money"});
}

TEST(ConstructsCalls, ConversionOperator) {
  EXPECT_DEPS(R"cpp(
    struct Cents { int v; operator int() const { return v; } explicit operator bool() const { return v; } };
    int plain(Cents c) { return c; }
    bool check(Cents c) { return static_cast<bool>(c); }
  )cpp",
              {"field Cents::operator int -> Cents::v", "field Cents::operator bool -> Cents::v",
               "call plain -> Cents::operator int", "type plain -> Cents",
               "call check -> Cents::operator bool", "type check -> Cents"});
}

TEST(ConstructsCalls, ArgumentDependentLookup) {
  EXPECT_DEPS(R"cpp(
    namespace shop { struct Order {}; int weight(const Order &) { return 1; } }
    int ship(const shop::Order &o) { return weight(o); }
  )cpp",
              {"type shop::weight -> shop::Order", "call ship -> shop::weight",
               "type ship -> shop::Order"});
}

TEST(ConstructsCalls, LambdasWithCapturesAndGenericLambdas) {
  EXPECT_DEPS(R"cpp(
    struct Item { int price() const { return 2; } };
    int g_rate = 3;
    int run(Item i) {
      auto byValue = [i] { return i.price(); };
      auto byRef = [&] { return g_rate; };
      auto generic = [](const auto &x) { return x.price(); };
      return byValue() + byRef() + generic(i);
    }
  )cpp",
              {"type run -> Item", "call run -> Item::price", "read run -> g_rate"});
}

TEST(ConstructsCalls, StdFunctionCallbacks) {
  EXPECT_DEPS(R"cpp(
    #include <functional>
    int audit(int x) { return x; }
    struct Bus { std::function<int(int)> handler = audit; int fire() { return handler(1); } };
  )cpp",
              {"include main.cpp -> <functional>", "type Bus::handler -> <functional>",
               "call Bus::handler -> audit", "call Bus::handler -> <functional>",
               "field Bus::fire -> Bus::handler", "call Bus::fire -> <functional>"});
}

TEST(ConstructsCalls, PointerToMember) {
  EXPECT_DEPS(R"cpp(
    struct Cart { int items; int count() const { return items; } };
    int (Cart::*getter)() const = &Cart::count;
    int Cart::*field = &Cart::items;
    int read(const Cart &c) { return (c.*getter)() + c.*field; }
  )cpp",
              {"field Cart::count -> Cart::items", "call getter -> Cart::count",
               "type getter -> Cart", "field field -> Cart::items", "type field -> Cart",
               "read read -> getter", "read read -> field", "type read -> Cart"});
}

TEST(ConstructsCalls, DefaultArgumentsCallTheirInitializer) {
  EXPECT_DEPS(R"cpp(
    int defaultLimit() { return 5; }
    int page(int limit = defaultLimit()) { return limit; }
    int first() { return page(); }
  )cpp",
              {"call page -> defaultLimit", "call first -> page"});
}

TEST(ConstructsCalls, FriendFunctions) {
  EXPECT_DEPS(R"cpp(
    class Vault { int secret = 4; friend int peek(const Vault &v); };
    int peek(const Vault &v) { return v.secret; }
  )cpp",
              {"type peek -> Vault", "field peek -> Vault::secret"});
}

TEST(ConstructsCalls, NestedClasses) {
  EXPECT_DEPS(R"cpp(
    struct Outer { struct Inner { int depth() const { return 1; } }; Inner in; int go() { return in.depth(); } };
  )cpp",
              {"type Outer::in -> Outer::Inner", "field Outer::go -> Outer::in",
               "call Outer::go -> Outer::Inner::depth"});
}

TEST(ConstructsCalls, StaticMembersAndStaticMethods) {
  EXPECT_DEPS(R"cpp(
    struct Registry { static int count; static int next() { return ++count; } };
    int Registry::count = 0;
    int make() { return Registry::next() + Registry::count; }
  )cpp",
              {"write Registry::next -> Registry::count", "call make -> Registry::next",
               "read make -> Registry::count", "type Registry::count -> Registry",
               "type make -> Registry"});
}

TEST(ConstructsCalls, ExceptionsThrowAndCatchTypes) {
  EXPECT_DEPS(R"cpp(
    struct PaymentError { int code; };
    void charge() { throw PaymentError{7}; }
    int safe() { try { charge(); } catch (const PaymentError &e) { return e.code; } return 0; }
  )cpp",
              {"type charge -> PaymentError", "call safe -> charge", "type safe -> PaymentError",
               "field safe -> PaymentError::code"});
}

TEST(ConstructsCalls, GlobalsThroughReferencesAndPointers) {
  EXPECT_DEPS(R"cpp(
    int g_total = 0;
    void add(int &into) { into += 1; }
    void viaRef() { int &r = g_total; r = 2; }
    void viaPtr() { int *p = &g_total; *p = 3; }
    void viaArg() { add(g_total); }
  )cpp",
              {"read viaRef -> g_total", "write viaPtr -> g_total", "write viaArg -> g_total",
               "call viaArg -> add"});
}

TEST(ConstructsCalls, ExternThreadLocalAndInlineVariables) {
  EXPECT_DEPS(R"cpp(
    extern int g_limit;
    thread_local int t_depth = 0;
    inline int g_version = 3;
    int probe() { t_depth++; return g_limit + g_version; }
  )cpp",
              {"write probe -> t_depth", "read probe -> g_limit", "read probe -> g_version"});
}

TEST(ConstructsCalls, MacrosDefiningFunctions) {
  EXPECT_DEPS(R"cpp(
    #define GETTER(name, value) int get_##name() { return value; }
    GETTER(limit, 5)
    int use() { return get_limit(); }
  )cpp",
              {"macro main.cpp -> GETTER", "call use -> get_limit"});
}

TEST(ConstructsCalls, AttributesAndDiscardedResults) {
  Snippet S(R"cpp(
    [[nodiscard]] int reserve(int n) { return n; }
    [[maybe_unused]] static int spare = 0;
    void book() { (void)reserve(2); }
  )cpp");
  EXPECT_THAT(S.deps(), testing::ContainerEq(Deps{"call book -> reserve"}));
  EXPECT_EQ(S.edge("book", "reserve", EdgeKind::Call)->At.front().Discarded, true);
}

TEST(ConstructsCalls, SizeofAlignofTypeidDecltype) {
  EXPECT_DEPS(R"cpp(
    #include <typeinfo>
    struct Blob { char data[16]; };
    Blob g_blob;
    unsigned layout() { return sizeof(Blob) + alignof(Blob) + sizeof g_blob; }
    const char *kind() { return typeid(Blob).name(); }
    decltype(g_blob) copy() { return g_blob; }
  )cpp",
              {"include main.cpp -> <typeinfo>", "type g_blob -> Blob", "type layout -> Blob",
               "read layout -> g_blob", "type kind -> Blob", "call kind -> <typeinfo>",
               "read copy -> g_blob", "type copy -> Blob"});
}

TEST(ConstructsCalls, AutoAndTrailingReturnTypes) {
  EXPECT_DEPS(R"cpp(
    struct Quote { int v; };
    auto make() -> Quote { return {1}; }
    auto deduced() { return make(); }
    int read() { auto q = deduced(); return q.v; }
  )cpp",
              {"type make -> Quote", "call deduced -> make", "call read -> deduced",
               "field read -> Quote::v"});
}

TEST(ConstructsCalls, RangeForCallsBeginAndEnd) {
  EXPECT_DEPS(R"cpp(
    struct Bag { int items[3]; const int *begin() const { return items; } const int *end() const { return items + 3; } };
    int sum(const Bag &b) { int s = 0; for (int x : b) s += x; return s; }
  )cpp",
              {"field Bag::begin -> Bag::items", "field Bag::end -> Bag::items", "type sum -> Bag",
               "call sum -> Bag::begin", "call sum -> Bag::end"});
}

TEST(ConstructsCalls, AggregateAndDesignatedInitializers) {
  EXPECT_DEPS(R"cpp(
    struct Address { int zip; int street; };
    Address home() { return {.zip = 1, .street = 2}; }
    Address work() { Address a{3, 4}; return a; }
  )cpp",
              {"type home -> Address", "field home -> Address::zip",
               "field home -> Address::street", "type work -> Address"});
}

TEST(ConstructsCalls, DefaultMemberInitializers) {
  EXPECT_DEPS(R"cpp(
    int defaultSize() { return 8; }
    struct Buffer { int size = defaultSize(); };
    Buffer make() { return Buffer(); }
  )cpp",
              {"call Buffer::size -> defaultSize", "type make -> Buffer"});
}

} // namespace
} // namespace seams
