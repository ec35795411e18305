// Tests ingest::append_normalised_line and fold_quotes: white space, ligatures, drop caps.
#include <gtest/gtest.h>

#include "ingest/hyphenation.hpp"
#include "ingest/normaliser.hpp"

namespace {

using ingest::MappedText;
using ingest::NormaliseStats;

std::string normalise(std::string_view line, const ingest::WordLexicon* lexicon = nullptr,
                      NormaliseStats* stats_out = nullptr) {
  MappedText out;
  NormaliseStats stats;
  ingest::append_normalised_line(out, line, 1, lexicon, stats);
  if (stats_out != nullptr) *stats_out = stats;
  return out.text();
}

TEST(NormaliserTest, TabsAndSpaceRunsFoldToOneSpaceAndAreTrimmed) {
  EXPECT_EQ(normalise("\tGespreid\tleiderschap\t\tin  een   ruimte \t"),
            "Gespreid leiderschap in een ruimte");
  EXPECT_EQ(normalise(" \t "), "");
}

TEST(NormaliserTest, UnicodeSpacesFold) {
  // no-break space, thin space (U+2009), narrow no-break space (U+202F)
  EXPECT_EQ(normalise("10\xC2\xA0procent en\xE2\x80\x89meer\xE2\x80\xAFnog"),
            "10 procent en meer nog");
}

TEST(NormaliserTest, IjLigatureAndTypographicLigaturesAreSpelledOut) {
  EXPECT_EQ(normalise("b\xC4\xB3voorbeeld \xC4\xB2sselmeer"), "bijvoorbeeld IJsselmeer");
  EXPECT_EQ(normalise("pro\xEF\xAC\x81"
                      "el en re\xEF\xAC\x82"
                      "ectie"),
            "profiel en reflectie");
}

TEST(NormaliserTest, SoftHyphensAndZeroWidthCharactersAreRemoved) {
  EXPECT_EQ(normalise("leer\xC2\xAD"
                      "gemeenschap zero\xE2\x80\x8Bwidth"),
            "leergemeenschap zerowidth");
}

TEST(NormaliserTest, ReplacementCharactersAreKeptAndCounted) {
  NormaliseStats stats;
  EXPECT_EQ(normalise("\xEF\xBF\xBD Peter en \xEF\xBF\xBDOpen", nullptr, &stats),
            "\xEF\xBF\xBD Peter en \xEF\xBF\xBDOpen");
  EXPECT_EQ(stats.replacement_characters, 2);
}

TEST(NormaliserTest, QuotesAreKeptInTheText) {
  EXPECT_EQ(normalise("\xE2\x80\x98leiderschap\xE2\x80\x99"),
            "\xE2\x80\x98leiderschap\xE2\x80\x99");
}

TEST(NormaliserTest, MapPointsAtTheOriginalColumns) {
  MappedText out;
  NormaliseStats stats;
  ingest::append_normalised_line(out, "\tEen\t\ttwee", 9, nullptr, stats);
  ASSERT_EQ(out.text(), "Een twee");
  EXPECT_EQ(out.origin(0).line, 9);
  EXPECT_EQ(out.origin(0).column, 1);  // after the leading TAB
  EXPECT_EQ(out.origin(4).column, 6);  // 't' of twee, after two TABs
}

TEST(NormaliserTest, DropCapIsClosedUpWhenTheCorpusAttestsTheWord) {
  ingest::WordLexicon lexicon;
  lexicon.add_line("Live muziek en live optredens");
  NormaliseStats stats;
  EXPECT_EQ(normalise("L ive Action Learning", &lexicon, &stats), "Live Action Learning");
  EXPECT_EQ(stats.drop_caps_repaired, 1);
}

TEST(NormaliserTest, DropCapIsClosedUpWhenTheBrokenLineItselfIsInTheLexicon) {
  // The build counts every line, the broken one too: "ive" is seen once, "live" more often.
  ingest::WordLexicon lexicon;
  lexicon.add_line("L ive Action Learning");
  lexicon.add_line("Live Action Learning is immersief");
  lexicon.add_line("live en online");
  EXPECT_EQ(normalise("L ive Action Learning", &lexicon), "Live Action Learning");
}

TEST(NormaliserTest, DropCapIsLeftWhenTheFragmentIsAWordOrTheJoinIsUnknown) {
  ingest::WordLexicon lexicon;
  lexicon.add_line("Mijn ene en mene zijn woorden");
  // "ene" is attested on its own: "M ene" is not repaired.
  EXPECT_EQ(normalise("M ene", &lexicon), "M ene");
  // "Xyz" is not attested: nothing to join into.
  EXPECT_EQ(normalise("X yz", &lexicon), "X yz");
}

TEST(NormaliserTest, OneLetterWordsAreNeverJoined) {
  ingest::WordLexicon lexicon;
  lexicon.add_line("Ubent welkom Alles Ik");
  EXPECT_EQ(normalise("U bent welkom", &lexicon), "U bent welkom");
  EXPECT_EQ(normalise("A lles", &lexicon), "A lles");
}

TEST(NormaliserTest, FoldQuotesForMatching) {
  EXPECT_EQ(ingest::fold_quotes("‘PLG’s “doen” „zo”"), "'PLG's \"doen\" \"zo\"");
  EXPECT_EQ(ingest::fold_quotes("geen quotes: caf\xC3\xA9"), "geen quotes: caf\xC3\xA9");
}

}  // namespace
