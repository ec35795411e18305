// Tests ingest/reference_entry: joining printed pieces, repairing URLs, splitting reference
// lists, finding entries in footnotes, and parsing entries field by field. Every entry here is
// invented; the shapes are those of APA 6/7 lists in English and Dutch.
#include "ingest/reference_entry.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using ingest::find_embedded_entries;
using ingest::join_reference_pieces;
using ingest::parse_reference_entry;
using ingest::ReferenceAuthor;
using ingest::ReferenceEntry;
using ingest::repair_broken_urls;
using ingest::split_reference_entries;
using ingest::TextRange;
using Texts = std::vector<std::string>;

// The texts of `ranges`, after checking that each lies inside `text` and is not empty.
Texts texts_of(std::string_view text, const std::vector<TextRange>& ranges) {
  Texts out;
  for (const TextRange& range : ranges) {
    EXPECT_LT(range.begin, range.end);
    EXPECT_LE(range.end, text.size());
    out.emplace_back(text.substr(range.begin, range.end - range.begin));
  }
  return out;
}

Texts split(std::string_view text) {
  return texts_of(text, split_reference_entries(text));
}

Texts embedded(std::string_view text) {
  return texts_of(text, find_embedded_entries(text));
}

// Parses `text`, failing the test when it is not an entry.
ReferenceEntry parse(std::string_view text) {
  const std::optional<ReferenceEntry> entry = parse_reference_entry(text);
  EXPECT_TRUE(entry.has_value()) << "not parsed as an entry: " << text;
  return entry.value_or(ReferenceEntry{});
}

std::vector<std::string> surnames(const ReferenceEntry& entry) {
  std::vector<std::string> out;
  for (const ReferenceAuthor& author : entry.authors)
    out.push_back(author.surname);
  return out;
}

std::vector<std::string> initials(const ReferenceEntry& entry) {
  std::vector<std::string> out;
  for (const ReferenceAuthor& author : entry.authors)
    out.push_back(author.initials);
  return out;
}

// ---------------------------------------------------------------- joining pieces

TEST(ReferenceEntryTest, JoinsPiecesWithOneSpace) {
  EXPECT_EQ(join_reference_pieces({"Aalders, K. (2020).", "  Leren van ", "", "elkaar. Boom."}),
            "Aalders, K. (2020). Leren van elkaar. Boom.");
}

TEST(ReferenceEntryTest, KeepsTheHyphenOfAWordBrokenBetweenPieces) {
  EXPECT_EQ(join_reference_pieces({"In het debat wint zwart-", "wit van elke kleur."}),
            "In het debat wint zwart-wit van elke kleur.");
  EXPECT_EQ(join_reference_pieces({"Tijdschrift, 4(2), 45\u2013", "67."}),
            "Tijdschrift, 4(2), 45\u201367.");
  EXPECT_EQ(join_reference_pieces({"Een lijst -", "twee"}), "Een lijst - twee");
}

TEST(ReferenceEntryTest, RepairsAUrlBrokenBetweenPieces) {
  EXPECT_EQ(join_reference_pieces({"Opgehaald van Review Online: https://review.",
                                   "example.org/2019/10/why-upward-mentoring-", "works-and-how"}),
            "Opgehaald van Review Online: "
            "https://review.example.org/2019/10/why-upward-mentoring-works-and-how");
}

// ---------------------------------------------------------------- repairing URLs

TEST(ReferenceEntryTest, RepairsUrlsBrokenInsideText) {
  EXPECT_EQ(repair_broken_urls("zie https://site. example.org/a/b- c-d voor meer."),
            "zie https://site.example.org/a/b-c-d voor meer.");
  EXPECT_EQ(repair_broken_urls("https://doi.org/10.1080/ 13603124.2019.1234567"),
            "https://doi.org/10.1080/13603124.2019.1234567");
  EXPECT_EQ(repair_broken_urls("doi: 10.5555/abc.12"), "doi:10.5555/abc.12");
  EXPECT_EQ(repair_broken_urls("Kijk op www.example. nl"), "Kijk op www.example.nl");
}

TEST(ReferenceEntryTest, LeavesUrlsThatEndBeforeAWordAlone) {
  for (std::string_view text :
       {"Zie https://example.org/a. Daarna volgt tekst.", "via www.example.nl en verder",
        "https://example.org/ op 3 mei bezocht", "Geen adres hier. org/x blijft."}) {
    EXPECT_EQ(repair_broken_urls(text), text);
  }
}

// ---------------------------------------------------------------- splitting lists

TEST(ReferenceEntryTest, SplitsAtBulletsAndDropsTheLabel) {
  EXPECT_EQ(split("Referenties\n\u2022\t Aa, A. (2001). Een boek. Boom.\n"
                  "\u2022\t Bb, B. (2002). Twee boeken. Pica.\n"),
            (Texts{"Aa, A. (2001). Een boek. Boom.", "Bb, B. (2002). Twee boeken. Pica."}));
  EXPECT_EQ(split("Bron: \u25AA Cc, C. (2003). Drie."), (Texts{"Cc, C. (2003). Drie."}));
  EXPECT_TRUE(split("Literatuurlijst").empty());
}

TEST(ReferenceEntryTest, SplitsAtDashesOnlyWhereAnEntryStarts) {
  EXPECT_EQ(split("- Aa, A. (2001). Een \u2013 twee. Boom. - Bb, B. (2002). Leren, 3(1), 12-15. "
                  "\u2013 van Cc, C. (2003). Drie."),
            (Texts{"Aa, A. (2001). Een \u2013 twee. Boom.", "Bb, B. (2002). Leren, 3(1), 12-15.",
                   "van Cc, C. (2003). Drie."}));
}

TEST(ReferenceEntryTest, SplitsWithoutBulletsWhereAnAuthorListBegins) {
  EXPECT_EQ(split("Literatuur Aa, A. (2001). Een boek. Boom. Bb, B., & Cc, C. (2002). Twee. "
                  "Pica. van Dd, D. (2003). Drie. https://example.org/drie Ee, E. 2004. Vier."),
            (Texts{"Aa, A. (2001). Een boek. Boom.", "Bb, B., & Cc, C. (2002). Twee. Pica.",
                   "van Dd, D. (2003). Drie. https://example.org/drie", "Ee, E. 2004. Vier."}));
}

TEST(ReferenceEntryTest, DoesNotSplitInsideAnEntry) {
  EXPECT_EQ(split("Andriessen, J., Wouters, R. (2006). Titel. In K. Smit (Red.), Boek "
                  "(pp. 1-9). Utrecht."),
            (Texts{"Andriessen, J., Wouters, R. (2006). Titel. In K. Smit (Red.), Boek "
                   "(pp. 1-9). Utrecht."}));
  EXPECT_EQ(split("Literatuur over leren is schaars."),
            (Texts{"Literatuur over leren is schaars."}));
}

// ---------------------------------------------------------------- embedded entries

TEST(ReferenceEntryTest, FindsAnEntryInAFootnote) {
  EXPECT_EQ(embedded("3 Bron: Wijkteam, 2013; BZK, Samen Sterker, 2012; Dekker, J., Vos, R. "
                     "(2006). Competenties van netwerkprofessionals. Werkcahier nr. 2, Utrecht."),
            (Texts{"Dekker, J., Vos, R. (2006). Competenties van netwerkprofessionals. "
                   "Werkcahier nr. 2, Utrecht."}));
}

TEST(ReferenceEntryTest, FindsSeveralEmbeddedEntries) {
  EXPECT_EQ(embedded("Zie Aa, A. (2001). Een boek. Boom; Bb, B. en Cc, C. (2002a). Twee. Pica; "
                     "van Dd, D. (z.j.). Drie."),
            (Texts{"Aa, A. (2001). Een boek. Boom", "Bb, B. en Cc, C. (2002a). Twee. Pica",
                   "van Dd, D. (z.j.). Drie."}));
}

TEST(ReferenceEntryTest, DoesNotTakeCitationsForEmbeddedEntries) {
  EXPECT_TRUE(embedded("Dit blijkt uit onderzoek (Bush, 2011; Kessels & Poell, 2004).").empty());
  EXPECT_TRUE(embedded("Movisie, 2012; VWS, Welzijn Nieuwe Stijl, 2011.").empty());
  EXPECT_TRUE(embedded("Jansen, K. (2006) stelt dat leren werkt.").empty());
  EXPECT_EQ(embedded("de bijdrage van Dijk, K. (2006). Titel."),
            (Texts{"Dijk, K. (2006). Titel."}));
}

// ---------------------------------------------------------------- authors

TEST(ReferenceEntryTest, ParsesABookWithPlaceAndPublisher) {
  const ReferenceEntry entry = parse(
      "Dalton, R. J. (2001). Good to Better: Why Some Teams Make the Jump... and Others "
      "Don't. New York, NY: Riverbend.");
  EXPECT_EQ(surnames(entry), (std::vector<std::string>{"Dalton"}));
  EXPECT_EQ(initials(entry), (std::vector<std::string>{"R. J."}));
  EXPECT_FALSE(entry.et_al);
  EXPECT_EQ(entry.year, "2001");
  EXPECT_EQ(entry.date, "");
  EXPECT_EQ(entry.title, "Good to Better: Why Some Teams Make the Jump... and Others Don't");
  EXPECT_EQ(entry.container, "");
  EXPECT_EQ(entry.details, "");
  EXPECT_EQ(entry.place, "New York, NY");
  EXPECT_EQ(entry.publisher, "Riverbend");
  EXPECT_EQ(entry.url, "");
  EXPECT_EQ(entry.text,
            "Dalton, R. J. (2001). Good to Better: Why Some Teams Make the Jump... and Others "
            "Don't. New York, NY: Riverbend.");
}

TEST(ReferenceEntryTest, ParsesSeveralAuthorsJoinedByAmpersandOrEn) {
  const ReferenceEntry entry =
      parse("Bakker, A., Smit, P. J., & Jansen-de Wit, K. (2019). Samen leren in teams. Boom.");
  EXPECT_EQ(surnames(entry), (std::vector<std::string>{"Bakker", "Smit", "Jansen-de Wit"}));
  EXPECT_EQ(initials(entry), (std::vector<std::string>{"A.", "P. J.", "K."}));
  EXPECT_EQ(entry.publisher, "Boom");

  const ReferenceEntry dutch =
      parse("Hendriks, L. en Verbeek, T. (2015). Leren op de werkplek. Amsterdam: Pica.");
  EXPECT_EQ(surnames(dutch), (std::vector<std::string>{"Hendriks", "Verbeek"}));
  EXPECT_EQ(dutch.title, "Leren op de werkplek");
  EXPECT_EQ(dutch.place, "Amsterdam");
  EXPECT_EQ(dutch.publisher, "Pica");
}

TEST(ReferenceEntryTest, ParsesALowercaseParticleAndANewspaper) {
  const ReferenceEntry entry = parse(
      "van Dalen, M. (2024, november 16). In het debat verdrijft zwart-wit elke kleur. "
      "de Volkskrant.");
  EXPECT_EQ(surnames(entry), (std::vector<std::string>{"van Dalen"}));
  EXPECT_EQ(entry.year, "2024");
  EXPECT_EQ(entry.date, "november 16");
  EXPECT_EQ(entry.title, "In het debat verdrijft zwart-wit elke kleur");
  EXPECT_EQ(entry.publisher, "de Volkskrant");
  EXPECT_EQ(entry.container, "");
}

TEST(ReferenceEntryTest, ParsesCapitalisedParticlesAndInitialsWithoutSpaces) {
  const ReferenceEntry entry = parse(
      "Van Wijk, J.P.J., Hoogendoorn-Vermeulen, R.J.M., & Wilms, L. (2023). Taal van "
      "verandering. Je rol als leider in onzekere tijden. Lemniscaat.");
  EXPECT_EQ(surnames(entry),
            (std::vector<std::string>{"Van Wijk", "Hoogendoorn-Vermeulen", "Wilms"}));
  EXPECT_EQ(initials(entry), (std::vector<std::string>{"J.P.J.", "R.J.M.", "L."}));
  EXPECT_EQ(entry.title, "Taal van verandering. Je rol als leider in onzekere tijden");
  EXPECT_EQ(entry.publisher, "Lemniscaat");
}

TEST(ReferenceEntryTest, PutsAParticleAfterTheInitialsInFrontOfTheSurname) {
  const ReferenceEntry entry =
      parse("Dalen, M. van, & Berg, K. van den (2020). Werken in wijken. Bussum: Coutinho.");
  EXPECT_EQ(surnames(entry), (std::vector<std::string>{"van Dalen", "van den Berg"}));
  EXPECT_EQ(initials(entry), (std::vector<std::string>{"M.", "K."}));
  EXPECT_EQ(entry.year, "2020");
  EXPECT_EQ(entry.title, "Werken in wijken");
}

TEST(ReferenceEntryTest, ParsesDoubleSurnamesAndNamesOutsideAscii) {
  const ReferenceEntry entry = parse(
      "K\u00F6rner, S., Harty\u00E1ndi, M., O\u2019Brien, D., & Garc\u00EDa M\u00E1rquez, "
      "T.-L. (2018). Coaching across borders. Routledge.");
  EXPECT_EQ(surnames(entry),
            (std::vector<std::string>{"K\u00F6rner", "Harty\u00E1ndi", "O\u2019Brien",
                                      "Garc\u00EDa M\u00E1rquez"}));
  EXPECT_EQ(initials(entry), (std::vector<std::string>{"S.", "M.", "D.", "T.-L."}));
  EXPECT_EQ(entry.title, "Coaching across borders");
}

TEST(ReferenceEntryTest, RecordsATruncatedAuthorList) {
  EXPECT_TRUE(parse("Jansen, K., et al. (2012). Titel. Boom.").et_al);
  const ReferenceEntry dutch = parse("Jansen, K. e.a. (2012). Titel. Boom.");
  EXPECT_TRUE(dutch.et_al);
  EXPECT_EQ(dutch.title, "Titel");
  const ReferenceEntry apa7 = parse("Aa, A., Bb, B., \u2026 Zz, Z. (2020). Titel.");
  EXPECT_TRUE(apa7.et_al);
  EXPECT_EQ(surnames(apa7), (std::vector<std::string>{"Aa", "Bb", "Zz"}));
  EXPECT_FALSE(parse("Aa, A. (2020). Titel.").et_al);
}

TEST(ReferenceEntryTest, ParsesAnOrganisationAsAuthor) {
  const ReferenceEntry oecd =
      parse("OECD. (2016). What Makes Schools Learning Organisations? Paris: OECD Publishing.");
  ASSERT_EQ(oecd.authors.size(), 1U);
  EXPECT_EQ(oecd.authors[0].surname, "OECD");
  EXPECT_EQ(oecd.authors[0].initials, "");
  EXPECT_EQ(oecd.title, "What Makes Schools Learning Organisations?");
  EXPECT_EQ(oecd.place, "Paris");
  EXPECT_EQ(oecd.publisher, "OECD Publishing");

  const ReferenceEntry ministry = parse(
      "Ministerie van OCW (2020). Kamerbrief over het lerarentekort. Den Haag: Rijksoverheid.");
  EXPECT_EQ(surnames(ministry), (std::vector<std::string>{"Ministerie van OCW"}));
  EXPECT_EQ(ministry.title, "Kamerbrief over het lerarentekort");
  EXPECT_EQ(ministry.place, "Den Haag");
  EXPECT_EQ(ministry.publisher, "Rijksoverheid");
}

TEST(ReferenceEntryTest, CountsEditorsOfAnEditedBookAsAuthors) {
  const ReferenceEntry entry = parse(
      "Kessler, J., & Pool, R. (Red.). (2011). Handboek leren in organisaties. Houten: "
      "Bohn Stafleu van Loghum.");
  EXPECT_EQ(surnames(entry), (std::vector<std::string>{"Kessler", "Pool"}));
  EXPECT_EQ(entry.year, "2011");
  EXPECT_EQ(entry.title, "Handboek leren in organisaties");
  EXPECT_EQ(entry.place, "Houten");
  EXPECT_EQ(entry.publisher, "Bohn Stafleu van Loghum");
}

// ---------------------------------------------------------------- dates

TEST(ReferenceEntryTest, ParsesEveryKindOfDateGroup) {
  struct Case {
    std::string_view group;
    std::string_view year;
    std::string_view date;
  };
  for (const Case& c :
       {Case{"(2019, October 3)", "2019", "October 3"},
        Case{"(2024, 2 december)", "2024", "2 december"}, Case{"(2023a)", "2023a", ""},
        Case{"(z.j.)", "z.j.", ""}, Case{"(n.d.)", "n.d.", ""}, Case{"(in druk)", "in druk", ""},
        Case{"(1995/2003)", "1995/2003", ""}, Case{"(maart 2021)", "2021", "maart"}}) {
    const std::string text = "Aa, A. " + std::string(c.group) + ". Een titel. Boom.";
    const ReferenceEntry entry = parse(text);
    EXPECT_EQ(entry.year, c.year) << text;
    EXPECT_EQ(entry.date, c.date) << text;
    EXPECT_EQ(entry.title, "Een titel") << text;
  }
}

TEST(ReferenceEntryTest, ParsesAYearWithoutBrackets) {
  const ReferenceEntry entry = parse("Kessler, J. 1996. Succesvol ontwerpen. Deventer: Kluwer.");
  EXPECT_EQ(surnames(entry), (std::vector<std::string>{"Kessler"}));
  EXPECT_EQ(entry.year, "1996");
  EXPECT_EQ(entry.title, "Succesvol ontwerpen");
  EXPECT_EQ(entry.place, "Deventer");
  EXPECT_EQ(entry.publisher, "Kluwer");
}

// ---------------------------------------------------------------- sources

TEST(ReferenceEntryTest, ParsesAJournalArticleWithADoi) {
  const ReferenceEntry entry = parse(
      "Muller, A., & Visser, B. (2021). Leiderschap en leerklimaat. Pedagogische "
      "Studi\u00EBn, 98(3), 145\u2013167. https://doi.org/10.1234/ps.2021.003");
  EXPECT_EQ(entry.title, "Leiderschap en leerklimaat");
  EXPECT_EQ(entry.container, "Pedagogische Studi\u00EBn");
  EXPECT_EQ(entry.details, "98(3), 145\u2013167");
  EXPECT_EQ(entry.publisher, "");
  EXPECT_EQ(entry.url, "https://doi.org/10.1234/ps.2021.003");

  const ReferenceEntry no_comma =
      parse("Muller, A. (2021). Titel. Tijdschrift voor Orthopedagogiek 45(2), 12-20.");
  EXPECT_EQ(no_comma.container, "Tijdschrift voor Orthopedagogiek");
  EXPECT_EQ(no_comma.details, "45(2), 12-20");
}

TEST(ReferenceEntryTest, MakesABareDoiAUrl) {
  EXPECT_EQ(parse("Aa, A. (2020). Titel. Journal of Learning, 12(1), 1-9. doi:10.5555/jl.12.1").url,
            "https://doi.org/10.5555/jl.12.1");
  EXPECT_EQ(parse("Aa, A. (2020). Titel. Journal of Learning, 12(1), 1-9. DOI: 10.5555/x.1.").url,
            "https://doi.org/10.5555/x.1");
  const ReferenceEntry bare = parse("Aa, A. (2020). Titel. Journal, 2, 3. 10.5555/abc");
  EXPECT_EQ(bare.url, "https://doi.org/10.5555/abc");
  EXPECT_EQ(bare.details, "2, 3");
}

TEST(ReferenceEntryTest, ParsesAChapterInAnEditedBook) {
  const ReferenceEntry entry = parse(
      "Peters, H. (2017). Leren in netwerken. In A. de Graaf & B. Kuipers (Red.), "
      "Handboek organisatieleren (pp. 112\u2013130). Assen: Van Gorcum.");
  EXPECT_EQ(surnames(entry), (std::vector<std::string>{"Peters"}));
  EXPECT_EQ(entry.title, "Leren in netwerken");
  EXPECT_EQ(entry.container, "Handboek organisatieleren");
  EXPECT_EQ(entry.details, "pp. 112\u2013130");
  EXPECT_EQ(entry.place, "Assen");
  EXPECT_EQ(entry.publisher, "Van Gorcum");

  const ReferenceEntry english = parse(
      "Lee, C. (2010). Tacit knowing at work. In M. Brown & S. Gray (Eds.), The learning "
      "organisation: A reader (2nd ed., pp. 1\u201320). Sage.");
  EXPECT_EQ(english.container, "The learning organisation: A reader");
  EXPECT_EQ(english.details, "2nd ed., pp. 1\u201320");
  EXPECT_EQ(english.publisher, "Sage");

  const ReferenceEntry dutch = parse(
      "Lee, C. (2010). Leren. In: M. Bruin (red.), Het lerende team, 12-30. Baarn: Nelissen.");
  EXPECT_EQ(dutch.container, "Het lerende team");
  EXPECT_EQ(dutch.details, "12-30");
  EXPECT_EQ(dutch.publisher, "Nelissen");
}

TEST(ReferenceEntryTest, ParsesAPlaceThatTrailsTheDetails) {
  const ReferenceEntry entry = parse(
      "Dekker, J., Vos, R. (2006). Competenties van netwerkprofessionals. Werkcahier nr. 2, "
      "Utrecht.");
  EXPECT_EQ(surnames(entry), (std::vector<std::string>{"Dekker", "Vos"}));
  EXPECT_EQ(entry.title, "Competenties van netwerkprofessionals");
  EXPECT_EQ(entry.container, "");
  EXPECT_EQ(entry.details, "Werkcahier nr. 2");
  EXPECT_EQ(entry.place, "Utrecht");
  EXPECT_EQ(entry.publisher, "");
}

TEST(ReferenceEntryTest, ParsesAUniversityOrAPublisherWithItsPlaceAsPublisher) {
  const ReferenceEntry thesis = parse(
      "Brink, R. B. (2023). Lerende overheid: Een nieuwe traditie voor de publieke dienst. "
      "Tilburg University.");
  EXPECT_EQ(thesis.title, "Lerende overheid: Een nieuwe traditie voor de publieke dienst");
  EXPECT_EQ(thesis.publisher, "Tilburg University");
  EXPECT_EQ(thesis.place, "");

  const ReferenceEntry dutch = parse("Smit, A. (1999). Leren organiseren. Samsom, Alphen.");
  EXPECT_EQ(dutch.publisher, "Samsom");
  EXPECT_EQ(dutch.place, "Alphen");
}

TEST(ReferenceEntryTest, MovesAnEditionAfterTheTitleToDetails) {
  const ReferenceEntry entry =
      parse("Kramer, L. (2015). Coachen met vragen (2e druk). Zaltbommel: Thema.");
  EXPECT_EQ(entry.title, "Coachen met vragen");
  EXPECT_EQ(entry.details, "2e druk");
  EXPECT_EQ(entry.publisher, "Thema");
  const ReferenceEntry thesis =
      parse("Kramer, L. (2015). Coachen [Proefschrift]. Open Universiteit.");
  EXPECT_EQ(thesis.title, "Coachen");
  EXPECT_EQ(thesis.details, "Proefschrift");
  EXPECT_EQ(thesis.publisher, "Open Universiteit");
}

// ---------------------------------------------------------------- web

TEST(ReferenceEntryTest, ParsesAWebPageRetrievedFromASite) {
  const ReferenceEntry entry = parse(
      "Jorissen, J., & Sander, M. (2019, October 3). Why Mentoring Upwards Works and How "
      "to Do It Well. Opgehaald van Business Review Online: https://bro. "
      "example.org/2019/10/why-mentoring- upwards-works");
  EXPECT_EQ(entry.date, "October 3");
  EXPECT_EQ(entry.title, "Why Mentoring Upwards Works and How to Do It Well");
  EXPECT_EQ(entry.container, "Business Review Online");
  EXPECT_EQ(entry.url, "https://bro.example.org/2019/10/why-mentoring-upwards-works");
  EXPECT_EQ(entry.publisher, "");
  EXPECT_EQ(entry.text,
            "Jorissen, J., & Sander, M. (2019, October 3). Why Mentoring Upwards Works and How to "
            "Do It Well. Opgehaald van Business Review Online: "
            "https://bro.example.org/2019/10/why-mentoring-upwards-works");
}

TEST(ReferenceEntryTest, DropsRetrievalNotesBeforeAUrl) {
  const ReferenceEntry english =
      parse("Harlow, P. (n.d.). Learning in public. Retrieved from https://example.com/lip.");
  EXPECT_EQ(english.year, "n.d.");
  EXPECT_EQ(english.title, "Learning in public");
  EXPECT_EQ(english.container, "");
  EXPECT_EQ(english.details, "");
  EXPECT_EQ(english.url, "https://example.com/lip");

  const ReferenceEntry dutch = parse(
      "Nationaal Jeugdinstituut. (z.j.). Werken aan veerkracht. Geraadpleegd op 12 mei "
      "2021, van https://www.example.nl/veerkracht");
  EXPECT_EQ(surnames(dutch), (std::vector<std::string>{"Nationaal Jeugdinstituut"}));
  EXPECT_EQ(dutch.year, "z.j.");
  EXPECT_EQ(dutch.title, "Werken aan veerkracht");
  EXPECT_EQ(dutch.details, "");
  EXPECT_EQ(dutch.url, "https://www.example.nl/veerkracht");

  const ReferenceEntry dated = parse(
      "Harlow, P. (2020). Open leren. Retrieved May 3, 2020, from Leernet: "
      "https://example.com/ol");
  EXPECT_EQ(dated.container, "Leernet");
}

// ---------------------------------------------------------------- titles

TEST(ReferenceEntryTest, ParsesAnEntryCutOffAfterItsTitle) {
  const ReferenceEntry entry = parse(
      "\u2022 Wassink, V. (2024, december 2). twijfelmoed: Het aandurven om niet meteen "
      "een standpunt in te nemen. ");
  EXPECT_EQ(surnames(entry), (std::vector<std::string>{"Wassink"}));
  EXPECT_EQ(entry.date, "december 2");
  EXPECT_EQ(entry.title, "twijfelmoed: Het aandurven om niet meteen een standpunt in te nemen");
  EXPECT_EQ(entry.publisher, "");
  EXPECT_EQ(entry.text,
            "Wassink, V. (2024, december 2). twijfelmoed: Het aandurven om niet meteen een "
            "standpunt in te nemen.");
  EXPECT_EQ(parse("Smit, A. (2020). Leren van fouten").title, "Leren van fouten");
}

TEST(ReferenceEntryTest, KeepsQuestionMarksAndColonsInTitles) {
  const ReferenceEntry entry =
      parse("Aa, A. (2018). Wie leert hier eigenlijk? Over teams: een verkenning. Boom.");
  EXPECT_EQ(entry.title, "Wie leert hier eigenlijk? Over teams: een verkenning");
  EXPECT_EQ(entry.publisher, "Boom");
  const ReferenceEntry journal =
      parse("Aa, A. (2018). Wie leert hier eigenlijk? Tijdschrift voor HRD, 4(1), 3-9.");
  EXPECT_EQ(journal.title, "Wie leert hier eigenlijk?");
  EXPECT_EQ(journal.container, "Tijdschrift voor HRD");
}

TEST(ReferenceEntryTest, ParsesATitleFirstEntryWithoutAuthor) {
  const ReferenceEntry entry = parse("Good to Great for Schools (2005). HarperCollins.");
  EXPECT_TRUE(entry.authors.empty());
  EXPECT_EQ(entry.title, "Good to Great for Schools");
  EXPECT_EQ(entry.year, "2005");
  EXPECT_EQ(entry.publisher, "HarperCollins");

  const ReferenceEntry edition =
      parse("Handboek kwaliteitszorg (3e druk). (2018). Amsterdam: Boom.");
  EXPECT_EQ(edition.title, "Handboek kwaliteitszorg");
  EXPECT_EQ(edition.details, "3e druk");
  EXPECT_EQ(edition.place, "Amsterdam");
}

// ---------------------------------------------------------------- not entries

TEST(ReferenceEntryTest, RejectsProse) {
  for (std::string_view text :
       {"Een andere in Nederland veel gebruikte theorie is die van Verbiest (2014).",
        "De borgingsfase (2014). Er worden systematische leerprogramma's opgezet voor iedereen.",
        "Zie Bolhuis en Simons (1999). Dit is het geval wanneer de groep samen leert.",
        "Leren is belangrijk, zo stelt Jansen, K. in zijn boek.",
        "In 2015 begon het project met drie scholen.", "Jansen, K. (2006) stelt dat leren werkt.",
        "", "   "}) {
    EXPECT_FALSE(parse_reference_entry(text).has_value()) << text;
  }
}

TEST(ReferenceEntryTest, RejectsInTextCitations) {
  for (std::string_view text : {"(Bush, 2011)", "(Kessels, 2001, p. 12).", "Bush (2011)",
                                "(Kessels & Poell, 2004; Bush, 2011)", "Bush, 2011."}) {
    EXPECT_FALSE(parse_reference_entry(text).has_value()) << text;
  }
}

}  // namespace
