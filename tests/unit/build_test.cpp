// Tests of `conceptdb build` as a library call: documents, passages and lines from a fixture
// corpus, and that every failure leaves the previous database exactly as it was.
#include <gtest/gtest.h>

#include "ingest/build.hpp"
#include "ingest/corpus.hpp"
#include "ingest/manifest.hpp"
#include "ingest/sha256.hpp"
#include "ingest/source_text.hpp"
#include "store/schema.hpp"
#include "store/statement.hpp"
#include "support/db_rows.hpp"
#include "support/fixture_corpus.hpp"
#include "support/test_support.hpp"

namespace {

using testing_support::read_file;
using testing_support::TempDir;
using testing_support::write_file;

class BuildTest : public ::testing::Test {
 protected:
  void SetUp() override { testing_support::write_fixture_corpus(dir_.path()); }

  ingest::BuildOptions options() const {
    ingest::BuildOptions o;
    o.manifest = dir_ / "corpus.toml";
    o.corpus_dir = dir_ / "corpus";
    o.database = dir_ / "conceptdb.sqlite";
    o.tool_version = "test";
    return o;
  }

  // Rows of a query as "a|b|c" strings, for compact comparisons.
  std::vector<std::string> rows(const std::string& sql) const {
    return testing_support::db_rows(dir_ / "conceptdb.sqlite", sql);
  }

  // Every file left in the folder (a failed build must not leave temporary files behind).
  std::vector<std::string> folder_listing() const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir_.path())) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }

  TempDir dir_;
};

TEST_F(BuildTest, FixtureCorpusGivesDocumentsWithTheirIdentity) {
  const auto summary = ingest::build_database(options());
  EXPECT_EQ(summary.files, 2u);
  EXPECT_EQ(summary.documents, 4u);  // a, b, b-p01, b-p02: the ad is left out
  EXPECT_EQ(summary.excluded_parts, 1u);
  EXPECT_EQ(rows("SELECT file, key, coalesce(parent, '-'), kind, title, coalesce(authors, '-'), "
                 "coalesce(year, '-'), first_line, last_line FROM v_document ORDER BY key"),
            (std::vector<std::string>{
                "a|a|-|essay|Een essay|Anna Auteur|2011|1|7",
                "b|b|-|magazine|Blad 1|-|-|1|11",
                "b|b-p01|b|editorial|Voorwoord|Bea Redacteur|-|1|3",
                "b|b-p02|b|article|Artikel titel|Cor Schrijver; Dirk Tweede|-|7|9",
            }));
}

TEST_F(BuildTest, PassagesKeepTheirOriginalLinesAndFoldWhiteSpace) {
  ingest::build_database(options());
  EXPECT_EQ(rows("SELECT document, seq, first_line, last_line, text FROM v_passage "
                 "ORDER BY file, first_line"),
            (std::vector<std::string>{
                "a|1|1|1|Titel van het essay",
                "a|2|3|4|Eerste alinea regel een tweede regel met tabs en spaties.",
                "a|3|7|7|We creëren samen. Tweede alinea.", "b-p01|1|1|1|Voorwoord",
                "b-p01|2|3|3|Tekst van het voorwoord.",
                "b-p02|1|7|7|Artikel titel",  // a heading glued to its paragraph
                "b-p02|2|8|9|Artikel tekst loopt door op een tweede regel.",
                "b|1|11|11|Pagina 3",  // outside every part: kept with the file's document
            }));
  // The ad's line is in no passage.
  EXPECT_TRUE(rows("SELECT 1 FROM v_passage WHERE text LIKE '%ADVERTENTIE%'").empty());
}

TEST_F(BuildTest, FullTextIndexFoldsDiacritics) {
  ingest::build_database(options());
  EXPECT_EQ(rows("SELECT p.first_line FROM passage_fts JOIN passage p ON p.id = passage_fts.rowid "
                 "WHERE passage_fts MATCH 'creeren'"),
            std::vector<std::string>{"7"});
}

TEST_F(BuildTest, DatabaseIsStampedAndInWalMode) {
  ingest::build_database(options());
  store::Database db = store::open_conceptdb(dir_ / "conceptdb.sqlite", store::OpenMode::kReadOnly);
  EXPECT_EQ(db.pragma_int("user_version"), store::kSchemaVersion);
  store::Statement mode = db.prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode.step());
  EXPECT_EQ(mode.column_text(0), "wal");
  EXPECT_EQ(rows("SELECT value FROM meta WHERE key = 'tool_version'"),
            std::vector<std::string>{"test"});
}

TEST_F(BuildTest, ChecksumMismatchLeavesThePreviousDatabaseByteIdentical) {
  ingest::build_database(options());
  const std::string before = read_file(dir_ / "conceptdb.sqlite");
  const auto listing = folder_listing();

  write_file(dir_ / "corpus" / "a.txt", testing_support::kEssayText + "Een regel erbij.\n");
  try {
    ingest::build_database(options());
    FAIL() << "a changed file must not build";
  } catch (const ingest::CorpusError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("a.txt"), std::string::npos) << message;
    EXPECT_NE(message.find("sha256"), std::string::npos) << message;
    EXPECT_NE(message.find("corpus.toml:3"), std::string::npos) << message;  // the [[file]] line
  }
  EXPECT_EQ(read_file(dir_ / "conceptdb.sqlite"), before);
  EXPECT_EQ(folder_listing(), listing);
}

TEST_F(BuildTest, MissingFileIsNamedAndNothingIsWritten) {
  std::filesystem::remove(dir_ / "corpus" / "b.txt");
  try {
    ingest::build_database(options());
    FAIL() << "a missing file must not build";
  } catch (const ingest::SourceError& e) {
    EXPECT_NE(std::string(e.what()).find("b.txt"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(std::filesystem::exists(dir_ / "conceptdb.sqlite"));
  EXPECT_EQ(folder_listing(), (std::vector<std::string>{"corpus", "corpus.toml"}));
}

TEST_F(BuildTest, BinaryFileIsRefusedAndThePreviousDatabaseKept) {
  ingest::build_database(options());
  const std::string before = read_file(dir_ / "conceptdb.sqlite");
  // A binary file is refused when it is read, before its checksum is compared.
  write_file(dir_ / "corpus" / "a.txt", std::string("PK\x03\x04\0\0binary", 12));
  try {
    ingest::build_database(options());
    FAIL() << "a binary file must not build";
  } catch (const ingest::SourceError& e) {
    EXPECT_NE(std::string(e.what()).find("a.txt:1: this looks like a binary file"),
              std::string::npos)
        << e.what();
  }
  EXPECT_EQ(read_file(dir_ / "conceptdb.sqlite"), before);
}

TEST_F(BuildTest, PartBeyondTheEndOfItsFileNamesTheManifestLine) {
  write_file(dir_ / "corpus.toml",
             testing_support::fixture_manifest(testing_support::kEssaySha256, 40));
  try {
    ingest::build_database(options());
    FAIL() << "a part past the end of its file must not build";
  } catch (const ingest::CorpusError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("corpus.toml:36:"), std::string::npos) << message;
    EXPECT_NE(message.find("b-p02"), std::string::npos) << message;
    EXPECT_NE(message.find("11 lines"), std::string::npos) << message;
  }
}

TEST_F(BuildTest, MalformedManifestIsRefusedBeforeAnythingIsRead) {
  write_file(dir_ / "corpus.toml", "schema = 1\n[[file]]\nname = \"a.txt\n");
  try {
    ingest::build_database(options());
    FAIL() << "a malformed manifest must not build";
  } catch (const ingest::ManifestError& e) {
    EXPECT_NE(std::string(e.what()).find("corpus.toml:3:"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(std::filesystem::exists(dir_ / "conceptdb.sqlite"));
}

TEST_F(BuildTest, InvalidUtf8StopsAStrictBuildBeforeAnythingIsWritten) {
  write_file(dir_ / "corpus" / "a.txt", "Eerste regel\nTweede \xC3\x28 regel\n");
  write_file(dir_ / "corpus.toml",  // sha256sum of the bytes above
             testing_support::fixture_manifest(
                 "54d676c440604050c408e2453bc0c293d921910bbf711557ce3ddd700d347e44"));
  try {
    ingest::build_database(options());
    FAIL() << "invalid UTF-8 must stop a build without --lenient";
  } catch (const ingest::SourceError& e) {
    EXPECT_NE(std::string(e.what()).find("a.txt:2: invalid UTF-8: byte 0xC3 at byte 8"),
              std::string::npos)
        << e.what();
  }
  EXPECT_FALSE(std::filesystem::exists(dir_ / "conceptdb.sqlite"));
}

TEST_F(BuildTest, InvalidUtf8IsRepairedWithAWarningNamingFileAndLineWhenLenient) {
  write_file(dir_ / "corpus" / "a.txt", "Eerste regel\nTweede \xC3\x28 regel\n");
  write_file(dir_ / "corpus.toml",  // sha256sum of the bytes above
             testing_support::fixture_manifest(
                 "54d676c440604050c408e2453bc0c293d921910bbf711557ce3ddd700d347e44"));
  auto lenient = options();
  lenient.lenient = true;
  const auto summary = ingest::build_database(lenient);
  ASSERT_EQ(summary.warnings.size(), 1u);
  EXPECT_EQ(summary.warnings[0].file, "a.txt");
  EXPECT_EQ(summary.warnings[0].line, 2);
  EXPECT_EQ(rows("SELECT text FROM v_passage WHERE file = 'a'"),
            std::vector<std::string>{"Eerste regel Tweede \xEF\xBF\xBD( regel"});
}

TEST_F(BuildTest, RebuildReplacesTheDatabase) {
  ingest::build_database(options());
  write_file(dir_ / "corpus" / "a.txt", "Nieuwe titel\n\nAndere tekst.\n");
  write_file(dir_ / "corpus.toml",
             testing_support::fixture_manifest(
                 "52749d40e95deff25f63f0f25cb1ea9478b17c6a42f8a8bc5f5e1943a2903e60"));
  ingest::build_database(options());
  EXPECT_EQ(rows("SELECT text FROM v_passage WHERE file = 'a' ORDER BY seq"),
            (std::vector<std::string>{"Nieuwe titel", "Andere tekst."}));
}

TEST_F(BuildTest, AStaleLogOfTheOldDatabaseIsNotAppliedToTheNewOne) {
  ingest::build_database(options());
  const auto db_path = dir_ / "conceptdb.sqlite";
  const auto wal = std::filesystem::path(db_path.string() + "-wal");
  {
    // Leave a hot write-ahead log behind, as a writer killed mid-run would.
    store::Database writer = store::Database::open(db_path, store::OpenMode::kReadWrite);
    writer.exec("PRAGMA wal_autocheckpoint = 0");
    writer.exec("INSERT INTO meta(key, value) VALUES ('stale', 'from the old file')");
    std::filesystem::copy_file(wal, dir_ / "saved-wal");
  }
  std::filesystem::copy_file(dir_ / "saved-wal", wal,
                             std::filesystem::copy_options::overwrite_existing);

  ingest::build_database(options());
  EXPECT_TRUE(rows("SELECT value FROM meta WHERE key = 'stale'").empty());
  EXPECT_EQ(rows("PRAGMA integrity_check"), std::vector<std::string>{"ok"});
  EXPECT_EQ(rows("SELECT count(*) FROM v_passage"), std::vector<std::string>{"8"});
}

TEST_F(BuildTest, MissingDatabaseFolderIsAClearError) {
  auto o = options();
  o.database = dir_ / "no-such-folder" / "conceptdb.sqlite";
  try {
    ingest::build_database(o);
    FAIL() << "a missing folder must not build";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("no-such-folder"), std::string::npos) << e.what();
  }
}

// An essay with citations, a reference list and a repeated work: the citation stage end to
// end, from the file to v_citation, v_source and v_reference.
class CitationBuildTest : public BuildTest {
 protected:
  void SetUp() override {
    BuildTest::SetUp();
    const std::string essay =
        "Titel van het essay\n"
        "\n"
        "Leren is sociaal (Aalbers, 2001; Brink & Claes,\n"
        "2004). Volgens Aalbers (2001) ook.\n"
        "\n"
        "Zie ook van Dorp (Dorp, 2010) en De Vos et al. (2012).\n"
        "\n"
        "Referenties\n"
        "Aalbers, K. (2001). Een boek over leren. Utrecht: Uitgeverij.\n"
        "Evers, L. (1999). Nooit geciteerd. Amsterdam: Uitgeverij.\n";
    write_file(dir_ / "corpus" / "a.txt", essay);
    write_file(dir_ / "corpus.toml", testing_support::fixture_manifest(ingest::sha256_hex(essay)));
  }
};

TEST_F(CitationBuildTest, CitationsKeepTheirLinesAuthorsAndYear) {
  const auto summary = ingest::build_database(options());
  EXPECT_EQ(summary.citations, 5u);
  EXPECT_EQ(rows("SELECT line, line_end, first_author, authors, year, kind, source_key "
                 "FROM v_citation WHERE file = 'a' ORDER BY id"),
            (std::vector<std::string>{"3|3|Aalbers|Aalbers|2001|parenthetical|aalbers2001",
                                      "3|4|Brink|Brink; Claes|2004|parenthetical|brink-claes2004",
                                      "4|4|Aalbers|Aalbers|2001|narrative|aalbers2001",
                                      "6|6|Dorp|Dorp|2010|parenthetical|dorp2010",
                                      "6|6|De Vos|De Vos; et al.|2012|narrative|vos-etal2012"}));
  // Each citation stands in a sentence of its own passage.
  EXPECT_EQ(rows("SELECT count(*) FROM citation c JOIN sentence s ON s.id = c.sentence_id "
                 "WHERE s.passage_id = c.passage_id AND c.start >= s.start AND c.end <= s.end"),
            std::vector<std::string>{"5"});
}

TEST_F(CitationBuildTest, OneSourcePerWorkLinkedToItsReferenceEntry) {
  ingest::build_database(options());
  EXPECT_EQ(rows("SELECT source_key, citations, documents, title FROM v_source "
                 "WHERE source_key = 'aalbers2001'"),
            std::vector<std::string>{"aalbers2001|2|1|Een boek over leren"});
  EXPECT_EQ(rows("SELECT authors, year, publisher, place, source_key FROM v_reference "
                 "ORDER BY id"),
            (std::vector<std::string>{"Aalbers|2001|Uitgeverij|Utrecht|aalbers2001",
                                      "Evers|1999|Uitgeverij|Amsterdam|evers1999"}));
  EXPECT_EQ(rows("SELECT count(*) FROM v_citation WHERE reference_id IS NOT NULL"),
            std::vector<std::string>{"2"});
}

TEST_F(CitationBuildTest, CuratedDecisionsMergeSources) {
  write_file(dir_ / "sources.toml",
             "[[same]]\nkeys = [\"aalbers2001\", \"dorp2010\"]\nreason = \"test\"\n"
             "evidence = \"a:3\"\n");
  auto o = options();
  o.sources = dir_ / "sources.toml";
  ingest::build_database(o);
  EXPECT_EQ(rows("SELECT count(*) FROM v_citation WHERE source_key = 'aalbers2001'"),
            std::vector<std::string>{"3"});
}

TEST_F(CitationBuildTest, ABadSourcesFileNamesItsLineAndKeepsTheDatabase) {
  ingest::build_database(options());
  const std::string before = read_file(dir_ / "conceptdb.sqlite");
  write_file(dir_ / "sources.toml", "[[same]]\nkeys = [\"aalbers2001\"]\nreason = \"x\"\n");
  auto o = options();
  o.sources = dir_ / "sources.toml";
  try {
    ingest::build_database(o);
    FAIL() << "a sources file with one key must not build";
  } catch (const std::exception& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("sources.toml:1:"), std::string::npos) << message;
    EXPECT_NE(message.find("at least 2 keys"), std::string::npos) << message;
  }
  EXPECT_EQ(read_file(dir_ / "conceptdb.sqlite"), before);
}

}  // namespace
