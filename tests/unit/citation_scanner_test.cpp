// Unit tests for the citation scanner (ingest/citation_scanner), the author grammar
// (ingest/author_names) and the tokens they read (ingest/citation_tokens): every citation
// form and every decoy on sentences written for these tests.
#include <gtest/gtest.h>

#include <set>

#include "ingest/citation_scanner.hpp"

namespace {

using ingest::CitationKind;
using ingest::find_citations;
using ingest::FoundCitation;

// Words a Dutch text writes in small letters (the corpus lexicon in a real build).
bool common(std::string_view w) {
  static const std::set<std::string, std::less<>> kWords = {
      "zie",  "volgens",   "ook", "in",  "de",  "het",   "gemeente", "tabel",
      "bron", "vergelijk", "een", "dat", "die", "zoals", "met"};
  return kWords.count(w) > 0;
}

std::vector<FoundCitation> scan(std::string_view text) {
  return find_citations(text, common);
}

std::string authors(const FoundCitation& c) {
  std::string out;
  for (const auto& a : c.authors)
    out += (out.empty() ? "" : "; ") + a;
  if (c.et_al) out += "; et al.";
  return out;
}

std::string text_of(std::string_view text, const FoundCitation& c) {
  return std::string(text.substr(c.begin, c.end - c.begin));
}

TEST(CitationScannerTest, FindsAParentheticalCitationWithTheWholeBracketAsItsText) {
  const std::string text = "Dat werkt niet (Jansen, 2011). Daarna kwam iets anders.";
  const auto found = scan(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, CitationKind::kParenthetical);
  EXPECT_EQ(authors(found[0]), "Jansen");
  EXPECT_EQ(found[0].year, "2011");
  EXPECT_EQ(text_of(text, found[0]), "(Jansen, 2011)");
  EXPECT_EQ(found[0].group, 0);
}

TEST(CitationScannerTest, ReadsAYearWithoutACommaAndAPageAfterIt) {
  const auto found = scan("Zo blijkt (Pietersen 2004, 48) en (Claes 1999, p. 12-14).");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].year, "2004");
  EXPECT_EQ(found[0].locator, "48");
  EXPECT_EQ(found[1].locator, "p. 12-14");
}

TEST(CitationScannerTest, ReadsEveryPageLocatorForm) {
  const auto found = scan(
      "A (Aarts, 2001, pp. 3-5). B (Bos, 2002, blz. 8). C (Cats, 2003: 45). D (Dam, 2004, p21). "
      "E (Eck, 2005; 99). F (Fok, 2006, 20 en 47). G (Gul, 2007, zp).");
  ASSERT_EQ(found.size(), 7u);
  const std::vector<std::string> expected = {"pp. 3-5", "blz. 8",   "45", "p21",
                                             "99",      "20 en 47", "zp"};
  for (std::size_t i = 0; i < expected.size(); ++i)
    EXPECT_EQ(found[i].locator, expected[i]) << i;
}

TEST(CitationScannerTest, SplitsAGroupIntoOneCitationPerWork) {
  const std::string text =
      "Dit is bekend (Aalders, 2001; Bos & Cremer, 2004; Dekker en Eijk, 2010).";
  const auto found = scan(text);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(authors(found[0]), "Aalders");
  EXPECT_EQ(authors(found[1]), "Bos; Cremer");
  EXPECT_EQ(authors(found[2]), "Dekker; Eijk");
  EXPECT_GT(found[0].group, 0);
  EXPECT_EQ(found[0].group, found[2].group);
  EXPECT_EQ(text_of(text, found[1]), "Bos & Cremer, 2004");
}

TEST(CitationScannerTest, GivesEachInheritedYearARowOfItsOwn) {
  const std::string text =
      "Zie eerder (Kramer, 1996a, 1996b; Stolk, 2007a, 2007b) en (Mees, 2017; 2020).";
  const auto found = scan(text);
  ASSERT_EQ(found.size(), 6u);
  EXPECT_EQ(found[1].year, "1996b");
  EXPECT_TRUE(found[1].inherited);
  EXPECT_EQ(authors(found[1]), "Kramer");
  EXPECT_EQ(text_of(text, found[1]), "1996b");
  EXPECT_EQ(authors(found[3]), "Stolk");
  EXPECT_EQ(found[3].year, "2007b");
  EXPECT_EQ(found[5].year, "2020");
  EXPECT_EQ(authors(found[5]), "Mees");
}

TEST(CitationScannerTest, ReadsEtAlInEveryForm) {
  const auto found = scan(
      "Een (Vos et al., 2005), twee (Wit et al, 2013, p. 17), drie (Zee e.a., 2011), "
      "vier Ploeg e.a. (2002) en vijf Roos en collega’s (2020).");
  ASSERT_EQ(found.size(), 5u);
  for (const auto& c : found)
    EXPECT_TRUE(c.et_al) << authors(c);
  EXPECT_EQ(found[1].locator, "p. 17");
  EXPECT_EQ(found[4].kind, CitationKind::kNarrative);
  EXPECT_EQ(authors(found[4]), "Roos; et al.");
}

TEST(CitationScannerTest, ReadsThreeOrMoreAuthorsWithAndWithoutASerialComma) {
  const auto found = scan(
      "(Aa, Bb, & Cc, 2010) en (Dd, Ee en Ff, 2011) en (Gg, Hh, Ii, 2012) en "
      "Jj, Kk, and Ll (2013).");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(authors(found[0]), "Aa; Bb; Cc");
  EXPECT_EQ(authors(found[1]), "Dd; Ee; Ff");
  EXPECT_EQ(authors(found[2]), "Gg; Hh; Ii");
  EXPECT_EQ(authors(found[3]), "Jj; Kk; Ll");
}

TEST(CitationScannerTest, KeepsParticlesWithTheSurname) {
  const auto found = scan(
      "Eerst (van Dam, 2009), dan (Van der Berg & De Wit, 2001), en Ter Horst (2012) zegt het "
      "ook, net als Lange, van Oort, & Smit (2014).");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(authors(found[0]), "van Dam");
  EXPECT_EQ(authors(found[1]), "Van der Berg; De Wit");
  EXPECT_EQ(authors(found[2]), "Ter Horst");
  EXPECT_EQ(authors(found[3]), "Lange; van Oort; Smit");
}

TEST(CitationScannerTest, LeavesFirstNamesAndInitialsOutOfTheSurname) {
  const auto found = scan(
      "Volgens Karel van Wijk (2024) en Bernhard Moll de Jong (2021) en Ella Fink (2019) en "
      "Hendrika J. K. Brand (± 1950) en (Ottokar Linde, 1982).");
  ASSERT_EQ(found.size(), 5u);
  EXPECT_EQ(authors(found[0]), "van Wijk");
  EXPECT_EQ(authors(found[1]), "Moll de Jong");
  EXPECT_EQ(authors(found[2]), "Fink");
  EXPECT_EQ(authors(found[3]), "Brand");
  EXPECT_EQ(found[3].year, "± 1950");
  EXPECT_EQ(authors(found[4]), "Linde");
}

TEST(CitationScannerTest, ReadsNarrativeCitationsAndTheirYears) {
  const std::string text =
      "Volgens Bakels (2012) is dat zo, Koster en Lind (2008, p. 3) zien het anders en "
      "Drost (2006, 2016) schreef er twee keer over.";
  const auto found = scan(text);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].kind, CitationKind::kNarrative);
  EXPECT_EQ(text_of(text, found[0]), "Bakels (2012)");
  EXPECT_EQ(authors(found[1]), "Koster; Lind");
  EXPECT_EQ(found[1].locator, "p. 3");
  EXPECT_EQ(found[2].year, "2006");
  EXPECT_EQ(found[3].year, "2016");
  EXPECT_TRUE(found[3].inherited);
  EXPECT_EQ(authors(found[3]), "Drost");
}

TEST(CitationScannerTest, ReadsAPossessiveAndASlashYear) {
  const auto found = scan("Haverkamp‘s (2012) studie en Nomura en Tagawa (1995/2003) tonen het.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(authors(found[0]), "Haverkamp");
  EXPECT_EQ(found[1].year, "1995/2003");
}

TEST(CitationScannerTest, ReadsANarrativeListOfSeveralWorks) {
  const auto found = scan(
      "De meta-analyses van Kroon & Dekens (1996), Ophof en collega’s (2021), Van der Klip en "
      "collega’s (2015) en Wiersma en collega’s (2020) laten het zien.");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(authors(found[0]), "Kroon; Dekens");
  EXPECT_EQ(authors(found[2]), "Van der Klip; et al.");
  EXPECT_EQ(authors(found[3]), "Wiersma; et al.");
}

TEST(CitationScannerTest, DropsPrefixesInsideTheBrackets) {
  const auto found = scan(
      "(zie Aerts, 1994), (Zie ook Baas, 2001), (e.g. Claus, 2017), (zie o.a. De Koe, 1996 en "
      "Buis & Sim, 2001), (vergelijk Ort, 1997), (ontleend aan Nooi & Tak, 1995), "
      "(‘traditie’ volgens Pool, 1967), (gebaseerd op Kotman, zie Sims 2013).");
  std::vector<std::string> got;
  for (const auto& c : found)
    got.push_back(authors(c));
  EXPECT_EQ(got, (std::vector<std::string>{"Aerts", "Baas", "Claus", "De Koe", "Buis; Sim", "Ort",
                                           "Nooi; Tak", "Pool", "Sims"}));
}

TEST(CitationScannerTest, TakesTheAuthorsAfterADescriptionOrASecondarySource) {
  const auto found = scan(
      "(een overzicht van het veld; Kelder & Hals, 2012) en (Harmsen et al. in Boekel, Van Rooij "
      "& Berk, 2012) en (bijvoorbeeld door met persona’s Sol e.a., 2012 te werken).");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(authors(found[0]), "Kelder; Hals");
  EXPECT_EQ(authors(found[1]), "Boekel; Van Rooij; Berk");
  EXPECT_EQ(authors(found[2]), "Sol; et al.");
}

TEST(CitationScannerTest, KeepsOrganisationsAndDocumentTitlesWhole) {
  const auto found = scan(
      "(RMO, 2011), (VWS, 2010), (Gemeente Venlo, 2013), (Christen Democratische Verkenningen, "
      "2005, Jansen e.a., 2009) en (bron: Amsterdam.nl, november 2024).");
  ASSERT_EQ(found.size(), 6u);
  EXPECT_EQ(authors(found[0]), "RMO");
  EXPECT_EQ(authors(found[2]), "Gemeente Venlo");
  EXPECT_TRUE(found[2].organisation);
  EXPECT_EQ(authors(found[3]), "Christen Democratische Verkenningen");
  EXPECT_EQ(authors(found[4]), "Jansen; et al.");
  EXPECT_EQ(authors(found[5]), "Amsterdam.nl");
  EXPECT_EQ(found[5].year, "2024");
}

TEST(CitationScannerTest, ReadsNoDateAndForthcomingYears) {
  const auto found = scan("(Kaan, z.j.), (Lodder, n.d.) en (Maas, in druk).");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].year, "z.j.");
  EXPECT_EQ(found[1].year, "n.d.");
  EXPECT_EQ(found[2].year, "in druk");
}

TEST(CitationScannerTest, ReadsASourceLineWithoutBrackets) {
  const auto found = scan("2 Bron: Movisie, 2012; VWS, Welzijn Nieuwe Stijl, 2011.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(authors(found[0]), "Movisie");
  EXPECT_EQ(found[1].authors.front(), "VWS");
  EXPECT_EQ(found[1].year, "2011");
}

TEST(CitationScannerTest, ReadsAReferenceStyleAuthorListBeforeABracketedYear) {
  const auto found = scan("Zie Andries, J., Wetering, R. (2006). Competenties van iets.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(authors(found[0]), "Andries; Wetering");
  EXPECT_EQ(found[0].year, "2006");
}

TEST(CitationScannerTest, StoresALegalReferenceAsItsOwnKind) {
  const auto found =
      scan("Dat staat in de wet (Burgerlijk Wetboek, titel 7.10; Arbeidsovereenkomst, Art. 611).");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, CitationKind::kLegal);
  EXPECT_EQ(authors(found[0]), "Burgerlijk Wetboek");
  EXPECT_EQ(found[0].locator, "titel 7.10; Art. 611");
  EXPECT_TRUE(found[0].year.empty());
}

TEST(CitationScannerTest, GivesAPageInABracketOfItsOwnToTheCitationBefore) {
  const auto found = scan("Fenna en Garst (2019) noemen dat “diep leren” (p. 67).");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].locator, "p. 67");
}

TEST(CitationScannerTest, ReadsANarrativeInsideAnUnclosedBracket) {
  const auto found = scan("Het leren is sociaal (zie Boon en Sterk (1999). Daarna volgt meer.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, CitationKind::kNarrative);
  EXPECT_EQ(authors(found[0]), "Boon; Sterk");
}

TEST(CitationScannerTest, DoesNotTakeAParticleAfterACommonWordAsPartOfTheName) {
  const auto found = scan("Tabel 2 De vijf disciplines van Sengers (1990) en de OECD (2016).");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(authors(found[0]), "Sengers");
  EXPECT_EQ(authors(found[1]), "OECD");
}

TEST(CitationScannerTest, LeavesCapitalisedSentenceWordsOutOfTheName) {
  const auto found = scan("Zie Lenders & McKee Smit (2011) en Hanssen (2012).");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(authors(found[0]), "Lenders; McKee Smit");
}

TEST(CitationScannerTest, JoinsNamesThatTheTextHasJoinedAcrossLines) {
  // Line breaks are white space in the normalised text; hyphens were repaired before.
  const auto found = scan("Zoals Boonstra\n(2011) liet zien en (Kouwenhoven,\n2008).");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(authors(found[0]), "Boonstra");
  EXPECT_EQ(authors(found[1]), "Kouwenhoven");
}

TEST(CitationScannerTest, IgnoresYearsInProseDatesPricesAndPeriods) {
  const auto found = scan(
      "In 2025 begint het. Sinds 2019 loopt het programma (2009-2011). Het kost € 2019. "
      "Op 16 november 2024 (zaterdag) was het zover. Het jaar van het traject (2013) was zwaar.");
  EXPECT_TRUE(found.empty()) << authors(found.front());
}

TEST(CitationScannerTest, IgnoresBracketsThatAreNotCitations) {
  const auto found = scan(
      "Het gaat om doelen (Doel 1), om een wereld (BANI), om de PLG (PLG), om iets (!) en om "
      "het hoofdstuk (Kooiman, hoofdstuk 4) of (Jansen & Van Dijk, zie hoofdstuk 2).");
  EXPECT_TRUE(found.empty()) << authors(found.front());
}

TEST(CitationScannerTest, IgnoresAYearInBracketsAfterAnOrdinaryWord) {
  const auto found = scan("Het project (2013) en de fase (2009 tot 2011) en nog iets (in 2019).");
  EXPECT_TRUE(found.empty()) << authors(found.front());
}

TEST(CitationScannerTest, IgnoresAFootnoteMarkerGluedToAWord) {
  const auto found = scan("Invloed nemen op kennisontwikkeling en innovatie1 is het thema.");
  EXPECT_TRUE(found.empty());
}

TEST(CitationScannerTest, ReadsAPossessiveApostropheAfterAnS) {
  const auto found = scan("Het model in Kessels’ (2001) studie en Marx' (1867) boek.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(authors(found[0]), "Kessels");
  EXPECT_EQ(authors(found[1]), "Marx");
}

TEST(CitationScannerTest, TakesTwoSmallParticlesAsTheStartOfANameButNotOne) {
  const auto found = scan("Zoals van der Meer (2015) laat zien en de lijst van Smits (2016).");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(authors(found[0]), "van der Meer");
  EXPECT_EQ(authors(found[1]), "Smits");
}

TEST(CitationScannerTest, KeepsATitlePrintedJustBeforeTheBrackets) {
  const auto found = scan(
      "In het boek Leren met collega’s (Haas & Berg, 2021) en ons boek over De kern van "
      "coaching (Berg, 2024) en een studie (Kramer, 2001). Het boek is mooi. Dat staat "
      "nergens (Laan, 2003).");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].title, "Leren met collega’s");
  EXPECT_EQ(found[1].title, "De kern van coaching");
  EXPECT_EQ(found[2].title, "");
  EXPECT_EQ(found[3].title, "");
}

TEST(CitationScannerTest, DoesNotTakeACapitalisedPluralForPartOfAName) {
  const auto found = scan("(bijvoorbeeld door met Persona’s Sol e.a., 2012 te werken)");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(authors(found[0]), "Sol; et al.");
}

}  // namespace
