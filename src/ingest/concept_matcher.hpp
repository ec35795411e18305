// ingest/concept_matcher.hpp — finds the concepts of a vocabulary in text, in one pass.
//
// Every label of every concept is expanded into its variants (dutch_variants.hpp), and the
// variants' token sequences go into a token trie. Matching walks the trie from each token of
// the text; the longest match wins and the scan goes on after it, so a label inside a longer
// matched label does not count again (unless its concept says `nested = true`). Words that
// match no label whole get two more chances: as a closed right-headed compound whose head is
// a label (`schoolleergemeenschap`), and as one half of an elliptic compound (`verwervings-
// en toekenningsprocessen`). Each match carries the label and the rule that explain it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/concept_tokens.hpp"
#include "ingest/dutch_variants.hpp"
#include "ingest/vocabulary.hpp"

namespace ingest {

struct ConceptMatch {
  std::size_t concept_index = 0;  // index into Vocabulary::concepts
  std::size_t label = 0;          // index into that concept's labels
  std::string rule;       // "label", "plural", "adjective+plural", "compound", "elliptic" ...
  std::size_t begin = 0;  // byte range in the text
  std::size_t end = 0;
  bool nested = false;  // inside a longer match of another concept (nested = true concepts)
};

class ConceptMatcher {
 public:
  // `is_word` tells whether a folded word occurs in the corpus on its own: it decides the
  // closed/split spellings and which compound modifiers are real words. It may be empty.
  ConceptMatcher(const Vocabulary& vocabulary, WordTest is_word);

  // `allowed`, when given, says per concept whether it may match in this text (concepts
  // restricted to some documents by `only_in`); a concept left out gives way to the others.
  std::vector<ConceptMatch> match(std::string_view text) const;
  std::vector<ConceptMatch> match(std::string_view text, const std::vector<ConceptToken>& tokens,
                                  const std::vector<bool>* allowed = nullptr) const;

  std::size_t variant_count() const { return entries_.size(); }
  // How many spellings the label `label` of concept `concept` was expanded into.
  std::size_t variant_count(std::size_t concept_index, std::size_t label) const {
    return variants_per_label_[concept_index][label];
  }

 private:
  struct Entry {
    std::uint32_t concept_index;
    std::uint32_t label;
    std::string rule;
    bool case_sensitive;
    bool compounds;
    bool nested;
    int rank;                           // lower wins when one variant belongs to two labels
    std::vector<std::string> expected;  // case-sensitive labels: the tokens as they must appear
  };
  struct Candidate {
    const Entry* entry = nullptr;
    std::size_t first = 0;  // token range [first, last]
    std::size_t last = 0;
  };

  void add_variant(const std::vector<std::string>& tokens, Entry entry);
  int token_id(const std::string& key) const;
  // The longest acceptable trie match starting at token `first`, or none.
  Candidate longest_at(std::string_view text, const std::vector<ConceptToken>& tokens,
                       std::size_t first, std::size_t limit, bool nested_only,
                       const std::vector<bool>* allowed) const;
  bool accepts(const Entry& e, std::string_view text, const std::vector<ConceptToken>& tokens,
               std::size_t first, std::size_t last) const;
  // A single word as a label variant, with the entry that matched it.
  const Entry* single_word(const std::string& key, const std::vector<bool>* allowed) const;
  // A closed compound whose head is a label variant: the entry, and where the head starts.
  std::pair<const Entry*, std::size_t> compound_head(const std::string& key,
                                                     const std::vector<bool>* allowed) const;
  bool real_modifier(std::string_view modifier) const;

  WordTest is_word_;
  std::vector<Entry> entries_;
  std::unordered_map<std::string, int> token_ids_;
  struct Node {
    std::vector<std::uint32_t> entries;  // variants that end here, best first
  };
  std::vector<Node> nodes_;
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;  // (node << 32 | token) → node
  std::unordered_map<std::string, std::vector<std::uint32_t>> single_words_;
  std::vector<std::vector<std::size_t>> variants_per_label_;
  bool any_nested_ = false;
};

}  // namespace ingest
