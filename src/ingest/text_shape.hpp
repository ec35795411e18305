// ingest/text_shape.hpp — character and word helpers shared by the layout stages: UTF-8 code
// points, Latin letter case, white space folding, ASCII lower case and digits, word counts.
//
// The stages that read a line's shape (line roles, boundaries, blocks, hyphenation, sentences)
// use these where they read characters the same way. A stage that needs a rule of its own (its
// own set of white space, another reading of broken UTF-8) keeps that rule beside its code.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ingest {

// ---------------------------------------------------------------- code points

// The code point at s[i], advancing i past it. The lead byte alone says how long the sequence
// is (continuation bytes are not checked); a lone continuation byte, or a sequence cut short
// by the end of `s`, yields its first byte and advances i by one. For text that is compared,
// never stored.
char32_t next_code_point(std::string_view s, std::size_t& i);

// The code points of `s`, read with `next`: next_code_point, or a stage's own reader where it
// reads broken UTF-8 another way.
std::u32string decode(std::string_view s,
                      char32_t (*next)(std::string_view, std::size_t&) = next_code_point);

// Appends `c` to `out` as UTF-8 (one to four bytes).
void append_utf8(std::string& out, char32_t c);

// ---------------------------------------------------------------- letters

// Upper or lower case of a letter; kNone for everything else.
enum class Case { kNone, kUpper, kLower };

// The case of a Latin letter as Dutch text uses them (ASCII, Latin-1, Latin Extended-A: é, ë,
// ĳ, ...); kNone for every other character, letters of other scripts included.
Case letter_case(char32_t c);

// True when letter_case(c) is kUpper.
bool is_upper(char32_t c);

// True when letter_case(c) is kLower.
bool is_lower(char32_t c);

// The lower-case letter of an upper-case one (is_upper); every other character unchanged.
char32_t to_lower(char32_t c);

// True for the ASCII digits '0' to '9'.
bool is_digit(char32_t c);

// The case of the first code point of `text` that is neither ' ' nor a mark `skip` accepts
// (an opening quote or bracket); kNone when that is no letter, or when there is none.
Case first_letter_case(std::string_view text, bool (*skip)(char32_t));

// ---------------------------------------------------------------- words

// The white space fold_white_space folds.
enum class FoldedSpace {
  kBasic,          // ' ', TAB, CR, FF and U+00A0 (no-break space)
  kBasicVtAndBom,  // the same, and VT and U+FEFF (a byte order mark)
};

// `line` with every run of white space (as `spaces` says) turned into one ' ', and none at
// either end: words separated by TABs or no-break spaces compare as ordinary text.
std::string fold_white_space(std::string_view line, FoldedSpace spaces);

// The number of words in folded text: one more than its spaces, and 0 for "".
int word_count(std::string_view text);

// `s` with the ASCII capitals A-Z in lower case; every other byte unchanged.
std::string ascii_lower(std::string_view s);

// True when `s` is not empty and has only the ASCII digits '0' to '9'.
bool all_ascii_digits(std::string_view s);

}  // namespace ingest
