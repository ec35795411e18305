// ingest/normaliser.hpp — one source line into normalised text, keeping the offset map.
//
// What changes: white space runs (spaces, TABs, no-break and other Unicode spaces) become
// one space and are trimmed at both ends; "ĳ"/"Ĳ" become "ij"/"IJ"; the ligatures "ﬁ",
// "ﬂ", "ﬀ", "ﬃ", "ﬄ" are spelled out; soft hyphens and zero-width characters are removed;
// a letter-spaced drop cap ("L ive" → "Live") is closed up when the corpus attests the
// joined word more often than the fragment. What is kept: quotes (fold_quotes gives the folded form
// for matching), U+FFFD (counted, so that damaged passages can be flagged), everything else.
#pragma once

#include <string>
#include <string_view>

#include "ingest/hyphenation.hpp"
#include "ingest/mapped_text.hpp"

namespace ingest {

struct NormaliseStats {
  int replacement_characters = 0;  // U+FFFD seen
  int drop_caps_repaired = 0;
};

// Appends the normalised form of `line` (line number `line_number`) to `out`. `lexicon`
// may be null, which disables the drop-cap repair.
void append_normalised_line(MappedText& out, std::string_view line, int line_number,
                            const WordLexicon* lexicon, NormaliseStats& stats);

// Curly and other typographic quotes folded to ' and ", for matching (never for storage).
std::string fold_quotes(std::string_view text);

}  // namespace ingest
