// ingest/concept_source_tally.hpp — counting concept–source links at build time.
//
// A concept and a source are linked at a level (sentence, paragraph, section) when a mention
// of the concept and a citation of the source stand in the same unit of that level. Per
// concept, source and level the link counts `passages` (distinct passages of the concept's
// mentions in such units), `documents` (distinct documents of them) and `weight` (the units:
// sentences, paragraphs or sections). These are the rows of the `concept_source` table
// behind v_concept_source.
//
// Pairing every mention with every citation of its section in SQL costs mentions × citations
// per section (17 s for 1M mentions); here each unit pairs its distinct concepts with its
// distinct sources once, and the "distinct" counts come from remembering, per link, the last
// passage, document and unit counted — which is why units must arrive in reading order
// (document, then section, then passage, then sentence), as add() requires.
#pragma once

#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

namespace ingest {

class ConceptSourceTally {
 public:
  enum class Level : int { kSentence = 0, kParagraph = 1, kSection = 2 };
  static const char* level_name(Level level);

  // Where a mention or a citation stands. sentence_id 0: not in a sentence (it then counts
  // at the paragraph and section levels only).
  struct Place {
    std::int64_t document_id = 0;
    std::int64_t section_id = 0;
    std::int64_t passage_id = 0;
    std::int64_t sentence_id = 0;
  };

  // Both lists sorted by (document, section, passage, sentence) — see sort_places().
  struct Item {
    Place place;
    std::int64_t id = 0;  // the concept id (mentions) or the source id (citations)
  };
  static void sort_places(std::vector<Item>& items);

  struct Link {
    std::int64_t concept_id = 0;
    std::int64_t source_id = 0;
    Level level = Level::kSentence;
    std::int64_t passages = 0;
    std::int64_t documents = 0;
    std::int64_t weight = 0;
  };

  // Tallies every link of the mentions and citations (each sorted by sort_places) and hands
  // them to `out` ordered by level, concept and source.
  static void tally(const std::vector<Item>& mentions, const std::vector<Item>& citations,
                    const std::function<void(const Link&)>& out);
};

}  // namespace ingest
