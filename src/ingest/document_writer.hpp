// ingest/document_writer.hpp — storing one checked corpus file as documents and passages.
#pragma once

#include "ingest/corpus.hpp"
#include "store/database.hpp"
#include "store/statement.hpp"

namespace ingest {

// Holds the insert statements for a build, prepared once and reused for every row.
class DocumentWriter {
 public:
  explicit DocumentWriter(store::Database& db);

  struct Counts {
    std::size_t documents = 0;
    std::size_t passages = 0;
    std::size_t excluded_parts = 0;
  };

  // Writes the file row, its document (and part documents), and their paragraphs.
  Counts write(const CorpusFile& file);

 private:
  std::int64_t insert_document(std::int64_t file_id, std::optional<std::int64_t> parent_id,
                               const DocumentIdentity& identity, const std::string& language,
                               int first_line, int last_line);
  std::size_t insert_passages(std::int64_t document_id, const SourceText& text, int first_line,
                              int last_line);

  store::Database& db_;
  store::Statement insert_file_;
  store::Statement insert_document_;
  store::Statement insert_author_;
  store::Statement insert_passage_;
};

}  // namespace ingest
