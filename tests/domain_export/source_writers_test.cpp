// Tests of loading sources from a database and writing them as BibTeX, CSL-JSON and RIS: the
// entry types chosen from what is known, names with particles and initials, escaping, dates.
// The expected entries were written by hand from the fixture rows (domain_fixture.hpp).
#include <gtest/gtest.h>

#include <sstream>

#include "domain_fixture.hpp"
#include "export/bibtex_writer.hpp"
#include "export/csl_json_writer.hpp"
#include "export/ris_writer.hpp"
#include "export/source_record.hpp"
#include "support/test_support.hpp"

namespace {

using namespace exporter;

class DomainSourceWriters : public ::testing::Test {
 protected:
  void SetUp() override { domain_fixture::create_database(dir_ / "fixture.sqlite"); }

  std::vector<SourceRecord> load(const std::vector<std::string>& keys) {
    store::Database db = store::open_conceptdb(dir_ / "fixture.sqlite", store::OpenMode::kReadOnly);
    return load_source_records(db, keys);
  }

  std::string bibtex(const std::vector<std::string>& keys) {
    std::ostringstream out;
    write_bibtex(load(keys), out);
    return out.str();
  }

  testing_support::TempDir dir_;
};

TEST_F(DomainSourceWriters, LoadsEverySourceInKeyOrderOrTheOnesAskedFor) {
  std::vector<std::string> keys;
  for (const auto& r : load({}))
    keys.push_back(r.citation_key);
  EXPECT_EQ(keys, (std::vector<std::string>{
                      "burgerlijkwetboek", "caluwe-etal2008", "gemeentevenlo2013", "hartyandi-2024",
                      "kessels2001", "korner-schon2019", "lieshout2014a",
                      "nonaka-takeuchi1995-2003", "schmidt1955", "vroonhoven2024"}));
  const auto two = load({"schmidt1955", "kessels2001", "schmidt1955"});
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].source_key, "schmidt1955");
  EXPECT_EQ(two[1].source_key, "kessels2001");
}

TEST_F(DomainSourceWriters, AnUnknownKeyIsAnErrorThatNamesIt) {
  try {
    load({"kessels2001", "nobody1999"});
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("'nobody1999'"), std::string::npos) << e.what();
  }
}

TEST_F(DomainSourceWriters, RecordsHoldWhatTheDatabaseHolds) {
  const SourceRecord article = load({"korner-schon2019"}).at(0);
  EXPECT_EQ(article.type, SourceType::kArticle);
  ASSERT_EQ(article.authors.size(), 2u);
  EXPECT_EQ(article.authors[1], (PersonName{"Schön", "", "D. A.", ""}));
  EXPECT_EQ(article.container, "Tijdschrift voor Onderwijs");
  EXPECT_EQ(article.volume + "|" + article.issue + "|" + article.pages, "12|3|45-67");
  EXPECT_EQ(article.doi, "10.1000/xyz_1");
  EXPECT_EQ(article.url, "");
  EXPECT_EQ(article.title_from, "a:30");

  const SourceRecord book = load({"lieshout2014a"}).at(0);
  EXPECT_EQ(book.type, SourceType::kBook);
  EXPECT_EQ(book.authors.at(0), (PersonName{"Lieshout", "Van", "H.", ""}));
  EXPECT_EQ(book.year, 2014);
  EXPECT_EQ(book.year_suffix, "a");
  EXPECT_EQ(book.edition, "2");
  EXPECT_EQ(book.place, "Amsterdam");

  // Without a reference entry nothing is known beyond the source row: no initials, no title.
  const SourceRecord bare = load({"caluwe-etal2008"}).at(0);
  EXPECT_EQ(bare.type, SourceType::kMisc);
  EXPECT_EQ(bare.authors.at(0), (PersonName{"Caluwé", "De", "", ""}));
  EXPECT_TRUE(bare.et_al);
  EXPECT_EQ(bare.title, "");
}

TEST_F(DomainSourceWriters, EntryTypesFollowWhatIsKnown) {
  std::map<std::string, std::string> types;
  for (const auto& r : load({}))
    types[r.citation_key] = std::string(bibtex_entry_type(r.type)) + " " +
                            std::string(csl_type(r.type)) + " " + std::string(ris_type(r.type));
  EXPECT_EQ(types["korner-schon2019"], "article article-journal JOUR");  // a journal
  EXPECT_EQ(types["kessels2001"], "incollection chapter CHAP");          // "In ... (Red.)"
  EXPECT_EQ(types["lieshout2014a"], "book book BOOK");                   // title and publisher
  EXPECT_EQ(types["vroonhoven2024"], "misc document GEN");      // a publisher, but a day's date
  EXPECT_EQ(types["gemeentevenlo2013"], "report report RPRT");  // an organisation's title
  EXPECT_EQ(types["burgerlijkwetboek"], "legislation legislation STAT");
  EXPECT_EQ(types["schmidt1955"], "misc document GEN");
}

TEST_F(DomainSourceWriters, BibtexEntriesAreEscapedAndKeepCapitals) {
  EXPECT_EQ(
      bibtex({"korner-schon2019", "kessels2001"}),
      "@article{korner-schon2019,\n"
      "  author = {Körner, A. and Schön, D. A.},\n"
      "  title = {Leren \\& \\{onder\\}wijs: 50\\% \"beter\" in {\\#1\\_A} \\textasciitilde{} "
      "\\textasciicircum{} \\textbackslash{} {PLG-praktijk}},\n"
      "  journal = {Tijdschrift voor Onderwijs},\n"
      "  volume = {12},\n"
      "  number = {3},\n"
      "  pages = {45--67},\n"
      "  year = {2019},\n"
      "  doi = {10.1000/xyz_1}\n"
      "}\n"
      "\n"
      "@incollection{kessels2001,\n"
      "  author = {Kessels, J. W. M.},\n"
      "  title = {Verleiden tot kennisproductiviteit},\n"
      "  booktitle = {Handboek HRD},\n"
      "  pages = {12--34},\n"
      "  publisher = {Bohn},\n"
      "  address = {Houten},\n"
      "  year = {2001}\n"
      "}\n");
}

TEST_F(DomainSourceWriters, BibtexNamesDatesAndTypes) {
  EXPECT_EQ(
      bibtex({"vroonhoven2024", "lieshout2014a", "caluwe-etal2008", "gemeentevenlo2013",
              "burgerlijkwetboek", "nonaka-takeuchi1995-2003", "schmidt1955", "hartyándi 2024"}),
      "@misc{vroonhoven2024,\n"
      "  author = {van Vroonhoven, M.},\n"
      "  title = {Op het strijdtoneel},\n"
      "  publisher = {de Volkrant},\n"
      "  date = {2024-11-16},\n"
      "  options = {useprefix=true}\n"
      "}\n\n"
      "@book{lieshout2014a,\n"
      "  author = {{Van Lieshout}, H.},\n"
      "  title = {Leren in de wijk},\n"
      "  edition = {2},\n"
      "  publisher = {Boom},\n"
      "  address = {Amsterdam},\n"
      "  year = {2014}\n"
      "}\n\n"
      "@misc{caluwe-etal2008,\n"
      "  author = {{De Caluwé} and others},\n"
      "  year = {2008}\n"
      "}\n\n"
      "@report{gemeentevenlo2013,\n"
      "  author = {{Gemeente Venlo}},\n"
      "  title = {Wij(k)kracht in {Venlo}},\n"
      "  year = {2013}\n"
      "}\n\n"
      "@legislation{burgerlijkwetboek,\n"
      "  author = {{Burgerlijk Wetboek}}\n"
      "}\n\n"
      "@misc{nonaka-takeuchi1995-2003,\n"
      "  author = {Nonaka and Takeuchi},\n"
      "  year = {2003},\n"
      "  origdate = {1995}\n"
      "}\n\n"
      "@misc{schmidt1955,\n"
      "  author = {Schmidt},\n"
      "  date = {1955~}\n"
      "}\n\n"
      "@misc{hartyandi-2024,\n"
      "  author = {Hartyándi},\n"
      "  year = {2024}\n"
      "}\n");
}

TEST(DomainBibtex, EscapesWhatTexTreatsSpecially) {
  EXPECT_EQ(escape_bibtex("R&D 10% $5 #1 a_b"), "R\\&D 10\\% \\$5 \\#1 a\\_b");
  EXPECT_EQ(escape_bibtex("~^\\"), "\\textasciitilde{}\\textasciicircum{}\\textbackslash{}");
  EXPECT_EQ(escape_bibtex("{a}"), "\\{a\\}");
  // Unpaired braces would unbalance the entry: BibTeX counts them even when escaped.
  EXPECT_EQ(escape_bibtex("a } b {"), "a \\textbraceright{} b \\textbraceleft{}");
  EXPECT_EQ(escape_bibtex("één\tlijn\nnaar"), "één lijn naar");
  EXPECT_EQ(escape_bibtex("a\xff"
                          "b"),
            "a\xEF\xBF\xBD"
            "b");
}

TEST(DomainBibtex, TitlesBraceEveryCapitalSentenceCasingWouldLower) {
  EXPECT_EQ(bibtex_title("Good to Great: Why some"), "Good to {Great}: {Why} some");
  EXPECT_EQ(bibtex_title("PLG in de school"), "{PLG} in de school");
  EXPECT_EQ(bibtex_title("Leren (HRD) in \"Utrecht\""), "Leren ({HRD}) in \"{Utrecht}\"");
  EXPECT_EQ(bibtex_title("Over Élan en één"), "Over {Élan} en één");
  EXPECT_EQ(bibtex_title("Wat { nu } A&B"), "Wat \\{ nu \\} {A\\&B}");
}

TEST(DomainBibtex, NamesAsBibtexParsesThem) {
  EXPECT_EQ(bibtex_name({"Collins", "", "J. C.", ""}), "Collins, J. C.");
  EXPECT_EQ(bibtex_name({"Vroonhoven", "van", "M.", ""}), "van Vroonhoven, M.");
  EXPECT_EQ(bibtex_name({"Vroonhoven", "van", "", ""}), "van Vroonhoven");
  // A capitalised particle or a family name of several words is braced: BibTeX would take its
  // first word for a given name.
  EXPECT_EQ(bibtex_name({"Lieshout", "Van", "", ""}), "{Van Lieshout}");
  EXPECT_EQ(bibtex_name({"Kets de Vries", "", "M.", ""}), "{Kets de Vries}, M.");
  EXPECT_EQ(bibtex_name({"", "", "", "Bakker & Zonen, B.V."}), "{Bakker \\& Zonen, B.V.}");
}

TEST_F(DomainSourceWriters, CslJsonItems) {
  std::ostringstream out;
  write_csl_json(load({"vroonhoven2024", "korner-schon2019", "schmidt1955",
                       "nonaka-takeuchi1995-2003", "gemeentevenlo2013"}),
                 out);
  EXPECT_EQ(
      out.str(),
      "[\n"
      "  {\n"
      "    \"id\": \"vroonhoven2024\",\n"
      "    \"type\": \"document\",\n"
      "    \"author\": [\n"
      "      {\"family\": \"Vroonhoven\", \"given\": \"M.\", "
      "\"non-dropping-particle\": \"van\"}\n"
      "    ],\n"
      "    \"title\": \"Op het strijdtoneel\",\n"
      "    \"publisher\": \"de Volkrant\",\n"
      "    \"issued\": {\"date-parts\": [[2024, 11, 16]]}\n"
      "  },\n"
      "  {\n"
      "    \"id\": \"korner-schon2019\",\n"
      "    \"type\": \"article-journal\",\n"
      "    \"author\": [\n"
      "      {\"family\": \"Körner\", \"given\": \"A.\"},\n"
      "      {\"family\": \"Schön\", \"given\": \"D. A.\"}\n"
      "    ],\n"
      "    \"title\": \"Leren & {onder}wijs: 50% \\\"beter\\\" in #1_A ~ ^ \\\\ PLG-praktijk\",\n"
      "    \"container-title\": \"Tijdschrift voor Onderwijs\",\n"
      "    \"volume\": \"12\",\n"
      "    \"issue\": \"3\",\n"
      "    \"page\": \"45-67\",\n"
      "    \"issued\": {\"date-parts\": [[2019]]},\n"
      "    \"DOI\": \"10.1000/xyz_1\"\n"
      "  },\n"
      "  {\n"
      "    \"id\": \"schmidt1955\",\n"
      "    \"type\": \"document\",\n"
      "    \"author\": [\n"
      "      {\"family\": \"Schmidt\"}\n"
      "    ],\n"
      "    \"issued\": {\"date-parts\": [[1955]], \"circa\": true}\n"
      "  },\n"
      "  {\n"
      "    \"id\": \"nonaka-takeuchi1995-2003\",\n"
      "    \"type\": \"document\",\n"
      "    \"author\": [\n"
      "      {\"family\": \"Nonaka\"},\n"
      "      {\"family\": \"Takeuchi\"}\n"
      "    ],\n"
      "    \"issued\": {\"date-parts\": [[2003]]},\n"
      "    \"original-date\": {\"date-parts\": [[1995]]}\n"
      "  },\n"
      "  {\n"
      "    \"id\": \"gemeentevenlo2013\",\n"
      "    \"type\": \"report\",\n"
      "    \"author\": [\n"
      "      {\"literal\": \"Gemeente Venlo\"}\n"
      "    ],\n"
      "    \"title\": \"Wij(k)kracht in Venlo\",\n"
      "    \"issued\": {\"date-parts\": [[2013]]}\n"
      "  }\n"
      "]\n");
  std::ostringstream empty;
  write_csl_json({}, empty);
  EXPECT_EQ(empty.str(), "[]\n");
}

TEST_F(DomainSourceWriters, RisRecords) {
  std::ostringstream out;
  write_ris(load({"korner-schon2019", "vroonhoven2024", "kessels2001"}), out);
  EXPECT_EQ(out.str(),
            "TY  - JOUR\r\n"
            "ID  - korner-schon2019\r\n"
            "AU  - Körner, A.\r\n"
            "AU  - Schön, D. A.\r\n"
            "TI  - Leren & {onder}wijs: 50% \"beter\" in #1_A ~ ^ \\ PLG-praktijk\r\n"
            "T2  - Tijdschrift voor Onderwijs\r\n"
            "VL  - 12\r\n"
            "IS  - 3\r\n"
            "SP  - 45\r\n"
            "EP  - 67\r\n"
            "PY  - 2019\r\n"
            "DO  - 10.1000/xyz_1\r\n"
            "ER  - \r\n"
            "\r\n"
            "TY  - GEN\r\n"
            "ID  - vroonhoven2024\r\n"
            "AU  - van Vroonhoven, M.\r\n"
            "TI  - Op het strijdtoneel\r\n"
            "PB  - de Volkrant\r\n"
            "PY  - 2024\r\n"
            "DA  - 2024/11/16/\r\n"
            "ER  - \r\n"
            "\r\n"
            "TY  - CHAP\r\n"
            "ID  - kessels2001\r\n"
            "AU  - Kessels, J. W. M.\r\n"
            "TI  - Verleiden tot kennisproductiviteit\r\n"
            "T2  - Handboek HRD\r\n"
            "SP  - 12\r\n"
            "EP  - 34\r\n"
            "PB  - Bohn\r\n"
            "CY  - Houten\r\n"
            "PY  - 2001\r\n"
            "ER  - \r\n");
}

}  // namespace
