// Tests of the token stream that concept labels are matched on.
#include <gtest/gtest.h>

#include "ingest/concept_tokens.hpp"

namespace {

using ingest::tokenize_for_concepts;

std::vector<std::string> keys(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize_for_concepts(text))
    out.push_back(t.key);
  return out;
}

TEST(ConceptTokensTest, FoldsCaseDiacriticsAndApostrophes) {
  EXPECT_EQ(ingest::fold_for_matching("Cliënt ÉÉN Ĳsland"), "client een ijsland");
  EXPECT_EQ(keys("De PLG’s van Zoë"), (std::vector<std::string>{"de", "plg's", "van", "zoe"}));
  EXPECT_EQ(ingest::fold_apostrophes("PLG’s"), "PLG's");
}

TEST(ConceptTokensTest, KeepsByteRangesOfTheOriginalText) {
  const std::string text = "één (co-creatie)";
  const auto tokens = tokenize_for_concepts(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin), "één");
  EXPECT_EQ(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin), "creatie");
}

TEST(ConceptTokensTest, RecordsHyphenJoinsAndEllipticHyphens) {
  const auto joined = tokenize_for_concepts("het HRD-thema");
  ASSERT_EQ(joined.size(), 3u);
  EXPECT_FALSE(joined[1].joined_before);
  EXPECT_TRUE(joined[2].joined_before);

  const auto elliptic = tokenize_for_concepts("verwervings- en toekenningsprocessen");
  ASSERT_EQ(elliptic.size(), 3u);
  EXPECT_TRUE(elliptic[0].dangling_hyphen);
  EXPECT_FALSE(elliptic[2].joined_before);

  const auto tail = tokenize_for_concepts("leerprocessen en -resultaten");
  ASSERT_EQ(tail.size(), 3u);
  EXPECT_TRUE(tail[2].leading_hyphen);
  EXPECT_FALSE(tail[2].joined_before);

  // A dash between words with spaces is neither.
  const auto dash = tokenize_for_concepts("leren - werken");
  ASSERT_EQ(dash.size(), 2u);
  EXPECT_FALSE(dash[0].dangling_hyphen);
  EXPECT_FALSE(dash[1].joined_before);
}

TEST(ConceptTokensTest, QuotesAroundAWordAreNotPartOfIt) {
  EXPECT_EQ(keys("‘twijfelmoed’, Kessels’ werk"),
            (std::vector<std::string>{"twijfelmoed", "kessels", "werk"}));
}

TEST(ConceptTokensTest, AbbreviationsHaveTwoCapitalsAndNoSpace) {
  EXPECT_TRUE(ingest::looks_like_abbreviation("PLG"));
  EXPECT_TRUE(ingest::looks_like_abbreviation("HRD"));
  EXPECT_FALSE(ingest::looks_like_abbreviation("Wmo"));
  EXPECT_FALSE(ingest::looks_like_abbreviation("De Kanteling"));
  EXPECT_EQ(ingest::letter_count("cliënt"), 6u);
}

}  // namespace
