// Tests ingest::WordLexicon and ingest::decide_hyphens: each rule, the evidence and the fallback.
#include "ingest/hyphenation.hpp"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace {

using ingest::decide_hyphens;
using ingest::HyphenCase;
using ingest::HyphenChoice;
using ingest::HyphenDecision;
using ingest::WordLexicon;

WordLexicon lexicon_of(std::initializer_list<std::string_view> lines) {
  WordLexicon lexicon;
  for (std::string_view line : lines)
    lexicon.add_line(line);
  return lexicon;
}

// Decides a file holding just this one case.
HyphenDecision decide(std::string left, std::string right, const WordLexicon& lexicon = {}) {
  const std::vector<HyphenDecision> out =
      decide_hyphens({HyphenCase{std::move(left), std::move(right), 1}}, lexicon);
  EXPECT_EQ(out.size(), 1u);
  return out.empty() ? HyphenDecision{} : out.front();
}

// ---------------------------------------------------------------- WordLexicon

TEST(WordLexiconTest, CountsWordsInAnyCase) {
  const WordLexicon lexicon = lexicon_of({"Leren en leren, LEREN"});
  EXPECT_EQ(lexicon.count("leren"), 3u);
  EXPECT_EQ(lexicon.count("Leren"), 3u);
  EXPECT_EQ(lexicon.count("en"), 1u);
  EXPECT_EQ(lexicon.count("zorg"), 0u);
}

TEST(WordLexiconTest, LowersLatinLettersBeyondAscii) {
  const WordLexicon lexicon = lexicon_of({"ÉÉN IDEEËN NAÏEF Łódź ĲSBEER"});
  EXPECT_EQ(lexicon.count("één"), 1u);
  EXPECT_EQ(lexicon.count("ideeën"), 1u);
  EXPECT_EQ(lexicon.count("naïef"), 1u);
  EXPECT_EQ(lexicon.count("łódź"), 1u);
  EXPECT_EQ(lexicon.count("ĳsbeer"), 1u);
  EXPECT_EQ(lexicon.count("NAÏEF"), 1u);
}

TEST(WordLexiconTest, StripsSurroundingPunctuationButNotInnerMarks) {
  const WordLexicon lexicon =
      lexicon_of({"‘sturing’, (PLG’s) “doen”. zo! [kern]; \"echt\" vraag? Wat:"});
  EXPECT_EQ(lexicon.count("sturing"), 1u);
  EXPECT_EQ(lexicon.count("plg’s"), 1u);
  EXPECT_EQ(lexicon.count("doen"), 1u);
  EXPECT_EQ(lexicon.count("zo"), 1u);
  EXPECT_EQ(lexicon.count("kern"), 1u);
  EXPECT_EQ(lexicon.count("echt"), 1u);
  EXPECT_EQ(lexicon.count("vraag"), 1u);
  EXPECT_EQ(lexicon.count("wat"), 1u);
  EXPECT_EQ(lexicon.count("‘sturing’,"), 0u);
}

TEST(WordLexiconTest, SplitsOnTabsAndNoBreakSpaces) {
  const WordLexicon lexicon = lexicon_of({"een\ttwee\t\tdrie\xC2\xA0vier "});
  EXPECT_EQ(lexicon.count("twee"), 1u);
  EXPECT_EQ(lexicon.count("drie"), 1u);
  EXPECT_EQ(lexicon.count("vier"), 1u);
}

TEST(WordLexiconTest, CountsInnerHyphenatedWordsAsTheyStand) {
  const WordLexicon lexicon = lexicon_of({"een klassiek HRD-thema."});
  EXPECT_EQ(lexicon.count("hrd-thema"), 1u);
  EXPECT_EQ(lexicon.count("hrdthema"), 0u);
  EXPECT_EQ(lexicon.count("thema"), 0u);
}

TEST(WordLexiconTest, SkipsTheLineEndFragmentAndItsTailAcrossABlankLine) {
  const WordLexicon lexicon = lexicon_of({"de ken-  ", "", "nis is macht", "nis"});
  EXPECT_EQ(lexicon.count("ken"), 0u);
  EXPECT_EQ(lexicon.count("ken-"), 0u);
  EXPECT_EQ(lexicon.count("is"), 1u);
  EXPECT_EQ(lexicon.count("macht"), 1u);
  // Only the first word after the fragment is its tail; the same word later counts.
  EXPECT_EQ(lexicon.count("nis"), 1u);
}

TEST(WordLexiconTest, ASpacedDashIsNoFragment) {
  const WordLexicon lexicon = lexicon_of({"de leraren -", "automatisch in"});
  EXPECT_EQ(lexicon.count("automatisch"), 1u);
}

TEST(WordLexiconTest, IgnoresTokensWithoutLetters) {
  const WordLexicon lexicon = lexicon_of({"– 2011 • ... COVID-19"});
  EXPECT_EQ(lexicon.count("2011"), 0u);
  EXPECT_EQ(lexicon.count("–"), 0u);
  EXPECT_EQ(lexicon.count("covid-19"), 1u);
}

// ---------------------------------------------------------------- rules

TEST(HyphenRulesTest, EmptyInputGivesNoDecisions) {
  EXPECT_TRUE(decide_hyphens({}, WordLexicon{}).empty());
}

TEST(HyphenRulesTest, NoRuleAndNoEvidenceDropsByDefault) {
  const HyphenDecision d = decide("veelbelo", "vend");
  EXPECT_EQ(d.choice, HyphenChoice::kDrop);
  EXPECT_STREQ(d.rule, "default");
}

TEST(HyphenRulesTest, ADashWithoutAWordBeforeItKeepsItsSpace) {
  const HyphenDecision d = decide("", "automatisch");
  EXPECT_EQ(d.choice, HyphenChoice::kKeepSpace);
  EXPECT_STREQ(d.rule, "dash");
  EXPECT_EQ(decide("1½", "2").choice, HyphenChoice::kKeepSpace);
}

TEST(HyphenRulesTest, UrlsKeepTheirHyphenWithoutSpace) {
  const HyphenDecision d = decide("org/2019/10/why-reverse-mentoring", "works-and-how-to");
  EXPECT_EQ(d.choice, HyphenChoice::kKeep);
  EXPECT_STREQ(d.rule, "url");
  EXPECT_EQ(decide("https://www.voorbeeld.nl/scan-onderzoeks", "cultuur/)").choice,
            HyphenChoice::kKeep);
  EXPECT_EQ(decide("voorbeeld.org", "pagina").choice, HyphenChoice::kKeep);
}

TEST(HyphenRulesTest, OneSlashInProseIsNoUrl) {
  EXPECT_STREQ(decide("leraar/begelei", "der").rule, "default");
}

TEST(HyphenRulesTest, AConjunctionAfterTheHyphenMakesAnEllipticCompound) {
  for (const char* conjunction : {"en", "of", "als", "noch", "tot", "en/of", "&"}) {
    const HyphenDecision d = decide("verwervings", conjunction);
    EXPECT_EQ(d.choice, HyphenChoice::kKeepSpace) << conjunction;
    EXPECT_STREQ(d.rule, "elliptic") << conjunction;
  }
}

TEST(HyphenRulesTest, EllipticWinsOverAnAttestedWordAfterAConsonant) {
  // "zorgen" is a word, but Dutch would break it "zor-gen", never "zorg-en".
  const WordLexicon lexicon = lexicon_of({"wij zorgen ervoor"});
  EXPECT_EQ(decide("zorg", "en", lexicon).choice, HyphenChoice::kKeepSpace);
}

TEST(HyphenRulesTest, AConjunctionThatEndsAnAttestedWordIsNoEllipsis) {
  const WordLexicon lexicon = lexicon_of({"de Jordan stroomt", "goede ideeën"});
  const HyphenDecision jordan = decide("Jor", "dan", lexicon);
  EXPECT_EQ(jordan.choice, HyphenChoice::kDrop);
  EXPECT_STREQ(jordan.rule, "joined-attested");
  // The break at the diaeresis of "ideeën" drops it: ide-/en.
  EXPECT_EQ(decide("idee", "en", lexicon).choice, HyphenChoice::kDrop);
  // Without the word in the corpus, a vowel-final stem is still elliptic.
  EXPECT_EQ(decide("politie", "en", lexicon).choice, HyphenChoice::kKeepSpace);
}

TEST(HyphenRulesTest, ADigitNextToTheHyphenKeepsIt) {
  const HyphenDecision d = decide("2012", "2015.");
  EXPECT_EQ(d.choice, HyphenChoice::kKeep);
  EXPECT_STREQ(d.rule, "digit");
  EXPECT_EQ(decide("groep", "3").choice, HyphenChoice::kKeep);
}

TEST(HyphenRulesTest, ADigitBeforeAConjunctionIsStillElliptic) {
  EXPECT_EQ(decide("0", "tot").choice, HyphenChoice::kKeepSpace);
}

TEST(HyphenRulesTest, ACapitalAfterTheHyphenKeepsIt) {
  const HyphenDecision d = decide("Noord", "Italië,");
  EXPECT_EQ(d.choice, HyphenChoice::kKeep);
  EXPECT_STREQ(d.rule, "capital-after");
  EXPECT_EQ(decide("zuid", "Ëiland").choice, HyphenChoice::kKeep);
}

TEST(HyphenRulesTest, ANameWrittenSolidWithAnInnerCapitalIsJoined) {
  const WordLexicon lexicon = lexicon_of({"het programma VenloDroom loopt"});
  const HyphenDecision d = decide("Venlo", "Droom.", lexicon);
  EXPECT_EQ(d.choice, HyphenChoice::kDrop);
  EXPECT_STREQ(d.rule, "joined-attested");
}

TEST(HyphenRulesTest, AnAbbreviationBeforeTheHyphenKeepsIt) {
  for (const char* left : {"HRD", "L&D", "LinkedIn", "e", "‘ICT"}) {
    const HyphenDecision d = decide(left, "thema");
    EXPECT_EQ(d.choice, HyphenChoice::kKeep) << left;
    EXPECT_STREQ(d.rule, "abbreviation-before") << left;
  }
  // One capital starting a word is no abbreviation.
  EXPECT_EQ(decide("Boon", "stra").choice, HyphenChoice::kDrop);
}

TEST(HyphenRulesTest, AHeadingInCapitalsFollowsTheCorpus) {
  const WordLexicon lexicon = lexicon_of({"gespreid leiderschap"});
  EXPECT_EQ(decide("LEIDER", "SCHAP", lexicon).choice, HyphenChoice::kDrop);
  // Unattested, the capitals still count as capitals.
  EXPECT_EQ(decide("HRD", "THEMA", lexicon).choice, HyphenChoice::kKeep);
}

TEST(HyphenRulesTest, NietAlwaysKeepsItsHyphen) {
  const HyphenDecision d = decide("niet", "lineair");
  EXPECT_EQ(d.choice, HyphenChoice::kKeep);
  EXPECT_STREQ(d.rule, "known-prefix");
}

TEST(HyphenRulesTest, ExAndOudKeepTheHyphenOnlyBeforeAWord) {
  const WordLexicon lexicon = lexicon_of({"haar partner en de minister"});
  EXPECT_EQ(decide("ex", "partner", lexicon).choice, HyphenChoice::kKeep);
  EXPECT_STREQ(decide("oud", "ministers", lexicon).rule, "known-prefix");
  // ex-ploitatie, oud-ste: syllable breaks, no prefix.
  EXPECT_EQ(decide("ex", "ploitatie", lexicon).choice, HyphenChoice::kDrop);
  EXPECT_EQ(decide("oud", "ste", lexicon).choice, HyphenChoice::kDrop);
}

TEST(HyphenRulesTest, PrefixesDutchWritesSolidAreNotKept) {
  EXPECT_EQ(decide("anti", "lichamen").choice, HyphenChoice::kDrop);
  EXPECT_EQ(decide("zelf", "sturing").choice, HyphenChoice::kDrop);
}

TEST(HyphenRulesTest, ClashingVowelsAtACompoundBoundaryKeepTheHyphen) {
  const WordLexicon lexicon = lexicon_of({"een egel en een ongeluk, de arend"});
  const HyphenDecision d = decide("zee", "egel", lexicon);
  EXPECT_EQ(d.choice, HyphenChoice::kKeep);
  EXPECT_STREQ(d.rule, "vowel-clash");
  EXPECT_EQ(decide("auto", "ongeluk", lexicon).choice, HyphenChoice::kKeep);
  // "ea" reads as two sounds, so Dutch writes "zeearend" solid.
  EXPECT_EQ(decide("zee", "arend", lexicon).choice, HyphenChoice::kDrop);
}

TEST(HyphenRulesTest, ClashingVowelsInsideOneWordAreASyllableBreak) {
  EXPECT_EQ(decide("geïniti", "eerd").choice, HyphenChoice::kDrop);
}

// ---------------------------------------------------------------- evidence

TEST(HyphenEvidenceTest, AnAttestedJoinedWordDropsTheHyphen) {
  const WordLexicon lexicon = lexicon_of({"kennis is macht", "(Kouwenhoven, 2008)"});
  const HyphenDecision d = decide("ken", "nis,", lexicon);
  EXPECT_EQ(d.choice, HyphenChoice::kDrop);
  EXPECT_STREQ(d.rule, "joined-attested");
  EXPECT_STREQ(decide("(Kouwen", "hoven,", lexicon).rule, "joined-attested");
}

TEST(HyphenEvidenceTest, AnAttestedHyphenatedWordKeepsTheHyphen) {
  const WordLexicon lexicon = lexicon_of({"burn-out ligt op de loer"});
  const HyphenDecision d = decide("burn", "out", lexicon);
  EXPECT_EQ(d.choice, HyphenChoice::kKeep);
  EXPECT_STREQ(d.rule, "hyphenated-attested");
}

TEST(HyphenEvidenceTest, TheMoreFrequentFormWins) {
  const WordLexicon more_joined =
      lexicon_of({"zelfsturing", "zelfsturing", "zelf-sturing", "verder"});
  EXPECT_EQ(decide("zelf", "sturing", more_joined).choice, HyphenChoice::kDrop);
  const WordLexicon more_hyphenated =
      lexicon_of({"zelf-sturing", "zelf-sturing", "zelfsturing", "verder"});
  EXPECT_EQ(decide("zelf", "sturing", more_hyphenated).choice, HyphenChoice::kKeep);
}

TEST(HyphenEvidenceTest, ATieSettlesNothing) {
  const WordLexicon lexicon = lexicon_of({"zelf-sturing zelfsturing"});
  EXPECT_STREQ(decide("zelf", "sturing", lexicon).rule, "default");
}

TEST(HyphenEvidenceTest, InflectedFormsCountAsEvidence) {
  const WordLexicon lexicon = lexicon_of({"alle Wmo-werkplaatsen", "drie werkplaatsen"});
  EXPECT_EQ(decide("Wmo", "werkplaats", lexicon).choice, HyphenChoice::kKeep);
  EXPECT_STREQ(decide("werk", "plaats", lexicon).rule, "joined-attested");
}

TEST(HyphenEvidenceTest, ABreakAtADiaeresisFindsTheWordWithIt) {
  const WordLexicon lexicon = lexicon_of({"een coöperatie van boeren"});
  const HyphenDecision d = decide("co", "operatie", lexicon);
  EXPECT_EQ(d.choice, HyphenChoice::kDrop);
  EXPECT_STREQ(d.rule, "joined-attested");
}

TEST(HyphenEvidenceTest, OnlyTheLastPartOfAHyphenatedLeftJoins) {
  const WordLexicon lexicon = lexicon_of({"de ontkenners", "de organisatie"});
  EXPECT_STREQ(decide("klimaat-ont", "kenners,", lexicon).rule, "joined-attested");
  EXPECT_STREQ(decide("(deel-)organi", "satie.", lexicon).rule, "joined-attested");
}

// ---------------------------------------------------------------- file majority

TEST(HyphenMajorityTest, UnsettledCasesFollowTheEvidenceOfTheirFile) {
  const WordLexicon lexicon =
      lexicon_of({"burn-out en zwart-wit", "meta-analyse", "leiderschapsontwikkeling"});
  const std::vector<HyphenDecision> d = decide_hyphens({{"burn", "out", 1},
                                                        {"zwart", "wit", 3},
                                                        {"meta", "analyse", 5},
                                                        {"Leiderschaps", "ontwikkeling:", 7},
                                                        {"focus", "herstelbalans,", 9}},
                                                       lexicon);
  ASSERT_EQ(d.size(), 5u);
  EXPECT_EQ(d[3].choice, HyphenChoice::kDrop);
  EXPECT_EQ(d[4].choice, HyphenChoice::kKeep);
  EXPECT_STREQ(d[4].rule, "file-majority");
}

TEST(HyphenMajorityTest, AMajorityOfJoinedWordsDropsTheUnsettled) {
  const WordLexicon lexicon = lexicon_of({"kennis", "leiderschap", "burn-out"});
  const std::vector<HyphenDecision> d = decide_hyphens(
      {{"ken", "nis", 1}, {"burn", "out", 2}, {"leider", "schap", 3}, {"oer", "wetten", 4}},
      lexicon);
  ASSERT_EQ(d.size(), 4u);
  EXPECT_EQ(d[3].choice, HyphenChoice::kDrop);
  EXPECT_STREQ(d[3].rule, "file-majority");
}

TEST(HyphenMajorityTest, OnlyEvidenceVotesNotRules) {
  // Three hyphens kept by rules and one joined word in the corpus: the rules say nothing about
  // how this file was typeset, so the unsettled case follows the one piece of evidence.
  const WordLexicon lexicon = lexicon_of({"kennis"});
  const std::vector<HyphenDecision> d = decide_hyphens({{"HRD", "thema", 1},
                                                        {"Noord", "Italië", 2},
                                                        {"niet", "effectief", 3},
                                                        {"ken", "nis", 4},
                                                        {"focus", "herstelbalans", 5}},
                                                       lexicon);
  ASSERT_EQ(d.size(), 5u);
  EXPECT_EQ(d[4].choice, HyphenChoice::kDrop);
  EXPECT_STREQ(d[4].rule, "file-majority");
}

TEST(HyphenMajorityTest, AnEvenSplitFallsBackToTheDefault) {
  const WordLexicon lexicon = lexicon_of({"kennis burn-out"});
  const std::vector<HyphenDecision> d =
      decide_hyphens({{"ken", "nis", 1}, {"burn", "out", 2}, {"focus", "herstel", 3}}, lexicon);
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[2].choice, HyphenChoice::kDrop);
  EXPECT_STREQ(d[2].rule, "default");
}

TEST(HyphenMajorityTest, EachFileIsDecidedOnItsOwn) {
  const WordLexicon lexicon = lexicon_of({"burn-out", "meta-analyse", "kennis"});
  const auto keep_file =
      decide_hyphens({{"burn", "out", 1}, {"meta", "analyse", 2}, {"focus", "balans", 3}}, lexicon);
  const auto drop_file = decide_hyphens({{"ken", "nis", 1}, {"focus", "balans", 3}}, lexicon);
  EXPECT_EQ(keep_file[2].choice, HyphenChoice::kKeep);
  EXPECT_EQ(drop_file[1].choice, HyphenChoice::kDrop);
}

}  // namespace
