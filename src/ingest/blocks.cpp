// ingest/blocks.cpp — lines into blocks, and each block's kind told from its shape.
//
// Tagging runs in four passes over "pieces" (blocks that may still be split):
//  1. Bylines and captions are cut out wherever they stand: the extractor glues them to a
//     title above or to the body below, and their shape ("Auteur:", "Figuur 3.") is
//     unmistakable.
//  2. Repeated text is found on the document's whole word stream, because a pull quote is
//     often broken over several blocks by blank lines and glued on top of the body text
//     that follows it. The copy that is set narrower (shorter lines) or that fills whole
//     blocks is the repeat; its lines are cut out as blocks of their own.
//  3. Every other piece is tagged in order (references, bios, list items, headings, body);
//     a heading line glued to a paragraph (above it, inside it or under it) and a list
//     glued under the sentence that introduces it are split off.
//  4. Repeats are resolved: a repeated heading stays a heading with duplicate_of set, any
//     other repeat is a pull quote; figure labels next to a caption become caption text.
// Every rule leans towards body: a missed heading costs a section boundary, a body line
// taken for a heading or a quote cuts a paragraph.
#include "ingest/blocks.hpp"

#include "ingest/text_shape.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace ingest {

namespace {

// A repeat must share at least this many consecutive words with the text it repeats;
// shorter runs ("in de loop van de") recur in any long text.
constexpr std::size_t kMinRepeatWords = 6;
// Runs of one repeat may be interrupted by this many differing words (a hyphenated line
// end, a changed word) and still count as one repeat.
constexpr std::size_t kMaxRepeatGap = 10;
// A k-gram seen more often than this is a formula, not a quote.
constexpr std::size_t kMaxSeedOccurrences = 40;
// A pull quote is set in a larger type: its lines are at most this part of the source's.
constexpr double kNarrowRatio = 0.8;
// A repeat that covers this part of the lines of the blocks it touches fills them.
constexpr double kWholeCoverage = 0.8;
// The part of a copy's words the run must match: a block printed twice matches nearly
// all; a pull quote may reword its first or last words, never half of them.
constexpr double kWholeMatched = 0.75;
constexpr double kQuoteMatched = 0.5;
// A glued heading line is at most this part of its paragraph's typical line length.
constexpr double kShortHeadingRatio = 0.7;
// ... or of this when the line starts a new text frame (a leading space).
constexpr double kShortIndentedHeadingRatio = 0.85;
// A heading line inside or under a paragraph must be shorter still.
constexpr double kShortInnerHeadingRatio = 0.6;
constexpr std::size_t kMaxHeadingLines = 3;
constexpr std::size_t kMaxHeadingWords = 20;
constexpr std::size_t kMaxQuestionHeadingWords = 12;
constexpr std::size_t kMaxGluedHeadingWords = 12;

// ---------------------------------------------------------------- characters

// The code point at s[i], advancing i; a broken sequence reads as U+FFFD. Not
// ingest::next_code_point, which checks no continuation bytes and yields a broken sequence's
// first byte: the rules below read U+FFFD as debris where a character was lost.
char32_t next_code_point_or_fffd(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  std::size_t len = 1;
  char32_t c = b0;
  if (b0 >= 0xF0) {
    len = 4;
    c = b0 & 0x07;
  } else if (b0 >= 0xE0) {
    len = 3;
    c = b0 & 0x0F;
  } else if (b0 >= 0xC0) {
    len = 2;
    c = b0 & 0x1F;
  } else if (b0 >= 0x80) {
    ++i;
    return 0xFFFD;
  }
  if (i + len > s.size()) {
    i = s.size();
    return 0xFFFD;
  }
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      i += k;
      return 0xFFFD;
    }
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  i += len;
  return c;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// Letters and digits; everything in the punctuation, symbol and private-use areas (quotes,
// dashes, bullets, U+FFFD, the end mark ◆) separates words.
bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c);
  if (c < 0xC0) return false;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;
  if (c >= 0x3000 && c <= 0x303F) return false;
  if (c >= 0xE000 && c <= 0xF8FF) return false;
  if (c >= 0xFE00 && c <= 0xFE0F) return false;
  if (c >= 0xFFF0 && c <= 0xFFFF) return false;
  if (c == 0xFEFF || c >= 0x1F000) return false;
  return true;
}

bool is_opening_mark(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x2018 || c == 0x2019 ||
         c == 0x201A || c == 0x201C || c == 0x201E || c == 0xAB || c == 0x2039;
}

// Closing quotes and brackets, and the geometric shapes used as end-of-article marks.
bool is_closing_mark(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x2019 || c == 0x201D || c == 0xBB ||
         c == 0x203A || (c >= 0x25A0 && c <= 0x25FF);
}

bool is_bullet(char32_t c) {
  return c == 0x2022 || c == 0x25E6 || c == 0x25AA || c == 0x2023 || c == 0xB7 || c == '*' ||
         c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2212 || c == 0x25CF || c == 0x25A0 ||
         c == 0x25A1 || c == 0x27A2 || c == 0x2713 || c == 0xF0B7 || c == 0xF0A7;
}

bool is_dash(char32_t c) {
  return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2212;
}

// Words that end a line only when a sentence goes on: a heading does not end in them.
bool is_function_word(const std::string& w) {
  static const std::unordered_set<std::string> kWords = {
      "de",   "het",  "een",  "en",    "of",   "van",  "in",   "op",  "te",  "om",
      "met",  "voor", "aan",  "bij",   "door", "naar", "uit",  "tot", "als", "dat",
      "die",  "dan",  "maar", "want",  "is",   "zijn", "er",   "je",  "we",  "ze",
      "hij",  "zij",  "ik",   "wat",   "wie",  "hoe",  "waar", "zo",  "ook", "niet",
      "geen", "dit",  "deze", "onder", "over", "per",  "via",  "the", "a",   "an",
      "and",  "or",   "of",   "to",    "on",   "for",  "with", "at",  "by",  "from"};
  return kWords.count(w) > 0;
}

// ---------------------------------------------------------------- lines

struct LineInfo {
  std::u32string text;  // without surrounding white space
  bool indented = false;
  std::size_t length = 0;          // code points
  std::vector<std::string> words;  // normalised: lower case, letters and digits only
  std::vector<char32_t> stops;     // per word: the '.', '!' or '?' after it, or 0
  char32_t first = 0;              // first code point after opening marks
  char32_t last = 0;               // last code point before closing marks
};

// Each line analysed once, when first asked for. tag_blocks runs once per document, on a
// few lines of a file that may have hundreds of thousands: the table keeps a slot per line
// of the window [first, last] the blocks cover, and lines outside it (rarely asked for) in a
// map, so that its cost follows the document, not the file.
class LineTable {
 public:
  LineTable(const std::vector<std::string>& lines, int first, int last)
      : lines_(lines),
        first_(first),
        window_(last >= first ? static_cast<std::size_t>(last - first + 1) : 0) {}

  const LineInfo& at(int number) const {
    static const LineInfo kEmpty;
    if (number < 1 || static_cast<std::size_t>(number) > lines_.size()) return kEmpty;
    const auto k = static_cast<std::size_t>(number - 1);
    if (number >= first_ && static_cast<std::size_t>(number - first_) < window_.size()) {
      std::optional<LineInfo>& slot = window_[static_cast<std::size_t>(number - first_)];
      if (!slot) slot = analyse(lines_[k]);
      return *slot;
    }
    auto found = outside_.find(k);
    if (found == outside_.end()) found = outside_.emplace(k, analyse(lines_[k])).first;
    return found->second;
  }

 private:
  static LineInfo analyse(const std::string& raw) {
    LineInfo info;
    std::u32string all = decode(raw, next_code_point_or_fffd);
    std::size_t b = 0;
    std::size_t e = all.size();
    while (b < e && is_space(all[b]))
      ++b;
    while (e > b && is_space(all[e - 1]))
      --e;
    info.indented = b > 0;
    info.text = all.substr(b, e - b);
    info.length = info.text.size();
    std::string word;
    for (char32_t c : info.text) {
      if (is_word_char(c)) {
        append_utf8(word, to_lower(c));
        continue;
      }
      if (!word.empty()) {
        info.words.push_back(std::move(word));
        info.stops.push_back(0);
        word.clear();
      }
      if (!info.stops.empty() && (c == '.' || c == '!' || c == '?')) info.stops.back() = c;
    }
    if (!word.empty()) {
      info.words.push_back(std::move(word));
      info.stops.push_back(0);
    }
    std::size_t f = 0;
    while (f < info.text.size() && (is_opening_mark(info.text[f]) || is_space(info.text[f])))
      ++f;
    if (f < info.text.size()) info.first = info.text[f];
    std::size_t l = info.text.size();
    while (l > 0 && (is_closing_mark(info.text[l - 1]) || is_space(info.text[l - 1])))
      --l;
    if (l > 0) info.last = info.text[l - 1];
    return info;
  }

  const std::vector<std::string>& lines_;
  int first_;
  mutable std::vector<std::optional<LineInfo>> window_;        // lines first_, first_ + 1, ...
  mutable std::unordered_map<std::size_t, LineInfo> outside_;  // by 0-based index
};

bool ends_sentence(const LineInfo& line) {
  return line.last == '.' || line.last == '!' || line.last == '?';
}

// A heading never ends in these; '?' and '!' are weighed separately.
bool ends_clause(const LineInfo& line) {
  return line.last == '.' || line.last == ';' || line.last == ',' || line.last == ':';
}

bool starts_lower(const LineInfo& line) {
  return is_lower(line.first);
}

// The first letter after a section number ("2.3 ", "3.1.1. ") and opening marks.
char32_t first_after_number(const LineInfo& line) {
  const std::u32string& t = line.text;
  std::size_t i = 0;
  while (i < t.size() && (is_digit(t[i]) || t[i] == '.'))
    ++i;
  if (i > 0 && i < t.size() && is_space(t[i])) {
    // Spaces, quotes and debris (U+FFFD where a tab or symbol was lost) before the title.
    while (i < t.size() && t[i] != '(' && !is_word_char(t[i]))
      ++i;
    while (i < t.size() && is_opening_mark(t[i]))
      ++i;
    return i < t.size() ? t[i] : 0;
  }
  return line.first;
}

bool starts_upper_or_digit(const LineInfo& line) {
  const char32_t c = first_after_number(line);
  return is_upper(c) || is_digit(c);
}

bool has_real_word(const LineInfo& line) {
  for (const std::string& w : line.words) {
    if (w.size() >= 2 && !all_ascii_digits(w)) return true;
  }
  return false;
}

// "• ", "- ", "– ", "1. ", "2) ", "a) ", "(3) " at the start of a line.
bool starts_list_item(const LineInfo& line) {
  const std::u32string& t = line.text;
  if (t.empty()) return false;
  if (is_bullet(t[0])) return t.size() == 1 || is_space(t[1]) || (!is_dash(t[0]) && t[0] != '*');
  std::size_t i = t[0] == '(' ? 1 : 0;
  const std::size_t start = i;
  while (i < t.size() && i - start < 3 && is_digit(t[i]))
    ++i;
  const std::size_t digits = i - start;
  if (digits == 0) {
    if (i < t.size() && is_lower(t[i]) && i + 1 < t.size() && t[i + 1] == ')')
      i += 1;
    else
      return false;
  } else if (digits > 2) {
    return false;
  }
  if (i >= t.size()) return false;
  if (t[i] != '.' && t[i] != ')') return false;
  ++i;
  return i < t.size() && is_space(t[i]);
}

// "Figuur 3. ...", "Fig. 2", "Tabel 1", "Afbeelding 1", "Foto: ...", "Bron: ...",
// "(bron: ...)". A number followed by a lower-case word is a sentence about the figure
// ("Tabel 1 laat zien"), not its caption.
bool starts_caption(const LineInfo& line) {
  const std::u32string& t = line.text;
  std::string head;
  std::size_t i = 0;
  while (i < t.size() && i < 14 && (t[i] < 0x80) &&
         (std::isalpha(static_cast<int>(t[i])) || (i == 0 && t[i] == '('))) {
    append_utf8(head, t[i]);
    ++i;
  }
  head = ascii_lower(head);
  if (head.size() > 1 && head[0] == '(') {
    const std::string word = head.substr(1);
    return (word == "bron" || word == "foto" || word == "beeld") && i < t.size() && t[i] == ':';
  }
  static const std::unordered_set<std::string> kLabels = {"foto", "bron", "beeld", "illustratie",
                                                          "fotografie"};
  if (kLabels.count(head) && i < t.size() && t[i] == ':') return true;
  static const std::unordered_set<std::string> kNumbered = {
      "figuur",      "figure",  "fig",    "tabel",   "table", "afbeelding",
      "illustratie", "grafiek", "schema", "diagram", "foto"};
  if (!kNumbered.count(head)) return false;
  if (i < t.size() && t[i] == '.') ++i;
  if (i >= t.size() || !is_space(t[i])) return false;
  while (i < t.size() && is_space(t[i]))
    ++i;
  if (i >= t.size() || !is_digit(t[i])) return false;
  while (i < t.size() && (is_digit(t[i]) || t[i] == '.'))
    ++i;
  if (i >= t.size() || t[i] == ':') return true;
  if (!is_space(t[i])) return false;
  while (i < t.size() && is_space(t[i]))
    ++i;
  if (i >= t.size()) return true;
  return !is_lower(t[i]);
}

// "Auteur: ...", "Auteurs: ...", also glued behind a rubric: "COLUMNAuteur: ...".
bool is_byline(const LineInfo& line) {
  std::string head;
  std::size_t i = 0;
  while (i < line.text.size() && line.text[i] < 0x80 &&
         std::isalpha(static_cast<int>(line.text[i]))) {
    head.push_back(static_cast<char>(line.text[i]));
    ++i;
  }
  while (i < line.text.size() && is_space(line.text[i]))
    ++i;
  if (i >= line.text.size() || line.text[i] != ':') return false;
  // Strip a glued rubric in capitals: "COLUMNAuteur" -> "Auteur".
  std::size_t k = 0;
  while (k + 1 < head.size() && std::isupper(static_cast<unsigned char>(head[k])) &&
         std::isupper(static_cast<unsigned char>(head[k + 1]))) {
    ++k;
  }
  const std::string label = ascii_lower(head.substr(k));
  return label == "auteur" || label == "auteurs" || label == "author" || label == "authors";
}

bool is_url_line(const LineInfo& line) {
  if (line.words.empty()) return false;
  std::string text;
  for (char32_t c : line.text)
    append_utf8(text, c);
  const std::string lower = ascii_lower(text);
  if (lower.find(' ') != std::string::npos || lower.find('\t') != std::string::npos) return false;
  if (lower.rfind("http", 0) == 0 || lower.rfind("www.", 0) == 0 ||
      lower.find('@') != std::string::npos) {
    return true;
  }
  // A bare domain ("uitgeverij.nl"): a dot, then two to four letters to the end.
  const auto dot = lower.find_last_of('.');
  if (dot == std::string::npos || dot == 0 || lower.size() - dot - 1 < 2 ||
      lower.size() - dot - 1 > 4) {
    return false;
  }
  return std::all_of(lower.begin() + static_cast<std::ptrdiff_t>(dot) + 1, lower.end(),
                     [](char c) { return c >= 'a' && c <= 'z'; }) &&
         std::isalpha(static_cast<unsigned char>(lower[dot - 1]));
}

// ---------------------------------------------------------------- pieces

struct Piece {
  std::vector<int> lines;
  BlockKind kind = BlockKind::kBody;
  bool fixed = false;      // a byline or caption cut out in pass 1
  bool duplicate = false;  // a repeat found in pass 2
  bool done = false;       // kind settled
  int source_line = -1;    // for a repeat: a line of the text it repeats
};

double median_length(const LineTable& table, const std::vector<int>& lines, std::size_t from,
                     std::size_t to) {
  std::vector<std::size_t> lengths;
  for (std::size_t k = from; k < to && k < lines.size(); ++k) {
    lengths.push_back(table.at(lines[k]).length);
  }
  if (lengths.empty()) return 0;
  std::sort(lengths.begin(), lengths.end());
  return static_cast<double>(lengths[lengths.size() / 2]);
}

std::size_t word_count(const LineTable& table, const std::vector<int>& lines) {
  std::size_t n = 0;
  for (int l : lines)
    n += table.at(l).words.size();
  return n;
}

std::vector<std::string> piece_words(const LineTable& table, const Piece& piece) {
  std::vector<std::string> words;
  for (int l : piece.lines) {
    const auto& w = table.at(l).words;
    words.insert(words.end(), w.begin(), w.end());
  }
  return words;
}

// ---------------------------------------------------------------- pass 1: bylines, captions

// A caption goes on over the next line while a bracket is open, or when that line starts in
// lower case (without starting a new text frame) and the caption has not ended a sentence.
bool caption_continues(const LineTable& table, const std::vector<int>& caption, int next,
                       int open_brackets) {
  const LineInfo& line = table.at(next);
  if (open_brackets > 0) return true;
  if (caption.size() >= 2 || line.indented) return false;
  const LineInfo& prev = table.at(caption.back());
  if (ends_sentence(prev)) return false;
  return starts_lower(line) || line.first == '(' || (!line.text.empty() && line.text[0] == '(');
}

int bracket_balance(const LineInfo& line) {
  int open = 0;
  for (char32_t c : line.text) {
    if (c == '(') ++open;
    if (c == ')' && open > 0) --open;
  }
  return open;
}

std::vector<Piece> cut_bylines_and_captions(const std::vector<Block>& blocks,
                                            const LineTable& table) {
  std::vector<Piece> pieces;
  for (const Block& block : blocks) {
    Piece current;
    const auto flush = [&] {
      if (!current.lines.empty()) pieces.push_back(std::move(current));
      current = Piece{};
    };
    const std::vector<int>& lines = block.lines;
    for (std::size_t k = 0; k < lines.size();) {
      const LineInfo& line = table.at(lines[k]);
      if (is_byline(line)) {
        flush();
        pieces.push_back(Piece{{lines[k]}, BlockKind::kByline, true, false, true, -1});
        ++k;
        continue;
      }
      // Inside a block a caption must follow a finished sentence or open a new frame, so a
      // sentence wrapped before "Figuur 2 toont ..." stays whole.
      const bool may_start =
          current.lines.empty() || line.indented || ends_sentence(table.at(current.lines.back()));
      if (may_start && starts_caption(line)) {
        flush();
        Piece caption{{lines[k]}, BlockKind::kCaption, true, false, true, -1};
        int open = bracket_balance(line);
        ++k;
        while (k < lines.size() && !starts_caption(table.at(lines[k])) &&
               !is_byline(table.at(lines[k])) &&
               caption_continues(table, caption.lines, lines[k], open)) {
          open += bracket_balance(table.at(lines[k]));
          caption.lines.push_back(lines[k]);
          ++k;
        }
        pieces.push_back(std::move(caption));
        continue;
      }
      current.lines.push_back(lines[k]);
      ++k;
    }
    flush();
  }
  return pieces;
}

// ---------------------------------------------------------------- heading shape

// How a set of lines reads as a heading on its own, before its neighbours are seen.
enum class HeadingShape { kNo, kYes, kQuestion };

// More than one sentence: ". X" after a word of four or more letters (not an initial or an
// abbreviation such as "Dr." or "W.M.").
bool has_inner_sentence_end(const LineTable& table, const std::vector<int>& lines) {
  std::u32string text;
  for (int l : lines) {
    text += table.at(l).text;
    text.push_back(' ');
  }
  for (std::size_t i = 1; i + 2 < text.size(); ++i) {
    const char32_t c = text[i];
    if (c != '.' && c != '?' && c != '!') continue;
    if (!is_space(text[i + 1])) continue;
    std::size_t j = i + 1;
    while (j < text.size() && (is_space(text[j]) || is_opening_mark(text[j])))
      ++j;
    if (j >= text.size() || !is_upper(text[j])) continue;
    if (c != '.') return true;
    std::size_t letters = 0;
    std::size_t k = i;
    while (k > 0 && is_word_char(text[k - 1]) && !is_digit(text[k - 1])) {
      --k;
      ++letters;
    }
    if (letters >= 4) return true;
  }
  return false;
}

// "2.1", "3.1.1.": a numbered section.
bool has_section_number(const LineInfo& line) {
  const std::u32string& t = line.text;
  std::size_t i = 0;
  while (i < t.size() && is_digit(t[i]))
    ++i;
  return i > 0 && i + 1 < t.size() && t[i] == '.' && is_digit(t[i + 1]);
}

// "(Pink Floyd, uit Eclipse)", "(Weick, 1995)": a remark or source in brackets.
bool is_bracketed(const LineInfo& first, const LineInfo& last) {
  return !first.text.empty() && first.text.front() == '(' && !last.text.empty() &&
         last.text.back() == ')';
}

// `width` is the text's typical line length (0: unknown). Lines that all fill the measure
// are running text cut off by a column break, unless a section number says otherwise.
HeadingShape heading_shape(const LineTable& table, const std::vector<int>& lines,
                           double width = 0) {
  if (lines.empty() || lines.size() > kMaxHeadingLines) return HeadingShape::kNo;
  const LineInfo& first = table.at(lines.front());
  const LineInfo& last = table.at(lines.back());
  if (!starts_upper_or_digit(first) || is_bracketed(first, last)) return HeadingShape::kNo;
  if (width > 0 && lines.size() > 1 && !has_section_number(first) &&
      std::all_of(lines.begin(), lines.end(),
                  [&](int l) { return static_cast<double>(table.at(l).length) >= 0.9 * width; })) {
    return HeadingShape::kNo;
  }
  if (starts_list_item(first) || starts_caption(first) || is_byline(first)) {
    return HeadingShape::kNo;
  }
  bool real = false;
  for (int l : lines)
    real = real || has_real_word(table.at(l));
  if (!real) return HeadingShape::kNo;
  // A line ending in a comma, semicolon or colon is running text, wherever it stands.
  for (int l : lines) {
    if (ends_clause(table.at(l)) && table.at(l).last != '.') return HeadingShape::kNo;
  }
  if (ends_clause(last)) return HeadingShape::kNo;
  const std::size_t words = word_count(table, lines);
  if (words == 0 || words > kMaxHeadingWords) return HeadingShape::kNo;
  if (has_inner_sentence_end(table, lines)) return HeadingShape::kNo;
  if (last.last == '?' || last.last == '!') {
    return words <= kMaxQuestionHeadingWords ? HeadingShape::kQuestion : HeadingShape::kNo;
  }
  return HeadingShape::kYes;
}

// One line that can stand as a heading glued to text: short, capitalised, unfinished
// neither by punctuation nor by a word that needs a continuation.
bool is_heading_line(const LineInfo& line) {
  if (!starts_upper_or_digit(line) || !has_real_word(line)) return false;
  if (line.words.empty() || line.words.size() > kMaxGluedHeadingWords) return false;
  if (ends_clause(line) || line.last == '?' || line.last == '!') return false;
  if (is_function_word(line.words.back()) || is_bracketed(line, line)) return false;
  if (starts_list_item(line) || starts_caption(line) || is_byline(line)) return false;
  return true;
}

bool starts_paragraph(const LineInfo& line) {
  return is_upper(line.first) || is_digit(line.first);
}

// ---------------------------------------------------------------- pass 2: repeats

struct Token {
  std::uint64_t hash;
  int piece;
  int line_pos;  // index in the piece's lines
};

struct Run {
  std::size_t q, p, len;  // stream[q, q+len) == stream[p, p+len), q + len <= p
};

struct Repeat {
  std::size_t qs, qe, ps, pe, matched;
};

// The lines one copy of a repeat occupies, as (piece, line position) in reading order.
struct Region {
  std::vector<std::pair<int, int>> lines;
  std::size_t matched = 0;         // words of the run
  std::size_t words = 0;           // words on its lines, without a trailing attribution
  bool starts_clean = false;       // on a piece's first line or a new sentence's line
  bool extended = false;           // its first line (not in the run) was added
  bool ends_clean = false;         // its last word ends a line (or an attribution follows)
  bool ends_sentence = false;      // ... and ends a sentence
  bool ends_statement = false;     // ... with a full stop or an attribution, not a question
  bool whole = false;              // covers (nearly) all lines of the pieces it touches
  bool followed_by_lower = false;  // the text after it continues in lower case
  bool heading_like = false;       // its lines read as a heading
  bool to_piece_end = false;       // runs to the end of its last piece
  double mean_length = 0;
};

// "– Janka Stoker", "� – Harry Garretsen", "Jeanne Bakker": a quote's attribution line.
bool is_attribution(const LineInfo& line) {
  if (line.words.empty() || line.words.size() > 5) return false;
  if (ends_clause(line) || line.last == '?') return false;
  std::size_t i = 0;
  while (i < line.text.size() && (is_space(line.text[i]) || line.text[i] == 0xFFFD))
    ++i;
  if (i < line.text.size() && is_dash(line.text[i])) return true;
  // Otherwise a name: every word capitalised except name particles.
  static const std::unordered_set<std::string> kParticles = {"van", "de",  "der", "den",
                                                             "ten", "ter", "te",  "von"};
  std::size_t capitals = 0;
  bool at_word_start = true;
  for (char32_t c : line.text) {
    if (is_space(c)) {
      at_word_start = true;
      continue;
    }
    if (at_word_start && is_word_char(c)) {
      if (is_upper(c)) ++capitals;
    }
    at_word_start = false;
  }
  std::size_t particles = 0;
  for (const std::string& w : line.words)
    particles += kParticles.count(w);
  return capitals >= 2 && capitals + particles == line.words.size();
}

class RepeatFinder {
 public:
  RepeatFinder(std::vector<Piece>& pieces, const LineTable& table)
      : pieces_(pieces), table_(table) {}

  // Cuts every repeat out as pieces of its own, marked `duplicate` with a source line.
  void run() {
    build_stream();
    if (stream_.size() < kMinRepeatWords) return;
    std::vector<Repeat> repeats = merge(find_runs());
    std::sort(repeats.begin(), repeats.end(),
              [](const Repeat& a, const Repeat& b) { return a.matched > b.matched; });
    marks_.assign(pieces_.size(), {});
    line_sources_.assign(pieces_.size(), {});
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
      marks_[i].assign(pieces_[i].lines.size(), -1);
      line_sources_[i].assign(pieces_[i].lines.size(), -1);
    }
    for (const Repeat& r : repeats)
      consider(r);
    split_marked();
  }

 private:
  void build_stream() {
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
      if (pieces_[i].fixed) continue;
      const auto& lines = pieces_[i].lines;
      for (std::size_t k = 0; k < lines.size(); ++k) {
        position_.emplace(lines[k], std::make_pair(static_cast<int>(i), static_cast<int>(k)));
        first_token_.emplace(lines[k], stream_.size());
        const auto& words = table_.at(lines[k]).words;
        for (const std::string& word : words) {
          stream_.push_back(
              {std::hash<std::string>{}(word), static_cast<int>(i), static_cast<int>(k)});
        }
      }
    }
  }

  std::vector<Run> find_runs() const {
    const std::size_t n = stream_.size();
    const std::size_t k = kMinRepeatWords;
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> seen;
    std::vector<Run> runs;
    for (std::size_t p = 0; p + k <= n; ++p) {
      std::uint64_t gram = 1469598103934665603ULL;
      for (std::size_t j = 0; j < k; ++j)
        gram = (gram ^ stream_[p + j].hash) * 1099511628211ULL;
      std::vector<std::size_t>& bucket = seen[gram];
      if (bucket.size() <= kMaxSeedOccurrences) {
        for (std::size_t q : bucket) {
          if (q + k > p) continue;
          if (!same(q, p, k)) continue;
          if (q > 0 && stream_[q - 1].hash == stream_[p - 1].hash) continue;  // not maximal
          std::size_t len = k;
          while (p + len < n && q + len < p && stream_[q + len].hash == stream_[p + len].hash) {
            ++len;
          }
          if (stream_[q].piece == stream_[p + len - 1].piece) continue;  // within one piece
          runs.push_back({q, p, len});
        }
      }
      bucket.push_back(p);
    }
    return runs;
  }

  bool same(std::size_t a, std::size_t b, std::size_t len) const {
    for (std::size_t j = 0; j < len; ++j) {
      if (stream_[a + j].hash != stream_[b + j].hash) return false;
    }
    return true;
  }

  // Runs that continue each other at a short distance in both copies are one repeat.
  static std::vector<Repeat> merge(std::vector<Run> runs) {
    std::sort(runs.begin(), runs.end(),
              [](const Run& a, const Run& b) { return a.q != b.q ? a.q < b.q : a.p < b.p; });
    std::vector<Repeat> repeats;
    for (const Run& r : runs) {
      bool merged = false;
      for (auto it = repeats.rbegin(); it != repeats.rend(); ++it) {
        if (r.q >= it->qe && r.q - it->qe <= kMaxRepeatGap && r.p >= it->pe &&
            r.p - it->pe <= kMaxRepeatGap && r.q + r.len <= it->ps) {
          it->qe = r.q + r.len;
          it->pe = r.p + r.len;
          it->matched += r.len;
          merged = true;
          break;
        }
        if (it->qe + kMaxRepeatGap < r.q) break;
      }
      if (!merged) repeats.push_back({r.q, r.q + r.len, r.p, r.p + r.len, r.len});
    }
    return repeats;
  }

  const LineInfo& line_at(int piece, int pos) const {
    return table_.at(pieces_[static_cast<std::size_t>(piece)].lines[static_cast<std::size_t>(pos)]);
  }

  Region region(std::size_t s, std::size_t e) const {
    Region region;
    const Token& first = stream_[s];
    const Token& last = stream_[e - 1];
    region.matched = e - s;
    int start_pos = first.line_pos;
    if (start_pos == 0) {
      region.starts_clean = true;
    } else if (!ends_sentence(line_at(first.piece, start_pos - 1))) {
      // A quote's first words may differ from the text it repeats ("Organiseer tegenkracht"
      // for "het organiseren van tegenkracht"): its first line then joins it.
      if (start_pos == 1) {
        region.starts_clean = true;
        region.extended = true;
        start_pos = 0;
      }
    } else {
      // Glued under a finished sentence: the repeat starts a sentence of its own.
      region.starts_clean = is_upper(line_at(first.piece, start_pos).first);
    }
    // The last word ends its line, or only an attribution ("– Janka Stoker") follows it.
    std::size_t after = 0;
    for (std::size_t t = e; t < stream_.size() && stream_[t].piece == last.piece &&
                            stream_[t].line_pos == last.line_pos;
         ++t) {
      ++after;
    }
    // A dash standing alone (not a hyphen) or U+FFFD, the usual debris before a name.
    bool dash_after = false;
    if (after > 0) {
      const std::u32string& t = line_at(last.piece, last.line_pos).text;
      for (std::size_t k = 0; k < t.size(); ++k) {
        const bool alone =
            (k == 0 || is_space(t[k - 1])) && (k + 1 == t.size() || is_space(t[k + 1]));
        dash_after = dash_after || (is_dash(t[k]) && alone) || t[k] == 0xFFFD;
      }
    }
    region.ends_clean = after == 0 || (after <= 4 && dash_after);
    const LineInfo& end_line = line_at(last.piece, last.line_pos);
    const std::size_t last_word = end_line.words.size() - after - 1;
    region.ends_sentence = end_line.stops[last_word] != 0 || (after > 0 && dash_after);
    region.ends_statement = end_line.stops[last_word] == '.' || (after > 0 && dash_after);
    for (int pc = first.piece; pc <= last.piece; ++pc) {
      const Piece& piece = pieces_[static_cast<std::size_t>(pc)];
      if (piece.fixed) continue;
      const int from = pc == first.piece ? start_pos : 0;
      const int to = pc == last.piece ? last.line_pos : static_cast<int>(piece.lines.size()) - 1;
      for (int k = from; k <= to; ++k)
        region.lines.emplace_back(pc, k);
    }
    double total = 0;
    for (const auto& [pc, k] : region.lines) {
      const LineInfo& line = line_at(pc, k);
      total += static_cast<double>(line.length);
      region.words += line.words.size();
    }
    region.words -= after;
    region.mean_length = total / static_cast<double>(region.lines.size());
    // An attribution line under the quote belongs to it.
    const Piece& end_piece = pieces_[static_cast<std::size_t>(last.piece)];
    const auto next = static_cast<std::size_t>(last.line_pos) + 1;
    if (next < end_piece.lines.size() && is_attribution(table_.at(end_piece.lines[next]))) {
      region.lines.emplace_back(last.piece, static_cast<int>(next));
      region.ends_sentence = true;
      region.ends_statement = true;
    }
    // Whole: (nearly) all lines of the pieces it touches, so a long repeat glued to the
    // text around it at either end still counts; a repeat glued under a finished sentence
    // is measured from that sentence on.
    std::size_t touched = 0;
    for (int pc = first.piece; pc <= last.piece; ++pc) {
      const Piece& piece = pieces_[static_cast<std::size_t>(pc)];
      if (!piece.fixed) touched += piece.lines.size();
    }
    touched -= static_cast<std::size_t>(start_pos);
    region.whole = region.starts_clean && static_cast<double>(region.lines.size()) >=
                                              kWholeCoverage * static_cast<double>(touched);
    // What follows the repeat: a lower-case start continues a sentence it is part of.
    const auto after_pos = static_cast<std::size_t>(region.lines.back().second) + 1;
    region.to_piece_end = after_pos >= end_piece.lines.size();
    if (after_pos < end_piece.lines.size()) {
      region.followed_by_lower = starts_lower(table_.at(end_piece.lines[after_pos]));
    } else {
      for (std::size_t pc = static_cast<std::size_t>(last.piece) + 1; pc < pieces_.size(); ++pc) {
        if (pieces_[pc].fixed) continue;
        region.followed_by_lower = starts_lower(table_.at(pieces_[pc].lines.front()));
        break;
      }
    }
    std::vector<int> lines;
    for (const auto& [pc, k] : region.lines) {
      lines.push_back(pieces_[static_cast<std::size_t>(pc)].lines[static_cast<std::size_t>(k)]);
    }
    // A statement (a full stop, or a quote's attribution) is no heading; a question may be.
    region.heading_like = !region.ends_statement &&
                          heading_shape(table_, lines) != HeadingShape::kNo &&
                          !is_function_word(table_.at(lines.back()).words.back());
    return region;
  }

  // The typical line length of the pieces a copy lies in.
  double typical_length(std::size_t s, std::size_t e) const {
    std::vector<int> lines;
    for (int pc = stream_[s].piece; pc <= stream_[e - 1].piece; ++pc) {
      const Piece& piece = pieces_[static_cast<std::size_t>(pc)];
      if (!piece.fixed) lines.insert(lines.end(), piece.lines.begin(), piece.lines.end());
    }
    return median_length(table_, lines, 0, lines.size());
  }

  // The piece a copy lies in, when it lies in one piece and that piece reads as a heading.
  bool in_heading_piece(std::size_t s, std::size_t e) const {
    if (stream_[s].piece != stream_[e - 1].piece) return false;
    return heading_shape(table_, pieces_[static_cast<std::size_t>(stream_[s].piece)].lines) !=
           HeadingShape::kNo;
  }

  // Whether copy `d` can be cut out as the repeat of the other copy, whose pieces have the
  // typical line length `other_length`. A copy that reads as a heading repeats only a
  // heading, word for word ("The dark side of the moon" as a title is not a quote of the
  // sentence it comes from); any other repeat is a sentence (it ends one, or fills whole
  // blocks not continued in lower case), set narrower than its source or filling its blocks.
  bool fits(const Region& d, double other_length, bool other_is_heading) const {
    if (!d.starts_clean || !d.ends_clean || d.words == 0) return false;
    if (d.heading_like) {
      return other_is_heading && !d.extended && d.to_piece_end && d.matched == d.words;
    }
    const double matched = static_cast<double>(d.matched) / static_cast<double>(d.words);
    if (d.whole && matched >= kWholeMatched && (d.ends_sentence || !d.followed_by_lower)) {
      return true;
    }
    const bool narrow = d.mean_length <= kNarrowRatio * other_length;
    return narrow && d.ends_sentence && matched >= kQuoteMatched;
  }

  // Two whole, identical heading-shaped pieces are a heading that recurs (each section's
  // "Tot slot"); pass 4 decides which of those are a title printed twice.
  bool recurring_heading(const Repeat& r) const {
    const int pa = stream_[r.qs].piece;
    const int pb = stream_[r.ps].piece;
    if (stream_[r.qe - 1].piece != pa || stream_[r.pe - 1].piece != pb) return false;
    const Piece& x = pieces_[static_cast<std::size_t>(pa)];
    const Piece& y = pieces_[static_cast<std::size_t>(pb)];
    return heading_shape(table_, x.lines) != HeadingShape::kNo &&
           piece_words(table_, x) == piece_words(table_, y);
  }

  void consider(const Repeat& r) {
    if (recurring_heading(r)) return;
    const Region q = region(r.qs, r.qe);
    const Region p = region(r.ps, r.pe);
    const bool q_fits = fits(q, typical_length(r.ps, r.pe), in_heading_piece(r.ps, r.pe));
    const bool p_fits = fits(p, typical_length(r.qs, r.qe), in_heading_piece(r.qs, r.qe));
    if (!q_fits && !p_fits) return;
    // The later copy is the repeat, unless only the earlier one can be, or the earlier one
    // is a pull quote set narrower inside the text (printed before the passage it quotes).
    // When either copy is a block of its own the measure says nothing: a lead and a blurb
    // may differ in width.
    bool later = p_fits;
    if (q_fits && p_fits) {
      const bool q_narrow = q.mean_length <= kNarrowRatio * typical_length(r.ps, r.pe);
      const bool p_narrow = p.mean_length <= kNarrowRatio * typical_length(r.qs, r.qe);
      later = !(q_narrow && !p_narrow && !q.whole && !p.whole);
    }
    const Region& dup = later ? p : q;
    const std::size_t src_mid = later ? (r.qs + r.qe) / 2 : (r.ps + r.pe) / 2;
    const Token& src = stream_[src_mid];
    for (const auto& [pc, k] : dup.lines) {
      if (marks_[static_cast<std::size_t>(pc)][static_cast<std::size_t>(k)] >= 0) return;
    }
    // A source that is itself a repeat is fine (duplicate_of may point at a repeat) unless
    // the chain of sources comes back to this copy, or runs in a circle of its own (the
    // fuzzer found text where it did: regressions/passages/repeat_source_chain_cycle.txt).
    // A chain longer than the number of marks made so far has a circle in it.
    std::size_t steps = 0;
    for (int mark =
             marks_[static_cast<std::size_t>(src.piece)][static_cast<std::size_t>(src.line_pos)];
         mark >= 0;) {
      if (++steps > sources_.size()) return;
      const auto [pc, k] = position_.at(sources_[static_cast<std::size_t>(mark)]);
      if (std::find(dup.lines.begin(), dup.lines.end(), std::make_pair(pc, k)) != dup.lines.end()) {
        return;
      }
      mark = marks_[static_cast<std::size_t>(pc)][static_cast<std::size_t>(k)];
    }
    const int id = static_cast<int>(sources_.size());
    sources_.push_back(line_of(src));
    // Each line points at the line its words were copied from, so that every block of a
    // repeat spread over several blocks finds its own source block.
    const std::size_t dup_start = later ? r.ps : r.qs;
    const std::size_t dup_end = later ? r.pe : r.qe;
    const std::size_t src_start = later ? r.qs : r.ps;
    const std::size_t src_end = later ? r.qe : r.pe;
    for (const auto& [pc, k] : dup.lines) {
      const auto upc = static_cast<std::size_t>(pc);
      const auto uk = static_cast<std::size_t>(k);
      marks_[upc][uk] = id;
      const std::size_t t =
          std::clamp(first_token_.at(pieces_[upc].lines[uk]), dup_start, dup_end - 1);
      line_sources_[upc][uk] = line_of(stream_[std::min(src_start + (t - dup_start), src_end - 1)]);
    }
  }

  int line_of(const Token& token) const {
    return pieces_[static_cast<std::size_t>(token.piece)]
        .lines[static_cast<std::size_t>(token.line_pos)];
  }

  void split_marked() {
    std::vector<Piece> out;
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
      Piece& piece = pieces_[i];
      if (piece.fixed) {
        out.push_back(std::move(piece));
        continue;
      }
      const std::vector<int>& mark = marks_[i];
      for (std::size_t k = 0; k < piece.lines.size();) {
        std::size_t end = k;
        while (end < piece.lines.size() && mark[end] == mark[k])
          ++end;
        Piece part;
        part.lines.assign(piece.lines.begin() + static_cast<std::ptrdiff_t>(k),
                          piece.lines.begin() + static_cast<std::ptrdiff_t>(end));
        if (mark[k] >= 0) {
          part.duplicate = true;
          part.source_line = line_sources_[i][(k + end) / 2];
        }
        out.push_back(std::move(part));
        k = end;
      }
    }
    pieces_ = std::move(out);
  }

  std::vector<Piece>& pieces_;
  const LineTable& table_;
  std::vector<Token> stream_;
  std::vector<std::vector<int>> marks_;
  std::vector<int> sources_;
  std::unordered_map<int, std::pair<int, int>> position_;  // line -> (piece, position)
  std::unordered_map<int, std::size_t> first_token_;       // line -> its first word's index
  std::vector<std::vector<int>> line_sources_;             // per marked line: its source
};

// ---------------------------------------------------------------- pass 3: kinds

// "Referentie(s)", "Literatuur", "Bronnen", "Noten" ... alone on the piece's first line.
bool is_reference_label(const LineInfo& line) {
  std::string text;
  for (char32_t c : line.text)
    append_utf8(text, c);
  while (!text.empty() && (text.back() == ':' || text.back() == ' '))
    text.pop_back();
  static const std::unordered_set<std::string> kLabels = {
      "referentie",     "referenties", "literatuur",   "literatuurlijst", "bronnen",
      "bronvermelding", "noten",       "eindnoten",    "bibliografie",    "references",
      "reference",      "literature",  "bibliography", "notes",           "sources"};
  return kLabels.count(ascii_lower(text)) > 0;
}

// The line without a leading bullet or enumerator.
std::u32string strip_marker(const LineInfo& line) {
  std::u32string t = line.text;
  if (!starts_list_item(line)) return t;
  std::size_t i = 0;
  while (i < t.size() && !is_space(t[i]))
    ++i;
  while (i < t.size() && is_space(t[i]))
    ++i;
  return t.substr(i);
}

std::vector<std::u32string> split_tokens(const std::u32string& t) {
  std::vector<std::u32string> tokens;
  std::u32string cur;
  for (char32_t c : t) {
    if (is_space(c)) {
      if (!cur.empty()) tokens.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) tokens.push_back(std::move(cur));
  return tokens;
}

// "Surname, X." at the start (after a bullet): "van Vroonhoven, M.", "Collins, J. C.",
// "Van Wielink, J.P.J.,".
bool starts_apa_author(const LineInfo& line) {
  const std::vector<std::u32string> tokens = split_tokens(strip_marker(line));
  for (std::size_t i = 0; i < tokens.size() && i < 4; ++i) {
    const std::u32string& t = tokens[i];
    if (t.empty() || !(is_word_char(t[0]))) return false;
    if (t.back() != ',') continue;
    if (i + 1 >= tokens.size()) return false;
    const std::u32string& init = tokens[i + 1];
    return init.size() >= 2 && is_upper(init[0]) && init[1] == '.';
  }
  return false;
}

// "(2019", "(z.d." or "(n.d." somewhere in the lines: a reference's year.
bool has_reference_year(const LineTable& table, const std::vector<int>& lines) {
  for (int l : lines) {
    const std::u32string& t = table.at(l).text;
    for (std::size_t i = 0; i + 4 < t.size(); ++i) {
      if (t[i] != '(') continue;
      if (is_digit(t[i + 1]) && is_digit(t[i + 2]) && is_digit(t[i + 3]) && is_digit(t[i + 4])) {
        return true;
      }
      if ((t[i + 1] == 'z' || t[i + 1] == 'n') && t[i + 2] == '.' && t[i + 3] == 'd') return true;
    }
  }
  return false;
}

bool is_name_particle(const std::u32string& t) {
  static const std::unordered_set<std::u32string> kParticles = {
      U"van", U"de", U"der", U"den", U"ten", U"ter", U"te", U"von", U"du",
      U"da",  U"di", U"le",  U"la",  U"del", U"'t",  U"’t", U"in",  U"het"};
  return kParticles.count(t) > 0;
}

bool is_name_word(const std::u32string& t) {
  if (t.empty() || !is_upper(t[0])) return false;
  return std::all_of(t.begin() + 1, t.end(), [](char32_t c) {
    return is_word_char(c) || c == '.' || c == '-' || c == '\'' || c == 0x2019;
  });
}

// "Ria van Dinteren is hoofdredacteur van ...", "Jakob van Wielink (1974) is ...",
// "Drs. Evert Pruis is medeoprichter ...", "X werkt als ...": a person's name (two or more
// capitalised words, particles between), an optional year or age, then "is" and a role, or
// "werkt". "is een" counts only after a year or age, since "Peter Senge is een ..." is a
// sentence about someone; "heeft" never does ("David Frost (2010) heeft ..." cites).
bool starts_bio(const LineInfo& line) {
  const std::vector<std::u32string> tokens = split_tokens(line.text);
  static const std::unordered_set<std::u32string> kTitles = {
      U"drs.", U"dr.", U"prof.", U"ir.", U"mr.", U"ing.", U"ds.", U"mevr.", U"dhr."};
  static const std::unordered_set<std::u32string> kSentenceStarts = {
      U"Het", U"De",   U"Een",  U"Dit", U"Dat",  U"Deze", U"Die",   U"Er",  U"Hij",
      U"Zij", U"Ze",   U"Wij",  U"We",  U"Ik",   U"Jij",  U"Je",    U"U",   U"Wat",
      U"Wie", U"Hoe",  U"Waar", U"Ook", U"Maar", U"En",   U"In",    U"Op",  U"Voor",
      U"Bij", U"Als",  U"Toen", U"Nu",  U"Zo",   U"Daar", U"Hier",  U"Dan", U"Want",
      U"Of",  U"Om",   U"Met",  U"Van", U"Na",   U"Over", U"Onder", U"The", U"A",
      U"An",  U"This", U"That", U"It",  U"He",   U"She",  U"They",  U"On",  U"Volgens"};
  static const std::unordered_set<std::u32string> kNotARole = {
      U"er",     U"het",   U"de",    U"niet", U"ook",       U"dan",  U"daar", U"al",
      U"nog",    U"zo",    U"van",   U"in",   U"op",        U"met",  U"te",   U"dat",
      U"die",    U"wel",   U"geen",  U"zelf", U"hier",      U"toen", U"nu",   U"altijd",
      U"vooral", U"echt",  U"heel",  U"erg",  U"bijna",     U"als",  U"bij",  U"om",
      U"voor",   U"door",  U"naar",  U"uit",  U"aan",       U"tot",  U"over", U"daarom",
      U"dus",    U"zeker", U"ervan", U"erop", U"eigenlijk", U"the",  U"a",    U"an"};
  std::size_t i = 0;
  while (i < tokens.size()) {
    std::u32string lower;
    for (char32_t c : tokens[i])
      lower.push_back(to_lower(c));
    if (!kTitles.count(lower)) break;
    ++i;
  }
  if (i < tokens.size() && kSentenceStarts.count(tokens[i])) return false;
  std::size_t capitals = 0;
  bool last_capital = false;
  const std::size_t name_start = i;
  while (i < tokens.size() && i - name_start < 6) {
    if (is_name_word(tokens[i])) {
      ++capitals;
      last_capital = true;
    } else if (is_name_particle(tokens[i]) && capitals > 0) {
      last_capital = false;
    } else {
      break;
    }
    ++i;
  }
  if (capitals < 2 || !last_capital) return false;
  bool year = false;
  if (i < tokens.size() && tokens[i].size() >= 3 && tokens[i].front() == '(' &&
      tokens[i].back() == ')' &&
      std::all_of(tokens[i].begin() + 1, tokens[i].end() - 1,
                  [](char32_t c) { return is_digit(c); })) {
    year = true;
    ++i;
  }
  if (i + 1 >= tokens.size()) return false;
  const std::u32string& verb = tokens[i];
  const std::u32string& next = tokens[i + 1];
  if (next.empty() || !is_lower(next[0])) return false;
  if (verb == U"werkt") return true;
  if (verb != U"is") return false;
  if (next == U"een") return year;
  return !kNotARole.count(next);
}

class Tagger {
 public:
  Tagger(std::vector<Piece>& pieces, const LineTable& table) : pieces_(pieces), table_(table) {
    std::vector<int> lines;
    for (const Piece& p : pieces_) {
      if (!p.fixed) lines.insert(lines.end(), p.lines.begin(), p.lines.end());
    }
    width_ = median_length(table_, lines, 0, lines.size());
  }

  void run() {
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
      Piece& piece = pieces_[i];
      if (piece.fixed || piece.duplicate) {
        if (piece.fixed) in_references_ = false;
        continue;
      }
      if (piece.done) continue;
      classify(i);
    }
  }

 private:
  const LineInfo& first_line(std::size_t i) const { return table_.at(pieces_[i].lines.front()); }
  const LineInfo& last_line(std::size_t i) const { return table_.at(pieces_[i].lines.back()); }

  const LineInfo* next_first(std::size_t i) const {
    return i + 1 < pieces_.size() ? &first_line(i + 1) : nullptr;
  }

  // The piece before i that is neither a heading, a caption nor a repeat: if it is body
  // and stops mid-sentence, piece i sits in a box inside that sentence.
  bool inside_broken_sentence(std::size_t i) const {
    for (std::size_t k = i; k-- > 0;) {
      const Piece& p = pieces_[k];
      if (p.duplicate || p.kind == BlockKind::kHeading || p.kind == BlockKind::kCaption) continue;
      if (p.kind != BlockKind::kBody) return false;
      const LineInfo& last = last_line(k);
      return is_word_char(last.last) || last.last == ',';
    }
    return false;
  }

  void set(std::size_t i, BlockKind kind) {
    pieces_[i].kind = kind;
    pieces_[i].done = true;
  }

  void classify(std::size_t i) {
    const BlockKind previous = i > 0 ? pieces_[i - 1].kind : BlockKind::kBody;
    const LineInfo& first = first_line(i);
    if (starts_lower(first)) in_sidebar_ = false;  // the broken sentence goes on
    if (is_reference_list(i)) {
      in_references_ = true;
      return set(i, BlockKind::kReferences);
    }
    if (split_glued_list(i)) return classify(i);
    if (starts_bio(first)) {
      // About a person inside a sidebar that interrupts a sentence ("Over Roek Lips…"): a
      // box, which the assembler finds; a bio follows the end of the text.
      in_sidebar_ = in_sidebar_ || inside_broken_sentence(i);
      if (!in_sidebar_) {
        in_references_ = false;
        return set(i, BlockKind::kBio);
      }
    }
    if (in_references_ && is_reference_entry_or_continuation(i)) {
      return set(i, BlockKind::kReferences);
    }
    in_references_ = false;
    if (starts_apa_author(first) && has_reference_year(table_, pieces_[i].lines)) {
      in_references_ = true;  // a list without its label
      return set(i, BlockKind::kReferences);
    }
    if (previous == BlockKind::kBio && all_urls(i)) return set(i, BlockKind::kBio);
    if (starts_list_item(first)) return set(i, BlockKind::kListItem);
    if (previous == BlockKind::kListItem && starts_lower(first) &&
        !ends_sentence(last_line(i - 1))) {
      return set(i, BlockKind::kListItem);  // an item's hanging indent after a blank line
    }
    if (tag_whole_heading(i)) return;
    if (split_glued_heading(i)) {
      if (!pieces_[i].done) classify(i);
      return;
    }
    set(i, BlockKind::kBody);
  }

  // A list glued under the sentence that introduces it ("... een rijke opbrengst:").
  bool split_glued_list(std::size_t i) {
    const std::vector<int>& lines = pieces_[i].lines;
    for (std::size_t k = 1; k < lines.size(); ++k) {
      const LineInfo& before = table_.at(lines[k - 1]);
      if (!starts_list_item(table_.at(lines[k]))) continue;
      if (before.last != ':' && !ends_sentence(before) && !is_url_line(before)) continue;
      Piece rest;
      rest.lines.assign(lines.begin() + static_cast<std::ptrdiff_t>(k), lines.end());
      pieces_[i].lines.resize(k);
      pieces_.insert(pieces_.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(rest));
      return true;
    }
    return false;
  }

  // A label ("Referenties", "Literatuur", "Bronnen") alone on the first line, not the
  // start of a phrase ("Bronnen" / "en materialen" in a figure), with an entry under it.
  bool is_reference_list(std::size_t i) const {
    const Piece& piece = pieces_[i];
    if (!is_reference_label(first_line(i))) return false;
    if (piece.lines.size() > 1) {
      const LineInfo& second = table_.at(piece.lines[1]);
      return starts_apa_author(second) || starts_list_item(second) || is_url_line(second);
    }
    if (i + 1 >= pieces_.size()) return false;
    const LineInfo& next = first_line(i + 1);
    return starts_apa_author(next) || is_url_line(next) ||
           (starts_list_item(next) && has_reference_year(table_, pieces_[i + 1].lines));
  }

  bool all_urls(std::size_t i) const {
    return std::all_of(pieces_[i].lines.begin(), pieces_[i].lines.end(),
                       [&](int l) { return is_url_line(table_.at(l)); });
  }

  // Under a references label: entries ("Surname, X.", a bullet with a year, a URL) and the
  // rest of an entry wrapped over a blank line.
  bool is_reference_entry_or_continuation(std::size_t i) const {
    const Piece& piece = pieces_[i];
    const LineInfo& first = first_line(i);
    if (starts_apa_author(first)) return true;
    if (starts_list_item(first) && has_reference_year(table_, piece.lines)) return true;
    if (all_urls(i)) return true;
    if (i == 0 || pieces_[i - 1].kind != BlockKind::kReferences) return false;
    if (piece.lines.size() > 6) return false;
    const LineInfo& before = last_line(i - 1);
    return before.last != '.' || starts_lower(first) || is_digit(first.first);
  }

  // A block that is a heading as a whole; a title wrapped over a blank line ("De lange
  // lijnen / bewaken in een" ⏎ "‘alles-moet-nu-cultuur’") makes two heading blocks.
  bool tag_whole_heading(std::size_t i) {
    const Piece& piece = pieces_[i];
    const HeadingShape shape = heading_shape(table_, piece.lines, width_);
    if (shape == HeadingShape::kNo) return false;
    const LineInfo* next = next_first(i);
    const LineInfo& last = last_line(i);
    const bool unfinished = (shape == HeadingShape::kYes && !last.words.empty() &&
                             is_function_word(last.words.back())) ||
                            (next != nullptr && starts_lower(*next));
    if (unfinished) {
      if (shape != HeadingShape::kYes || !wrapped_title(i)) return false;
      set(i, BlockKind::kHeading);
      set(i + 1, BlockKind::kHeading);
      return true;
    }
    if (shape == HeadingShape::kQuestion) {
      // A question is a heading when it is short, set apart (not a full-width line of an
      // interview question) and followed by a new paragraph; "Veel leesplezier!" closing a
      // text, or a one-line question in the flow, stays body.
      if (next == nullptr || !starts_paragraph(*next)) return false;
      if (piece.lines.size() > 1 && static_cast<double>(first_line(i).length) > 0.9 * width_) {
        return false;
      }
    }
    set(i, BlockKind::kHeading);
    return true;
  }

  // Piece i and the next are one title wrapped over a blank line: both short, set in lines
  // clearly shorter than the text's, the second starting in lower case and ending the title.
  bool wrapped_title(std::size_t i) const {
    if (i + 1 >= pieces_.size()) return false;
    const Piece& a = pieces_[i];
    const Piece& b = pieces_[i + 1];
    if (b.fixed || b.duplicate || b.done || b.lines.size() > 2) return false;
    const LineInfo& b_first = first_line(i + 1);
    const LineInfo& b_last = last_line(i + 1);
    if (!starts_lower(b_first) || ends_clause(b_last) || is_url_line(b_first)) return false;
    if (!b_last.words.empty() && is_function_word(b_last.words.back())) return false;
    if (word_count(table_, a.lines) + word_count(table_, b.lines) > 15) return false;
    if (const LineInfo* after = next_first(i + 1); after && starts_lower(*after)) return false;
    for (const Piece* p : {&a, &b}) {
      for (int l : p->lines) {
        if (static_cast<double>(table_.at(l).length) > 0.75 * width_) return false;
      }
    }
    return true;
  }

  // Splits piece i into parts at [cut, cut+count) and tags that part a heading.
  void split_heading_out(std::size_t i, std::size_t cut, std::size_t count) {
    Piece piece = std::move(pieces_[i]);
    std::vector<Piece> parts;
    const auto part = [&](std::size_t from, std::size_t to) {
      Piece p;
      p.lines.assign(piece.lines.begin() + static_cast<std::ptrdiff_t>(from),
                     piece.lines.begin() + static_cast<std::ptrdiff_t>(to));
      return p;
    };
    if (cut > 0) parts.push_back(part(0, cut));
    Piece heading = part(cut, cut + count);
    heading.kind = BlockKind::kHeading;
    heading.done = true;
    parts.push_back(std::move(heading));
    if (cut + count < piece.lines.size()) parts.push_back(part(cut + count, piece.lines.size()));
    pieces_.erase(pieces_.begin() + static_cast<std::ptrdiff_t>(i));
    pieces_.insert(pieces_.begin() + static_cast<std::ptrdiff_t>(i), parts.begin(), parts.end());
  }

  // A heading glued to a paragraph: its first line (or two lines: a wrapped title), a line
  // inside it after a finished sentence, or its last line. The heading line is markedly
  // shorter than the paragraph's lines and the text after it starts a new sentence.
  bool split_glued_heading(std::size_t i) {
    const std::vector<int>& lines = pieces_[i].lines;
    const std::size_t n = lines.size();
    const auto len = [&](std::size_t k) { return static_cast<double>(table_.at(lines[k]).length); };
    const auto info = [&](std::size_t k) -> const LineInfo& { return table_.at(lines[k]); };
    // A heading line that starts a new text frame (a leading space), or is followed by
    // one, may be longer: the frame boundary already says the line stands apart.
    const auto ratio = [&](std::size_t heading_end) {
      return info(0).indented || info(heading_end).indented ? kShortIndentedHeadingRatio
                                                            : kShortHeadingRatio;
    };
    if (n >= 3 && is_heading_line(info(0)) && starts_paragraph(info(1))) {
      const double typical = median_length(table_, lines, 1, n - 1);
      if (len(0) <= ratio(1) * typical) {
        split_heading_out(i, 0, 1);
        return true;
      }
    }
    if (n >= 3 && starts_upper_or_digit(info(0)) && !ends_clause(info(0)) && info(0).last != '?' &&
        !starts_list_item(info(0)) && is_heading_line_tail(info(1)) && starts_paragraph(info(2)) &&
        info(0).words.size() + info(1).words.size() <= kMaxHeadingWords) {
      const double typical = median_length(table_, lines, 2, std::max<std::size_t>(n - 1, 3));
      if (len(1) <= kShortInnerHeadingRatio * typical &&
          len(0) <= std::max(1.05, ratio(2)) * typical) {
        split_heading_out(i, 0, 2);
        return true;
      }
    }
    for (std::size_t k = 1; k + 1 < n; ++k) {
      if (!ends_sentence(info(k - 1)) || !is_heading_line(info(k)) ||
          !starts_paragraph(info(k + 1))) {
        continue;
      }
      std::vector<int> others(lines.begin(), lines.end() - 1);
      others.erase(others.begin() + static_cast<std::ptrdiff_t>(k));
      const double typical = median_length(table_, others, 0, others.size());
      if (len(k) <= kShortInnerHeadingRatio * typical) {
        split_heading_out(i, k, 1);
        return true;
      }
    }
    const LineInfo* next = next_first(i);
    if (n >= 3 && ends_sentence(info(n - 2)) && is_heading_line(info(n - 1)) && next &&
        starts_paragraph(*next)) {
      const double typical = median_length(table_, lines, 0, n - 1);
      if (len(n - 1) <= kShortInnerHeadingRatio * typical) {
        split_heading_out(i, n - 1, 1);
        return true;
      }
    }
    return false;
  }

  // The second line of a wrapped heading: like a heading line, but it may start in lower
  // case, and end a question ("Hoe kan je leren van / je verbeelding?"); being short under
  // a line of normal length is what sets it apart from a paragraph's first sentence.
  static bool is_heading_line_tail(const LineInfo& line) {
    if (!has_real_word(line) || line.words.size() > kMaxGluedHeadingWords) return false;
    if (ends_clause(line)) return false;
    const bool question = line.last == '?' || line.last == '!';
    return (question || !is_function_word(line.words.back())) && !starts_list_item(line);
  }

  std::vector<Piece>& pieces_;
  const LineTable& table_;
  double width_ = 0;
  bool in_references_ = false;
  bool in_sidebar_ = false;
};

// ---------------------------------------------------------------- pass 4: repeats resolved

bool contains_run(const std::vector<std::string>& hay, const std::vector<std::string>& needle) {
  if (needle.empty() || needle.size() > hay.size()) return false;
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

void resolve(std::vector<Piece>& pieces, const LineTable& table, std::vector<Block>& out) {
  std::unordered_map<int, std::size_t> piece_of_line;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    for (int l : pieces[i].lines)
      piece_of_line.emplace(l, i);
  }
  out.clear();
  for (const Piece& p : pieces)
    out.push_back(Block{p.lines, p.kind, -1});

  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (!pieces[i].duplicate) continue;
    const auto it = piece_of_line.find(pieces[i].source_line);
    if (it == piece_of_line.end()) continue;
    out[i].duplicate_of = static_cast<int>(it->second);
  }
  // Pass 2 never takes a copy as the source of its own source, line by line; a loop can
  // only come from blocks holding lines of different repeats. Break it at its first block.
  for (std::size_t i = 0; i < out.size(); ++i) {
    int at = out[i].duplicate_of;
    for (std::size_t steps = 0; at >= 0 && steps < out.size(); ++steps) {
      if (at == static_cast<int>(i)) {
        out[i].duplicate_of = -1;
        pieces[i].duplicate = false;
        break;
      }
      at = out[static_cast<std::size_t>(at)].duplicate_of;
    }
  }
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (!pieces[i].duplicate) continue;
    const int source = out[i].duplicate_of;
    const bool heading_copy = source >= 0 &&
                              out[static_cast<std::size_t>(source)].kind == BlockKind::kHeading &&
                              heading_shape(table, pieces[i].lines) != HeadingShape::kNo;
    out[i].kind = heading_copy ? BlockKind::kHeading : BlockKind::kPullQuote;
  }

  // A title printed twice (above and below a column, or again over the next page) is too
  // short for the word-run search: a later heading whose words make up most of the first
  // heading (the title), or equal a heading of three or more words just before it, repeats
  // it. Section headings that recur further apart ("Tot slot", "Wat betekent dit voor
  // ...?") are separate headings, and so is a section named after part of the title.
  std::size_t title = out.size();
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i].kind == BlockKind::kHeading && out[i].duplicate_of < 0) {
      title = i;
      break;
    }
  }
  for (std::size_t i = title + 1; i < out.size(); ++i) {
    if (out[i].kind != BlockKind::kHeading || out[i].duplicate_of >= 0) continue;
    const std::vector<std::string> words = piece_words(table, pieces[i]);
    if (words.size() < 2) continue;
    const std::vector<std::string> title_words = piece_words(table, pieces[title]);
    if (2 * words.size() >= title_words.size() && contains_run(title_words, words)) {
      out[i].duplicate_of = static_cast<int>(title);
      continue;
    }
    if (words.size() < 3) continue;
    for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {
      if (out[k].kind == BlockKind::kHeading && out[k].duplicate_of < 0 &&
          piece_words(table, pieces[k]) == words) {
        out[i].duplicate_of = static_cast<int>(k);
        break;
      }
    }
  }

  // Labels of a figure drawn as text ("Fysiek", "Omgeving", "VERBEELDING") come out as a
  // run of tiny blocks next to its caption: two or more of them are the caption's text.
  const auto is_label = [&](std::size_t k) {
    return out[k].duplicate_of < 0 &&
           (out[k].kind == BlockKind::kHeading || out[k].kind == BlockKind::kBody) &&
           out[k].lines.size() <= 2 && word_count(table, out[k].lines) <= 4 &&
           !ends_sentence(table.at(out[k].lines.back()));
  };
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i].kind != BlockKind::kCaption) continue;
    std::size_t end = i + 1;
    while (end < out.size() && is_label(end))
      ++end;
    if (end - i - 1 >= 2) {
      for (std::size_t k = i + 1; k < end; ++k)
        out[k].kind = BlockKind::kCaption;
    }
    std::size_t begin = i;
    while (begin > 0 && is_label(begin - 1))
      --begin;
    if (i - begin >= 2) {
      for (std::size_t k = begin; k < i; ++k)
        out[k].kind = BlockKind::kCaption;
    }
  }
}

}  // namespace

const char* block_kind_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::kBody:
      return "body";
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kCaption:
      return "caption";
    case BlockKind::kPullQuote:
      return "pull_quote";
    case BlockKind::kBox:
      return "box";
    case BlockKind::kBio:
      return "bio";
    case BlockKind::kReferences:
      return "references";
    case BlockKind::kByline:
      return "byline";
    case BlockKind::kListItem:
      return "list_item";
  }
  return "body";
}

std::vector<Block> make_blocks(const std::vector<std::string>& lines,
                               const std::vector<LineRole>& roles, int first_line, int last_line) {
  std::vector<Block> blocks;
  const int last =
      std::min({last_line, static_cast<int>(lines.size()), static_cast<int>(roles.size())});
  Block current;
  const auto flush = [&] {
    if (!current.lines.empty()) blocks.push_back(std::move(current));
    current = Block{};
  };
  for (int n = std::max(first_line, 1); n <= last; ++n) {
    const auto k = static_cast<std::size_t>(n - 1);
    const LineRole role = roles[k];
    // Furniture is invisible here: it neither joins nor ends a block, since a footer lands
    // wherever the page ended, often inside a sentence.
    if (role != LineRole::kText && role != LineRole::kBlank) continue;
    const bool blank =
        role == LineRole::kBlank || std::all_of(lines[k].begin(), lines[k].end(), [](char c) {
          return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
        });
    if (blank) {
      flush();
    } else {
      current.lines.push_back(n);
    }
  }
  flush();
  return blocks;
}

void tag_blocks(std::vector<Block>& blocks, const std::vector<std::string>& lines) {
  int first = 1;
  int last = 0;  // no lines
  for (const Block& block : blocks) {
    if (block.lines.empty()) continue;
    const bool first_block = last < first;
    first = first_block ? block.first_line() : std::min(first, block.first_line());
    last = first_block ? block.last_line() : std::max(last, block.last_line());
  }
  const LineTable table(lines, first, last);
  std::vector<Piece> pieces = cut_bylines_and_captions(blocks, table);
  RepeatFinder(pieces, table).run();
  Tagger(pieces, table).run();
  resolve(pieces, table, blocks);
}

}  // namespace ingest
