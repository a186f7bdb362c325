// Tests for the escaping helpers of the writers: every context a hostile name can reach.
#include "reports/escape.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace seams {
namespace {

TEST(EscapeTest, HtmlTextEscapesMarkup) {
  EXPECT_EQ(htmlText("operator<"), "operator&lt;");
  EXPECT_EQ(htmlText("std::map<K, V>"), "std::map&lt;K, V&gt;");
  EXPECT_EQ(htmlText("</script><script>x&y"), "&lt;/script&gt;&lt;script&gt;x&amp;y");
  EXPECT_EQ(htmlText("say \"hi\" 'there'"), "say \"hi\" 'there'");
  EXPECT_EQ(htmlText("&amp;"), "&amp;amp;");
}

TEST(EscapeTest, HtmlAttrEscapesQuotes) {
  EXPECT_EQ(htmlAttr("a\"b'c<d>&"), "a&quot;b&#39;c&lt;d&gt;&amp;");
  EXPECT_EQ(htmlAttr("plain"), "plain");
}

TEST(EscapeTest, ScriptJsonCannotCloseTheScriptElement) {
  std::string Hostile = "</script><script>alert(1)</script><!-- &";
  std::string J = scriptJsonString(Hostile);
  EXPECT_EQ(J.find('<'), std::string::npos);
  EXPECT_EQ(J.find('>'), std::string::npos);
  EXPECT_EQ(J.find('&'), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(J).get<std::string>(), Hostile);
}

TEST(EscapeTest, ScriptJsonEscapesLineSeparators) {
  std::string S = "a\xE2\x80\xA8"
                  "b\xE2\x80\xA9"
                  "c\xC3\xA9";
  std::string J = scriptJsonString(S);
  EXPECT_EQ(J, "\"a\\u2028b\\u2029c\xC3\xA9\"");
  EXPECT_EQ(nlohmann::json::parse(J).get<std::string>(), S);
}

TEST(EscapeTest, ScriptJsonEscapesQuotesAndControls) {
  EXPECT_EQ(scriptJsonString("a\"b\\c\n\x01"), "\"a\\\"b\\\\c\\n\\u0001\"");
}

TEST(EscapeTest, DotStringQuotesAndDisarmsLabelEscapes) {
  EXPECT_EQ(dotString("operator<"), "\"operator<\"");
  EXPECT_EQ(dotString("a\"b"), "\"a\\\"b\"");
  EXPECT_EQ(dotString("\\N\\G"), "\"\\\\N\\\\G\"");
  EXPECT_EQ(dotString("two\nlines\r"), "\"two\\nlines\"");
}

TEST(EscapeTest, UriPathPercentEncodes) {
  EXPECT_EQ(uriPath("src/a_b-c.~1/x.cpp"), "src/a_b-c.~1/x.cpp");
  EXPECT_EQ(uriPath("<script>.h"), "%3Cscript%3E.h");
  EXPECT_EQ(uriPath("a b/#?&%.h"), "a%20b/%23%3F%26%25.h");
  EXPECT_EQ(uriPath("caf\xC3\xA9.h"), "caf%C3%A9.h");
}

TEST(EscapeTest, XmlTextEscapesMarkupAndQuotes) {
  EXPECT_EQ(xmlText("a\"b'c<d>&"), "a&quot;b'c&lt;d&gt;&amp;");
}

TEST(EscapeTest, GithubCommandDataEncodesBreaksAndProperties) {
  EXPECT_EQ(githubCommandData("50% a:b,c\r\nd", false), "50%25 a:b,c%0D%0Ad");
  EXPECT_EQ(githubCommandData("src/a:b,c.cpp", true), "src/a%3Ab%2Cc.cpp");
}

TEST(EscapeTest, MarkdownTextEscapesTableAndEmphasis) {
  EXPECT_EQ(markdownText("a|b *c* _d_ `e` <f>"), "a\\|b \\*c\\* \\_d\\_ \\`e\\` \\<f\\>");
}

} // namespace
} // namespace seams
