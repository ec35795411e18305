// Tests of the concept stage of a build on a corpus and vocabulary written here: mentions
// with their lines and rules, the relation views, and a bad vocabulary that changes nothing.
#include <gtest/gtest.h>

#include "ingest/build.hpp"
#include "ingest/sha256.hpp"
#include "ingest/vocabulary.hpp"
#include "store/schema.hpp"
#include "store/statement.hpp"
#include "support/concept_fixture.hpp"
#include "support/db_rows.hpp"
#include "support/fixture_corpus.hpp"
#include "support/test_support.hpp"

namespace {

using testing_support::read_file;
using testing_support::write_file;

using testing_support::kConceptEssay;
using testing_support::kConceptVocabulary;

class ConceptBuildTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::write_fixture_corpus(dir_.path());
    write_file(dir_ / "corpus" / "a.txt", kConceptEssay);
    write_file(dir_ / "corpus.toml",
               testing_support::fixture_manifest(ingest::sha256_hex(kConceptEssay)));
    std::filesystem::create_directories(dir_ / "vocabulary");
    write_file(dir_ / "vocabulary" / "test.toml", kConceptVocabulary);
  }

  ingest::BuildOptions options() const {
    ingest::BuildOptions o;
    o.manifest = dir_ / "corpus.toml";
    o.corpus_dir = dir_ / "corpus";
    o.vocabulary = dir_ / "vocabulary";
    o.database = dir_ / "conceptdb.sqlite";
    o.tool_version = "test";
    return o;
  }

  std::vector<std::string> rows(const std::string& sql) const {
    return testing_support::db_rows(dir_ / "conceptdb.sqlite", sql);
  }

  testing_support::TempDir dir_;
};

TEST_F(ConceptBuildTest, MentionsKeepLinesLabelsAndRules) {
  const auto summary = ingest::build_database(options());
  EXPECT_EQ(summary.concepts, 4u);
  EXPECT_EQ(summary.relations, 2u);
  EXPECT_EQ(rows("SELECT line, line_end, concept_key, label, rule, text FROM v_mention "
                 "WHERE file = 'a' ORDER BY id"),
            (std::vector<std::string>{
                "3|3|gespreid-leiderschap|gespreid leiderschap|label|Gespreid leiderschap",
                "3|3|professionele-ruimte|professionele ruimte|label|professionele ruimte",
                "3|4|plg|professionele leergemeenschap|plural|Professionele leergemeenschappen",
                "6|6|professionele-ruimte|professionele ruimte|label|professionele ruimte",
                "6|6|gespreid-leiderschap|gespreid leiderschap|adjective|gespreide leiderschap",
                "10|10|plg|PLG|label|PLG", "10|10|plg|leergemeenschap|label|leergemeenschap"}));
  // Each mention lies inside its sentence and can say why it matched.
  EXPECT_EQ(rows("SELECT count(*) FROM mention m JOIN sentence s ON s.id = m.sentence_id "
                 "WHERE m.start >= s.start AND m.end <= s.end"),
            std::vector<std::string>{"7"});
  EXPECT_EQ(rows("SELECT explanation FROM v_mention WHERE line = 6 AND rule = 'adjective'"),
            std::vector<std::string>{"\"gespreide leiderschap\" matches the pref label "
                                     "\"gespreid leiderschap\" of gespreid-leiderschap by the "
                                     "rule adjective"});
}

TEST_F(ConceptBuildTest, CooccurrenceCountsUnitsAndItsMeasures) {
  ingest::build_database(options());
  // Sentences with any concept: 3 (two), 3-4, 6 (two), 10. Both concepts stand in two of them.
  EXPECT_EQ(rows("SELECT count, a_units, b_units, units, association_strength, jaccard, "
                 "inclusion FROM v_cooccurrence WHERE level = 'sentence' "
                 "AND a = 'gespreid-leiderschap' AND b = 'professionele-ruimte'"),
            std::vector<std::string>{"2|2|2|4|2.0|1.0|1.0"});
  // Both ways round, and at every level.
  EXPECT_EQ(rows("SELECT level, count FROM v_cooccurrence WHERE a = 'professionele-ruimte' "
                 "AND b = 'plg' ORDER BY level"),
            (std::vector<std::string>{"document|1", "paragraph|1", "section|1"}));
  EXPECT_EQ(rows("SELECT file, line, line_end FROM v_cooccurrence_evidence "
                 "WHERE level = 'sentence' AND a = 'plg' AND b = 'professionele-ruimte'"),
            std::vector<std::string>{});
  EXPECT_EQ(rows("SELECT file, line, line_end FROM v_cooccurrence_evidence "
                 "WHERE level = 'paragraph' AND a = 'plg' AND b = 'professionele-ruimte'"),
            std::vector<std::string>{"a|3|4"});
}

TEST_F(ConceptBuildTest, SourcesNextToConceptsAtEachLevelWithEvidence) {
  ingest::build_database(options());
  EXPECT_EQ(rows("SELECT level, passages, documents, weight FROM v_concept_source "
                 "WHERE concept_key = 'gespreid-leiderschap' AND source_key = 'aalbers2001' "
                 "ORDER BY level"),
            (std::vector<std::string>{"paragraph|1|1|1", "section|2|1|1", "sentence|1|1|1"}));
  EXPECT_EQ(rows("SELECT line, citation_line, mention_text, citation_text "
                 "FROM v_concept_source_evidence WHERE level = 'sentence' "
                 "AND concept_key = 'gespreid-leiderschap'"),
            std::vector<std::string>{"3|3|Gespreid leiderschap|(Aalbers, 2001)"});
  EXPECT_EQ(rows("SELECT a, b, count FROM v_cocitation ORDER BY a"),
            (std::vector<std::string>{"aalbers2001|brink2004|1", "brink2004|aalbers2001|1"}));
}

TEST_F(ConceptBuildTest, CuratedRelationsAndTheRollUpAlongBroader) {
  ingest::build_database(options());
  EXPECT_EQ(rows("SELECT \"from\", type, \"to\", file, line FROM v_concept_relation "
                 "ORDER BY type"),
            (std::vector<std::string>{"gespreid-leiderschap|broader|leiderschap|a|3",
                                      "gespreid-leiderschap|requires|professionele-ruimte|a|3"}));
  EXPECT_EQ(rows("SELECT concept_key, mentions, mentions_with_narrower, label_en FROM v_concept "
                 "WHERE concept_key IN ('leiderschap', 'gespreid-leiderschap') ORDER BY 1"),
            (std::vector<std::string>{"gespreid-leiderschap|2|2|distributed leadership",
                                      "leiderschap|0|2|NULL"}));
  EXPECT_EQ(rows("SELECT member_key, depth FROM v_concept_tree WHERE concept_key = 'leiderschap' "
                 "ORDER BY depth"),
            (std::vector<std::string>{"leiderschap|0", "gespreid-leiderschap|1"}));
}

// The counts a build stores (concept_tally, concept_source) stay equal to the counts computed
// from the rows when a script changes mentions, citations or `broader` relations.
TEST_F(ConceptBuildTest, StoredCountsFollowChangesToMentionsCitationsAndRelations) {
  ingest::build_database(options());
  const std::string stale_links =
      "SELECT (SELECT count(*) FROM (SELECT * FROM concept_source EXCEPT SELECT * FROM "
      "concept_source_computed)) + (SELECT count(*) FROM (SELECT * FROM "
      "concept_source_computed EXCEPT SELECT * FROM concept_source))";
  const std::string stale_tallies =
      "SELECT count(*) FROM concept c JOIN concept_tally t ON t.concept_id = c.id WHERE "
      "t.mentions <> (SELECT count(*) FROM mention m WHERE m.concept_id = c.id) OR "
      "t.documents <> (SELECT count(DISTINCT p.document_id) FROM mention m JOIN passage p ON "
      "p.id = m.passage_id WHERE m.concept_id = c.id) OR t.mentions_with_narrower <> (SELECT "
      "count(*) FROM mention m WHERE m.concept_id IN (SELECT member_id FROM concept_member "
      "WHERE concept_id = c.id))";
  const std::string stale_source_tallies =
      "SELECT count(*) FROM source s LEFT JOIN source_tally t ON t.source_id = s.id WHERE "
      "t.citations IS NOT (SELECT count(*) FROM citation c WHERE c.source_id = s.id) OR "
      "t.documents IS NOT (SELECT count(DISTINCT p.document_id) FROM citation c JOIN passage "
      "p ON p.id = c.passage_id WHERE c.source_id = s.id)";
  ASSERT_EQ(rows(stale_links), std::vector<std::string>{"0"});
  ASSERT_EQ(rows(stale_source_tallies), std::vector<std::string>{"0"});
  ASSERT_GT(std::stoi(rows("SELECT count(*) FROM concept_source")[0]), 0);

  auto db = store::Database::open(dir_ / "conceptdb.sqlite", store::OpenMode::kReadWrite);
  auto one_row = [&](const std::string& sql) {
    std::string out;
    auto st = db.prepare(sql);
    while (st.step()) {
      for (int i = 0; i < st.column_count(); ++i)
        out += (i ? "|" : "") + std::string(st.is_null(i) ? "NULL" : st.column_text(i));
      out += ";";
    }
    return out;
  };
  auto change = [&](const std::string& sql) {
    db.exec(sql);
    EXPECT_EQ(one_row(stale_links), "0;") << "links stale after: " << sql;
    EXPECT_EQ(one_row(stale_tallies), "0;") << "counts stale after: " << sql;
    EXPECT_EQ(one_row(stale_source_tallies), "0;") << "source counts stale after: " << sql;
  };
  const std::string gespreid_aalbers =
      "SELECT level, passages, weight FROM v_concept_source WHERE concept_key = "
      "'gespreid-leiderschap' AND source_key = 'aalbers2001' ORDER BY level";
  const std::string counts =
      "SELECT concept_key, mentions, mentions_with_narrower FROM v_concept WHERE concept_key IN "
      "('leiderschap', 'gespreid-leiderschap') ORDER BY 1";
  ASSERT_EQ(one_row(gespreid_aalbers), "paragraph|1|1;section|2|1;sentence|1|1;");
  ASSERT_EQ(one_row(counts), "gespreid-leiderschap|2|2;leiderschap|0|2;");

  // The mention beside (Aalbers, 2001) taken away: the sentence and paragraph links go.
  change(
      "DELETE FROM mention WHERE first_line = 3 AND concept_id = (SELECT id FROM concept "
      "WHERE key = 'gespreid-leiderschap')");
  EXPECT_EQ(one_row(gespreid_aalbers), "section|1|1;");
  EXPECT_EQ(one_row(counts), "gespreid-leiderschap|1|1;leiderschap|0|1;");
  // Put back (a copy of the other one, at line 3's place).
  change(
      "INSERT INTO mention (concept_id, label_id, rule, passage_id, sentence_id, start, end, "
      "first_line, last_line, text) SELECT m.concept_id, m.label_id, m.rule, c.passage_id, "
      "c.sentence_id, 0, 20, 3, 3, 'Gespreid leiderschap' FROM mention m, citation c WHERE "
      "m.concept_id = (SELECT id FROM concept WHERE key = 'gespreid-leiderschap') AND "
      "c.first_line = 3 LIMIT 1");
  EXPECT_EQ(one_row(gespreid_aalbers), "paragraph|1|1;section|2|1;sentence|1|1;");
  // Aalbers's citations given to Brink: no link to aalbers2001 is left.
  change(
      "UPDATE citation SET source_id = (SELECT id FROM source WHERE key = 'brink2004') "
      "WHERE source_id = (SELECT id FROM source WHERE key = 'aalbers2001')");
  EXPECT_EQ(one_row(gespreid_aalbers), "");
  EXPECT_EQ(one_row("SELECT source_key, citations FROM v_source WHERE source_key IN "
                    "('aalbers2001', 'brink2004') ORDER BY 1"),
            "aalbers2001|0;brink2004|3;");
  // Mentions moved to the broader concept; one citation deleted.
  change(
      "UPDATE mention SET concept_id = (SELECT id FROM concept WHERE key = 'leiderschap') "
      "WHERE concept_id = (SELECT id FROM concept WHERE key = 'gespreid-leiderschap')");
  EXPECT_EQ(one_row(counts), "gespreid-leiderschap|0|0;leiderschap|2|2;");
  change(
      "DELETE FROM citation_author WHERE citation_id = (SELECT max(id) FROM citation); "
      "DELETE FROM citation WHERE id = (SELECT max(id) FROM citation)");
  // The roll-up along broader without its relation, then with it again.
  change(
      "UPDATE mention SET concept_id = (SELECT id FROM concept WHERE key = "
      "'gespreid-leiderschap') WHERE first_line = 3 AND concept_id = (SELECT id FROM "
      "concept WHERE key = 'leiderschap')");
  EXPECT_EQ(one_row(counts), "gespreid-leiderschap|1|1;leiderschap|1|2;");
  change("DELETE FROM concept_relation WHERE type = 'broader'");
  EXPECT_EQ(one_row(counts), "gespreid-leiderschap|1|1;leiderschap|1|1;");
  change(
      "INSERT INTO concept_relation (from_id, type, to_id, evidence_file, first_line, "
      "last_line, vocabulary_line) SELECT a.id, 'broader', b.id, 'a', 3, 3, 1 FROM "
      "concept a, concept b WHERE a.key = 'gespreid-leiderschap' AND b.key = 'leiderschap'");
  EXPECT_EQ(one_row(counts), "gespreid-leiderschap|1|1;leiderschap|1|2;");
}

TEST_F(ConceptBuildTest, AbbreviationsDefinedInTheTextAreRecorded) {
  write_file(dir_ / "corpus" / "a.txt", std::string(kConceptEssay) +
                                            "\nWe werken met een leerteam (LT) en met "
                                            "professionele leergemeenschappen (PLG’s).\n");
  write_file(dir_ / "corpus.toml",
             testing_support::fixture_manifest(ingest::sha256_hex(
                 std::string(kConceptEssay) + "\nWe werken met een leerteam (LT) en met "
                                              "professionele leergemeenschappen (PLG’s).\n")));
  ingest::build_database(options());
  EXPECT_EQ(rows("SELECT a.short, a.expansion, a.first_line, s.key, e.key FROM abbreviation a "
                 "LEFT JOIN concept s ON s.id = a.short_concept_id "
                 "LEFT JOIN concept e ON e.id = a.expansion_concept_id ORDER BY a.id"),
            (std::vector<std::string>{"LT|leerteam|12|NULL|NULL",
                                      "PLG|professionele leergemeenschappen|12|plg|plg"}));
}

TEST_F(ConceptBuildTest, ABadVocabularyNamesFileLineAndKeyAndKeepsTheDatabase) {
  ingest::build_database(options());
  const std::string before = read_file(dir_ / "conceptdb.sqlite");
  write_file(dir_ / "vocabulary" / "zz.toml",
             "theme = \"x\"\n[[concept]]\nkey = \"plg\"\npref = { nl = \"leerteam\" }\n"
             "definition = \"d\"\n");
  try {
    ingest::build_database(options());
    FAIL() << "a duplicate key must not build";
  } catch (const ingest::VocabularyError& e) {
    ASSERT_EQ(e.errors().size(), 1u);
    EXPECT_NE(e.errors()[0].find("zz.toml:2: concept 'plg': duplicate key (first defined at "),
              std::string::npos)
        << e.errors()[0];
  }
  EXPECT_EQ(read_file(dir_ / "conceptdb.sqlite"), before);
}

TEST_F(ConceptBuildTest, OnlyInKeepsAConceptToTheDocumentsWhereTheWordMeansIt) {
  // "deel" means this concept only in file b; in file a the word is left alone.
  write_file(dir_ / "vocabulary" / "zz.toml",
             "theme = \"x\"\n[[concept]]\nkey = \"deel\"\npref = { nl = \"deel\" }\n"
             "definition = \"d\"\nonly_in = [\"b\"]\n");
  ingest::build_database(options());
  EXPECT_EQ(rows("SELECT count(*) FROM v_mention WHERE concept_key = 'deel'"),
            std::vector<std::string>{"0"});
  EXPECT_EQ(rows("SELECT only_in FROM v_concept WHERE concept_key = 'deel'"),
            std::vector<std::string>{"b"});
  write_file(dir_ / "vocabulary" / "zz.toml",
             "theme = \"x\"\n[[concept]]\nkey = \"deel\"\npref = { nl = \"deel\" }\n"
             "definition = \"d\"\nonly_in = [\"a\"]\n");
  ingest::build_database(options());
  EXPECT_EQ(rows("SELECT file, line FROM v_mention WHERE concept_key = 'deel'"),
            std::vector<std::string>{"a|8"});
  write_file(dir_ / "vocabulary" / "zz.toml",
             "theme = \"x\"\n[[concept]]\nkey = \"deel\"\npref = { nl = \"deel\" }\n"
             "definition = \"d\"\nonly_in = [\"q-p01\"]\n");
  EXPECT_THROW(ingest::build_database(options()), ingest::VocabularyError);
}

TEST_F(ConceptBuildTest, WithoutAVocabularyTheBuildStillWorks) {
  auto o = options();
  o.vocabulary = dir_ / "nothing-here";
  const auto summary = ingest::build_database(o);
  EXPECT_EQ(summary.concepts, 0u);
  EXPECT_EQ(rows("SELECT count(*) FROM v_mention"), std::vector<std::string>{"0"});
}

}  // namespace
