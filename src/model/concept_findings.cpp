// model/concept_findings.cpp — SQL over concepts, labels, mentions and the build's notes.
#include "model/concept_findings.hpp"

#include "model/columns.hpp"
#include "store/statement.hpp"

namespace model {

std::vector<Finding> vocabulary_findings(store::Database& db) {
  std::vector<Finding> out;
  store::Statement silent = db.prepare(R"sql(
    SELECT c.vocabulary_file, c.vocabulary_line, c.key,
           (SELECT group_concat(text, ', ') FROM label WHERE concept_id = c.id)
    FROM concept c
    WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.concept_id = c.id)
    ORDER BY c.vocabulary_file, c.vocabulary_line)sql");
  while (silent.step()) {
    out.push_back({"vocabulary", text_of(silent, 0), int_of(silent, 1),
                   "concept '" + text_of(silent, 2) +
                       "' has no mention in the corpus (labels: " + text_of(silent, 3) + ")"});
  }
  // Labels of concepts that do occur, but not under this label. Preferred labels in other
  // languages than Dutch name the concept for readers and are not expected in the text.
  store::Statement unused = db.prepare(R"sql(
    SELECT c.vocabulary_file, l.vocabulary_line, c.key, l.kind, l.text, l.variants
    FROM label l JOIN concept c ON c.id = l.concept_id
    WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.label_id = l.id)
      AND EXISTS (SELECT 1 FROM mention m WHERE m.concept_id = c.id)
      AND NOT (l.kind = 'pref' AND l.language <> 'nl')
    ORDER BY c.vocabulary_file, l.vocabulary_line)sql");
  while (unused.step()) {
    out.push_back({"vocabulary", text_of(unused, 0), int_of(unused, 1),
                   text_of(unused, 3) + " label '" + text_of(unused, 4) + "' of '" +
                       text_of(unused, 2) + "' matches nothing (" + text_of(unused, 5) +
                       " spellings tried)"});
  }
  return out;
}

std::vector<Finding> abbreviation_findings(store::Database& db) {
  std::vector<Finding> out;
  store::Statement st = db.prepare(R"sql(
    SELECT f.key, a.first_line, a.short, a.expansion, s.key, e.key
    FROM abbreviation a
    JOIN passage ps ON ps.id = a.passage_id
    JOIN document d ON d.id = ps.document_id
    JOIN file f ON f.id = d.file_id
    LEFT JOIN concept s ON s.id = a.short_concept_id
    LEFT JOIN concept e ON e.id = a.expansion_concept_id
    WHERE a.short_concept_id IS NULL
       OR a.short_concept_id IS NOT a.expansion_concept_id
    ORDER BY f.key, a.first_line)sql");
  while (st.step()) {
    const std::string short_form = text_of(st, 2);
    const std::string expansion = text_of(st, 3);
    const std::string short_concept = text_of(st, 4);
    const std::string expansion_concept = text_of(st, 5);
    std::string message = short_form + " = '" + expansion + "': ";
    if (short_concept.empty() && expansion_concept.empty()) {
      message += "neither is in the vocabulary";
    } else if (short_concept.empty()) {
      message += "the expansion matches '" + expansion_concept + "'; add " + short_form +
                 " as its alt label?";
    } else if (expansion_concept.empty()) {
      message += short_form + " is a label of '" + short_concept +
                 "', but the expansion matches no concept; add it as an alt label?";
    } else {
      message += short_form + " is a label of '" + short_concept + "', the expansion matches '" +
                 expansion_concept + "'";
    }
    out.push_back({"abbreviations", text_of(st, 0), int_of(st, 1), message});
  }
  return out;
}

std::vector<Finding> phrase_candidate_findings(store::Database& db, int limit) {
  std::vector<Finding> out;
  store::Statement st = db.prepare(R"sql(
    SELECT f.key, p.first_line, p.phrase, p.count, c.key
    FROM phrase_candidate p
    JOIN passage ps ON ps.id = p.passage_id
    JOIN document d ON d.id = ps.document_id
    JOIN file f ON f.id = d.file_id
    LEFT JOIN concept c ON c.id = p.concept_id
    ORDER BY p.count DESC, p.phrase
    LIMIT ?)sql");
  st.bind(1, limit);
  while (st.step()) {
    out.push_back({"phrases", text_of(st, 0), int_of(st, 1),
                   "'" + text_of(st, 2) + "' ×" + text_of(st, 3) + ", beside '" + text_of(st, 4) +
                       "' most often"});
  }
  return out;
}

}  // namespace model
