// Integration tests over the real corpus (CONCEPTDB_CORPUS_DIR, normally ../shared/corpus)
// with the repository's manifest db/corpus.toml: the build, the documents a reader expects,
// passages that point at the right lines, and the demo's overview script.
#include <gtest/gtest.h>

#include <map>

#include "support/test_support.hpp"

namespace {

using testing_support::run_command;
using testing_support::TempDir;

const std::filesystem::path kSource = CONCEPTDB_SOURCE_DIR;

// One database for the whole suite: building it is the expensive part.
class CorpusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    ASSERT_TRUE(std::filesystem::is_directory(CONCEPTDB_CORPUS_DIR))
        << "the corpus is expected at " << CONCEPTDB_CORPUS_DIR
        << " (configure with -DCONCEPTDB_CORPUS_DIR=...)";
    const auto r =
        run_command({CONCEPTDB_BINARY, "build", "--corpus", CONCEPTDB_CORPUS_DIR, "--manifest",
                     (kSource / "db" / "corpus.toml").string(), "--db", database().string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }

  static std::filesystem::path database() { return *dir_ / "conceptdb.sqlite"; }

  static std::string query(const std::string& sql) {
    const auto r = run_command(
        {CONCEPTDB_BINARY, "query", sql, "--format", "tsv", "--db", database().string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    // Drop the header line; rows end with CRLF.
    std::string body = r.out.substr(r.out.find('\n') + 1);
    std::string out;
    for (char c : body) {
      if (c != '\r') out += c;
    }
    return out;
  }

  static TempDir* dir_;
};

TempDir* CorpusTest::dir_ = nullptr;

TEST_F(CorpusTest, EveryFileOfTheCorpusIsBuilt) {
  EXPECT_EQ(query("SELECT file, lines FROM v_file ORDER BY file"),
            "000\t371\n001\t5245\n002\t353\n003\t3455\n004\t6367\n");
}

TEST_F(CorpusTest, CompoundFilesHaveTheirPieces) {
  // The magazine issue: 17 pieces (the 6 ads are left out); the book: 9 chapters.
  EXPECT_EQ(query("SELECT parent, kind, count(*) FROM v_document WHERE parent IS NOT NULL "
                  "GROUP BY parent, kind ORDER BY parent, kind"),
            "001\tarticle\t4\n001\tcolumn\t2\n001\teditorial\t2\n001\tessay\t1\n"
            "001\tinterview\t4\n001\tpractice\t4\n"
            "004\tback_matter\t1\n004\tchapter\t9\n004\tfront_matter\t1\n");
}

TEST_F(CorpusTest, DocumentsHaveTheirPrintedTitles) {
  EXPECT_EQ(query("SELECT key, title FROM v_document WHERE key IN "
                  "('000', '001-p01', '001-p04', '004-ch3') ORDER BY key"),
            "000\tGespreid leiderschap in een professionele ruimte\n"
            "001-p01\tTwijfelmoed\n"
            "001-p04\tBestuurlijke eenzaamheid\n"
            "004-ch3\tWerken en leren in ontwikkelwerkplaatsen\n");
}

TEST_F(CorpusTest, EveryPassageLiesInsideItsDocument) {
  EXPECT_EQ(query("SELECT count(*) FROM passage p JOIN document d ON d.id = p.document_id "
                  "WHERE p.first_line < d.first_line OR p.last_line > d.last_line "
                  "OR p.first_line > p.last_line"),
            "0\n");
  EXPECT_EQ(query("SELECT count(*) FROM v_file WHERE passages = 0"), "0\n");
}

TEST_F(CorpusTest, NoPassageTakesTextFromAnAd) {
  // 001 lines 1630-1653: the Factor Vijf ad, printed twice; it belongs to no document.
  EXPECT_EQ(query("SELECT count(*) FROM v_passage WHERE file = '001' AND first_line <= 1653 "
                  "AND last_line >= 1630"),
            "0\n");
}

TEST_F(CorpusTest, APassageFoundByLineHoldsThatLinesText) {
  // 000 line 13 holds the first citation of the essay, "(Bush, 2011)".
  const auto text = query(
      "SELECT text FROM v_passage WHERE file = '000' AND first_line <= 13 "
      "AND last_line >= 13");
  EXPECT_NE(text.find("(Bush, 2011)"), std::string::npos) << text;
  EXPECT_EQ(text.find('\t'), std::string::npos) << "TABs are folded to spaces";
}

TEST_F(CorpusTest, FullTextSearchFindsAPhraseAcrossLineBreaks) {
  // "gespreid leiderschap" stands in 000 (title, lines 72 and 166, once across a line break)
  // and once in 003; grep over the files finds the same.
  EXPECT_EQ(query("SELECT p.file, count(*) FROM v_passage p JOIN passage_fts f ON f.rowid = p.id "
                  "WHERE passage_fts MATCH '\"gespreid leiderschap\"' GROUP BY p.file"),
            "000\t3\n003\t1\n");
}

TEST_F(CorpusTest, OverviewScriptPrintsTheCorpusAtAGlance) {
  const auto r =
      run_command({CONCEPTDB_BINARY, "run", (kSource / "scripts" / "overview.lua").string(), "--db",
                   database().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("5 files, 33 documents"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("001-p17"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("004-ch9"), std::string::npos) << r.out;
}

}  // namespace
