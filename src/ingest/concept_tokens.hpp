// ingest/concept_tokens.hpp — the token stream that concept labels are matched on.
//
// A token is a run of letters and digits; an apostrophe between two of them belongs to the
// token ("PLG’s", "foto's"). A hyphen between two tokens joins them ("co-creatie",
// "HRD-thema"), and the token stream records it, because a label that ends at a joined
// hyphen is only the first member of a compound. A hyphen followed by a space ("verwervings-
// en") or preceded by one ("en -resultaten") marks an elliptic compound. Every token keeps
// its byte range in the text and a folded key: lower case, no diacritics, one apostrophe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ingest {

struct ConceptToken {
  std::size_t begin = 0;  // byte range in the text
  std::size_t end = 0;
  std::string key;                  // folded: "plg's", "cliente" (for "cliënte")
  bool joined_before = false;       // "co-|creatie": a hyphen joins this token to the previous one
  bool dangling_hyphen = false;     // "verwervings- en": ends with a hyphen before white space
  bool leading_hyphen = false;      // "en -resultaten": starts with a hyphen after white space
  bool punctuation_before = false;  // "leren. Leren": a full stop, comma, bracket, quote or dash
                                    // since the previous token
};

// Lower case without diacritics, typographic apostrophes as "'"; characters that are not
// letters are kept as they are.
std::string fold_for_matching(std::string_view text);

// Only the apostrophes folded: the key of a case-sensitive label ("PLG’s" → "PLG's").
std::string fold_apostrophes(std::string_view text);

std::vector<ConceptToken> tokenize_for_concepts(std::string_view text);

// True when `text` has two or more capital letters and no white space (PLG, HRD, OECD):
// such labels are abbreviations and match case-sensitively.
bool looks_like_abbreviation(std::string_view text);

// The number of letters (not bytes) in a folded key.
std::size_t letter_count(std::string_view key);

}  // namespace ingest
