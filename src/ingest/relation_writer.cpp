// ingest/relation_writer.cpp — storing the concept–source links and per-concept counts.
#include "ingest/relation_writer.hpp"

#include <string>
#include <vector>

#include "ingest/concept_source_tally.hpp"
#include "ingest/row_batch.hpp"
#include "store/statement.hpp"

namespace ingest {

namespace {

// Every row of `sql` (document, section, passage, sentence or NULL, id) as a place, sorted.
std::vector<ConceptSourceTally::Item> read_places(store::Database& db, const char* sql) {
  std::vector<ConceptSourceTally::Item> items;
  auto st = db.prepare(sql);
  while (st.step()) {
    ConceptSourceTally::Item item;
    item.place.document_id = st.column_int64(0);
    item.place.section_id = st.column_int64(1);
    item.place.passage_id = st.column_int64(2);
    item.place.sentence_id = st.is_null(3) ? 0 : st.column_int64(3);
    item.id = st.column_int64(4);
    items.push_back(item);
  }
  ConceptSourceTally::sort_places(items);
  return items;
}

}  // namespace

std::size_t store_concept_sources(store::Database& db) {
  const auto mentions =
      read_places(db,
                  "SELECT ps.document_id, ps.section_id, m.passage_id, m.sentence_id, m.concept_id "
                  "FROM mention m JOIN passage ps ON ps.id = m.passage_id");
  // A citation whose work could not be told has no source, and so no link.
  const auto citations = read_places(
      db,
      "SELECT ps.document_id, ps.section_id, ci.passage_id, ci.sentence_id, ci.source_id "
      "FROM citation ci JOIN passage ps ON ps.id = ci.passage_id "
      "WHERE ci.source_id IS NOT NULL");
  RowBatch links(db, "concept_source(concept_id, source_id, level, passages, documents, weight)",
                 6);
  ConceptSourceTally::tally(mentions, citations, [&](const ConceptSourceTally::Link& link) {
    links.add(link.concept_id).add(link.source_id);
    links.add(ConceptSourceTally::level_name(link.level));
    links.add(link.passages).add(link.documents).add(link.weight);
  });
  links.flush();
  return links.rows();
}

void store_concept_tallies(store::Database& db) {
  db.exec(
      "INSERT INTO concept_tally(concept_id, mentions, documents, mentions_with_narrower) "
      "SELECT c.id, "
      "       (SELECT count(*) FROM mention m WHERE m.concept_id = c.id), "
      "       (SELECT count(DISTINCT ps.document_id) FROM mention m "
      "          JOIN passage ps ON ps.id = m.passage_id WHERE m.concept_id = c.id), "
      "       0 "
      "  FROM concept c");
  // One pass over the concept tree for all concepts (a subquery per concept would walk the
  // recursive view once per concept). Every concept is a member of itself at depth 0.
  db.exec(
      "UPDATE concept_tally SET mentions_with_narrower = t.total "
      "  FROM (SELECT cm.concept_id, sum(n.mentions) AS total "
      "          FROM concept_member cm JOIN concept_tally n ON n.concept_id = cm.member_id "
      "         GROUP BY cm.concept_id) t "
      " WHERE t.concept_id = concept_tally.concept_id");
}

void store_source_tallies(store::Database& db) {
  db.exec(
      "INSERT INTO source_tally(source_id, citations, documents) "
      "SELECT s.id, "
      "       (SELECT count(*) FROM citation c WHERE c.source_id = s.id), "
      "       (SELECT count(DISTINCT ps.document_id) FROM citation c "
      "          JOIN passage ps ON ps.id = c.passage_id WHERE c.source_id = s.id) "
      "  FROM source s");
}

}  // namespace ingest
