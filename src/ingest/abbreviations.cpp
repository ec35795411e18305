// ingest/abbreviations.cpp — the Schwartz–Hearst search for an abbreviation's expansion.
#include "ingest/abbreviations.hpp"

#include <cctype>

#include "ingest/concept_tokens.hpp"

namespace ingest {

namespace {

bool is_ascii_alnum(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// The short form inside brackets: one word with two or more capitals, 2–10 characters,
// perhaps with a plural ending ("PLG’s", "PLGs" stays as written minus the ending).
std::string short_form_of(std::string_view inside) {
  std::string folded = fold_apostrophes(inside);
  while (!folded.empty() && folded.back() == ' ')
    folded.pop_back();
  while (!folded.empty() && folded.front() == ' ')
    folded.erase(0, 1);
  if (folded.size() > 2 && folded.substr(folded.size() - 2) == "'s")
    folded.resize(folded.size() - 2);
  if (folded.size() < 2 || folded.size() > 10 || !looks_like_abbreviation(folded)) return "";
  for (char c : folded) {
    if (!is_ascii_alnum(c) && c != '-' && c != '&') return "";
  }
  return folded;
}

// Where the expansion of `short_form` starts in `before`, or npos: the short form's letters
// are found from the back, the first one at the start of a word.
std::size_t expansion_start(std::string_view short_form, std::string_view before) {
  std::string letters;
  for (char c : short_form) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      letters.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  if (letters.size() < 2) return std::string_view::npos;
  std::size_t at = before.size();
  for (std::size_t k = letters.size(); k-- > 0;) {
    while (true) {
      if (at == 0) return std::string_view::npos;
      --at;
      const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(before[at])));
      const bool word_start = at == 0 || !is_ascii_alnum(before[at - 1]);
      if (c == letters[k] && (k > 0 || word_start)) break;
    }
  }
  return at;
}

// The words just before `end` that may hold an expansion: at most `words` words, not past a
// bracket or the end of a clause.
std::size_t window_start(std::string_view text, std::size_t end, std::size_t words) {
  std::size_t at = end;
  std::size_t seen = 0;
  bool in_word = false;
  while (at > 0) {
    const char c = text[at - 1];
    if (c == '(' || c == ')' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?') break;
    const bool space = c == ' ';
    if (!space && !in_word) {
      if (seen == words) break;
      ++seen;
    }
    in_word = !space;
    --at;
  }
  return at;
}

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ','))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ','))
    s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

std::vector<DefinedAbbreviation> find_defined_abbreviations(std::string_view text) {
  std::vector<DefinedAbbreviation> out;
  std::size_t open = text.find('(');
  while (open != std::string_view::npos) {
    const std::size_t close = text.find(')', open + 1);
    if (close == std::string_view::npos) break;
    const std::string_view inside = text.substr(open + 1, close - open - 1);
    const std::string short_form = short_form_of(inside);
    if (!short_form.empty()) {
      // "long form (SHORT)"
      std::size_t end = open;
      while (end > 0 && text[end - 1] == ' ')
        --end;
      const std::size_t from = window_start(
          text, end, std::min<std::size_t>(short_form.size() + 5, short_form.size() * 2));
      const std::string_view before = text.substr(from, end - from);
      const std::size_t start = expansion_start(short_form, before);
      if (start != std::string_view::npos) {
        const std::string expansion = trimmed(before.substr(start));
        if (expansion.find(' ') != std::string::npos || expansion.size() > short_form.size() + 3) {
          out.push_back({short_form, expansion, from + start, close + 1});
        }
      }
    } else if (inside.find(' ') != std::string_view::npos && open > 0) {
      // "SHORT (long form)"
      std::size_t end = open;
      while (end > 0 && text[end - 1] == ' ')
        --end;
      std::size_t begin = end;
      while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '(')
        --begin;
      const std::string before_short = short_form_of(text.substr(begin, end - begin));
      if (!before_short.empty() && expansion_start(before_short, inside) == 0) {
        out.push_back({before_short, trimmed(inside), begin, close + 1});
      }
    }
    open = text.find('(', close);
  }
  return out;
}

}  // namespace ingest
