// ingest/document_writer.cpp — file → furniture, blocks, passages, sections, sentences → rows.
#include "ingest/document_writer.hpp"

#include <algorithm>

#include "ingest/blocks.hpp"
#include "ingest/boundaries.hpp"
#include "ingest/line_roles.hpp"
#include "ingest/sentences.hpp"

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

const char* role_name(LineRole role) {
  switch (role) {
    case LineRole::kFooter:
      return "footer";
    case LineRole::kRunningHead:
      return "running_head";
    case LineRole::kPageNumber:
      return "page_number";
    case LineRole::kChapterLabel:
      return "chapter_label";
    case LineRole::kBlank:
      return "blank";
    case LineRole::kText:
      break;
  }
  return "text";
}

const char* choice_name(HyphenChoice choice) {
  switch (choice) {
    case HyphenChoice::kKeep:
      return "keep";
    case HyphenChoice::kDrop:
      return "drop";
    case HyphenChoice::kKeepSpace:
      return "keep-space";
  }
  return "keep";
}

// Plans the passages of lines [first, last] and appends them to `plans`, shifting the
// duplicate links by the plans already there.
void plan_range(const std::vector<std::string>& lines, const std::vector<LineRole>& roles,
                int first, int last, std::vector<PassagePlan>& plans) {
  std::vector<Block> blocks = make_blocks(lines, roles, first, last);
  tag_blocks(blocks, lines);
  const int base = static_cast<int>(plans.size());
  for (PassagePlan& plan : plan_passages(blocks, lines)) {
    if (plan.duplicate_of >= 0) plan.duplicate_of += base;
    plans.push_back(std::move(plan));
  }
}

// The row id SQLite would give the next row of `table` (one more than the largest): the
// writer numbers sentences itself, so that they can go in many rows per INSERT and still be
// handed on with their ids.
std::int64_t first_free_id(store::Database& db, const char* table) {
  auto st = db.prepare(std::string("SELECT coalesce(max(id), 0) + 1 FROM ") + table);
  st.step();
  return st.column_int64(0);
}

}  // namespace

DocumentWriter::DocumentWriter(store::Database& db, const WordLexicon& lexicon,
                               std::vector<TimedSink> sinks, StageTimes* times)
    : db_(db),
      lexicon_(lexicon),
      sinks_(std::move(sinks)),
      times_(times),
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
      insert_section_(db,
                      "INSERT INTO section(document_id, seq, title, first_line, last_line) "
                      "VALUES (?, ?, ?, ?, ?)"),
      update_section_lines_(db,
                            "UPDATE section SET first_line = min(first_line, ?2), "
                            "last_line = max(last_line, ?3) WHERE id = ?1"),
      insert_passage_(db,
                      "INSERT INTO passage(document_id, section_id, seq, kind, first_line, "
                      "last_line, text, duplicate_of, replacement_characters) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      spans_(db, "passage_span(passage_id, start, line, col, verbatim)", 5),
      sentences_(db, "sentence(id, passage_id, seq, start, end, first_line, last_line, text)", 8),
      next_sentence_id_(first_free_id(db, "sentence")),
      insert_hyphen_(db,
                     "INSERT INTO hyphen_join(file_id, line, left, right, choice, rule) "
                     "VALUES (?, ?, ?, ?, ?, ?)"),
      insert_layout_line_(db,
                          "INSERT INTO layout_line(file_id, line, role, text) "
                          "VALUES (?, ?, ?, ?)"),
      insert_hint_(db,
                   "INSERT OR IGNORE INTO boundary_hint(file_id, line, kind, text) "
                   "VALUES (?, ?, ?, ?)") {}

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

void DocumentWriter::insert_furniture(std::int64_t file_id, const std::vector<std::string>& lines,
                                      Counts& counts) {
  for (std::size_t i = 0; i < roles_.size(); ++i) {
    if (!is_furniture(roles_[i])) continue;
    insert_layout_line_.reset();
    insert_layout_line_.bind(1, file_id).bind(2, static_cast<std::int64_t>(i + 1));
    insert_layout_line_.bind(3, role_name(roles_[i])).bind(4, lines[i]);
    insert_layout_line_.run();
    ++counts.furniture_lines;
  }
}

void DocumentWriter::insert_boundary_hints(std::int64_t file_id,
                                           const std::vector<std::string>& lines) {
  for (const BoundaryHint& hint : propose_boundaries(lines)) {
    insert_hint_.reset();
    insert_hint_.bind(1, file_id).bind(2, hint.line).bind(3, boundary_kind_name(hint.kind));
    insert_hint_.bind(4, hint.text);
    insert_hint_.run();
  }
}

std::unordered_map<int, HyphenDecision> DocumentWriter::decide_file_hyphens(
    std::int64_t file_id, const std::vector<DocumentPlan>& documents,
    const std::vector<std::string>& lines, Counts& counts) {
  std::vector<HyphenCase> cases;
  for (const DocumentPlan& doc : documents) {
    auto more = collect_hyphen_cases(doc.plans, lines);
    cases.insert(cases.end(), more.begin(), more.end());
  }
  const std::vector<HyphenDecision> decisions = decide_hyphens(cases, lexicon_);
  std::unordered_map<int, HyphenDecision> by_line;
  for (std::size_t i = 0; i < cases.size() && i < decisions.size(); ++i) {
    by_line[cases[i].line] = decisions[i];
    insert_hyphen_.reset();
    insert_hyphen_.bind(1, file_id).bind(2, cases[i].line).bind(3, cases[i].left);
    insert_hyphen_.bind(4, cases[i].right).bind(5, choice_name(decisions[i].choice));
    insert_hyphen_.bind(6, decisions[i].rule);
    insert_hyphen_.run();
    ++counts.hyphen_joins;
  }
  return by_line;
}

std::int64_t DocumentWriter::insert_section(std::int64_t document_id, int seq,
                                            const std::string* title, int first_line,
                                            int last_line) {
  insert_section_.reset();
  insert_section_.bind(1, document_id).bind(2, seq);
  if (title != nullptr) {
    insert_section_.bind(3, *title);
  } else {
    insert_section_.bind_null(3);
  }
  insert_section_.bind(4, first_line).bind(5, last_line);
  insert_section_.run();
  return db_.last_insert_rowid();
}

void DocumentWriter::insert_passages(std::int64_t document_id,
                                     const std::vector<AssembledPassage>& passages,
                                     Counts& counts) {
  std::vector<std::int64_t> ids(passages.size(), 0);
  std::int64_t section_id = 0;
  int section_seq = 0;
  std::vector<SentenceSpan> spans;
  std::vector<SentenceRef> sentence_refs;
  for (std::size_t i = 0; i < passages.size(); ++i) {
    const AssembledPassage& p = passages[i];
    const std::string& text = p.text.text();
    {
      const auto timed = StageTimes::Scope(times_, Stage::kPassages);
      spans = split_sentences(text);
    }
    std::optional<StageTimes::Scope> timed_rows;
    timed_rows.emplace(times_, Stage::kRows);
    // A heading opens a section; a repeated heading (a running title printed twice) does not.
    const bool opens_section = p.kind == "heading" && p.duplicate_of < 0;
    if (opens_section || section_id == 0) {
      section_id =
          insert_section(document_id, ++section_seq, opens_section ? &p.text.text() : nullptr,
                         p.first_line, p.last_line);
      ++counts.sections;
    } else {
      update_section_lines_.reset();
      update_section_lines_.bind(1, section_id).bind(2, p.first_line).bind(3, p.last_line);
      update_section_lines_.run();
    }

    insert_passage_.reset();
    insert_passage_.bind(1, document_id).bind(2, section_id);
    insert_passage_.bind(3, static_cast<std::int64_t>(i + 1)).bind(4, p.kind);
    insert_passage_.bind(5, p.first_line).bind(6, p.last_line).bind(7, p.text.text());
    if (p.duplicate_of >= 0 && static_cast<std::size_t>(p.duplicate_of) < i) {
      insert_passage_.bind(8, ids[static_cast<std::size_t>(p.duplicate_of)]);
    } else {
      insert_passage_.bind_null(8);
    }
    insert_passage_.bind(9, p.replacement_characters);
    insert_passage_.run();
    ids[i] = db_.last_insert_rowid();
    ++counts.passages;

    for (const MappedText::Anchor& a : p.text.anchors()) {
      spans_.add(ids[i]).add(static_cast<std::int64_t>(a.offset));
      spans_.add(a.line).add(a.column).add(a.verbatim ? 1 : 0);
    }

    int seq = 0;
    sentence_refs.clear();
    for (const SentenceSpan& s : spans) {
      const auto [first, last] = p.text.line_range(s.begin, s.end);
      const std::int64_t sentence_id = next_sentence_id_++;
      sentences_.add(sentence_id).add(ids[i]).add(++seq);
      sentences_.add(static_cast<std::int64_t>(s.begin)).add(static_cast<std::int64_t>(s.end));
      sentences_.add(first).add(last);
      sentences_.add(std::string_view(text).substr(s.begin, s.end - s.begin));
      sentence_refs.push_back({sentence_id, s.begin, s.end});
      ++counts.sentences;
    }
    timed_rows.reset();
    for (const TimedSink& to : sinks_) {
      const auto timed = StageTimes::Scope(times_, to.stage);
      to.sink->add_passage(document_id, section_id, ids[i], p.kind, p.duplicate_of >= 0, p.text,
                           sentence_refs);
    }
  }
  {
    const auto timed = StageTimes::Scope(times_, Stage::kRows);
    spans_.flush();
    sentences_.flush();
  }
  for (const TimedSink& to : sinks_) {
    const auto timed = StageTimes::Scope(times_, to.stage);
    to.sink->end_document();
  }
}

DocumentWriter::Counts DocumentWriter::write(const CorpusFile& file) {
  const ManifestFile& entry = *file.entry;
  const std::vector<std::string>& lines = file.text.lines;
  const int line_count = static_cast<int>(lines.size());
  Counts counts;

  std::optional<StageTimes::Scope> timed;
  timed.emplace(times_, Stage::kRows);
  insert_file_.reset();
  insert_file_.bind("key", entry.key).bind("name", entry.name).bind("sha256", entry.sha256);
  insert_file_.bind("bytes", static_cast<std::int64_t>(file.text.bytes.size()));
  insert_file_.bind("lines", line_count).bind("language", entry.language);
  insert_file_.run();
  const std::int64_t file_id = db_.last_insert_rowid();

  timed.reset();
  timed.emplace(times_, Stage::kLayout);
  roles_ = classify_lines(lines);
  insert_furniture(file_id, lines, counts);
  insert_boundary_hints(file_id, lines);

  // The file's own document takes the lines outside every part (page furniture between
  // pieces, mostly), so that nothing the file says is lost; ads take nothing.
  std::vector<DocumentPlan> documents;
  documents.push_back({&entry, true, 1, std::max(line_count, 1), {}});
  int next_line = 1;
  for (const ManifestPart& part : entry.parts) {
    if (part.first_line > next_line) {
      plan_range(lines, roles_, next_line, part.first_line - 1, documents.front().plans);
    }
    next_line = part.last_line + 1;
    if (part.kind == "ad") {
      ++counts.excluded_parts;
      continue;
    }
    documents.push_back({&part, false, part.first_line, part.last_line, {}});
    plan_range(lines, roles_, part.first_line, part.last_line, documents.back().plans);
  }
  if (next_line <= line_count) {
    plan_range(lines, roles_, next_line, line_count, documents.front().plans);
  }

  timed.reset();
  timed.emplace(times_, Stage::kPassages);
  const auto hyphens = decide_file_hyphens(file_id, documents, lines, counts);
  timed.reset();

  std::optional<std::int64_t> root_id;
  for (const DocumentPlan& doc : documents) {
    timed.emplace(times_, Stage::kRows);
    const std::int64_t id =
        insert_document(file_id, doc.is_root ? std::nullopt : root_id, *doc.identity,
                        entry.language, doc.first_line, doc.last_line);
    if (doc.is_root) root_id = id;
    ++counts.documents;
    timed.emplace(times_, Stage::kPassages);
    const std::vector<AssembledPassage> passages =
        build_passages(doc.plans, lines, hyphens, lexicon_);
    timed.reset();
    insert_passages(id, passages, counts);
  }
  return counts;
}

}  // namespace ingest
