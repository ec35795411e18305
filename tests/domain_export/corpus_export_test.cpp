// The domain exports of the real corpus (CONCEPTDB_CORPUS_DIR), built with the conceptdb
// binary into a temporary folder: every source goes to BibTeX and CSL-JSON and pandoc's
// citeproc formats every entry without a warning; the whole vocabulary goes to SKOS and rdflib
// finds one skos:Concept per concept; the paragraph co-occurrence network goes to GraphML and
// networkx reads it.
#include <gtest/gtest.h>

#include <fstream>

#include "clients.hpp"
#include "export/bibtex_writer.hpp"
#include "export/csl_json_writer.hpp"
#include "export/graph_cooccurrence.hpp"
#include "export/graphml_writer.hpp"
#include "export/skos_writer.hpp"
#include "export/source_record.hpp"
#include "store/schema.hpp"
#include "store/statement.hpp"

namespace {

using namespace exporter;
using domain_clients::count_of;
using domain_clients::lines_of;
using testing_support::TempDir;

const std::filesystem::path kSource = CONCEPTDB_SOURCE_DIR;

// One database for the suite: building it is the expensive part.
class DomainCorpus : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    ASSERT_TRUE(std::filesystem::is_directory(CONCEPTDB_CORPUS_DIR))
        << "the corpus is expected at " << CONCEPTDB_CORPUS_DIR
        << " (configure with -DCONCEPTDB_CORPUS_DIR=...)";
    const auto r = testing_support::run_command(
        {CONCEPTDB_BINARY, "build", "--corpus", CONCEPTDB_CORPUS_DIR, "--manifest",
         (kSource / "db" / "corpus.toml").string(), "--db", (*dir_ / "corpus.sqlite").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }

  static store::Database open() {
    return store::open_conceptdb(*dir_ / "corpus.sqlite", store::OpenMode::kReadOnly);
  }

  static std::int64_t count(const char* sql) {
    store::Database db = open();
    store::Statement st = db.prepare(sql);
    st.step();
    return st.column_int64(0);
  }

  template <typename Writer>
  static std::filesystem::path write(const std::string& name, Writer writer) {
    const std::filesystem::path path = *dir_ / name;
    std::ofstream out(path, std::ios::binary);
    writer(out);
    return path;
  }

  static TempDir* dir_;
};

TempDir* DomainCorpus::dir_ = nullptr;

TEST_F(DomainCorpus, PandocFormatsEverySourceFromBibtexAndCslJson) {
  store::Database db = open();
  const std::vector<SourceRecord> records = load_source_records(db, {});
  ASSERT_EQ(static_cast<std::int64_t>(records.size()), count("SELECT count(*) FROM source"));
  std::vector<std::string> keys;
  for (const auto& r : records)
    keys.push_back(r.citation_key);
  const auto bib = write("corpus.bib", [&](std::ostream& o) { write_bibtex(records, o); });
  const auto json = write("corpus.json", [&](std::ostream& o) { write_csl_json(records, o); });
  for (const auto& file : {bib, json}) {
    SCOPED_TRACE(file.filename().string());
    const auto r = domain_clients::cite_everything(dir_->path(), file, keys);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(count_of(r.out, "class=\"csl-entry\""), records.size());
    for (const auto& key : keys) {
      EXPECT_NE(r.out.find("id=\"ref-" + key + "\""), std::string::npos) << key;
    }
    // Names with diacritics and a title from a reference entry come through as printed.
    for (const char* text : {"Engeström", "Schön", "Hartyándi", "De Caluwé", "Collins, J. C.",
                             "HarperCollins", "Coachen"}) {
      EXPECT_NE(r.out.find(text), std::string::npos) << text;
    }
  }
}

TEST_F(DomainCorpus, RdflibFindsOneSkosConceptPerConcept) {
  store::Database db = open();
  const auto ttl = write("corpus.ttl", [&](std::ostream& o) {
    write_skos_turtle(db, o, "https://example.org/conceptdb/");
  });
  const auto r = domain_clients::run_reader("read_skos.py", ttl);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> lines = lines_of(r.out);
  const auto has = [&lines](const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
  };
  const std::int64_t concepts = count("SELECT count(*) FROM concept");
  const std::int64_t broader =
      count("SELECT count(*) FROM concept_relation WHERE type = 'broader'");
  const std::int64_t tops = count(
      "SELECT count(*) FROM concept c WHERE NOT EXISTS (SELECT 1 FROM concept_relation r "
      "WHERE r.from_id = c.id AND r.type = 'broader')");
  EXPECT_TRUE(has("concepts " + std::to_string(concepts))) << r.out;
  EXPECT_TRUE(has("schemes 1")) << r.out;
  EXPECT_TRUE(has("concepts without prefLabel 0")) << r.out;
  EXPECT_TRUE(has("two prefLabels in one language 0")) << r.out;
  EXPECT_TRUE(has("broader " + std::to_string(broader) + " narrower " + std::to_string(broader) +
                  " mirrored True"))
      << r.out;
  // skos:related both ways round; a pair the vocabulary relates in both directions counts once.
  const std::int64_t related = count(
      "SELECT count(*) FROM (SELECT from_id, to_id FROM concept_relation WHERE type = 'related' "
      "UNION SELECT to_id, from_id FROM concept_relation WHERE type = 'related')");
  EXPECT_TRUE(has("related " + std::to_string(related) + " symmetric True")) << r.out;
  EXPECT_TRUE(has("top concepts " + std::to_string(tops) + " mirrored True none with broader True"))
      << r.out;
}

TEST_F(DomainCorpus, NetworkxReadsTheParagraphNetwork) {
  store::Database db = open();
  CooccurrenceOptions options;
  options.min_count = 2;
  const Graph g = load_cooccurrence_graph(db, options);
  ASSERT_GT(g.edges.size(), 10u);
  const auto file = write("corpus.graphml", [&](std::ostream& o) { write_graphml(g, o); });
  const auto r = domain_clients::run_reader("read_graphml.py", file);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> lines = lines_of(r.out);
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[1], "nodes " + std::to_string(g.nodes.size()));
  EXPECT_EQ(lines[2], "edges " + std::to_string(g.edges.size()));
  // The pairs at paragraph level with at least two paragraphs together, counted in SQL.
  EXPECT_EQ(static_cast<std::int64_t>(g.edges.size()),
            count("SELECT count(*) FROM cooccurrence WHERE level = 'paragraph' AND together >= 2 "
                  "AND a_id < b_id"));
}

}  // namespace
