// Tests model::list_documents / find_document on a small database built by hand.
#include "model/document.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"
#include "store/schema.hpp"
#include "support/test_support.hpp"

namespace {

using model::Document;
using store::Database;
using store::OpenMode;

// Two files: '001' (a magazine with two parts) is inserted before '000' (an essay), and the
// magazine's later part before its earlier one, so that order must come from the keys and
// lines, not from insertion.
constexpr const char* kRows = R"sql(
INSERT INTO file (id, key, name, sha256, bytes, lines, language) VALUES
  (1, '001', 'b.txt', 'bbbb', 400, 20, 'nl'),
  (2, '000', 'a.txt', 'aaaa', 100, 5, 'en');
INSERT INTO document (id, file_id, parent_id, key, kind, title, year, language, first_line,
                      last_line) VALUES
  (10, 1, NULL, '001', 'magazine', 'Issue one', 2021, 'nl', 1, 20),
  (11, 1, 10, '001-p02', 'essay', 'Part two', NULL, 'nl', 9, 20),
  (12, 1, 10, '001-p01', 'article', 'Caf' || char(233) || ' talk', NULL, 'nl', 1, 8),
  (13, 2, NULL, '000', 'essay', NULL, 2019, 'en', 1, 5);
INSERT INTO document_author (document_id, position, name) VALUES
  (12, 2, 'Bea Second'),
  (12, 1, 'Ann First'),
  (12, 3, 'Cas Third'),
  (13, 1, 'Solo Writer');
INSERT INTO section (id, document_id, seq, title, first_line, last_line) VALUES
  (1, 12, 1, NULL, 1, 8), (2, 11, 1, NULL, 9, 20), (3, 13, 1, NULL, 1, 5);
INSERT INTO passage (document_id, section_id, seq, kind, first_line, last_line, text) VALUES
  (12, 1, 1, 'paragraph', 1, 2, 'p one'),
  (12, 1, 2, 'paragraph', 4, 5, 'p two'),
  (12, 1, 3, 'paragraph', 7, 8, 'p three'),
  (11, 2, 1, 'paragraph', 9, 20, 'q one'),
  (13, 3, 1, 'paragraph', 1, 2, 'e one'),
  (13, 3, 2, 'paragraph', 4, 5, 'e two');
)sql";

class ModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::make_unique<Database>(Database::open(dir_ / "m.sqlite", OpenMode::kCreate));
    store::create_schema(*db_);
  }

  void add_rows() { db_->exec(kRows); }

  testing_support::TempDir dir_;
  std::unique_ptr<Database> db_;
};

void expect_document(const Document& d, const std::string& file, const std::string& key,
                     const std::string& parent, const std::string& kind, const std::string& title,
                     const std::string& authors, std::optional<int> year, int first_line,
                     int last_line, int passages) {
  SCOPED_TRACE("document " + key);
  EXPECT_EQ(d.file, file);
  EXPECT_EQ(d.key, key);
  EXPECT_EQ(d.parent, parent);
  EXPECT_EQ(d.kind, kind);
  EXPECT_EQ(d.title, title);
  EXPECT_EQ(d.authors, authors);
  EXPECT_EQ(d.year, year);
  EXPECT_EQ(d.first_line, first_line);
  EXPECT_EQ(d.last_line, last_line);
  EXPECT_EQ(d.passages, passages);
}

TEST_F(ModelTest, EmptyDatabaseHasNoDocuments) {
  EXPECT_TRUE(model::list_documents(*db_).empty());
  EXPECT_FALSE(model::find_document(*db_, "000").has_value());
}

TEST_F(ModelTest, ListDocumentsInFileAndLineOrderWithEveryField) {
  add_rows();
  const std::vector<Document> docs = model::list_documents(*db_);
  ASSERT_EQ(docs.size(), 4u);
  expect_document(docs[0], "000", "000", "", "essay", "", "Solo Writer", 2019, 1, 5, 2);
  // A whole file comes before its first part, even when both start on line 1.
  expect_document(docs[1], "001", "001", "", "magazine", "Issue one", "", 2021, 1, 20, 0);
  expect_document(docs[2], "001", "001-p01", "001", "article", "Caf\xC3\xA9 talk",
                  "Ann First; Bea Second; Cas Third", std::nullopt, 1, 8, 3);
  expect_document(docs[3], "001", "001-p02", "001", "essay", "Part two", "", std::nullopt, 9, 20,
                  1);
}

TEST_F(ModelTest, FindDocumentByKey) {
  add_rows();
  const std::optional<Document> part = model::find_document(*db_, "001-p01");
  ASSERT_TRUE(part.has_value());
  expect_document(*part, "001", "001-p01", "001", "article", "Caf\xC3\xA9 talk",
                  "Ann First; Bea Second; Cas Third", std::nullopt, 1, 8, 3);

  const std::optional<Document> whole = model::find_document(*db_, "000");
  ASSERT_TRUE(whole.has_value());
  expect_document(*whole, "000", "000", "", "essay", "", "Solo Writer", 2019, 1, 5, 2);
}

TEST_F(ModelTest, FindDocumentOfAnUnknownKeyIsNullopt) {
  add_rows();
  EXPECT_EQ(model::find_document(*db_, "002"), std::nullopt);
  EXPECT_EQ(model::find_document(*db_, ""), std::nullopt);
  EXPECT_EQ(model::find_document(*db_, "001-P01"), std::nullopt);  // keys are exact
  EXPECT_EQ(model::find_document(*db_, "001-p0%"), std::nullopt);  // not a pattern
}

TEST_F(ModelTest, YearZeroIsAYearNotNull) {
  db_->exec(
      "INSERT INTO file (id, key, name, sha256, bytes, lines, language) "
      "VALUES (1, '000', 'a.txt', 'aaaa', 1, 1, 'nl');"
      "INSERT INTO document (file_id, key, kind, year, language, first_line, last_line) "
      "VALUES (1, '000', 'essay', 0, 'nl', 1, 1)");
  const auto doc = model::find_document(*db_, "000");
  ASSERT_TRUE(doc.has_value());
  EXPECT_EQ(doc->year, 0);
}

TEST_F(ModelTest, WorksOnAReadOnlyDatabase) {
  add_rows();
  db_.reset();
  Database ro = store::open_conceptdb(dir_ / "m.sqlite", OpenMode::kReadOnly);
  EXPECT_EQ(model::list_documents(ro).size(), 4u);
  EXPECT_TRUE(model::find_document(ro, "001-p02").has_value());
}

}  // namespace
