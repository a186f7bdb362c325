// Tests for the shared text encodings: JSON literals, stable numbers, counted nouns, fingerprints.
#include "graph/model/text_format.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace seams {
namespace {

TEST(TextFormatTest, JsonStringEscapesQuotesControlsAndMarkup) {
  EXPECT_EQ(jsonString("a\"b\\c\n\x01"), "\"a\\\"b\\\\c\\n\\u0001\"");
  EXPECT_EQ(jsonString("</script>&"), "\"\\u003c/script\\u003e\\u0026\"");
  EXPECT_EQ(nlohmann::json::parse(jsonString("caf\xC3\xA9 <x>")).get<std::string>(),
            "caf\xC3\xA9 <x>");
}

TEST(TextFormatTest, FormatNumberIsShortAndStable) {
  EXPECT_EQ(formatNumber(0), "0");
  EXPECT_EQ(formatNumber(-0.0000001), "0");
  EXPECT_EQ(formatNumber(12), "12");
  EXPECT_EQ(formatNumber(0.5), "0.5");
  EXPECT_EQ(formatNumber(1.0 / 3), "0.333333");
  EXPECT_EQ(formatNumber(2.345, 1), "2.3");
  EXPECT_EQ(formatNumber(-1.25, 2), "-1.25");
  EXPECT_EQ(formatNumber(150, 0), "150");
  EXPECT_EQ(formatNumber(0.04, 1), "0");
}

TEST(TextFormatTest, PluralAgreesWithTheCount) {
  EXPECT_EQ(plural(0, "service", "services"), "0 services");
  EXPECT_EQ(plural(1, "service", "services"), "1 service");
  EXPECT_EQ(plural(2, "new cycle", "new cycles"), "2 new cycles");
  EXPECT_EQ(plural(1, "known dependency", "known dependencies"), "1 known dependency");
}

TEST(TextFormatTest, FingerprintIsFnv1a64) {
  EXPECT_EQ(fingerprint(""), "cbf29ce484222325");
  EXPECT_EQ(fingerprint("a"), "af63dc4c8601ec8c");
  EXPECT_NE(fingerprint("ab"), fingerprint("ba"));
}

} // namespace
} // namespace seams
