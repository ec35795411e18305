// ingest/normaliser.cpp — character-level clean-up of a line, word by word.
#include "ingest/normaliser.hpp"

#include <array>
#include <vector>

namespace ingest {

namespace {

struct Replacement {
  std::string_view from;
  std::string_view to;
};

// Characters rewritten wherever they occur. An empty `to` removes the character.
constexpr std::array<Replacement, 13> kReplacements = {{
    {"\xC4\xB3", "ij"},       // ĳ
    {"\xC4\xB2", "IJ"},       // Ĳ
    {"\xEF\xAC\x81", "fi"},   // ﬁ
    {"\xEF\xAC\x82", "fl"},   // ﬂ
    {"\xEF\xAC\x80", "ff"},   // ﬀ
    {"\xEF\xAC\x83", "ffi"},  // ﬃ
    {"\xEF\xAC\x84", "ffl"},  // ﬄ
    {"\xC2\xAD", ""},         // soft hyphen
    {"\xE2\x80\x8B", ""},     // zero width space
    {"\xE2\x80\x8C", ""},     // zero width non-joiner
    {"\xE2\x80\x8D", ""},     // zero width joiner
    {"\xE2\x81\xA0", ""},     // word joiner
    {"\xEF\xBB\xBF", ""},     // BOM / zero width no-break space inside a line
}};

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// Length of the white space character at `s` (ASCII, no-break and the Unicode spaces), or 0.
std::size_t space_length(std::string_view s) {
  if (s.empty()) return 0;
  const char c = s[0];
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n') return 1;
  if (s.substr(0, 2) == "\xC2\xA0") return 2;  // no-break space
  if (s.size() >= 3 && s[0] == '\xE2') {
    const auto b1 = static_cast<unsigned char>(s[1]);
    const auto b2 = static_cast<unsigned char>(s[2]);
    if (b1 == 0x80 && b2 >= 0x80 && b2 <= 0x8A) return 3;  // U+2000..U+200A
    if (b1 == 0x80 && b2 == 0xAF) return 3;                // U+202F narrow no-break
    if (b1 == 0x81 && b2 == 0x9F) return 3;                // U+205F
  }
  if (s.substr(0, 3) == "\xE3\x80\x80") return 3;  // U+3000
  return 0;
}

struct Word {
  std::size_t begin;
  std::size_t end;
};

std::vector<Word> split_words(std::string_view line) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < line.size()) {
    if (const std::size_t n = space_length(line.substr(i)); n > 0) {
      i += n;
      continue;
    }
    const std::size_t begin = i;
    while (i < line.size() && space_length(line.substr(i)) == 0)
      ++i;
    words.push_back({begin, i});
  }
  return words;
}

bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}

// "L" + "ive" → "Live": a lone capital that is not a word of its own in Dutch or English,
// followed by a lower-case fragment, where the corpus knows the joined word better than the
// fragment. A, I, O and U are words (U is the polite "you"), so they are never joined.
bool is_drop_cap(std::string_view letter, std::string_view rest, const WordLexicon& lexicon) {
  if (letter.size() != 1 || !is_ascii_upper(letter[0])) return false;
  const char c = letter[0];
  if (c == 'A' || c == 'I' || c == 'O' || c == 'U') return false;
  if (rest.empty() || !is_ascii_lower(rest[0])) return false;
  std::string fragment;
  for (char r : rest) {
    if (!is_ascii_lower(r) && static_cast<unsigned char>(r) < 0x80) break;
    fragment += r;
  }
  const std::string joined = std::string(letter) + fragment;
  // The lexicon holds the broken line too, so the fragment is seen at least once there:
  // the joined word must simply be the better attested of the two.
  return lexicon.count(joined) > lexicon.count(fragment);
}

// Appends one word, applying the character replacements.
void append_word(MappedText& out, std::string_view line, Word word, int line_number,
                 NormaliseStats& stats) {
  std::size_t copied = word.begin;
  std::size_t i = word.begin;
  while (i < word.end) {
    if (line[i] != '\xC2' && line[i] != '\xC4' && line[i] != '\xE2' && line[i] != '\xEF') {
      ++i;
      continue;
    }
    const std::string_view here = line.substr(i, word.end - i);
    if (here.substr(0, 3) == kReplacementCharacter) ++stats.replacement_characters;
    const Replacement* found = nullptr;
    for (const Replacement& r : kReplacements) {
      if (here.substr(0, r.from.size()) == r.from) {
        found = &r;
        break;
      }
    }
    if (found == nullptr) {
      ++i;
      continue;
    }
    out.append_verbatim(line.substr(copied, i - copied), line_number, static_cast<int>(copied));
    out.append_replacement(found->to, line_number, static_cast<int>(i));
    i += found->from.size();
    copied = i;
  }
  out.append_verbatim(line.substr(copied, word.end - copied), line_number,
                      static_cast<int>(copied));
}

}  // namespace

void append_normalised_line(MappedText& out, std::string_view line, int line_number,
                            const WordLexicon* lexicon, NormaliseStats& stats) {
  const std::vector<Word> words = split_words(line);
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (k > 0) {
      const std::string_view previous =
          line.substr(words[k - 1].begin, words[k - 1].end - words[k - 1].begin);
      const std::string_view current = line.substr(words[k].begin, words[k].end - words[k].begin);
      if (lexicon != nullptr && is_drop_cap(previous, current, *lexicon)) {
        ++stats.drop_caps_repaired;
      } else if (words[k].begin == words[k - 1].end + 1 && line[words[k - 1].end] == ' ') {
        // A single space is copied, not replaced: the map then needs no anchor for it nor
        // for the word after it (most passages become one anchor per line, not per word).
        out.append_verbatim(" ", line_number, static_cast<int>(words[k - 1].end));
      } else {
        out.append_replacement(" ", line_number, static_cast<int>(words[k - 1].end));
      }
    }
    append_word(out, line, words[k], line_number, stats);
  }
}

std::string fold_quotes(std::string_view text) {
  static constexpr std::array<Replacement, 10> kQuotes = {{
      {"\xE2\x80\x98", "'"},   // ‘
      {"\xE2\x80\x99", "'"},   // ’
      {"\xE2\x80\x9A", "'"},   // ‚
      {"\xE2\x80\x9B", "'"},   // ‛
      {"\xE2\x80\xB2", "'"},   // ′
      {"\xE2\x80\x9C", "\""},  // “
      {"\xE2\x80\x9D", "\""},  // ”
      {"\xE2\x80\x9E", "\""},  // „
      {"\xE2\x80\x9F", "\""},  // ‟
      {"\xE2\x80\xB3", "\""},  // ″
  }};
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    bool replaced = false;
    if (text[i] == '\xE2') {
      for (const Replacement& q : kQuotes) {
        if (text.substr(i, q.from.size()) == q.from) {
          out += q.to;
          i += q.from.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

}  // namespace ingest
