// ingest/citation_tokens.cpp — passage text → tokens for the citation scanner.
#include "ingest/citation_tokens.hpp"

#include "ingest/text_shape.hpp"

namespace ingest {

namespace {

struct CodePoint {
  char32_t c = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

std::vector<CodePoint> code_points(std::string_view text) {
  std::vector<CodePoint> out;
  for (std::size_t i = 0; i < text.size();) {
    CodePoint cp;
    cp.begin = i;
    cp.c = next_code_point(text, i);
    cp.end = i;
    out.push_back(cp);
  }
  return out;
}

bool is_white(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         c == 0x2007 || c == 0x202F || (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF;
}

bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2018;
}

bool is_hyphen(char32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011;
}

// Letters of any script count as word characters; marks and symbols of the general
// punctuation and symbol blocks do not.
bool is_word_char(char32_t c) {
  if (is_digit(c) || letter_case(c) != Case::kNone) return true;
  if (c < 0x80) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows, bullets
  if (c >= 0xA0 && c <= 0xBF) return false;      // Latin-1 signs: ±, §, «, », ...
  return c != 0xD7 && c != 0xF7;
}

bool is_letter(char32_t c) {
  return is_word_char(c) && !is_digit(c);
}

}  // namespace

std::vector<CitationToken> tokenize_for_citations(std::string_view text) {
  const std::vector<CodePoint> cps = code_points(text);
  std::vector<CitationToken> tokens;
  const std::size_t n = cps.size();
  auto at = [&](std::size_t k) -> char32_t { return k < n ? cps[k].c : 0; };

  std::size_t i = 0;
  while (i < n) {
    const char32_t c = cps[i].c;
    if (is_white(c)) {
      ++i;
      continue;
    }
    const bool starts_word =
        is_word_char(c) || (is_apostrophe(c) && (at(i + 1) == 't' || at(i + 1) == 'T') &&
                            !is_word_char(at(i + 2)) && i > 0 && is_white(at(i - 1)));
    if (!starts_word) {
      tokens.push_back({cps[i].begin, cps[i].end,
                        std::string(text.substr(cps[i].begin, cps[i].end - cps[i].begin)), false});
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < n) {
      const char32_t d = cps[j].c;
      const char32_t prev = cps[j - 1].c;
      const char32_t next = at(j + 1);
      if (is_word_char(d)) {
        ++j;
      } else if ((is_hyphen(d) || is_apostrophe(d)) && is_word_char(prev) && is_word_char(next)) {
        j += 2;
      } else if (d == '.' && is_word_char(prev) && is_word_char(next)) {
        j += 2;
      } else if (d == '/' && is_digit(prev) && is_digit(next)) {
        j += 2;
      } else if (d == '(' && is_letter(prev) && is_letter(next)) {
        // "Wij(k)kracht": a bracketed letter group inside a word, closed and followed by a
        // letter. A word and a bracket with a space between them are two tokens.
        std::size_t k = j + 1;
        while (k < n && is_letter(cps[k].c))
          ++k;
        if (k < n && cps[k].c == ')' && is_letter(at(k + 1))) {
          j = k + 1;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    tokens.push_back({cps[i].begin, cps[j - 1].end,
                      std::string(text.substr(cps[i].begin, cps[j - 1].end - cps[i].begin)), true});
    i = j;
  }
  return tokens;
}

bool starts_upper(const CitationToken& t) {
  if (!t.word) return false;
  std::size_t i = 0;
  return is_upper(next_code_point(t.text, i));
}

bool starts_lower(const CitationToken& t) {
  if (!t.word) return false;
  std::size_t i = 0;
  return is_lower(next_code_point(t.text, i));
}

bool all_capitals(const CitationToken& t) {
  if (!t.word) return false;
  int letters = 0;
  for (std::size_t i = 0; i < t.text.size();) {
    const char32_t c = next_code_point(t.text, i);
    if (is_lower(c)) return false;
    if (is_upper(c)) ++letters;
  }
  return letters >= 2;
}

bool inner_capital(const CitationToken& t) {
  if (!t.word || all_capitals(t)) return false;
  std::size_t i = 0;
  const char32_t first = next_code_point(t.text, i);
  std::size_t k = i;
  if (first == 'I' && k < t.text.size() && t.text[k] == 'J') next_code_point(t.text, i);  // IJ
  bool after_letter = true;
  while (i < t.text.size()) {
    const char32_t c = next_code_point(t.text, i);
    if (is_upper(c) && after_letter) return true;
    after_letter = letter_case(c) != Case::kNone;
  }
  return false;
}

std::string lower_word(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size();)
    append_utf8(out, to_lower(next_code_point(word, i)));
  return out;
}

std::string_view without_possessive(std::string_view word) {
  for (std::string_view ending : {"’s", "'s", "‘s"}) {
    if (word.size() > ending.size() + 1 && word.substr(word.size() - ending.size()) == ending) {
      return word.substr(0, word.size() - ending.size());
    }
  }
  return word;
}

}  // namespace ingest
