// ingest/concept_tokens.cpp — tokens and folded keys for concept matching.
#include "ingest/concept_tokens.hpp"

#include <cstdint>

#include "store/utf8.hpp"

namespace ingest {

namespace {

struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;  // bytes; 0 at the end or on invalid UTF-8 (then one byte is skipped)
};

CodePoint decode(std::string_view text, std::size_t at) {
  const std::size_t length = store::utf8_sequence_length(text.substr(at));
  if (length == 0) return {};
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
  char32_t value = 0;
  switch (length) {
    case 1:
      value = byte(0);
      break;
    case 2:
      value = ((byte(0) & 0x1Fu) << 6) | (byte(1) & 0x3Fu);
      break;
    case 3:
      value = ((byte(0) & 0x0Fu) << 12) | ((byte(1) & 0x3Fu) << 6) | (byte(2) & 0x3Fu);
      break;
    default:
      value = ((byte(0) & 0x07u) << 18) | ((byte(1) & 0x3Fu) << 12) | ((byte(2) & 0x3Fu) << 6) |
              (byte(3) & 0x3Fu);
  }
  return {value, length};
}

// The folded spelling of a Latin letter with a diacritic (U+00C0–U+017F), or null.
const char* fold_latin(char32_t c) {
  static const char* const kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};
  if (c >= 0xC0 && c <= 0xFF) return kLatin1[c - 0xC0][0] != '\0' ? kLatin1[c - 0xC0] : nullptr;
  struct Range {
    char32_t first, last;
    const char* folded;
  };
  static const Range kExtendedA[] = {
      {0x100, 0x105, "a"}, {0x106, 0x10D, "c"},  {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
      {0x11C, 0x123, "g"}, {0x124, 0x127, "h"},  {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
      {0x134, 0x135, "j"}, {0x136, 0x138, "k"},  {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
      {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
      {0x162, 0x167, "t"}, {0x168, 0x173, "u"},  {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
      {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"}};
  for (const Range& r : kExtendedA) {
    if (c >= r.first && c <= r.last) return r.folded;
  }
  return nullptr;
}

bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x00B4 || c == '`';
}

bool is_hyphen(char32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011;
}

bool is_word_character(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return fold_latin(c) != nullptr || (c >= 0x180 && c <= 0x24F) || (c >= 0x391 && c <= 0x3C9);
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == 0xA0;
}

// Marks that end a phrase: a label never runs over them ("leren. Leren"). A slash or an
// ampersand does not ("70/20/10-leerstrategie", "L&D").
bool is_phrase_break(char32_t c) {
  switch (c) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '(':
    case ')':
    case '[':
    case ']':
    case '"':
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2013:
    case 0x2014:
    case 0x2026:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string fold_for_matching(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const CodePoint cp = decode(text, i);
    if (cp.length == 0) {
      out.push_back(text[i++]);
      continue;
    }
    if (cp.value < 0x80) {
      const char c = static_cast<char>(cp.value);
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    } else if (const char* folded = fold_latin(cp.value)) {
      out += folded;
    } else if (is_apostrophe(cp.value)) {
      out.push_back('\'');
    } else {
      out.append(text.substr(i, cp.length));
    }
    i += cp.length;
  }
  return out;
}

std::string fold_apostrophes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const CodePoint cp = decode(text, i);
    if (cp.length == 0) {
      out.push_back(text[i++]);
      continue;
    }
    if (is_apostrophe(cp.value)) {
      out.push_back('\'');
    } else {
      out.append(text.substr(i, cp.length));
    }
    i += cp.length;
  }
  return out;
}

std::vector<ConceptToken> tokenize_for_concepts(std::string_view text) {
  std::vector<ConceptToken> tokens;
  std::size_t i = 0;
  // What lay between the previous token and this one: exactly one hyphen (a join), or white
  // space followed by a hyphen (an elliptic tail).
  bool hyphen_only = false;
  bool space_then_hyphen = false;
  bool seen_space = false;
  bool seen_other = false;
  bool seen_break = false;
  bool comma_after_hyphen = false;  // "wijk-, buurt- en stadsteams"
  int hyphens = 0;
  while (i < text.size()) {
    const CodePoint cp = decode(text, i);
    if (cp.length == 0) {
      ++i;
      seen_other = true;
      continue;
    }
    if (!is_word_character(cp.value)) {
      if (is_hyphen(cp.value)) {
        ++hyphens;
        if (seen_space && !seen_other) space_then_hyphen = true;
      } else if (is_space(cp.value)) {
        // "verwervings- en": the previous token ends with a hyphen and white space follows
        // (perhaps after a comma: "wijk-, buurt- en stadsteams").
        if (hyphens == 1 && !seen_space && (!seen_other || comma_after_hyphen) && !tokens.empty()) {
          tokens.back().dangling_hyphen = true;
        }
        seen_space = true;
      } else {
        comma_after_hyphen = cp.value == ',' && hyphens == 1 && !seen_space && !seen_other;
        seen_other = true;
        seen_break = seen_break || is_phrase_break(cp.value);
      }
      i += cp.length;
      continue;
    }
    hyphen_only = hyphens == 1 && !seen_space && !seen_other;
    ConceptToken token;
    token.begin = i;
    token.joined_before = hyphen_only && !tokens.empty();
    token.leading_hyphen = space_then_hyphen && hyphens == 1 && !seen_other;
    token.punctuation_before = seen_break;
    // The token runs over word characters and over apostrophes that have a word character
    // on both sides.
    std::size_t j = i;
    while (j < text.size()) {
      const CodePoint c = decode(text, j);
      if (c.length == 0) break;
      if (is_word_character(c.value)) {
        j += c.length;
        continue;
      }
      if (is_apostrophe(c.value) && j + c.length < text.size()) {
        const CodePoint next = decode(text, j + c.length);
        if (next.length > 0 && is_word_character(next.value)) {
          j += c.length;
          continue;
        }
      }
      break;
    }
    token.end = j;
    token.key = fold_for_matching(text.substr(i, j - i));
    tokens.push_back(std::move(token));
    i = j;
    hyphens = 0;
    seen_space = seen_other = seen_break = space_then_hyphen = comma_after_hyphen = false;
  }
  return tokens;
}

bool looks_like_abbreviation(std::string_view text) {
  int capitals = 0;
  for (char c : text) {
    if (c == ' ' || c == '\t') return false;
    if (c >= 'A' && c <= 'Z') ++capitals;
  }
  return capitals >= 2;
}

std::size_t letter_count(std::string_view key) {
  std::size_t n = 0;
  for (char c : key) {
    if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u) ++n;
  }
  return n;
}

}  // namespace ingest
