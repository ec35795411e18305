// ingest/sentences.cpp — Dutch sentence splitting: one left-to-right scan over UTF-8 text.
//
// A candidate boundary is a cluster of terminators (. ! ? …) and closing quotes or brackets
// that is followed by white space. Whether it is taken depends on the word just before the
// cluster (an abbreviation, an initial, a list number, an ordinary word) and on how the next
// word starts (capital, digit, bullet, lowercase). Nothing ends inside a matched pair of
// brackets, and a source in brackets right after a sentence's end — "…klimaat? (Bush,
// 2011)." — stays with that sentence. A bullet after white space always starts a new
// sentence, even without a terminator: flattened lists have no other marks between items.
//
// Lowercase starts. A terminator followed by a lowercase word is not a boundary: in running
// text that is an abbreviation not in the lists below, a question inside quotes that the
// sentence goes on after (“Klaar?” vroeg ze.), or extraction noise such as a caption spliced
// into a sentence — splitting there would cut a sentence in two, which costs more than
// keeping two together. Only where Dutch spelling makes a lowercase first word normal does
// one start a sentence, and never after an abbreviation: a word of one letter and a hyphen
// ("e-mail", "x-as"), a word with a capital inside ("iPad", "eHealth"), a web address
// ("www.tvoo.nl"), a list label ("a)", "b."), the elided article "’s"/"’t"/"’n" before a
// capital ("’s Avonds"), and a quotation opening with a lowercase word (‘niet weten’ is …).
#include "ingest/sentences.hpp"

#include "ingest/text_shape.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

namespace ingest {

namespace {

struct CodePoint {
  char32_t cp = 0;
  std::size_t len = 1;
};

constexpr char32_t kInvalid = 0xFFFD;

// Malformed bytes decode as one U+FFFD each, so offsets always advance and stay on the input.
CodePoint decode_at(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  std::size_t len = 0;
  char32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    return {kInvalid, 1};
  }
  if (i + len > s.size()) return {kInvalid, 1};
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return {kInvalid, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, len};
}

// The code point that ends just before byte `i` (i > 0).
CodePoint decode_before(std::string_view s, std::size_t i) {
  std::size_t start = i - 1;
  while (start > 0 && i - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  const CodePoint c = decode_at(s, start);
  if (start + c.len != i) return {kInvalid, 1};
  return c;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x00A0 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x3000;
}

bool is_terminator(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026;  // … HORIZONTAL ELLIPSIS
}

bool is_closer(char32_t c) {
  return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == 0x2019 || c == 0x201D ||
         c == 0x00BB || c == 0x203A;
}

bool is_opening_quote(char32_t c) {
  return c == '"' || c == '\'' || c == 0x2018 || c == 0x201C || c == 0x201E || c == 0x201A ||
         c == 0x00AB || c == 0x2039 || c == 0x2019;  // ’ also opens ’s, ’t
}

// Characters that may stand in front of the first word of a sentence.
bool is_opener(char32_t c) {
  return is_opening_quote(c) || c == '(' || c == '[' || c == '{' || c == '-' || c == 0x2013 ||
         c == 0x2014;
}

// A list bullet; U+2212 MINUS SIGN counts only when a space follows (PDF lists use it).
bool is_bullet(char32_t c) {
  switch (c) {
    case 0x2022:  // •
    case 0x25E6:  // ◦
    case 0x25AA:  // ▪
    case 0x25A0:  // ■
    case 0x25CF:  // ●
    case 0x2023:  // ‣
    case 0x2043:  // ⁃
    case 0x2219:  // ∙
    case 0xF0B7:  // Symbol-font bullet left in the private use area by PDF extractors
    case 0xF0A7:
      return true;
    default:
      return false;
  }
}

// The Latin capitals of letter_case, and the Greek and Cyrillic ones.
bool is_capital_letter(char32_t c) {
  return is_upper(c) || (c >= 0x0391 && c <= 0x03A9) || (c >= 0x0400 && c <= 0x042F);
}

// The Latin small letters of letter_case, and the Greek and Cyrillic ones.
bool is_small_letter(char32_t c) {
  return is_lower(c) || (c >= 0x03B1 && c <= 0x03C9) || (c >= 0x0430 && c <= 0x045F);
}

bool is_letter(char32_t c) {
  return is_capital_letter(c) || is_small_letter(c);
}

// Abbreviations (lowercase, internal dots kept, final dot dropped) that are always followed
// by more of the same sentence. Any dotted token of one- or two-letter parts (o.a., m.b.t.,
// J.W.M.) and any short word without a vowel (nr., blz., dhr., vgl.) is one too, so these
// lists only need the rest.
constexpr std::string_view kNonFinalAbbreviations[] = {
    "aant", "afb", "afl", "art",  "bijl", "bijv", "bijvb", "blz",  "bv",  "ca",  "cf",
    "dhr",  "dl",  "dr",  "drs",  "ed",   "eds",  "evt",   "excl", "fig", "gem", "ibid",
    "incl", "ing", "ir",  "lic",  "mej",  "mevr", "mr",    "mw",   "nr",  "ong", "ongev",
    "prof", "red", "ref", "resp", "tel",  "vb",   "vert",  "vgl",  "vs",  "zgn"};

// Abbreviations that often end a sentence ("…, boeken enz. Daarna …"): a boundary after them
// needs a capital next, not merely a digit or a quotation.
constexpr std::string_view kFinalAbbreviations[] = {
    "etc", "enz",   "e.a",   "e.d",   "z.j",   "n.d", "a.s", "jl",  "jr",  "sr",  "c.s",
    "e.v", "o.i.d", "z.s.m", "a.u.b", "s.v.p", "inc", "ltd", "co",  "feb", "mrt", "apr",
    "jun", "jul",   "aug",   "sep",   "sept",  "okt", "nov", "dec", "usw"};

template <std::size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

enum class WordKind {
  kOrdinary,    // a word, a number in running text, a URL, a citation's closing bracket
  kNonFinal,    // an abbreviation or initial that the sentence goes on after
  kFinal,       // an abbreviation that may end a sentence
  kListMarker,  // "1." / "2.3." / "IV." opening a sentence or an item of a run-in list
};

enum class NextKind {
  kNone,
  kCapital,
  kDigit,
  kBullet,
  kLabel,  // "a)" or "b." opening a list item
  kQuotedLower,
  kSpecialLower,
  kCitation,  // "(Jansen, 2014)" after a sentence's end: it belongs to that sentence
  kLower,
  kOther
};

bool is_ascii_vowel(char ch) {
  switch (ch) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
      return true;
    default:
      return false;
  }
}

// Shape of a token made of letters only: counts and case pattern.
struct LetterShape {
  bool letters_only = true;
  bool ascii = true;
  std::size_t letters = 0;
  std::size_t uppers = 0;
  bool first_upper = false;
};

LetterShape shape_of(std::string_view word) {
  LetterShape shape;
  for (std::size_t i = 0; i < word.size();) {
    const CodePoint c = decode_at(word, i);
    if (!is_letter(c.cp)) shape.letters_only = false;
    if (c.cp >= 0x80) shape.ascii = false;
    if (is_capital_letter(c.cp)) {
      if (shape.letters == 0) shape.first_upper = true;
      ++shape.uppers;
    }
    ++shape.letters;
    i += c.len;
  }
  return shape;
}

// "nr", "blz", "Dhr", "St": Dutch words all have a vowel, acronyms (PLG) are all capitals.
bool is_vowelless_abbreviation(std::string_view word, const LetterShape& shape) {
  if (!shape.letters_only || !shape.ascii || word.size() > 4) return false;
  if (shape.uppers > (shape.first_upper ? 1U : 0U)) return false;
  const std::string lower = ascii_lower(word);
  return std::none_of(lower.begin(), lower.end(), is_ascii_vowel);
}

bool is_roman_numeral(std::string_view word) {
  if (word.empty() || word.size() > 5) return false;
  return std::all_of(word.begin(), word.end(),
                     [](char ch) { return ch == 'I' || ch == 'V' || ch == 'X'; });
}

// "1", "12", "2.3": a list or section number.
bool is_section_number(std::string_view word) {
  std::size_t run = 0;
  for (char ch : word) {
    if (ch >= '0' && ch <= '9') {
      if (++run > 3) return false;
    } else if (ch == '.' && run > 0) {
      run = 0;
    } else {
      return false;
    }
  }
  return run > 0;
}

// o.a., J.W.M., J.-L., m.b.t., Ph.D., Prof.Dr.: every dot- or hyphen-separated part is one
// or two letters or a known abbreviation. Host names (www.tvoo.nl) fail on their longer parts.
bool is_dotted_abbreviation(std::string_view word) {
  std::size_t start = 0;
  bool any = false;
  while (start <= word.size()) {
    std::size_t end = word.find_first_of(".-", start);
    if (end == std::string_view::npos) end = word.size();
    const std::string_view part = word.substr(start, end - start);
    if (!part.empty()) {
      const LetterShape shape = shape_of(part);
      if (!shape.letters_only) return false;
      const std::string lower = ascii_lower(part);
      if (shape.letters > 2 && !contains(kNonFinalAbbreviations, lower) &&
          !is_vowelless_abbreviation(part, shape)) {
        return false;
      }
      any = true;
    }
    start = end + 1;
  }
  return any;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && ascii_lower(s.substr(0, prefix.size())) == prefix;
}

// A citation's year: "2011", "2007b", "1995;" (four digits, 1000-2099, then at most one
// letter and the end of the group or a separator), or "z.j." / "n.d." for undated works.
// "In 2015 begon het" is a sentence, not a source.
bool names_a_year(std::string_view content) {
  if (content.find("z.j") != std::string_view::npos ||
      content.find("n.d") != std::string_view::npos) {
    return true;
  }
  for (std::size_t i = 0; i + 4 <= content.size(); ++i) {
    if (i > 0 && std::isdigit(static_cast<unsigned char>(content[i - 1]))) continue;
    const std::string_view year = content.substr(i, 4);
    if (!std::all_of(year.begin(), year.end(),
                     [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }) ||
        (year[0] != '1' && !(year[0] == '2' && year[1] == '0'))) {
      continue;
    }
    std::size_t end = i + 4;
    if (end < content.size() && std::islower(static_cast<unsigned char>(content[end]))) ++end;
    if (end == content.size() || content[end] == ',' || content[end] == ';' ||
        content[end] == ')') {
      return true;
    }
  }
  return false;
}

// Byte ranges inside matched round or square brackets: a citation such as
// "(zie Stam e.a., 2015)" or an aside "(!)" never ends the sentence around it. Pairs wider
// than this are more likely a stray bracket matched with a far one than an aside.
constexpr std::size_t kMaxBracketSpan = 500;

struct Range {
  std::size_t open = 0;
  std::size_t close = 0;
};

std::vector<Range> bracket_ranges(std::string_view text) {
  std::vector<Range> ranges;
  std::vector<std::size_t> stack;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (ch == '(' || ch == '[') {
      stack.push_back(i);
    } else if ((ch == ')' || ch == ']') && !stack.empty()) {
      const char want = ch == ')' ? '(' : '[';
      if (text[stack.back()] != want) continue;  // a mismatched closer is noise, skip it
      const std::size_t open = stack.back();
      stack.pop_back();
      if (i - open <= kMaxBracketSpan) ranges.push_back({open, i});
    }
  }
  std::sort(ranges.begin(), ranges.end(),
            [](const Range& a, const Range& b) { return a.open < b.open; });
  std::vector<Range> merged;
  for (const Range& r : ranges) {
    if (!merged.empty() && r.open <= merged.back().close) {
      merged.back().close = std::max(merged.back().close, r.close);
    } else {
      merged.push_back(r);
    }
  }
  return merged;
}

class Splitter {
 public:
  explicit Splitter(std::string_view text) : text_(text), brackets_(bracket_ranges(text)) {}

  std::vector<SentenceSpan> run();

 private:
  // The cluster of terminators and closers starting at `i` ends at `end`.
  struct Cluster {
    std::size_t end = 0;
    bool strong = false;  // ? ! … or .. or a terminator after a closer: never an abbreviation
    bool closed = false;  // a closing quote or bracket follows the first terminator
  };

  Cluster read_cluster(std::size_t i) const;
  WordKind word_before(std::size_t i) const;
  // How the text from `from` on starts; after a trailing citation, `from` moves past it.
  NextKind next_start(std::size_t& from) const;
  bool takes_boundary(std::size_t i, const Cluster& cluster, NextKind next) const;
  std::size_t boundary_after(std::size_t i, const Cluster& cluster) const;
  bool inside_brackets(std::size_t pos);
  bool only_space_or_bullets(std::size_t from, std::size_t to) const;
  bool opens_item(std::size_t begin) const;
  std::size_t trailing_citation_close(std::size_t open) const;
  void cut(std::size_t pos);

  std::string_view text_;
  std::vector<Range> brackets_;
  std::size_t bracket_index_ = 0;
  std::size_t sentence_first_ = 0;  // first non-space byte of the current sentence
  bool has_content_ = false;
  std::vector<std::size_t> cuts_;
};

Splitter::Cluster Splitter::read_cluster(std::size_t i) const {
  Cluster cluster;
  std::size_t j = i;
  std::size_t periods = 0;
  while (j < text_.size()) {
    const CodePoint c = decode_at(text_, j);
    if (is_terminator(c.cp)) {
      if (c.cp != '.' || cluster.closed || ++periods > 1) cluster.strong = true;
    } else if (is_closer(c.cp)) {
      cluster.closed = true;
    } else {
      break;
    }
    j += c.len;
  }
  cluster.end = j;
  return cluster;
}

bool Splitter::only_space_or_bullets(std::size_t from, std::size_t to) const {
  for (std::size_t p = from; p < to;) {
    const CodePoint c = decode_at(text_, p);
    if (!is_space(c.cp) && !is_bullet(c.cp) && c.cp != 0x2212 && !is_opener(c.cp)) return false;
    p += c.len;
  }
  return true;
}

bool Splitter::opens_item(std::size_t begin) const {
  if (only_space_or_bullets(sentence_first_, begin)) return true;
  std::size_t before = begin;
  while (before > 0 && is_space(decode_before(text_, before).cp)) {
    before -= decode_before(text_, before).len;
  }
  if (before == 0) return true;
  const char prev = text_[before - 1];
  if (prev == ':' || prev == ';' || prev == ',') return true;
  // "…; 4. Verwerven en 5. Het handhaven …": the last item of a run-in enumeration.
  std::size_t word_start = before;
  while (word_start > 0 && std::isalpha(static_cast<unsigned char>(text_[word_start - 1]))) {
    --word_start;
  }
  const std::string conjunction = ascii_lower(text_.substr(word_start, before - word_start));
  return (word_start == 0 || is_space(static_cast<unsigned char>(text_[word_start - 1]))) &&
         (conjunction == "en" || conjunction == "of" || conjunction == "and" ||
          conjunction == "or");
}

WordKind Splitter::word_before(std::size_t i) const {
  // The token runs back to white space or to an opening bracket or quote mark that cannot
  // sit inside a word (the apostrophe of collega’s can).
  std::size_t begin = i;
  while (begin > 0) {
    const CodePoint c = decode_before(text_, begin);
    if (is_space(c.cp) || c.cp == '(' || c.cp == '[' || c.cp == '"' || c.cp == 0x2018 ||
        c.cp == 0x201C || c.cp == 0x201E || c.cp == 0x00AB || c.cp == ',' || c.cp == ';') {
      break;
    }
    begin -= c.len;
  }
  while (begin < i) {  // a leading straight or curly apostrophe is a quote mark here
    const CodePoint c = decode_at(text_, begin);
    if (c.cp != '\'' && c.cp != 0x2019) break;
    begin += c.len;
  }
  const std::string_view word = text_.substr(begin, i - begin);
  if (word.empty()) return WordKind::kOrdinary;

  if ((is_section_number(word) || is_roman_numeral(word)) && opens_item(begin)) {
    return WordKind::kListMarker;
  }

  const CodePoint last = decode_before(text_, i);
  if (!is_letter(last.cp)) return WordKind::kOrdinary;
  if (word.find('@') != std::string_view::npos || word.find("://") != std::string_view::npos ||
      starts_with_ci(word, "www.")) {
    return WordKind::kOrdinary;
  }

  const std::string lower = ascii_lower(word);
  if (contains(kFinalAbbreviations, lower)) return WordKind::kFinal;
  if (lower == "al" && begin >= 3 && ascii_lower(text_.substr(begin - 3, 2)) == "et" &&
      is_space(static_cast<unsigned char>(text_[begin - 1]))) {
    return WordKind::kFinal;  // et al.
  }
  if (word.find('.') != std::string_view::npos) {
    return is_dotted_abbreviation(word) ? WordKind::kNonFinal : WordKind::kOrdinary;
  }
  if (word.find('-') != std::string_view::npos) return WordKind::kOrdinary;  // x-as, Jean-Luc
  const LetterShape shape = shape_of(word);
  if (shape.letters == 1) return WordKind::kNonFinal;  // an initial: P. Senge
  if (shape.letters_only && shape.uppers > 1 && shape.uppers == shape.letters) {
    return WordKind::kOrdinary;  // an acronym: PLG, HRD
  }
  if (contains(kNonFinalAbbreviations, lower)) return WordKind::kNonFinal;
  if (is_vowelless_abbreviation(word, shape)) return WordKind::kNonFinal;
  return WordKind::kOrdinary;
}

NextKind Splitter::next_start(std::size_t& from) const {
  std::size_t k = from;
  while (k < text_.size() && is_space(decode_at(text_, k).cp))
    k += decode_at(text_, k).len;
  if (k >= text_.size()) return NextKind::kNone;

  bool quoted = false;
  bool apostrophe = false;
  CodePoint c = decode_at(text_, k);
  if (is_bullet(c.cp) || c.cp == 0x2212) return NextKind::kBullet;
  if (c.cp == '(') {
    const std::size_t close = trailing_citation_close(k);
    if (close != 0) {
      from = close + 1;
      return NextKind::kCitation;
    }
  }
  for (int skipped = 0; skipped < 4 && is_opener(c.cp); ++skipped) {
    quoted = quoted || is_opening_quote(c.cp);
    apostrophe = c.cp == 0x2019 || c.cp == '\'';
    const bool dash = c.cp == '-' || c.cp == 0x2013 || c.cp == 0x2014;
    k += c.len;
    if (dash && k < text_.size() && text_[k] == ' ') ++k;  // "- Item", "– Zei hij"
    if (k >= text_.size()) return NextKind::kOther;
    c = decode_at(text_, k);
  }
  if (is_capital_letter(c.cp)) return NextKind::kCapital;
  if (is_digit(c.cp)) return NextKind::kDigit;
  if (!is_small_letter(c.cp)) return NextKind::kOther;

  // The lowercase starts described at the top of this file.
  const std::size_t after = k + c.len;
  if (after + 1 < text_.size() && (text_[after] == ')' || text_[after] == '.') &&
      is_space(static_cast<unsigned char>(text_[after + 1]))) {
    return NextKind::kLabel;
  }
  const std::string_view rest = text_.substr(k);
  if (starts_with_ci(rest, "www.") || starts_with_ci(rest, "http://") ||
      starts_with_ci(rest, "https://")) {
    return NextKind::kSpecialLower;
  }
  if (apostrophe && (c.cp == 's' || c.cp == 't' || c.cp == 'n') && after + 1 < text_.size() &&
      text_[after] == ' ') {
    // An elided article, not a quotation: the word after it carries the capital.
    return is_capital_letter(decode_at(text_, after + 1).cp) ? NextKind::kCapital
                                                             : NextKind::kLower;
  }
  if (after + 1 < text_.size() && text_[after] == '-' &&
      is_letter(decode_at(text_, after + 1).cp)) {
    return NextKind::kSpecialLower;
  }
  for (std::size_t p = after; p < text_.size();) {
    const CodePoint w = decode_at(text_, p);
    if (is_capital_letter(w.cp)) return NextKind::kSpecialLower;
    if (!is_small_letter(w.cp)) break;
    p += w.len;
  }
  return quoted ? NextKind::kQuotedLower : NextKind::kLower;
}

// Where the sentence ending with `cluster` is cut, or npos. A trailing citation stays with
// the sentence it follows; whatever comes after the citation then decides.
std::size_t Splitter::boundary_after(std::size_t i, const Cluster& cluster) const {
  std::size_t pos = cluster.end;
  NextKind next = next_start(pos);
  while (next == NextKind::kCitation)
    next = next_start(pos);
  return takes_boundary(i, cluster, next) ? pos : std::string_view::npos;
}

bool Splitter::takes_boundary(std::size_t i, const Cluster& cluster, NextKind next) const {
  switch (next) {
    case NextKind::kNone:
    case NextKind::kLower:
    case NextKind::kOther:
    case NextKind::kCitation:
      return false;
    case NextKind::kBullet:
      return true;
    default:
      break;
  }
  if (cluster.strong) return true;
  switch (word_before(i)) {
    case WordKind::kListMarker:
      return false;
    case WordKind::kNonFinal:
      // "(bijv.)" or "‘o.a.’": the mark closed the abbreviation, so judge it as a final one.
      return cluster.closed && next == NextKind::kCapital;
    case WordKind::kFinal:
      return next == NextKind::kCapital;
    case WordKind::kOrdinary:
      return true;
  }
  return false;
}

// A bracket group after a sentence's end that belongs to that sentence: its source, as in
// "…op het leerklimaat? (Bush, 2011)." or "‘…benutten.’ (Jansen & Van Biene, 2014)", or a
// remark that no terminator follows. "(Zie bijlage.)" and "(Creatieve mensen … Joyce)."
// are sentences of their own; "(b)" is a list label. Returns the closing bracket's offset,
// or 0 when the group at `open` is something else.
std::size_t Splitter::trailing_citation_close(std::size_t open) const {
  const auto it = std::lower_bound(brackets_.begin(), brackets_.end(), open,
                                   [](const Range& r, std::size_t pos) { return r.open < pos; });
  if (it == brackets_.end() || it->open != open || it->close - open < 5) return 0;
  if (names_a_year(text_.substr(open + 1, it->close - open - 1))) return it->close;
  if (is_terminator(decode_before(text_, it->close).cp)) return 0;
  std::size_t after = it->close + 1;
  while (after < text_.size()) {
    const CodePoint c = decode_at(text_, after);
    if (is_terminator(c.cp)) return 0;
    if (!is_closer(c.cp)) break;
    after += c.len;
  }
  return it->close;
}

bool Splitter::inside_brackets(std::size_t pos) {
  while (bracket_index_ < brackets_.size() && brackets_[bracket_index_].close < pos) {
    ++bracket_index_;
  }
  return bracket_index_ < brackets_.size() && brackets_[bracket_index_].open < pos;
}

void Splitter::cut(std::size_t pos) {
  cuts_.push_back(pos);
  has_content_ = false;
}

std::vector<SentenceSpan> Splitter::run() {
  const std::size_t n = text_.size();
  std::size_t i = 0;
  while (i < n) {
    const CodePoint c = decode_at(text_, i);
    if (is_space(c.cp)) {
      i += c.len;
      continue;
    }
    const bool after_space = i == 0 || is_space(decode_before(text_, i).cp);
    const bool bullet = is_bullet(c.cp) || (c.cp == 0x2212 && i + c.len < n &&
                                            is_space(decode_at(text_, i + c.len).cp));
    if (bullet && after_space && has_content_ && !inside_brackets(i)) cut(i);
    if (!has_content_) {
      has_content_ = true;
      sentence_first_ = i;
    }
    if (!is_terminator(c.cp)) {
      i += c.len;
      continue;
    }
    const Cluster cluster = read_cluster(i);
    const bool elision = i > 0 && (text_[i - 1] == '(' || text_[i - 1] == '[');  // (…) or (!)
    std::size_t pos = std::string_view::npos;
    if (!elision && cluster.end < n && is_space(decode_at(text_, cluster.end).cp) &&
        !inside_brackets(cluster.end)) {
      pos = boundary_after(i, cluster);
    }
    i = cluster.end;
    if (pos != std::string_view::npos) {
      cut(pos);
      i = pos;  // a citation kept with this sentence holds no boundaries of its own
    }
  }

  std::vector<SentenceSpan> spans;
  std::size_t begin = 0;
  auto emit = [&](std::size_t from, std::size_t to) {
    while (from < to && is_space(decode_at(text_, from).cp))
      from += decode_at(text_, from).len;
    while (to > from && is_space(decode_before(text_, to).cp))
      to -= decode_before(text_, to).len;
    if (from < to) spans.push_back({from, to});
  };
  for (const std::size_t pos : cuts_) {
    emit(begin, pos);
    begin = pos;
  }
  emit(begin, n);
  return spans;
}

}  // namespace

std::vector<SentenceSpan> split_sentences(std::string_view text) {
  return Splitter(text).run();
}

}  // namespace ingest
