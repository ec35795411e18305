// Tests of the text functions behind SourceRecord: citation keys that every tool accepts and
// that do not change between builds, years and dates as printed, entry details, names.
#include <gtest/gtest.h>

#include "export/source_record_fields.hpp"

namespace {

using namespace exporter;

TEST(DomainSourceFields, CitationKeysAreAsciiAndKeepOurKeys) {
  EXPECT_EQ(citation_key_for("kessels2001"), "kessels2001");
  EXPECT_EQ(citation_key_for("nonaka-takeuchi1995-2003"), "nonaka-takeuchi1995-2003");
  EXPECT_EQ(citation_key_for("hartyándi 2024"), "hartyandi-2024");
  EXPECT_EQ(citation_key_for("Œuvre, {x}% #2"), "OEuvre-x-2");
  EXPECT_EQ(citation_key_for("ns:key_1"), "ns:key_1");
  EXPECT_EQ(citation_key_for("«»"), "source");
}

TEST(DomainSourceFields, CitationKeysAreUniqueAndStable) {
  // "a b" and "a-b" both want the key "a-b": the first one (in key order) gets it.
  const std::vector<std::string> sorted = {"a b", "a-b", "a.b", "c"};
  EXPECT_EQ(unique_citation_keys(sorted), (std::vector<std::string>{"a-b", "a-b-2", "a-b-3", "c"}));
  EXPECT_EQ(unique_citation_keys(sorted), unique_citation_keys(sorted));
  EXPECT_EQ(unique_citation_keys({"a b", "a!", "a-2"}),
            (std::vector<std::string>{"a-b", "a", "a-2"}));
  // A source whose own key a generated key already took ("a-2") still gets a key of its own.
  EXPECT_EQ(unique_citation_keys({"a", "a!", "a-2"}),
            (std::vector<std::string>{"a", "a-2", "a-2-2"}));
}

TEST(DomainSourceFields, FoldsLatinLettersOfBothBlocks) {
  EXPECT_EQ(fold_latin_to_ascii("Körner Schön De Caluwé Engeström Hartyándi"),
            "Korner Schon De Caluwe Engestrom Hartyandi");
  // The ends of Latin Extended-A: Ā (U+0100), Ł (U+0141), Ÿ (U+0178), Ž (U+017D), ſ (U+017F).
  EXPECT_EQ(fold_latin_to_ascii("Ā Ł Ÿ Ž ſ ß"), "A L Y Z s ss");
  EXPECT_EQ(fold_latin_to_ascii("日本"), "日本");
}

TEST(DomainSourceFields, CapitalsAreRecognisedBeyondAscii) {
  EXPECT_TRUE(starts_with_capital("Zelfsturing"));
  EXPECT_TRUE(starts_with_capital("Één"));
  EXPECT_TRUE(starts_with_capital("(Łódź)"));
  EXPECT_FALSE(starts_with_capital("één"));
  EXPECT_FALSE(starts_with_capital("2e"));
  EXPECT_FALSE(starts_with_capital("’s"));
}

TEST(DomainSourceFields, YearsAsPrinted) {
  const PublicationYear plain = parse_publication_year("2001");
  EXPECT_EQ(plain.year, 2001);
  EXPECT_EQ(plain.suffix, "");
  EXPECT_FALSE(plain.original);

  const PublicationYear suffixed = parse_publication_year("1996b");
  EXPECT_EQ(suffixed.year, 1996);
  EXPECT_EQ(suffixed.suffix, "b");

  const PublicationYear reprint = parse_publication_year("1995/2003");
  EXPECT_EQ(reprint.year, 2003);
  EXPECT_EQ(reprint.original, 1995);

  const PublicationYear circa = parse_publication_year("± 1955");
  EXPECT_EQ(circa.year, 1955);
  EXPECT_TRUE(circa.approximate);
  EXPECT_TRUE(parse_publication_year("ca. 1900").approximate);

  for (const char* none : {"z.j.", "n.d.", "in druk", "", "20011", "2001abc", "x/2003"}) {
    EXPECT_FALSE(parse_publication_year(none).year) << none;
  }
}

TEST(DomainSourceFields, MonthAndDayInDutchAndEnglish) {
  const auto md = [](const char* text) {
    const MonthDay d = parse_month_day(text);
    return std::to_string(d.month) + "/" + std::to_string(d.day);
  };
  EXPECT_EQ(md("november 16"), "11/16");
  EXPECT_EQ(md("2 december"), "12/2");
  EXPECT_EQ(md("October 3"), "10/3");
  EXPECT_EQ(md("sept. 5"), "9/5");
  EXPECT_EQ(md("mei"), "5/0");
  EXPECT_EQ(md("maart, 31"), "3/31");
  EXPECT_EQ(md("winter"), "0/0");
  EXPECT_EQ(md("16"), "0/0");
  EXPECT_EQ(md("november 32"), "0/0");
  EXPECT_EQ(md(""), "0/0");
}

TEST(DomainSourceFields, DetailsSplitIntoVolumeIssuePagesEdition) {
  const EntryDetails journal = parse_entry_details("12(3), 45–67");
  EXPECT_EQ(journal.volume, "12");
  EXPECT_EQ(journal.issue, "3");
  EXPECT_EQ(journal.pages, "45-67");
  EXPECT_EQ(journal.note, "");

  const EntryDetails chapter = parse_entry_details("pp. 12-34");
  EXPECT_EQ(chapter.pages, "12-34");
  EXPECT_EQ(chapter.volume, "");

  EXPECT_EQ(parse_entry_details("2e druk").edition, "2");
  EXPECT_EQ(parse_entry_details("3rd ed.").edition, "3");
  EXPECT_EQ(parse_entry_details("8, p. 5").pages, "5");

  // What is no volume, issue, page or edition stays as printed, in the note.
  const EntryDetails other = parse_entry_details("Competentiecahier nr. 1");
  EXPECT_EQ(other.note, "Competentiecahier nr. 1");
  EXPECT_EQ(other.volume, "");
  const EntryDetails mixed = parse_entry_details("Proefschrift, 45-67");
  EXPECT_EQ(mixed.note, "Proefschrift");
  EXPECT_EQ(mixed.pages, "45-67");
}

TEST(DomainSourceFields, ChaptersAreRecognisedByIn) {
  EXPECT_TRUE(entry_names_a_book(
      "Kessels, J. (2001). Titel. In J. Kessels (Red.), Handboek HRD (pp. 1-3). Bohn.",
      "Handboek HRD"));
  EXPECT_TRUE(entry_names_a_book("Titel. In: Handboek HRD. Bohn.", "Handboek HRD"));
  EXPECT_FALSE(entry_names_a_book("A, B. (2001). Titel. Tijdschrift, 12(3), 4-5.", "Tijdschrift"));
  // "In " inside a title is no chapter mark.
  EXPECT_FALSE(entry_names_a_book("A. (2001). Leren In de wijk. Tijdschrift, 1.", "Tijdschrift"));
  EXPECT_FALSE(entry_names_a_book("", "Tijdschrift"));
}

TEST(DomainSourceFields, DoiAddressesBecomeDois) {
  EXPECT_EQ(split_doi("https://doi.org/10.1000/xyz").doi, "10.1000/xyz");
  EXPECT_EQ(split_doi("https://doi.org/10.1000/xyz").url, "");
  EXPECT_EQ(split_doi("doi:10.5/a").doi, "10.5/a");
  EXPECT_EQ(split_doi("https://hbr.org/x").url, "https://hbr.org/x");
  EXPECT_EQ(split_doi("https://hbr.org/x").doi, "");
}

TEST(DomainSourceFields, SurnamesSplitIntoParticleAndFamily) {
  const auto split = [](const char* surname) {
    const PersonName n = person_name(surname);
    return n.particle + "|" + n.family;
  };
  EXPECT_EQ(split("van Vroonhoven"), "van|Vroonhoven");
  EXPECT_EQ(split("Van der Waals"), "Van der|Waals");
  EXPECT_EQ(split("De Caluwé"), "De|Caluwé");
  EXPECT_EQ(split("Kets de Vries"), "|Kets de Vries");
  EXPECT_EQ(split("McKee Snyder"), "|McKee Snyder");
  EXPECT_EQ(split("Körner"), "|Körner");
  EXPECT_EQ(split("De"), "|De");  // a particle alone is the family name
  EXPECT_EQ(person_name("van den Akker").family_with_particle(), "van den Akker");
}

TEST(DomainSourceFields, InitialsComeFromTheEntryAfterTheSurname) {
  const char* entry =
      "Van Wielink, J.P.J., Fiddelaers-Jaspers, R.J.M., & Wilhelm, L. (2023). Taal van transitie.";
  EXPECT_EQ(initials_in_entry(entry, "Van Wielink"), "J.P.J.");
  EXPECT_EQ(initials_in_entry(entry, "Fiddelaers-Jaspers"), "R.J.M.");
  EXPECT_EQ(initials_in_entry(entry, "Wilhelm"), "L.");
  EXPECT_EQ(initials_in_entry("Collins, J. C. (2001). Good to Great.", "Collins"), "J. C.");
  EXPECT_EQ(initials_in_entry("Dubois, J.-P., & Th. Ax (2001).", "Dubois"), "J.-P.");
  EXPECT_EQ(initials_in_entry("Şahin, Ö. (2010). Titel.", "Şahin"), "Ö.");
  // Not printed with initials, or only later in the text: nothing.
  EXPECT_EQ(initials_in_entry("Movisie (2012). Wilhelm, L. zegt.", "Wilhelm"), "");
  EXPECT_EQ(initials_in_entry("Verwilhelm, L. (2001).", "Wilhelm"), "");
  EXPECT_EQ(initials_in_entry("Collins, Good to Great (2001).", "Collins"), "");
}

}  // namespace
