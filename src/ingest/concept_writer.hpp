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

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ingest/concept_matcher.hpp"
#include "ingest/occurrence_tally.hpp"
#include "ingest/passage_sink.hpp"
#include "ingest/row_batch.hpp"
#include "ingest/vocabulary.hpp"
#include "store/database.hpp"
#include "store/statement.hpp"

namespace ingest {

class ConceptWriter : public PassageSink {
 public:
  ConceptWriter(store::Database& db, const Vocabulary& vocabulary, const ConceptMatcher& matcher);

  void add_passage(std::int64_t document_id, std::int64_t section_id, std::int64_t passage_id,
                   const std::string& kind, bool repeat, const MappedText& text,
                   const std::vector<SentenceRef>& sentences) override;
  void end_document() override;

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
  // Counts the candidate phrases of one sentence: its tokens, and the matches that start in it.
  void tally_phrases(std::string_view text, std::span<const ConceptToken> tokens,
                     std::span<const ConceptMatch* const> matches, std::int64_t passage_id,
                     const MappedText& mapped);
  void store_candidates();

  store::Database& db_;
  const Vocabulary& vocabulary_;
  const ConceptMatcher& matcher_;
  Counts counts_;
  std::vector<std::int64_t> concept_ids_;
  std::vector<std::vector<std::int64_t>> label_ids_;
  RowBatch mentions_;
  store::Statement insert_abbreviation_;
  RowBatch occurrences_;
  // Occurrences and co-occurrence counts, tallied as the mentions are stored.
  OccurrenceTally tally_;
  std::vector<std::pair<std::int64_t, std::size_t>> sentence_concepts_;  // of one passage

  // One entry per distinct phrase of the corpus, so kept small.
  struct PhraseTally {
    std::uint32_t count = 0;   // sentences with the phrase
    std::uint32_t beside = 0;  // of which mention a concept
    int line = 0;
    std::int64_t passage_id = 0;
    std::uint64_t last_sentence = 0;  // the sentence that counted it last (sentence_serial_)
    // (concept index, sentences shared), in concept order; empty until beside > 0.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> concepts;

    void add_concept(std::size_t concept_index) {
      const auto index = static_cast<std::uint32_t>(concept_index);
      auto at =
          std::lower_bound(concepts.begin(), concepts.end(), index,
                           [](const auto& entry, std::uint32_t i) { return entry.first < i; });
      if (at == concepts.end() || at->first != index) at = concepts.insert(at, {index, 0});
      ++at->second;
    }
  };
  // A phrase as the ids of its two or three words (words_), kNoWord after a two-word one:
  // twelve bytes per phrase instead of its text, and no string built per word pair.
  using PhraseKey = std::array<std::uint32_t, 3>;
  static constexpr std::uint32_t kNoWord = 0xffffffffu;
  struct PhraseKeyHash {
    std::size_t operator()(const PhraseKey& key) const noexcept {
      std::uint64_t h = 0xcbf29ce484222325u;
      for (const std::uint32_t word : key)
        h = (h ^ word) * 0x100000001b3u;
      return static_cast<std::size_t>(h ^ (h >> 29));
    }
  };
  std::uint32_t word_id(const std::string& key);
  std::string phrase_text(const PhraseKey& key) const;
  std::unordered_map<PhraseKey, PhraseTally, PhraseKeyHash> phrases_;
  std::unordered_map<std::string, std::uint32_t> word_ids_;  // folded word → index in words_
  std::vector<std::string> words_;
  // Buffers of add_passage and tally_phrases, reused from passage to passage.
  struct TokenShape {
    bool usable = false;
    bool function_word = false;
    bool adjacent_to_previous = false;
    std::uint32_t word = 0;  // word_id of its key, when usable
  };
  std::vector<TokenShape> token_shapes_;
  std::vector<const ConceptMatch*> by_begin_;
  std::uint64_t sentence_serial_ = 0;
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
