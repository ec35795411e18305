// ingest/document_writer.cpp — file → document tree → paragraphs, as rows.
#include "ingest/document_writer.hpp"

#include "ingest/paragraphs.hpp"

namespace ingest {

namespace {

std::string join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& item : items)
    out += (out.empty() ? "" : separator) + item;
  return out;
}

void bind_optional_text(store::Statement& st, const char* name, const std::string& value) {
  if (value.empty()) {
    st.bind_null(st.parameter_index(name));
  } else {
    st.bind(name, value);
  }
}

void bind_optional_int(store::Statement& st, const char* name, std::optional<int> value) {
  if (value) {
    st.bind(name, *value);
  } else {
    st.bind_null(st.parameter_index(name));
  }
}

}  // namespace

DocumentWriter::DocumentWriter(store::Database& db)
    : db_(db),
      insert_file_(db,
                   "INSERT INTO file(key, name, sha256, bytes, lines, language) "
                   "VALUES (:key, :name, :sha256, :bytes, :lines, :language)"),
      insert_document_(db,
                       "INSERT INTO document(file_id, parent_id, key, kind, title, subtitle, "
                       "year, year_end, language, inferred, note, first_line, last_line) "
                       "VALUES (:file, :parent, :key, :kind, :title, :subtitle, :year, "
                       ":year_end, :language, :inferred, :note, :first, :last)"),
      insert_author_(db,
                     "INSERT INTO document_author(document_id, position, name) "
                     "VALUES (?, ?, ?)"),
      insert_passage_(db,
                      "INSERT INTO passage(document_id, seq, kind, first_line, last_line, "
                      "text) VALUES (?, ?, 'paragraph', ?, ?, ?)") {}

std::int64_t DocumentWriter::insert_document(std::int64_t file_id,
                                             std::optional<std::int64_t> parent_id,
                                             const DocumentIdentity& identity,
                                             const std::string& language, int first_line,
                                             int last_line) {
  auto& st = insert_document_;
  st.reset();
  st.bind("file", file_id);
  if (parent_id) {
    st.bind("parent", *parent_id);
  } else {
    st.bind_null(st.parameter_index("parent"));
  }
  st.bind("key", identity.key);
  st.bind("kind", identity.kind);
  bind_optional_text(st, "title", identity.title);
  bind_optional_text(st, "subtitle", identity.subtitle);
  bind_optional_int(st, "year", identity.year);
  bind_optional_int(st, "year_end", identity.year_end);
  st.bind("language", language);
  st.bind("inferred", join(identity.inferred, ","));
  bind_optional_text(st, "note", identity.note);
  st.bind("first", first_line);
  st.bind("last", last_line);
  st.run();
  const std::int64_t id = db_.last_insert_rowid();
  for (std::size_t i = 0; i < identity.authors.size(); ++i) {
    insert_author_.reset();
    insert_author_.bind(1, id).bind(2, static_cast<std::int64_t>(i + 1));
    insert_author_.bind(3, identity.authors[i]);
    insert_author_.run();
  }
  return id;
}

std::size_t DocumentWriter::insert_passages(std::int64_t document_id, const SourceText& text,
                                            int first_line, int last_line) {
  // Numbering continues after passages already stored for this document (gaps between parts).
  auto next = db_.prepare("SELECT coalesce(max(seq), 0) FROM passage WHERE document_id = ?");
  next.bind(1, document_id);
  next.step();
  std::int64_t seq = next.column_int64(0);
  const auto paragraphs = split_paragraphs(text.lines, first_line, last_line);
  for (const Paragraph& p : paragraphs) {
    insert_passage_.reset();
    insert_passage_.bind(1, document_id).bind(2, ++seq).bind(3, p.first_line);
    insert_passage_.bind(4, p.last_line).bind(5, p.text);
    insert_passage_.run();
  }
  return paragraphs.size();
}

DocumentWriter::Counts DocumentWriter::write(const CorpusFile& file) {
  const ManifestFile& entry = *file.entry;
  const int line_count = static_cast<int>(file.text.lines.size());
  Counts counts;

  insert_file_.reset();
  insert_file_.bind("key", entry.key).bind("name", entry.name).bind("sha256", entry.sha256);
  insert_file_.bind("bytes", static_cast<std::int64_t>(file.text.bytes.size()));
  insert_file_.bind("lines", line_count).bind("language", entry.language);
  insert_file_.run();
  const std::int64_t file_id = db_.last_insert_rowid();

  const std::int64_t root =
      insert_document(file_id, std::nullopt, entry, entry.language, 1, std::max(line_count, 1));
  ++counts.documents;

  // Lines outside every part (page furniture between pieces, mostly) stay with the file's
  // own document, so that nothing the file says is lost.
  int next_line = 1;
  for (const ManifestPart& part : entry.parts) {
    if (part.first_line > next_line) {
      counts.passages += insert_passages(root, file.text, next_line, part.first_line - 1);
    }
    next_line = part.last_line + 1;
    if (part.kind == "ad") {
      ++counts.excluded_parts;
      continue;
    }
    const std::int64_t id =
        insert_document(file_id, root, part, entry.language, part.first_line, part.last_line);
    ++counts.documents;
    counts.passages += insert_passages(id, file.text, part.first_line, part.last_line);
  }
  if (next_line <= line_count) {
    counts.passages += insert_passages(root, file.text, next_line, line_count);
  }
  return counts;
}

}  // namespace ingest
