// model/document.cpp — reading v_document rows into model::Document.
#include "model/document.hpp"

#include "store/statement.hpp"

namespace model {

namespace {

constexpr const char* kSelect =
    "SELECT file, key, coalesce(parent, ''), kind, coalesce(title, ''), coalesce(authors, ''), "
    "year, first_line, last_line, passages FROM v_document";

Document read_row(const store::Statement& st) {
  Document d;
  d.file = st.column_text(0);
  d.key = st.column_text(1);
  d.parent = st.column_text(2);
  d.kind = st.column_text(3);
  d.title = st.column_text(4);
  d.authors = st.column_text(5);
  if (!st.is_null(6)) d.year = static_cast<int>(st.column_int64(6));
  d.first_line = static_cast<int>(st.column_int64(7));
  d.last_line = static_cast<int>(st.column_int64(8));
  d.passages = static_cast<int>(st.column_int64(9));
  return d;
}

}  // namespace

std::vector<Document> list_documents(store::Database& db) {
  store::Statement st = db.prepare(std::string(kSelect) + " ORDER BY file, first_line, parent");
  std::vector<Document> out;
  while (st.step())
    out.push_back(read_row(st));
  return out;
}

std::optional<Document> find_document(store::Database& db, const std::string& key) {
  store::Statement st = db.prepare(std::string(kSelect) + " WHERE key = ?");
  st.bind(1, key);
  if (!st.step()) return std::nullopt;
  return read_row(st);
}

}  // namespace model
