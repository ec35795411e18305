// ingest/citation_writer.cpp — found citations, entries and sources → rows.
#include "ingest/citation_writer.hpp"

#include <algorithm>

#include "ingest/reference_entry.hpp"
#include "ingest/text_shape.hpp"

namespace ingest {

namespace {

// An ordinary word is one the corpus writes with a small letter more than once.
constexpr std::size_t kCommonWordUses = 2;

bool has_initials(const ReferenceEntry& entry) {
  return std::any_of(entry.authors.begin(), entry.authors.end(),
                     [](const ReferenceAuthor& a) { return !a.initials.empty(); });
}

void bind_text_or_null(store::Statement& st, int index, const std::string& value) {
  if (value.empty()) {
    st.bind_null(index);
  } else {
    st.bind(index, value);
  }
}

}  // namespace

CitationWriter::CitationWriter(store::Database& db, const WordLexicon& lexicon)
    : db_(db),
      is_common_([&lexicon](std::string_view word) {
        return lexicon.lower_case_count(word) >= kCommonWordUses;
      }),
      insert_citation_(db.prepare(
          "INSERT INTO citation(passage_id, sentence_id, start, end, first_line, last_line, text,"
          " kind, year, locator, group_no, et_al, inherited)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
      insert_citation_author_(
          db.prepare("INSERT INTO citation_author(citation_id, position, name) VALUES (?, ?, ?)")),
      insert_reference_(db.prepare(
          "INSERT INTO reference_entry(document_id, first_line, last_line, origin, text, authors,"
          " year, date, title, container, details, publisher, place, url)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {}

void CitationWriter::add_passage(std::int64_t document_id, std::int64_t /*section_id*/,
                                 std::int64_t passage_id, const std::string& kind, bool repeat,
                                 const MappedText& text,
                                 const std::vector<SentenceRef>& sentences) {
  if (kind == "references") {
    list_.push_back({document_id, text});
    return;
  }
  flush_reference_list();
  if (repeat || kind == "bio") return;

  int base = groups_;
  for (const FoundCitation& c : find_citations(text.text(), is_common_)) {
    FoundCitation numbered = c;
    if (c.group > 0) {
      numbered.group = base + c.group;
      groups_ = std::max(groups_, numbered.group);
    }
    store_citation(passage_id, numbered, text, sentences);
  }
  for (const TextRange& r : find_embedded_entries(text.text())) {
    const auto [first, last] = text.line_range(r.begin, r.end);
    store_reference(document_id, "note", text.text().substr(r.begin, r.end - r.begin), first, last);
  }
}

void CitationWriter::end_document() {
  flush_reference_list();
}

void CitationWriter::store_citation(std::int64_t passage_id, const FoundCitation& c,
                                    const MappedText& text,
                                    const std::vector<SentenceRef>& sentences) {
  const auto [first, last] = text.line_range(c.begin, c.end);
  insert_citation_.reset();
  insert_citation_.bind(1, passage_id);
  insert_citation_.bind_null(2);
  for (const SentenceRef& s : sentences) {
    if (s.begin <= c.begin && c.begin < s.end) insert_citation_.bind(2, s.id);
  }
  insert_citation_.bind(3, static_cast<std::int64_t>(c.begin));
  insert_citation_.bind(4, static_cast<std::int64_t>(c.end));
  insert_citation_.bind(5, first).bind(6, last);
  insert_citation_.bind(7, text.text().substr(c.begin, c.end - c.begin));
  insert_citation_.bind(8, citation_kind_name(c.kind));
  bind_text_or_null(insert_citation_, 9, c.year);
  bind_text_or_null(insert_citation_, 10, c.locator);
  if (c.group > 0) {
    insert_citation_.bind(11, c.group);
  } else {
    insert_citation_.bind_null(11);
  }
  insert_citation_.bind(12, c.et_al ? 1 : 0).bind(13, c.inherited ? 1 : 0);
  insert_citation_.run();
  const std::int64_t id = db_.last_insert_rowid();
  for (std::size_t i = 0; i < c.authors.size(); ++i) {
    insert_citation_author_.reset();
    insert_citation_author_.bind(1, id).bind(2, static_cast<std::int64_t>(i + 1));
    insert_citation_author_.bind(3, c.authors[i]);
    insert_citation_author_.run();
  }
  CitedWork work;
  work.authors = c.authors;
  work.et_al = c.et_al;
  work.organisation = c.organisation;
  work.legal = c.kind == CitationKind::kLegal;
  work.year = c.year;
  works_.push_back(std::move(work));
  rows_.push_back({false, id});
  if (!c.title.empty()) titles_.emplace_back(id, c.title);
  ++counts_.citations;
}

void CitationWriter::store_reference(std::int64_t document_id, const std::string& origin,
                                     const std::string& entry_text, int first_line, int last_line) {
  const std::optional<ReferenceEntry> entry = parse_reference_entry(entry_text);
  if (!entry) return;
  std::string authors;
  for (const ReferenceAuthor& a : entry->authors)
    authors += (authors.empty() ? "" : "; ") + a.surname;
  insert_reference_.reset();
  insert_reference_.bind(1, document_id).bind(2, first_line).bind(3, last_line);
  insert_reference_.bind(4, origin).bind(5, entry->text.empty() ? entry_text : entry->text);
  bind_text_or_null(insert_reference_, 6, authors);
  bind_text_or_null(insert_reference_, 7, entry->year);
  bind_text_or_null(insert_reference_, 8, entry->date);
  bind_text_or_null(insert_reference_, 9, entry->title);
  bind_text_or_null(insert_reference_, 10, entry->container);
  bind_text_or_null(insert_reference_, 11, entry->details);
  bind_text_or_null(insert_reference_, 12, entry->publisher);
  bind_text_or_null(insert_reference_, 13, entry->place);
  bind_text_or_null(insert_reference_, 14, entry->url);
  insert_reference_.run();
  const std::int64_t id = db_.last_insert_rowid();
  if (!entry->authors.empty()) {
    CitedWork work;
    for (const ReferenceAuthor& a : entry->authors)
      work.authors.push_back(a.surname);
    work.et_al = entry->et_al;
    work.organisation = !has_initials(*entry);
    work.year = entry->year;
    works_.push_back(std::move(work));
    rows_.push_back({true, id});
  }
  ++counts_.references;
}

// The passages of one list are joined as the entries were printed, then split into entries.
// An entry's lines are those of the passages its first and last bytes came from.
void CitationWriter::flush_reference_list() {
  if (list_.empty()) return;
  std::vector<std::string> pieces;
  for (const ListPiece& p : list_)
    pieces.push_back(p.text.text());
  const std::string joined = join_reference_pieces(pieces);
  // Where each piece starts in the joined text: found again by its opening characters.
  std::vector<std::size_t> starts;
  std::size_t from = 0;
  for (const std::string& piece : pieces) {
    const std::string head = piece.substr(0, std::min<std::size_t>(piece.size(), 12));
    const std::size_t at = joined.find(head, from);
    starts.push_back(at == std::string::npos ? from : at);
    if (at != std::string::npos) from = at + head.size();
  }
  auto line_at = [&](std::size_t offset) {
    std::size_t k = 0;
    while (k + 1 < starts.size() && starts[k + 1] <= offset)
      ++k;
    const std::size_t inside = offset >= starts[k] ? offset - starts[k] : 0;
    return list_[k].text.origin(std::min(inside, list_[k].text.text().size() - 1)).line;
  };
  for (const TextRange& r : split_reference_entries(joined)) {
    if (r.end <= r.begin) continue;
    store_reference(list_.front().document_id, "list", joined.substr(r.begin, r.end - r.begin),
                    line_at(r.begin), line_at(r.end - 1));
  }
  list_.clear();
}

CitationWriter::Counts CitationWriter::finish(const SourceOverrides& overrides) {
  flush_reference_list();
  const SourceResolution resolution = resolve_sources(works_, overrides);
  auto insert_source = db_.prepare(
      "INSERT INTO source(key, kind, first_author, year, et_al, merge_note)"
      " VALUES (?, ?, ?, ?, ?, ?)");
  auto insert_author =
      db_.prepare("INSERT INTO source_author(source_id, position, name) VALUES (?, ?, ?)");
  auto insert_variant =
      db_.prepare("INSERT INTO source_variant(source_id, authors, citations) VALUES (?, ?, ?)");
  std::vector<std::int64_t> ids;
  for (const ResolvedSource& s : resolution.sources) {
    insert_source.reset();
    insert_source.bind(1, s.key).bind(2, s.kind).bind(3, s.first_author);
    bind_text_or_null(insert_source, 4, s.year);
    insert_source.bind(5, s.et_al ? 1 : 0);
    bind_text_or_null(insert_source, 6, s.merge_note);
    insert_source.run();
    ids.push_back(db_.last_insert_rowid());
    for (std::size_t i = 0; i < s.authors.size(); ++i) {
      insert_author.reset();
      insert_author.bind(1, ids.back()).bind(2, static_cast<std::int64_t>(i + 1));
      insert_author.bind(3, s.authors[i]);
      insert_author.run();
    }
    for (const auto& [printed, count] : s.variants) {
      insert_variant.reset();
      insert_variant.bind(1, ids.back()).bind(2, printed).bind(3, count);
      insert_variant.run();
    }
  }
  auto link_citation = db_.prepare("UPDATE citation SET source_id = ? WHERE id = ?");
  auto link_reference = db_.prepare("UPDATE reference_entry SET source_id = ? WHERE id = ?");
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    store::Statement& st = rows_[i].reference ? link_reference : link_citation;
    st.reset();
    st.bind(1, ids[resolution.source_of[i]]).bind(2, rows_[i].id);
    st.run();
  }
  auto insert_decision = db_.prepare(
      "INSERT INTO source_decision(source_id, other_id, decision, reason) VALUES (?, ?, ?, ?)");
  for (const SourceDecision& d : resolution.decisions) {
    insert_decision.reset();
    insert_decision.bind(1, ids[d.source]);
    if (d.merged) {
      insert_decision.bind_null(2);
    } else {
      insert_decision.bind(2, ids[d.other]);
    }
    insert_decision.bind(3, d.merged ? "merged" : "kept apart").bind(4, d.reason);
    insert_decision.run();
  }
  // A source with a reference entry takes its title, container, publisher and URL from it.
  db_.exec(
      "UPDATE source SET title = r.title, container = r.container, publisher = r.publisher,"
      " url = r.url, title_from = f.key || ':' || r.first_line"
      " FROM reference_entry r JOIN document d ON d.id = r.document_id"
      " JOIN file f ON f.id = d.file_id"
      " WHERE r.source_id = source.id AND r.title IS NOT NULL");
  // Otherwise the first title the text prints beside one of its citations.
  auto title_from_text = db_.prepare(
      "UPDATE source SET title = ?1, title_from ="
      " (SELECT f.key || ':' || c.first_line FROM citation c JOIN passage p ON p.id = c.passage_id"
      "  JOIN document d ON d.id = p.document_id JOIN file f ON f.id = d.file_id WHERE c.id = ?2)"
      " WHERE id = (SELECT source_id FROM citation WHERE id = ?2) AND title IS NULL");
  for (const auto& [citation, title] : titles_) {
    title_from_text.reset();
    title_from_text.bind(1, title).bind(2, citation);
    title_from_text.run();
  }
  counts_.sources = resolution.sources.size();
  return counts_;
}

}  // namespace ingest
