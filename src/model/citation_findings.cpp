// model/citation_findings.cpp — SQL over citations, sources and entries, phrased for people.
#include "model/citation_findings.hpp"

#include <map>
#include <set>

#include "model/columns.hpp"
#include "store/statement.hpp"

namespace model {

namespace {

// Bytes that continue a word: ASCII letters and digits and every byte of a multi-byte letter.
bool word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

// The offsets where `word` stands as a whole word in `text`.
std::vector<std::size_t> whole_word_at(const std::string& text, const std::string& word) {
  std::vector<std::size_t> out;
  for (std::size_t at = text.find(word); at != std::string::npos;
       at = text.find(word, at + word.size())) {
    const bool left = at == 0 || !word_byte(text[at - 1]);
    const std::size_t end = at + word.size();
    const bool right = end >= text.size() || !word_byte(text[end]) ||
                       text.compare(end, 3, "’s") == 0 || text.compare(end, 2, "'s") == 0;
    if (left && right) out.push_back(at);
  }
  return out;
}

}  // namespace

std::vector<Finding> citation_findings(store::Database& db) {
  std::vector<Finding> out;
  store::Statement lost = db.prepare(R"sql(
    SELECT file, line, text FROM v_citation WHERE source_key IS NULL ORDER BY file, line)sql");
  while (lost.step()) {
    out.push_back({"citations", text_of(lost, 0), int_of(lost, 1),
                   "'" + text_of(lost, 2) + "' has no source (please report this)"});
  }
  // In a document that prints a reference list, a citation the list lacks.
  store::Statement missing = db.prepare(R"sql(
    SELECT c.file, c.line, c.text, c.source_key, c.document FROM v_citation c
    WHERE c.document IN (SELECT document FROM v_reference WHERE origin = 'list')
      AND NOT EXISTS (SELECT 1 FROM v_reference r
                      WHERE r.document = c.document AND r.source_key = c.source_key)
    ORDER BY c.file, c.line)sql");
  while (missing.step()) {
    out.push_back({"citations", text_of(missing, 0), int_of(missing, 1),
                   "'" + text_of(missing, 2) + "' (" + text_of(missing, 3) +
                       ") is not in the reference list of " + text_of(missing, 4)});
  }
  store::Statement uncited = db.prepare(R"sql(
    SELECT r.file, r.first_line, r.text, r.document FROM v_reference r
    WHERE NOT EXISTS (SELECT 1 FROM citation c JOIN source s ON s.id = c.source_id
                      WHERE s.key = r.source_key)
    ORDER BY r.file, r.first_line)sql");
  while (uncited.step()) {
    std::string text = text_of(uncited, 2);
    if (text.size() > 90) text = text.substr(0, 87) + "...";
    out.push_back({"citations", text_of(uncited, 0), int_of(uncited, 1),
                   "reference entry never cited in the text: " + text});
  }
  store::Statement bare = db.prepare(R"sql(
    SELECT count(*), count(DISTINCT document), count(DISTINCT source_key) FROM v_citation c
    WHERE c.document NOT IN (SELECT document FROM v_reference WHERE origin = 'list'))sql");
  if (bare.step() && bare.column_int64(0) > 0) {
    out.push_back({"citations", "", 0,
                   std::to_string(bare.column_int64(0)) + " citations of " +
                       std::to_string(bare.column_int64(2)) + " sources stand in " +
                       std::to_string(bare.column_int64(1)) +
                       " documents that print no reference list: those sources are known only "
                       "by authors and year (see v_source)"});
  }
  return out;
}

std::vector<Finding> source_decision_findings(store::Database& db) {
  std::vector<Finding> out;
  store::Statement st = db.prepare(R"sql(
    SELECT d.decision, s.key, o.key, d.reason,
           (SELECT f.key FROM citation c JOIN passage p ON p.id = c.passage_id
              JOIN document dd ON dd.id = p.document_id JOIN file f ON f.id = dd.file_id
             WHERE c.source_id = s.id ORDER BY f.key, c.first_line LIMIT 1),
           (SELECT min(c.first_line) FROM citation c WHERE c.source_id = s.id)
    FROM source_decision d JOIN source s ON s.id = d.source_id
    LEFT JOIN source o ON o.id = d.other_id
    ORDER BY d.decision DESC, s.key)sql");
  while (st.step()) {
    const std::string decision = text_of(st, 0);
    std::string message = decision == "merged"
                              ? "merged into " + text_of(st, 1) + ": " + text_of(st, 3)
                              : text_of(st, 1) + " and " + text_of(st, 2) +
                                    " kept apart: " + text_of(st, 3) +
                                    " (if they are one work, add a [[same]] entry to "
                                    "db/sources.toml)";
    out.push_back({"sources", text_of(st, 4), st.is_null(5) ? 0 : int_of(st, 5), message});
  }
  return out;
}

std::vector<Finding> back_reference_findings(store::Database& db) {
  std::vector<Finding> out;
  // Per document: the last word of each cited first author, and the sources behind it.
  struct Cited {
    std::set<std::string> keys;
  };
  std::map<std::int64_t, std::map<std::string, Cited>> cited;
  store::Statement names = db.prepare(R"sql(
    SELECT p.document_id, a.name, s.key FROM citation c
    JOIN citation_author a ON a.citation_id = c.id AND a.position = 1
    JOIN passage p ON p.id = c.passage_id
    JOIN source s ON s.id = c.source_id
    WHERE s.kind = 'work')sql");
  while (names.step()) {
    std::string name = text_of(names, 1);
    const std::size_t space = name.rfind(' ');
    if (space != std::string::npos) name = name.substr(space + 1);
    if (name.size() < 4) continue;  // too short to tell from an ordinary word
    cited[names.column_int64(0)][name].keys.insert(text_of(names, 2));
  }
  store::Statement sentences = db.prepare(R"sql(
    SELECT p.document_id, se.id, se.passage_id, se.start, se.text, f.key, p.kind
    FROM sentence se JOIN passage p ON p.id = se.passage_id
    JOIN document d ON d.id = p.document_id JOIN file f ON f.id = d.file_id
    WHERE p.duplicate_of IS NULL AND p.kind NOT IN ('references', 'bio')
    ORDER BY f.key, se.first_line)sql");
  store::Statement spans =
      db.prepare("SELECT start, end FROM citation WHERE passage_id = ? AND end > ? AND start < ?");
  store::Statement line_of = db.prepare(
      "SELECT line FROM passage_span WHERE passage_id = ? AND start <= ? "
      "ORDER BY start DESC LIMIT 1");
  // One finding per document and name: its first line and the lines after it.
  struct Mentions {
    std::string file;
    std::vector<int> lines;
    std::string keys;
  };
  std::map<std::pair<std::int64_t, std::string>, Mentions> mentions;
  std::vector<std::pair<std::int64_t, std::string>> order;
  while (sentences.step()) {
    const auto found = cited.find(sentences.column_int64(0));
    if (found == cited.end()) continue;
    const std::string text = text_of(sentences, 4);
    const std::int64_t passage = sentences.column_int64(2);
    const std::int64_t start = sentences.column_int64(3);
    for (const auto& [name, what] : found->second) {
      for (std::size_t at : whole_word_at(text, name)) {
        const std::int64_t offset = start + static_cast<std::int64_t>(at);
        spans.reset();
        spans.bind(1, passage).bind(2, offset).bind(3, offset + 1);
        if (spans.step()) continue;  // the name is part of a citation
        line_of.reset();
        line_of.bind(1, passage).bind(2, offset);
        const int line = line_of.step() ? int_of(line_of, 0) : 0;
        const std::pair<std::int64_t, std::string> id{sentences.column_int64(0), name};
        Mentions& m = mentions[id];
        if (m.lines.empty()) {
          order.push_back(id);
          m.file = text_of(sentences, 5);
          for (const std::string& k : what.keys)
            m.keys += (m.keys.empty() ? "" : ", ") + k;
        }
        if (m.lines.empty() || m.lines.back() != line) m.lines.push_back(line);
      }
    }
  }
  for (const auto& id : order) {
    const Mentions& m = mentions[id];
    std::string message = "'" + id.second + "' without a year";
    if (m.lines.size() > 1) {
      message += " here and on " + std::to_string(m.lines.size() - 1) + " more line" +
                 (m.lines.size() > 2 ? "s" : "") + " (";
      for (std::size_t k = 1; k < m.lines.size() && k <= 5; ++k)
        message += (k > 1 ? ", " : "") + std::to_string(m.lines[k]);
      message += m.lines.size() > 6 ? ", ...)" : ")";
    }
    out.push_back({"back-references", m.file, m.lines.front(),
                   message + "; the document cites it as " + m.keys});
  }
  return out;
}

}  // namespace model
