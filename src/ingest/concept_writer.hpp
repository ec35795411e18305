// ingest/concept_writer.hpp — the concept stage of a build: the vocabulary, its mentions and
// the derived tables behind the relation views.
//
// The vocabulary (concepts, labels, relations) is stored first. Every passage the document
// writer stores is matched (reference lists, bylines and repeated pull quotes are not), each
// mention stored with its passage, sentence, bytes and lines. Along the way the stage notes
// the abbreviations the text defines and the frequent word sequences no label matched, for
// `conceptdb check`. `finish` derives which concepts occur in which sentence, paragraph,
// section and document, and the co-occurrence counts of every pair.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/concept_matcher.hpp"
#include "ingest/passage_sink.hpp"
#include "ingest/vocabulary.hpp"
#include "store/database.hpp"
#include "store/statement.hpp"

namespace ingest {

class ConceptWriter : public PassageSink {
 public:
  ConceptWriter(store::Database& db, const Vocabulary& vocabulary, const ConceptMatcher& matcher);

  void add_passage(std::int64_t document_id, std::int64_t passage_id, const std::string& kind,
                   bool repeat, const MappedText& text,
                   const std::vector<SentenceRef>& sentences) override;

  struct Counts {
    std::size_t concepts = 0;
    std::size_t labels = 0;
    std::size_t relations = 0;
    std::size_t mentions = 0;
  };
  // Derives the occurrence and co-occurrence tables; call once, after the last file.
  Counts finish();

 private:
  void store_vocabulary();
  // Which concepts may match in a document (only_in); null when no concept is restricted.
  const std::vector<bool>* allowed_in(std::int64_t document_id);
  void tally_phrases(std::string_view text, const std::vector<ConceptToken>& tokens,
                     const std::vector<ConceptMatch>& matches, std::int64_t passage_id,
                     const MappedText& mapped);
  void store_candidates();

  store::Database& db_;
  const Vocabulary& vocabulary_;
  const ConceptMatcher& matcher_;
  Counts counts_;
  std::vector<std::int64_t> concept_ids_;
  std::vector<std::vector<std::int64_t>> label_ids_;
  store::Statement insert_mention_;
  store::Statement insert_abbreviation_;

  struct PhraseTally {
    std::size_t count = 0;                        // sentences with the phrase
    std::size_t beside = 0;                       // of which mention a concept
    std::map<std::size_t, std::size_t> concepts;  // concept index → sentences shared
    std::int64_t passage_id = 0;
    int line = 0;
  };
  std::unordered_map<std::string, PhraseTally> phrases_;
  struct Abbreviation {
    std::string short_form;
    std::string expansion;
    std::int64_t passage_id;
    int line;
  };
  std::vector<Abbreviation> abbreviations_;
  bool restricted_ = false;
  std::unordered_map<std::int64_t, std::vector<bool>> allowed_;
};

}  // namespace ingest
