// ingest/citation_scanner.cpp — brackets and years → citations.
//
// Every bracket pair is read on its own, its nested brackets left out. A bracket that opens
// with a year is the year part of a narrative citation, whose authors stand just before it;
// any other bracket is read year by year: the words between one year and the one before are
// that work's authors (the longest tail of them that reads as an author list, so that "zie
// o.a.", "volgens" or a description before a ";" fall away), and no words at all mean the
// author of the work before ("1996a, 1996b").
#include "ingest/citation_scanner.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "ingest/sentences.hpp"
#include "ingest/text_shape.hpp"

namespace ingest {

const char* citation_kind_name(CitationKind kind) {
  switch (kind) {
    case CitationKind::kParenthetical:
      return "parenthetical";
    case CitationKind::kNarrative:
      return "narrative";
    case CitationKind::kLegal:
      return "legal";
  }
  return "parenthetical";
}

namespace {

using Tokens = std::vector<CitationToken>;

bool is_mark(const CitationToken& t, std::string_view mark) {
  return !t.word && t.text == mark;
}

bool word_is(const CitationToken& t, std::initializer_list<std::string_view> forms) {
  if (!t.word) return false;
  const std::string w = lower_word(t.text);
  return std::any_of(forms.begin(), forms.end(), [&](std::string_view f) { return w == f; });
}

bool digits_only(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "2011", "1996a": a publication year from 1500 to 2099, with at most one letter after it.
bool plain_year(std::string_view s) {
  if (s.size() == 5 && s[4] >= 'a' && s[4] <= 'z') s.remove_suffix(1);
  if (s.size() != 4 || !digits_only(s)) return false;
  const int y = std::stoi(std::string(s));
  return y >= 1500 && y <= 2099;
}

// A year word: "2011", "1996a", or the editions "1995/2003".
bool year_word(const CitationToken& t) {
  if (!t.word) return false;
  const std::size_t slash = t.text.find('/');
  if (slash == std::string::npos) return plain_year(t.text);
  return plain_year(std::string_view(t.text).substr(0, slash)) &&
         plain_year(std::string_view(t.text).substr(slash + 1));
}

// The number of tokens from k that make a year ("2011", "± 1955", "z.j.", "n.d.", "in druk").
std::size_t year_length(const Tokens& seq, std::size_t k, std::size_t end) {
  if (k >= end) return 0;
  if (year_word(seq[k])) return 1;
  if (is_mark(seq[k], "±") && k + 1 < end && year_word(seq[k + 1])) return 2;
  if (word_is(seq[k], {"z.j", "n.d", "z.d", "s.d", "o.j"})) {
    return k + 1 < end && is_mark(seq[k + 1], ".") ? 2 : 1;
  }
  if (word_is(seq[k], {"in"}) && k + 1 < end && word_is(seq[k + 1], {"druk", "press"})) return 2;
  return 0;
}

// A page number or range as one word: "21", "21-22", "4-5", "110".
bool page_number(const CitationToken& t) {
  if (!t.word || year_word(t)) return false;
  const std::size_t dash = t.text.find('-');
  if (dash == std::string::npos) return digits_only(t.text) && t.text.size() <= 4;
  return digits_only(std::string_view(t.text).substr(0, dash)) &&
         digits_only(std::string_view(t.text).substr(dash + 1));
}

// "p21", "pp12-14", "blz8": a page keyword glued to its number.
bool glued_page(const CitationToken& t) {
  if (!t.word) return false;
  const std::string w = lower_word(t.text);
  for (std::string_view key : {"pp", "blz", "p"}) {
    if (w.size() > key.size() && w.compare(0, key.size(), key) == 0) {
      CitationToken rest = t;
      rest.text = w.substr(key.size());
      if (rest.text.front() == '.') rest.text.erase(0, 1);  // "p.41"
      return page_number(rest);
    }
  }
  return false;
}

// The tokens [k, result) of a page locator at k, or k when there is none: "p. 21-22",
// "pp. 3–5", "blz. 8", "p21", "zp", "99", "20 en 47".
std::size_t locator_end(const Tokens& seq, std::size_t k, std::size_t end) {
  if (k >= end) return k;
  std::size_t last = k;
  if (word_is(seq[k], {"p", "pp", "blz", "bl", "pag", "pagina", "page", "pages", "s", "par"})) {
    std::size_t m = k + 1;
    if (m < end && is_mark(seq[m], ".")) ++m;
    if (m >= end || !page_number(seq[m])) return k;
    last = m;
  } else if (glued_page(seq[k]) || page_number(seq[k])) {
    last = k;
  } else if (word_is(seq[k], {"zp", "z.p"})) {
    return k + 1 < end && is_mark(seq[k + 1], ".") ? k + 2 : k + 1;
  } else {
    return k;
  }
  // "21–22" (an en dash is a mark of its own), "20 en 47", "4, 9"
  while (last + 2 < end) {
    const CitationToken& joiner = seq[last + 1];
    const bool joins = is_mark(joiner, "–") || is_mark(joiner, "-") || word_is(joiner, {"en"});
    if (!joins || !page_number(seq[last + 2])) break;
    last += 2;
  }
  return last + 1;
}

bool is_month(const CitationToken& t) {
  return word_is(t,
                 {"januari",  "februari",  "maart",   "april",    "mei",      "juni",    "juli",
                  "augustus", "september", "oktober", "november", "december", "january", "february",
                  "march",    "may",       "june",    "july",     "august",   "october", "jan",
                  "feb",      "mrt",       "apr",     "jun",      "jul",      "aug",     "sep",
                  "sept",     "okt",       "oct",     "nov",      "dec"});
}

// Words that introduce a citation inside its brackets ("zie o.a.", "e.g.", "ontleend aan").
bool is_prefix_token(const CitationToken& t) {
  if (!t.word) return is_mark(t, ".") || is_mark(t, ":");
  return word_is(
      t, {"zie",       "ook",    "see",          "also",      "e.g",      "i.e",    "bijv",
          "bv",        "b.v",    "bijvoorbeeld", "o.a",       "onder",    "andere", "meer",
          "vergelijk", "vgl",    "cf",           "gebaseerd", "ontleend", "naar",   "waaronder",
          "volgens",   "bron",   "bronnen",      "source",    "sources",  "zoals",  "met",
          "name",      "vooral", "bijvoorbeeld"});
}

// Nouns that name a work: what follows them is its title ("het boek Job (2013)").
bool is_work_noun(const CitationToken& t) {
  return word_is(
      t, {"boek", "boeken", "roman", "bundel", "film", "album", "artikel", "rapport", "titel",
          "essay", "gedicht", "lied", "book", "novel", "song", "paper", "report"});
}

bool is_separator(const CitationToken& t) {
  return is_mark(t, ";") || is_mark(t, ",") || is_mark(t, "&") || word_is(t, {"en", "and"});
}

struct BracketPair {
  std::size_t open = 0;
  std::size_t close = 0;
};

class Scanner {
 public:
  Scanner(std::string_view text, const CommonWordTest& is_common)
      : text_(text), tokens_(tokenize_for_citations(text)), is_common_(is_common) {}

  std::vector<FoundCitation> run() {
    match_brackets();
    for (const BracketPair& pair : pairs_) {
      const Tokens seq = own_content(pair.open + 1, pair.close);
      read_bracket(seq, &pair);
    }
    read_source_lines();
    std::stable_sort(
        found_.begin(), found_.end(),
        [](const FoundCitation& a, const FoundCitation& b) { return a.begin < b.begin; });
    attach_page_brackets();
    return std::move(found_);
  }

 private:
  void match_brackets() {
    std::vector<std::size_t> open;
    inside_.assign(tokens_.size(), false);
    for (std::size_t k = 0; k < tokens_.size(); ++k) {
      const CitationToken& t = tokens_[k];
      if (is_mark(t, "(") || is_mark(t, "[")) {
        open.push_back(k);
      } else if ((is_mark(t, ")") || is_mark(t, "]")) && !open.empty()) {
        const std::size_t o = open.back();
        const bool same = (t.text == ")") == (tokens_[o].text == "(");
        if (!same) continue;
        open.pop_back();
        pairs_.push_back({o, k});
        closing_[o] = k;
        for (std::size_t j = o; j <= k; ++j)
          inside_[j] = true;
      }
    }
    std::sort(pairs_.begin(), pairs_.end(),
              [](const BracketPair& a, const BracketPair& b) { return a.open < b.open; });
  }

  // Tokens [from, to) without the content of nested bracket pairs.
  Tokens own_content(std::size_t from, std::size_t to) const {
    Tokens seq;
    for (std::size_t k = from; k < to; ++k) {
      const auto nested = closing_.find(k);
      if (nested != closing_.end()) {
        k = nested->second;
        continue;
      }
      seq.push_back(tokens_[k]);
    }
    return seq;
  }

  std::string slice(std::size_t begin, std::size_t end) const {
    return std::string(text_.substr(begin, end - begin));
  }

  void read_bracket(const Tokens& seq, const BracketPair* pair) {
    if (seq.empty()) return;
    std::size_t first = 0;
    while (first < seq.size() && seq[first].word && starts_lower(seq[first]) &&
           year_length(seq, first, seq.size()) == 0 && is_prefix_token(seq[first])) {
      ++first;
      while (first < seq.size() && is_mark(seq[first], "."))
        ++first;
    }
    if (pair != nullptr && year_length(seq, first, seq.size()) > 0) {
      read_narrative(seq, first, *pair);
      return;
    }
    if (pair != nullptr && locator_end(seq, 0, seq.size()) == seq.size()) {
      page_brackets_.push_back(
          {tokens_[pair->open].begin, slice(seq.front().begin, seq.back().end)});
      return;
    }
    if (pair != nullptr && read_legal(seq, *pair)) return;
    read_parenthetical(seq, pair);
  }

  // ---------------------------------------------------------------- parenthetical

  void read_parenthetical(const Tokens& seq, const BracketPair* pair) {
    const std::size_t n = seq.size();
    const std::size_t first_found = found_.size();
    std::optional<FoundCitation> last;  // the work whose author a bare year inherits
    std::size_t pos = 0;
    while (pos < n) {
      std::size_t y = pos;
      while (y < n && year_length(seq, y, n) == 0)
        ++y;
      if (y >= n) break;
      const std::size_t year_end = y + year_length(seq, y, n);

      std::size_t a = pos;
      std::size_t b = y;
      while (b > a && is_mark(seq[b - 1], ","))
        --b;
      if (b > a && is_month(seq[b - 1])) {
        --b;
        if (b > a && page_number(seq[b - 1])) --b;  // a day: "16 november 2024"
        while (b > a && is_mark(seq[b - 1], ","))
          --b;
      }
      for (std::size_t k = a; k < b; ++k) {
        if (is_mark(seq[k], ";")) a = k + 1;  // a description before ";" is not the author
      }
      while (a < b && is_separator(seq[a]))
        ++a;
      const std::size_t segment_begin = a;
      while (a < b && is_prefix_token(seq[a]))
        ++a;

      std::size_t after = year_end;
      std::string locator;
      if (after < n &&
          (is_mark(seq[after], ",") || is_mark(seq[after], ";") || is_mark(seq[after], ":"))) {
        const std::size_t loc_end = locator_end(seq, after + 1, n);
        if (loc_end > after + 1) {
          locator = slice(seq[after + 1].begin, seq[loc_end - 1].end);
          after = loc_end;
        }
      } else if (after < n) {
        const std::size_t loc_end = locator_end(seq, after, n);
        if (loc_end > after && !page_number(seq[after])) {
          locator = slice(seq[after].begin, seq[loc_end - 1].end);
          after = loc_end;
        }
      }

      FoundCitation c;
      c.kind = CitationKind::kParenthetical;
      c.year = slice(seq[y].begin, seq[year_end - 1].end);
      c.locator = locator;
      c.end = seq[after - 1].end;
      if (a == b) {
        if (segment_begin == b && last) {
          c.authors = last->authors;
          c.et_al = last->et_al;
          c.organisation = last->organisation;
          c.inherited = true;
          c.begin = seq[y].begin;
          found_.push_back(c);
        }
      } else if (auto list = longest_author_list(seq, a, b, AuthorListForm::kParenthetical)) {
        fill_authors(c, *list);
        c.begin = seq[segment_begin].begin;
        found_.push_back(c);
        last = c;
      } else {
        last.reset();
      }
      pos = after;
    }
    finish_group(first_found, pair);
  }

  // A single work takes the whole bracket as its text; several works share a group.
  void finish_group(std::size_t first_found, const BracketPair* pair) {
    const std::size_t count = found_.size() - first_found;
    if (count == 1 && pair != nullptr) {
      found_[first_found].begin = tokens_[pair->open].begin;
      found_[first_found].end = tokens_[pair->close].end;
      found_[first_found].title = title_before(pair->open);
    } else if (count > 1) {
      ++groups_;
      for (std::size_t k = first_found; k < found_.size(); ++k)
        found_[k].group = groups_;
    }
  }

  // "het boek Executive teamcoaching in de praktijk (Burger & Reidinga, 2020)": the words
  // between a noun that names a work and the bracket, when they start with a capital and hold
  // no sentence mark.
  std::string title_before(std::size_t open) const {
    std::size_t k = open;
    std::size_t words = 0;
    while (k > 0 && words < 14) {
      const CitationToken& t = tokens_[k - 1];
      if (is_work_noun(t) ||
          word_is(t, {"proefschrift", "interventiebeschrijving", "beleidsdocument", "beleidsplan",
                      "handboek", "publicatie", "thesis", "dissertation"})) {
        std::size_t first = k;
        if (first < open && word_is(tokens_[first], {"over", "on"})) ++first;
        if (first >= open || !starts_upper(tokens_[first])) return "";
        return slice(tokens_[first].begin, tokens_[open - 1].end);
      }
      if (!t.word && !is_mark(t, ":") && !is_mark(t, "’") && !is_mark(t, "‘")) return "";
      --k;
      ++words;
    }
    return "";
  }

  std::optional<AuthorList> longest_author_list(const Tokens& seq, std::size_t a, std::size_t b,
                                                AuthorListForm form) const {
    for (std::size_t k = a; k < b; ++k) {
      if (!seq[k].word || b - k > 24) continue;
      if (auto list = parse_author_list(seq, k, b, form, is_common_)) return list;
      if (k == a && form == AuthorListForm::kParenthetical) {
        if (auto list = organisation_name(seq, a, b)) return list;
      }
    }
    return std::nullopt;
  }

  // "(Wij(k)kracht in Venlo, 2013)", "(Ministerie van OCW, 2020)": a name of capitalised words
  // joined by a few small words, taking the whole inside of the brackets before the year.
  static std::optional<AuthorList> organisation_name(const Tokens& seq, std::size_t a,
                                                     std::size_t b) {
    if (b - a < 3 || b - a > 6 || !starts_upper(seq[a]) || !starts_upper(seq[b - 1])) {
      return std::nullopt;
    }
    for (std::size_t k = a; k < b; ++k) {
      if (!seq[k].word) return std::nullopt;
      if (!starts_upper(seq[k]) && !word_is(seq[k], {"in", "van", "voor", "de", "der", "het", "op",
                                                     "of", "for", "the", "and", "en"})) {
        return std::nullopt;
      }
    }
    AuthorList list;
    list.begin = a;
    list.end = b;
    AuthorName name;
    name.first_token = a;
    name.organisation = true;
    for (std::size_t k = a; k < b; ++k)
      name.surname += (k > a ? " " : "") + seq[k].text;
    list.names.push_back(std::move(name));
    return list;
  }

  static void fill_authors(FoundCitation& c, const AuthorList& list) {
    for (const AuthorName& name : list.names)
      c.authors.push_back(name.surname);
    c.et_al = list.et_al;
    c.organisation = list.names.front().organisation;
  }

  // ---------------------------------------------------------------- narrative

  void read_narrative(const Tokens& seq, std::size_t first, const BracketPair& pair) {
    const std::size_t n = seq.size();
    struct Year {
      std::size_t begin, end;
    };
    std::vector<Year> years;
    std::size_t k = first;
    while (true) {
      const std::size_t len = year_length(seq, k, n);
      if (len == 0) break;
      years.push_back({seq[k].begin, seq[k + len - 1].end});
      k += len;
      if (k + 1 < n && (is_mark(seq[k], ",") || is_mark(seq[k], ";") || word_is(seq[k], {"en"})) &&
          year_length(seq, k + 1, n) > 0) {
        ++k;
        continue;
      }
      break;
    }
    std::string locator;
    if (k < n && (is_mark(seq[k], ",") || is_mark(seq[k], ";") || is_mark(seq[k], ":"))) {
      const std::size_t loc_end = locator_end(seq, k + 1, n);
      if (loc_end > k + 1) {
        locator = slice(seq[k + 1].begin, seq[loc_end - 1].end);
        k = loc_end;
      }
    }
    // "(2013 tot 2015)", "(1974) is": a period or something else, not a year of a work.
    if (k < n && !is_mark(seq[k], ",") && !is_mark(seq[k], ";")) return;

    // The author list ends just before the bracket; it reaches back over names, joiners and
    // the full stops of initials and et al., never over the end of a sentence.
    std::size_t m = pair.open;
    std::size_t list_end = pair.open;
    // "Kessels’ (2001) model": a possessive apostrophe after a name ending in s.
    if (m >= 2 && !tokens_[m - 1].word &&
        (tokens_[m - 1].text == "’" || tokens_[m - 1].text == "'") && tokens_[m - 2].word) {
      const std::string& before = tokens_[m - 2].text;
      const char last = before.back();
      if (last == 's' || last == 'z' || last == 'x') list_end = --m;
    }
    std::size_t taken = 0;
    while (m > 0 && taken < 16) {
      const CitationToken& t = tokens_[m - 1];
      const bool stop_of_abbreviation =
          is_mark(t, ".") && m >= 2 && tokens_[m - 2].word &&
          (tokens_[m - 2].text.size() == 1 || word_is(tokens_[m - 2], {"al", "e.a", "c.s"}) ||
           tokens_[m - 2].text.find('.') != std::string::npos);
      if (!(t.word || is_mark(t, ",") || is_mark(t, "&") || stop_of_abbreviation)) break;
      if (inside_[m - 1] && !t.word && !is_mark(t, ",")) break;
      --m;
      ++taken;
    }
    std::optional<AuthorList> list;
    for (std::size_t s = m; s < list_end && !list; ++s) {
      if (!tokens_[s].word) continue;
      list = parse_author_list(tokens_, s, list_end, AuthorListForm::kNarrative, is_common_);
    }
    if (!list) return;
    // "het boek Job (2013)": a title with its year, not an author.
    if (list->begin > 0 && is_work_noun(tokens_[list->begin - 1])) return;

    const bool several = years.size() > 1;
    if (several) ++groups_;
    for (std::size_t i = 0; i < years.size(); ++i) {
      FoundCitation c;
      c.kind = CitationKind::kNarrative;
      fill_authors(c, *list);
      c.year = slice(years[i].begin, years[i].end);
      c.group = several ? groups_ : 0;
      if (i == 0) {
        c.begin = tokens_[list->begin].begin;
        c.end = tokens_[pair.close].end;
        c.locator = locator;
      } else {
        c.begin = years[i].begin;
        c.end = years[i].end;
        c.inherited = true;
      }
      found_.push_back(std::move(c));
    }
  }

  // ---------------------------------------------------------------- legal

  // "(Burgerlijk Wetboek, titel 7.10; Arbeidsovereenkomst, Art. 611)": a law named with
  // article or title numbers and no year.
  bool read_legal(const Tokens& seq, const BracketPair& pair) {
    bool law = false;
    for (const CitationToken& t : seq) {
      if (!t.word) continue;
      const std::string w = lower_word(t.text);
      if (w.find("wet") != std::string::npos || w == "verdrag" || w == "richtlijn" ||
          w == "besluit" || w == "bw" || w == "code" || w == "act" || w == "regeling") {
        law = true;
      }
    }
    if (!law || !starts_upper(seq.front())) return false;
    std::vector<std::string> parts;
    for (std::size_t k = 0; k < seq.size(); ++k) {
      if (!word_is(seq[k], {"art", "artikel", "artikelen", "titel", "lid", "boek", "afdeling"}) &&
          !is_mark(seq[k], "§")) {
        continue;
      }
      std::size_t m = k + 1;
      if (m < seq.size() && is_mark(seq[m], ".")) ++m;
      if (m >= seq.size() || !seq[m].word ||
          !is_digit(static_cast<unsigned char>(seq[m].text[0]))) {
        continue;
      }
      parts.push_back(slice(seq[k].begin, seq[m].end));
      k = m;
    }
    if (parts.empty()) return false;
    std::size_t name_end = 0;
    while (name_end < seq.size() && !is_mark(seq[name_end], ",") && !is_mark(seq[name_end], ";"))
      ++name_end;
    if (name_end == 0) return false;
    FoundCitation c;
    c.kind = CitationKind::kLegal;
    c.authors.push_back(slice(seq.front().begin, seq[name_end - 1].end));
    c.organisation = true;
    for (const std::string& part : parts)
      c.locator += (c.locator.empty() ? "" : "; ") + part;
    c.begin = tokens_[pair.open].begin;
    c.end = tokens_[pair.close].end;
    found_.push_back(std::move(c));
    return true;
  }

  // ---------------------------------------------------------------- source lines

  // "Bron: Movisie, 2012; VWS, 2011." outside brackets: the rest of the sentence is read as
  // the inside of a bracket.
  void read_source_lines() {
    std::vector<SentenceSpan> sentences;
    for (std::size_t k = 0; k + 1 < tokens_.size(); ++k) {
      if (inside_[k] || !word_is(tokens_[k], {"bron", "bronnen", "source", "sources"}) ||
          !is_mark(tokens_[k + 1], ":")) {
        continue;
      }
      if (sentences.empty()) sentences = split_sentences(text_);
      std::size_t sentence_end = text_.size();
      for (const SentenceSpan& s : sentences) {
        if (s.begin <= tokens_[k].begin && tokens_[k].begin < s.end) sentence_end = s.end;
      }
      std::size_t to = k + 2;
      while (to < tokens_.size() && tokens_[to].begin < sentence_end)
        ++to;
      read_parenthetical(own_content(k + 2, to), nullptr);
    }
  }

  // ---------------------------------------------------------------- pages

  // "… (p. 67)": the page belongs to the citation before it, if that has none of its own.
  void attach_page_brackets() {
    for (const auto& [at, locator] : page_brackets_) {
      FoundCitation* before = nullptr;
      for (FoundCitation& c : found_) {
        if (c.end <= at) before = &c;
      }
      if (before != nullptr && before->locator.empty()) before->locator = locator;
    }
  }

  std::string_view text_;
  Tokens tokens_;
  const CommonWordTest& is_common_;
  std::vector<BracketPair> pairs_;
  std::unordered_map<std::size_t, std::size_t> closing_;  // open token -> close token
  std::vector<bool> inside_;
  std::vector<FoundCitation> found_;
  std::vector<std::pair<std::size_t, std::string>> page_brackets_;
  int groups_ = 0;
};

}  // namespace

std::vector<FoundCitation> find_citations(std::string_view text, const CommonWordTest& is_common) {
  return Scanner(text, is_common).run();
}

}  // namespace ingest
