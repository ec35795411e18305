// model/diagnostics.cpp — SQL over the stored facts and the audit tables, phrased for people.
#include "model/diagnostics.hpp"

#include "model/columns.hpp"
#include "store/statement.hpp"

namespace model {

namespace {

// How far from a part's edge a hint may stand and still support it.
// A byline can follow a lead, a title, even a column's whole first part (40 lines seen).
constexpr int kBylineReach = 45;
// An end mark is followed by bios and a reference block (up to ~30 lines seen).
constexpr int kEndMarkReach = 35;
// A "Hoofdstuk N" label is printed at the top of the chapter's first text page, after its
// title page, author lines and summary (~40 lines seen).
constexpr int kChapterReach = 50;

}  // namespace

std::vector<Finding> boundary_findings(store::Database& db) {
  std::vector<Finding> out;
  // Hints of compound files that fall outside every part or far from its edges.
  store::Statement hints = db.prepare(R"sql(
    SELECT f.key, h.line, h.kind, h.text,
           (SELECT d.key FROM document d WHERE d.file_id = f.id AND d.parent_id IS NOT NULL
              AND h.line BETWEEN d.first_line AND d.last_line) AS part,
           (SELECT d.first_line FROM document d WHERE d.file_id = f.id AND d.parent_id IS NOT NULL
              AND h.line BETWEEN d.first_line AND d.last_line) AS part_first,
           (SELECT d.last_line FROM document d WHERE d.file_id = f.id AND d.parent_id IS NOT NULL
              AND h.line BETWEEN d.first_line AND d.last_line) AS part_last
    FROM boundary_hint h JOIN file f ON f.id = h.file_id
    WHERE EXISTS (SELECT 1 FROM document d WHERE d.file_id = f.id AND d.parent_id IS NOT NULL)
    ORDER BY f.key, h.line)sql");
  while (hints.step()) {
    const std::string file = text_of(hints, 0);
    const int line = static_cast<int>(hints.column_int64(1));
    const std::string kind = text_of(hints, 2);
    const std::string text = text_of(hints, 3);
    const std::string what = kind + (text.empty() ? "" : " '" + text + "'");
    if (hints.is_null(4)) {
      out.push_back({"boundaries", file, line,
                     what + " lies outside every part of the manifest (in an ad, or a piece "
                            "the manifest does not list?)"});
      continue;
    }
    const std::string part = text_of(hints, 4);
    const int first = static_cast<int>(hints.column_int64(5));
    const int last = static_cast<int>(hints.column_int64(6));
    if (kind == "byline" && line - first > kBylineReach) {
      out.push_back({"boundaries", file, line,
                     what + " stands " + std::to_string(line - first) + " lines into part '" +
                         part + "' (lines " + std::to_string(first) + "-" + std::to_string(last) +
                         "): does another piece start near here?"});
    } else if (kind == "end-mark" && last - line > kEndMarkReach) {
      out.push_back({"boundaries", file, line,
                     what + " ends a body " + std::to_string(last - line) + " lines before part '" +
                         part + "' ends (line " + std::to_string(last) +
                         "): does a piece end here?"});
    } else if (kind == "chapter" && line - first > kChapterReach) {
      out.push_back({"boundaries", file, line,
                     what + " is inside part '" + part + "' (which starts at line " +
                         std::to_string(first) + "): does a chapter start here?"});
    }
  }
  // Parts of compound files that no hint supports.
  store::Statement parts = db.prepare(R"sql(
    SELECT f.key, d.key, d.kind, d.first_line, d.last_line
    FROM document d JOIN file f ON f.id = d.file_id
    WHERE d.parent_id IS NOT NULL AND d.kind NOT IN ('front_matter', 'back_matter')
      AND NOT EXISTS (SELECT 1 FROM boundary_hint h WHERE h.file_id = f.id
                        AND h.line BETWEEN d.first_line AND d.last_line)
    ORDER BY f.key, d.first_line)sql");
  while (parts.step()) {
    out.push_back({"boundaries", text_of(parts, 0), static_cast<int>(parts.column_int64(3)),
                   "part '" + text_of(parts, 1) + "' (" + text_of(parts, 2) + ", lines " +
                       std::to_string(parts.column_int64(3)) + "-" +
                       std::to_string(parts.column_int64(4)) +
                       ") has no byline, end mark or chapter label: its boundaries rest on "
                       "the manifest alone"});
  }
  return out;
}

std::vector<Finding> layout_findings(store::Database& db) {
  std::vector<Finding> out;
  store::Statement damaged = db.prepare(R"sql(
    SELECT file, first_line, replacement_characters FROM v_passage
    WHERE replacement_characters > 0 ORDER BY file, first_line)sql");
  while (damaged.step()) {
    out.push_back({"text", text_of(damaged, 0), static_cast<int>(damaged.column_int64(1)),
                   std::to_string(damaged.column_int64(2)) +
                       " unreadable character(s) (U+FFFD) from the PDF extraction; the "
                       "passage's text is damaged there"});
  }
  store::Statement fallback = db.prepare(R"sql(
    SELECT f.key, h.line, h.left, h.right, h.choice, h.rule FROM hyphen_join h
    JOIN file f ON f.id = h.file_id
    WHERE h.rule IN ('file-majority', 'default') ORDER BY f.key, h.line)sql");
  while (fallback.step()) {
    out.push_back({"hyphenation", text_of(fallback, 0), static_cast<int>(fallback.column_int64(1)),
                   "'" + text_of(fallback, 2) + "-' + '" + text_of(fallback, 3) +
                       "': " + text_of(fallback, 4) + " by " + text_of(fallback, 5) +
                       " (no rule or corpus evidence decided it)"});
  }
  store::Statement furniture = db.prepare(R"sql(
    SELECT f.key, l.role, count(*) FROM layout_line l JOIN file f ON f.id = l.file_id
    GROUP BY f.key, l.role ORDER BY f.key, l.role)sql");
  while (furniture.step()) {
    out.push_back({"layout", text_of(furniture, 0), 0,
                   std::to_string(furniture.column_int64(2)) + " line(s) left out as " +
                       text_of(furniture, 1)});
  }
  store::Statement quotes = db.prepare(R"sql(
    SELECT file, count(*) FROM v_passage WHERE duplicate_of IS NOT NULL GROUP BY file
    ORDER BY file)sql");
  while (quotes.step()) {
    out.push_back({"layout", text_of(quotes, 0), 0,
                   std::to_string(quotes.column_int64(1)) +
                       " passage(s) repeat text printed elsewhere (pull quotes, repeated "
                       "titles): kept, and not counted twice"});
  }
  return out;
}

}  // namespace model
