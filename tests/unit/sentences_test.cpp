// Tests ingest::split_sentences: Dutch sentence boundaries, one phenomenon per test.
#include "ingest/sentences.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

using ingest::SentenceSpan;
using ingest::split_sentences;
using Sentences = std::vector<std::string>;

// White space as the splitter trims it: ASCII white space and U+00A0.
std::size_t space_length(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (text.substr(i, 2) == "\xC2\xA0") return 2;
  return 0;
}

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The contract of the header, checked on every input the tests use: spans in order, not
// empty, trimmed, on code point boundaries, and nothing but white space between them.
void expect_invariants(std::string_view text, const std::vector<SentenceSpan>& spans) {
  std::size_t covered = 0;
  for (const SentenceSpan& span : spans) {
    ASSERT_LE(covered, span.begin) << "spans overlap or are out of order in: " << text;
    ASSERT_LT(span.begin, span.end) << "empty span in: " << text;
    ASSERT_LE(span.end, text.size());
    EXPECT_EQ(space_length(text, span.begin), 0U) << "span starts with space in: " << text;
    EXPECT_FALSE(is_continuation_byte(text[span.begin])) << "span splits a character";
    EXPECT_FALSE(span.end < text.size() && is_continuation_byte(text[span.end]))
        << "span splits a character";
    const char last = text[span.end - 1];
    EXPECT_FALSE(last == ' ' || last == '\t' || last == '\n' ||
                 text.substr(0, span.end).ends_with("\xC2\xA0"))
        << "span ends with space in: " << text;
    for (std::size_t i = covered; i < span.begin;) {
      const std::size_t len = space_length(text, i);
      ASSERT_GT(len, 0U) << "byte " << i << " is not in any sentence: " << text;
      i += len;
    }
    covered = span.end;
  }
  for (std::size_t i = covered; i < text.size();) {
    const std::size_t len = space_length(text, i);
    ASSERT_GT(len, 0U) << "byte " << i << " is not in any sentence: " << text;
    i += len;
  }
}

Sentences split(std::string_view text) {
  const std::vector<SentenceSpan> spans = split_sentences(text);
  expect_invariants(text, spans);
  Sentences out;
  for (const SentenceSpan& span : spans) {
    out.emplace_back(text.substr(span.begin, span.end - span.begin));
  }
  return out;
}

// ---------------------------------------------------------------- basics

TEST(SentenceSplitTest, EmptyInputHasNoSentences) {
  EXPECT_TRUE(split("").empty());
}

TEST(SentenceSplitTest, AllSpaceInputHasNoSentences) {
  EXPECT_TRUE(split("   \t \xC2\xA0 ").empty());
}

TEST(SentenceSplitTest, HeadingWithoutFinalPunctuationIsOneSentence) {
  EXPECT_EQ(split("Leiderschap in de professionele ruimte"),
            (Sentences{"Leiderschap in de professionele ruimte"}));
}

TEST(SentenceSplitTest, FullStopsQuestionAndExclamationMarks) {
  EXPECT_EQ(split("De les begint. Ben je er klaar voor? Kom binnen! Ja"),
            (Sentences{"De les begint.", "Ben je er klaar voor?", "Kom binnen!", "Ja"}));
}

TEST(SentenceSplitTest, SpansAreByteOffsetsTrimmedOfSpace) {
  const std::string text = "  Één zin.  Nog één?  ";
  const std::vector<SentenceSpan> spans = split_sentences(text);
  ASSERT_EQ(spans.size(), 2U);
  EXPECT_EQ(spans[0].begin, 2U);
  EXPECT_EQ(spans[0].end, 12U);  // "Één" is 5 bytes
  EXPECT_EQ(spans[1].begin, 14U);
  EXPECT_EQ(spans[1].end, text.size() - 2);
  expect_invariants(text, spans);
}

TEST(SentenceSplitTest, LowercaseAfterFullStopContinuesTheSentence) {
  // Extraction noise such as a caption spliced into a sentence; not a sentence start.
  EXPECT_EQ(split("Zij werken samen. en dat gaat goed."),
            (Sentences{"Zij werken samen. en dat gaat goed."}));
}

TEST(SentenceSplitTest, SpaceBeforeFullStop) {
  EXPECT_EQ(split("Dat geldt in het bijzonder . Daarna volgt meer."),
            (Sentences{"Dat geldt in het bijzonder .", "Daarna volgt meer."}));
}

TEST(SentenceSplitTest, ManySentencesInOneLongParagraph) {
  std::string text;
  for (int i = 0; i < 20000; ++i)
    text += "Dit is een korte zin over leren. ";
  EXPECT_EQ(split_sentences(text).size(), 20000U);
}

TEST(SentenceSplitTest, MalformedUtf8StaysCovered) {
  const std::string text = "Een \xFF kapotte byte. \xC3 Nog \xE2\x80 een.";
  const std::vector<SentenceSpan> spans = split_sentences(text);
  EXPECT_FALSE(spans.empty());
  std::size_t covered = 0;
  for (const SentenceSpan& span : spans) {
    EXPECT_LE(covered, span.begin);
    covered = span.end;
  }
  EXPECT_EQ(covered, text.size());
}

// ---------------------------------------------------------------- abbreviations

TEST(SentenceAbbreviationTest, DutchAbbreviationsDoNotEndSentences) {
  EXPECT_EQ(split("Neem bijv. De Vries als voorbeeld. Zij noemt o.a. De Vries en anderen. "
                  "Dit geldt m.b.t. Het team, d.w.z. De leden. Klaar."),
            (Sentences{"Neem bijv. De Vries als voorbeeld.", "Zij noemt o.a. De Vries en anderen.",
                       "Dit geldt m.b.t. Het team, d.w.z. De leden.", "Klaar."}));
}

// Every abbreviation of the issue, before a capital, a digit and a quotation.
TEST(SentenceAbbreviationTest, EachNonFinalAbbreviationBeforeACapital) {
  for (const char* abbreviation :
       {"bijv.", "bv.",   "Bijv.", "o.a.",   "i.e.",   "e.g.",   "dr.",    "Dr.",    "drs.",
        "ir.",   "mr.",   "prof.", "Prof.",  "mw.",    "dhr.",   "nr.",    "p.",     "pp.",
        "blz.",  "vgl.",  "zgn.",  "m.b.t.", "t.a.v.", "i.p.v.", "d.w.z.", "o.b.v.", "m.m.v.",
        "ca.",   "resp.", "incl.", "excl.",  "St.",    "Ph.D."}) {
    for (const char* next : {"Jansen", "12", "‘Jansen’"}) {
      const std::string text = std::string("Zie ") + abbreviation + " " + next + " hier.";
      EXPECT_EQ(split(text), (Sentences{text})) << abbreviation << " " << next;
    }
  }
}

TEST(SentenceAbbreviationTest, EachFinalAbbreviationEndsBeforeACapitalOnly) {
  for (const char* abbreviation :
       {"etc.", "enz.", "e.a.", "et al.", "z.j.", "n.d.", "jl.", "Jr.", "e.d."}) {
    const std::string end = std::string("Ze kwamen, Smit ") + abbreviation;
    EXPECT_EQ(split(end + " Daarna niet."), (Sentences{end, "Daarna niet."})) << abbreviation;
    const std::string year = end + " 2015 en later.";
    EXPECT_EQ(split(year), (Sentences{year})) << abbreviation;
    const std::string lower = end + " en later.";
    EXPECT_EQ(split(lower), (Sentences{lower})) << abbreviation;
  }
}

TEST(SentenceAbbreviationTest, MoreDutchAbbreviations) {
  EXPECT_EQ(
      split("Vgl. Hoofdstuk twee. Het zgn. Leerklimaat telt. Hij kwam i.p.v. Anna. "
            "Dit is ca. 30 procent, incl. BTW. Dat gaat t.a.v. Ouders. Eind."),
      (Sentences{"Vgl. Hoofdstuk twee.", "Het zgn. Leerklimaat telt.", "Hij kwam i.p.v. Anna.",
                 "Dit is ca. 30 procent, incl. BTW.", "Dat gaat t.a.v. Ouders.", "Eind."}));
}

TEST(SentenceAbbreviationTest, EnglishAbbreviations) {
  EXPECT_EQ(split("Use a model, e.g. Kolb or Schön. The cycle, i.e. Four steps, helps. "
                  "Then stop."),
            (Sentences{"Use a model, e.g. Kolb or Schön.", "The cycle, i.e. Four steps, helps.",
                       "Then stop."}));
}

TEST(SentenceAbbreviationTest, TitlesBeforeNames) {
  EXPECT_EQ(split("Prof. Dr. Anna Smit spreekt. Ook dr. Bakker, drs. Jansen, ir. Vos, "
                  "mr. Kok, mw. Visser en dhr. De Wit komen. St. Maarten ook."),
            (Sentences{"Prof. Dr. Anna Smit spreekt.",
                       "Ook dr. Bakker, drs. Jansen, ir. Vos, mr. Kok, mw. Visser en dhr. De "
                       "Wit komen.",
                       "St. Maarten ook."}));
}

TEST(SentenceAbbreviationTest, PagesAndNumbers) {
  EXPECT_EQ(split("Zie p. 17 en pp. 20-25. Lees blz. 5 en nr. 3. Daarna art. 611 van het "
                  "wetboek. Einde."),
            (Sentences{"Zie p. 17 en pp. 20-25.", "Lees blz. 5 en nr. 3.",
                       "Daarna art. 611 van het wetboek.", "Einde."}));
}

TEST(SentenceAbbreviationTest, AbbreviationsThatMayEndASentence) {
  EXPECT_EQ(
      split("Boeken, films enz. Daarna iets anders. Koffie, thee etc. De rest komt. "
            "Kessels e.a. (2015) schrijven het. Zie Stam e.a. 2015 voor meer."),
      (Sentences{"Boeken, films enz.", "Daarna iets anders.", "Koffie, thee etc.", "De rest komt.",
                 "Kessels e.a. (2015) schrijven het.", "Zie Stam e.a. 2015 voor meer."}));
}

TEST(SentenceAbbreviationTest, EtAlVersusTheWordAl) {
  EXPECT_EQ(split("Taylor et al. (2005) meten het. Dat weet hij al. Morgen meer."),
            (Sentences{"Taylor et al. (2005) meten het.", "Dat weet hij al.", "Morgen meer."}));
}

TEST(SentenceAbbreviationTest, UndatedAndNoDateInCitations) {
  EXPECT_EQ(split("Dat staat er (Kessels, z.j.). Ook hier (Smith, n.d.). Klaar."),
            (Sentences{"Dat staat er (Kessels, z.j.).", "Ook hier (Smith, n.d.).", "Klaar."}));
}

TEST(SentenceAbbreviationTest, UnknownShortWordWithoutVowelIsAnAbbreviation) {
  EXPECT_EQ(split("Zie hfst. Drie voor details. Lees dln. Een en twee."),
            (Sentences{"Zie hfst. Drie voor details.", "Lees dln. Een en twee."}));
}

TEST(SentenceAbbreviationTest, HyphenatedWordsEndSentences) {
  EXPECT_EQ(
      split("Zet het op de x-as. Dat werkt. Zo dacht Jean-Luc. Hij wist het."),
      (Sentences{"Zet het op de x-as.", "Dat werkt.", "Zo dacht Jean-Luc.", "Hij wist het."}));
}

TEST(SentenceAbbreviationTest, AcronymsEndSentences) {
  EXPECT_EQ(split("Zo werkt een PLG. Daarna komt HRD. Dan de rest."),
            (Sentences{"Zo werkt een PLG.", "Daarna komt HRD.", "Dan de rest."}));
}

TEST(SentenceAbbreviationTest, AbbreviationClosedByBracketOrQuote) {
  EXPECT_EQ(split("Neem een voorbeeld (bijv.) Daarna volgt meer."),
            (Sentences{"Neem een voorbeeld (bijv.)", "Daarna volgt meer."}));
}

// ---------------------------------------------------------------- initials and names

TEST(SentenceInitialsTest, InitialsBeforeSurnames) {
  EXPECT_EQ(split("Het boek van J.W.M. Kessels is bekend. P. Senge schreef ook. "
                  "Jean-Luc Martin en J.-L. Petit lazen het."),
            (Sentences{"Het boek van J.W.M. Kessels is bekend.", "P. Senge schreef ook.",
                       "Jean-Luc Martin en J.-L. Petit lazen het."}));
}

TEST(SentenceInitialsTest, VowelInitials) {
  EXPECT_EQ(split("Dit schreef A. Huber al. E. Jansen en O. de Wit ook."),
            (Sentences{"Dit schreef A. Huber al.", "E. Jansen en O. de Wit ook."}));
}

TEST(SentenceInitialsTest, QuestionOrExclamationAfterASingleLetterEnds) {
  EXPECT_EQ(split("Kies je plan B? Ja, zeker. Of vitamine C! Ook goed. Neem versie A… Klaar."),
            (Sentences{"Kies je plan B?", "Ja, zeker.", "Of vitamine C!", "Ook goed.",
                       "Neem versie A…", "Klaar."}));
}

TEST(SentenceInitialsTest, InitialsInAReferenceEntry) {
  EXPECT_EQ(split("Collins, J. C. (2001). Good to Great. New York: Harper."),
            (Sentences{"Collins, J. C. (2001).", "Good to Great.", "New York: Harper."}));
}

// ---------------------------------------------------------------- numbers

TEST(SentenceNumberTest, ListNumberAtParagraphStart) {
  EXPECT_EQ(split("1. Open jezelf voor feedback."), (Sentences{"1. Open jezelf voor feedback."}));
  EXPECT_EQ(split("2.3. Lerende teams"), (Sentences{"2.3. Lerende teams"}));
  EXPECT_EQ(split("IV. Conclusie"), (Sentences{"IV. Conclusie"}));
}

TEST(SentenceNumberTest, NumberedItemsEachEndingInAFullStop) {
  EXPECT_EQ(
      split("Twee tips: 1. Luister goed. 2. Vraag door. 3. een kleine letter mag."),
      (Sentences{"Twee tips: 1. Luister goed.", "2. Vraag door.", "3. een kleine letter mag."}));
}

TEST(SentenceNumberTest, RunInEnumerationIsOneSentence) {
  EXPECT_EQ(split("Drie delen: 1. Focus op leren; 2. Monitoren, 3. Plannen en 4. Handhaven."),
            (Sentences{"Drie delen: 1. Focus op leren; 2. Monitoren, 3. Plannen en 4. "
                       "Handhaven."}));
}

TEST(SentenceNumberTest, SectionNumbersDecimalsTimesAndDates) {
  EXPECT_EQ(split("Dit is in 2.3 beschreven. Het cijfer is 3.5 of 1,5 punt. We starten om "
                  "14.30 uur op 12.03.2025. Klaar."),
            (Sentences{"Dit is in 2.3 beschreven.", "Het cijfer is 3.5 of 1,5 punt.",
                       "We starten om 14.30 uur op 12.03.2025.", "Klaar."}));
}

TEST(SentenceNumberTest, YearOrNumberAtSentenceEnd) {
  EXPECT_EQ(
      split("Het begon in 2001. Daarna groeide het. Hij was 23. 80 procent bleef."),
      (Sentences{"Het begon in 2001.", "Daarna groeide het.", "Hij was 23.", "80 procent bleef."}));
}

// ---------------------------------------------------------------- ellipsis

TEST(SentenceEllipsisTest, EllipsisBeforeCapitalEnds) {
  EXPECT_EQ(split("Ik weet het niet… Misschien morgen. Wacht... Nee toch."),
            (Sentences{"Ik weet het niet…", "Misschien morgen.", "Wacht...", "Nee toch."}));
}

TEST(SentenceEllipsisTest, EllipsisBeforeLowercaseContinues) {
  EXPECT_EQ(split("En toen… ging het mis. Maar... we gaan door."),
            (Sentences{"En toen… ging het mis.", "Maar... we gaan door."}));
}

TEST(SentenceEllipsisTest, BracketedEllipsisMarksAnOmission) {
  EXPECT_EQ(split("Hij zei dat (…) Het Rijk betaalt. Klaar [...] Echt klaar."),
            (Sentences{"Hij zei dat (…) Het Rijk betaalt.", "Klaar [...] Echt klaar."}));
}

// ---------------------------------------------------------------- quotes

TEST(SentenceQuoteTest, QuestionInQuotesFollowedByLowercaseContinues) {
  EXPECT_EQ(split("“Heb je het gedaan?” vroeg ze. ‘Nee!’ riep hij."),
            (Sentences{"“Heb je het gedaan?” vroeg ze.", "‘Nee!’ riep hij."}));
}

TEST(SentenceQuoteTest, ClosingQuoteBelongsToTheSentence) {
  EXPECT_EQ(split("Ze zei: “Ik kom.” Hij knikte. \"Klaar?\" vroeg hij. \"Ja.\" Toen ging hij."),
            (Sentences{"Ze zei: “Ik kom.”", "Hij knikte.", "\"Klaar?\" vroeg hij.", "\"Ja.\"",
                       "Toen ging hij."}));
}

TEST(SentenceQuoteTest, QuotationOpeningWithLowercaseStartsASentence) {
  EXPECT_EQ(split("Dat heet de automatische piloot. ‘niet weten’ is dan lastig."),
            (Sentences{"Dat heet de automatische piloot.", "‘niet weten’ is dan lastig."}));
}

TEST(SentenceQuoteTest, TrailingCitationAfterQuotationStaysWithIt) {
  EXPECT_EQ(split("‘Leren is werken.’ (Kessels, 2001) Daarna gaan we verder. "
                  "‘Zo is het.’ (Stam, 2007)"),
            (Sentences{"‘Leren is werken.’ (Kessels, 2001)", "Daarna gaan we verder.",
                       "‘Zo is het.’ (Stam, 2007)"}));
}

// ---------------------------------------------------------------- brackets and citations

TEST(SentenceCitationTest, FullStopAfterCitation) {
  EXPECT_EQ(split("Leiders zijn helden (Kessels, 2001). Volgers niet (Bush, 2011; Stam, "
                  "2007a, 2007b)). Klaar."),
            (Sentences{"Leiders zijn helden (Kessels, 2001).",
                       "Volgers niet (Bush, 2011; Stam, 2007a, 2007b)).", "Klaar."}));
}

TEST(SentenceCitationTest, CitationAfterTheSentenceEndBelongsToThatSentence) {
  EXPECT_EQ(split("Wat doet leiderschap? (Bush, 2011). Deze vraag is lastig. Zo gaat het. "
                  "(Stam, 2007b; Kessels, z.j.). Klaar."),
            (Sentences{"Wat doet leiderschap? (Bush, 2011).", "Deze vraag is lastig.",
                       "Zo gaat het. (Stam, 2007b; Kessels, z.j.).", "Klaar."}));
}

TEST(SentenceCitationTest, BracketedRemarkWithAYearIsNotACitation) {
  EXPECT_EQ(split("Het werkt. (In 2015 begon het project). Daarna groeide het."),
            (Sentences{"Het werkt.", "(In 2015 begon het project).", "Daarna groeide het."}));
}

TEST(SentenceCitationTest, AbbreviationsInsideCitations) {
  EXPECT_EQ(split("Dat blijkt (zie Stam e.a., 2015) uit onderzoek. Ook elders (zie o.a. De "
                  "Corte, 1996 en Bolhuis, 2001). Zo ook (Driessen et al, 2013, p. 17). Eind."),
            (Sentences{"Dat blijkt (zie Stam e.a., 2015) uit onderzoek.",
                       "Ook elders (zie o.a. De Corte, 1996 en Bolhuis, 2001).",
                       "Zo ook (Driessen et al, 2013, p. 17).", "Eind."}));
}

TEST(SentenceCitationTest, NothingEndsInsideBrackets) {
  EXPECT_EQ(split("Hij (!) bepaalt veel. Zij (wie anders? Niemand.) beslist. Klaar."),
            (Sentences{"Hij (!) bepaalt veel.", "Zij (wie anders? Niemand.) beslist.", "Klaar."}));
}

TEST(SentenceCitationTest, BracketedSentenceStandsAlone) {
  EXPECT_EQ(split("Het werkt. (Zie de bijlage.) Daarna volgt meer. (Dat is ook zo). Eind."),
            (Sentences{"Het werkt.", "(Zie de bijlage.)", "Daarna volgt meer.", "(Dat is ook zo).",
                       "Eind."}));
}

// ---------------------------------------------------------------- URLs and e-mail

TEST(SentenceUrlTest, DotsInsideAddressesAreNotBoundaries) {
  EXPECT_EQ(split("Kijk op www.tvoo.nl voor meer. Mail naar info@tvoo.nl. Lees "
                  "https://hbr.org/2019/10/why-reverse-mentoring-works eens. Eind."),
            (Sentences{"Kijk op www.tvoo.nl voor meer.", "Mail naar info@tvoo.nl.",
                       "Lees https://hbr.org/2019/10/why-reverse-mentoring-works eens.", "Eind."}));
}

TEST(SentenceUrlTest, AddressAfterFullStopStartsASentence) {
  EXPECT_EQ(split("Meer weten? www.tvoo.nl of https://tvoo.nl/lid. Zie de site www.x.nl. Dank."),
            (Sentences{"Meer weten?", "www.tvoo.nl of https://tvoo.nl/lid.",
                       "Zie de site www.x.nl.", "Dank."}));
}

// ---------------------------------------------------------------- colons, lists, bullets

TEST(SentenceListTest, ColonDoesNotEndASentence) {
  EXPECT_EQ(split("Drie dingen tellen: lezen, schrijven en rekenen. Dat is alles."),
            (Sentences{"Drie dingen tellen: lezen, schrijven en rekenen.", "Dat is alles."}));
}

TEST(SentenceListTest, BulletsStartItems) {
  EXPECT_EQ(split("Het gaat om: • rust; • ruimte • regie. Daarna • meer"),
            (Sentences{"Het gaat om:", "• rust;", "• ruimte", "• regie.", "Daarna", "• meer"}));
}

TEST(SentenceListTest, MinusSignAsBulletButNotAsMinus) {
  EXPECT_EQ(
      split("Anders in de zin van: − Andere taal − Andere houding Het is −5 graden."),
      (Sentences{"Anders in de zin van:", "− Andere taal", "− Andere houding Het is −5 graden."}));
}

TEST(SentenceListTest, LetterLabelsAfterAFullStop) {
  EXPECT_EQ(
      split("Er zijn twee doelen. a) leren van fouten b) samen werken. b. ook dit."),
      (Sentences{"Er zijn twee doelen.", "a) leren van fouten b) samen werken.", "b. ook dit."}));
}

TEST(SentenceListTest, DashBeforeNextSentence) {
  EXPECT_EQ(split("Dit is punt een. - Dit is punt twee. – Drie"),
            (Sentences{"Dit is punt een.", "- Dit is punt twee.", "– Drie"}));
}

TEST(SentenceListTest, EndMarkStaysWithLastSentence) {
  EXPECT_EQ(split("Dat is leiderschap! ◆"), (Sentences{"Dat is leiderschap! ◆"}));
}

// ---------------------------------------------------------------- lowercase starts, Unicode

TEST(SentenceLowercaseStartTest, SpecialLowercaseWords) {
  EXPECT_EQ(
      split("Stuur een bericht. e-mail werkt ook. Koop een tablet. iPad is duur. "
            "Het was laat. ’s Avonds kwam hij. Klaar. 's Morgens ook."),
      (Sentences{"Stuur een bericht.", "e-mail werkt ook.", "Koop een tablet.", "iPad is duur.",
                 "Het was laat.", "’s Avonds kwam hij.", "Klaar.", "'s Morgens ook."}));
}

TEST(SentenceLowercaseStartTest, ApostropheWordWithoutCapitalContinues) {
  EXPECT_EQ(split("Het komt goed. ’s nachts niet."), (Sentences{"Het komt goed. ’s nachts niet."}));
}

TEST(SentenceUnicodeTest, AccentedCapitalsStartSentences) {
  EXPECT_EQ(split("Dat is alles. Één ding nog. Élise kwam. Ĳverig werkte ze. Øystein ook."),
            (Sentences{"Dat is alles.", "Één ding nog.", "Élise kwam.", "Ĳverig werkte ze.",
                       "Øystein ook."}));
}

TEST(SentenceUnicodeTest, AccentedLowercaseContinues) {
  EXPECT_EQ(split("Dat was het. één ding nog. ëen fout."),
            (Sentences{"Dat was het. één ding nog. ëen fout."}));
}

TEST(SentenceUnicodeTest, NoBreakSpaceSeparatesSentences) {
  EXPECT_EQ(split("Eerste zin.\xC2\xA0Tweede zin."), (Sentences{"Eerste zin.", "Tweede zin."}));
}

}  // namespace
