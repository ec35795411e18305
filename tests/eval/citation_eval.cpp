// tests/eval/citation_eval.cpp — scores the v_citation view of a conceptdb database against
// the hand-labelled gold set tests/eval/citations.tsv, inside the complete ranges of
// tests/eval/coverage.tsv. See tests/eval/README.md, section "Evaluator".
//
//   citation_eval --gold FILE --coverage FILE --db FILE
//                 [--min-precision X] [--min-recall Y] [--errors]
//
// Exit status: 0 when the thresholds are met, 1 when overall precision or recall is below
// them, 2 on a usage or input error (unreadable file, malformed TSV line, no v_citation).
#include <fmt/core.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.hpp"
#include "store/error.hpp"
#include "store/statement.hpp"
#include "store/utf8.hpp"

namespace {

// ------------------------------------------------------------------------------ errors

// A usage or input error: the message is printed as it is and the exit status is 2.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

constexpr int kExitOk = 0;
constexpr int kExitBelowThreshold = 1;
constexpr int kExitInputError = 2;

// ------------------------------------------------------------------------------ data

struct Citation {
  std::string file;  // "000".."004"
  std::int64_t line = 0;
  std::int64_t line_end = 0;
  std::string first_author;
  std::string authors;
  std::string year;
  std::string locator;
  std::string kind;
  std::string group;
  std::string text;
  std::string note;
  std::size_t origin = 0;  // TSV line number (gold) or row number (view)

  // Normalised keys, filled once.
  std::string norm_author;
  std::string norm_year;
};

struct Range {
  std::string file;
  std::int64_t first = 0;
  std::int64_t last = 0;
};

struct Options {
  std::string gold;
  std::string coverage;
  std::string db;
  double min_precision = 0.0;
  double min_recall = 0.0;
  bool errors = false;
};

// ------------------------------------------------------------------------------ text helpers

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = s.find(sep, start);
    if (at == std::string_view::npos) {
      out.emplace_back(s.substr(start));
      return out;
    }
    out.emplace_back(s.substr(start, at - start));
    start = at + 1;
  }
}

std::string trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && space(s.back()))
    s.remove_suffix(1);
  return std::string(s);
}

// Decodes the UTF-8 sequence at s[i]; returns the code point and advances i. An invalid byte
// is returned as itself (0x80..0xFF is never a letter we fold, so it is copied unchanged).
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const std::size_t n = store::utf8_sequence_length(s.substr(i));
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  char32_t cp = 0;
  switch (n) {
    case 1:
      cp = byte(0);
      break;
    case 2:
      cp = ((byte(0) & 0x1Fu) << 6) | (byte(1) & 0x3Fu);
      break;
    case 3:
      cp = ((byte(0) & 0x0Fu) << 12) | ((byte(1) & 0x3Fu) << 6) | (byte(2) & 0x3Fu);
      break;
    case 4:
      cp = ((byte(0) & 0x07u) << 18) | ((byte(1) & 0x3Fu) << 12) | ((byte(2) & 0x3Fu) << 6) |
           (byte(3) & 0x3Fu);
      break;
    default:  // invalid: one byte, passed through
      cp = 0xFFFFFFFFu;
      break;
  }
  i += n == 0 ? 1 : n;
  return cp;
}

bool is_space_cp(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == 0x00A0 || cp == 0x2009 || cp == 0x202F;
}

bool is_quote_cp(char32_t cp) {
  return cp == U'\'' || cp == U'`' || cp == 0x2018 || cp == 0x2019 || cp == 0x201B ||
         cp == 0x02BC || cp == 0x00B4;
}

bool is_hyphen_cp(char32_t cp) {
  return cp == U'-' || cp == 0x00AD || cp == 0x2010 || cp == 0x2011 || cp == 0x2013;
}

// The ASCII folding of one letter of Latin-1 Supplement or Latin Extended-A; nullptr when the
// code point is not such a letter.
const char* fold_latin(char32_t cp) {
  struct Fold {
    char32_t first;
    char32_t last;
    const char* ascii;
  };
  static constexpr Fold kFolds[] = {
      {0x00C0, 0x00C5, "a"},  {0x00C6, 0x00C6, "ae"}, {0x00C7, 0x00C7, "c"},
      {0x00C8, 0x00CB, "e"},  {0x00CC, 0x00CF, "i"},  {0x00D0, 0x00D0, "d"},
      {0x00D1, 0x00D1, "n"},  {0x00D2, 0x00D6, "o"},  {0x00D8, 0x00D8, "o"},
      {0x00D9, 0x00DC, "u"},  {0x00DD, 0x00DD, "y"},  {0x00DE, 0x00DE, "th"},
      {0x00DF, 0x00DF, "ss"}, {0x00E0, 0x00E5, "a"},  {0x00E6, 0x00E6, "ae"},
      {0x00E7, 0x00E7, "c"},  {0x00E8, 0x00EB, "e"},  {0x00EC, 0x00EF, "i"},
      {0x00F0, 0x00F0, "d"},  {0x00F1, 0x00F1, "n"},  {0x00F2, 0x00F6, "o"},
      {0x00F8, 0x00F8, "o"},  {0x00F9, 0x00FC, "u"},  {0x00FD, 0x00FD, "y"},
      {0x00FE, 0x00FE, "th"}, {0x00FF, 0x00FF, "y"},  {0x0100, 0x0105, "a"},
      {0x0106, 0x010D, "c"},  {0x010E, 0x0111, "d"},  {0x0112, 0x011B, "e"},
      {0x011C, 0x0123, "g"},  {0x0124, 0x0127, "h"},  {0x0128, 0x0131, "i"},
      {0x0132, 0x0133, "ij"}, {0x0134, 0x0135, "j"},  {0x0136, 0x0138, "k"},
      {0x0139, 0x0142, "l"},  {0x0143, 0x014B, "n"},  {0x014C, 0x0151, "o"},
      {0x0152, 0x0153, "oe"}, {0x0154, 0x0159, "r"},  {0x015A, 0x0161, "s"},
      {0x0162, 0x0167, "t"},  {0x0168, 0x0173, "u"},  {0x0174, 0x0175, "w"},
      {0x0176, 0x0178, "y"},  {0x0179, 0x017E, "z"},  {0x017F, 0x017F, "s"},
  };
  for (const Fold& f : kFolds) {
    if (cp >= f.first && cp <= f.last) return f.ascii;
  }
  return nullptr;
}

// A name as a matching key: case-folded, accents folded, quotes, hyphens and spaces removed.
std::string normalise_name(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(s, i);
    if (is_space_cp(cp) || is_quote_cp(cp) || is_hyphen_cp(cp)) continue;
    if (cp >= U'A' && cp <= U'Z') {
      out += static_cast<char>(cp - U'A' + U'a');
    } else if (const char* folded = fold_latin(cp)) {
      out += folded;
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

// A year or locator as a key: only the spaces removed ("± 1955" = "±1955").
std::string remove_spaces(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t start = i;
    if (!is_space_cp(next_code_point(s, i))) out.append(s.substr(start, i - start));
  }
  return out;
}

std::vector<std::string> normalise_authors(std::string_view authors) {
  std::vector<std::string> out;
  for (const std::string& part : split(authors, ';')) {
    const std::string t = trim(part);
    if (!t.empty()) out.push_back(normalise_name(t));
  }
  return out;
}

// Upper-case first letter (ASCII or Latin-1/Extended-A capital).
bool starts_upper(std::string_view word) {
  if (word.empty()) return false;
  std::size_t i = 0;
  const char32_t cp = next_code_point(word, i);
  if (cp >= U'A' && cp <= U'Z') return true;
  if (cp >= 0x00C0 && cp <= 0x00DE && cp != 0x00D7) return true;
  // Latin Extended-A alternates capital and small letter; the parity flips twice.
  if (cp >= 0x0100 && cp <= 0x0137) return cp % 2 == 0;
  if (cp >= 0x0139 && cp <= 0x0148) return cp % 2 == 1;
  if (cp >= 0x014A && cp <= 0x0177) return cp % 2 == 0;
  if (cp == 0x0178) return true;
  if (cp >= 0x0179 && cp <= 0x017E) return cp % 2 == 1;
  return false;
}

bool starts_lower(std::string_view word) {
  if (word.empty()) return false;
  std::size_t i = 0;
  const char32_t cp = next_code_point(word, i);
  if (cp >= U'a' && cp <= U'z') return true;
  return cp >= 0x00DF && cp <= 0x00FF && cp != 0x00F7;
}

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  std::string current;
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// ------------------------------------------------------------------------------ forms

const std::set<std::string>& particles() {
  static const std::set<std::string> kParticles = {
      "van", "de", "der", "den", "ten", "ter", "te",  "het", "'t", "’t", "von", "vom",
      "zu",  "du", "la",  "le",  "di",  "da",  "del", "des", "op", "d'", "d’"};
  return kParticles;
}

// A surname with a particle: any word but the last is van/de/der/... (`van Ginneken`,
// `Van der Waals`, `Kets de Vries`).
bool has_particle(std::string_view first_author) {
  const std::vector<std::string> w = words(first_author);
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    if (particles().count(lower_ascii(w[i])) != 0) return true;
  }
  return false;
}

// An organisation or document as author: all capitals (`RMO`, `VWS`), or two or more
// capitalised words and no particle (`Gemeente Venlo`, `Burgerlijk Wetboek`).
bool is_organisation(std::string_view first_author) {
  bool any_letter = false;
  bool any_lower = false;
  for (char c : first_author) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) any_letter = true;
    if (c >= 'a' && c <= 'z') any_lower = true;
  }
  if (any_letter && !any_lower && first_author.size() >= 2) return true;
  if (has_particle(first_author)) return false;
  int capitalised = 0;
  for (const std::string& w : words(first_author)) {
    if (starts_upper(w)) ++capitalised;
  }
  return capitalised >= 2;
}

// `1996b`, `2020`, `1995/2003`: the text of an inherited-year row.
bool is_year_only(std::string_view text) {
  const std::string t = trim(text);
  std::size_t i = 0;
  const auto year = [&]() {
    std::size_t digits = 0;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
      ++i;
      ++digits;
    }
    if (digits != 4) return false;
    if (i < t.size() && t[i] >= 'a' && t[i] <= 'z') ++i;
    return true;
  };
  if (!year()) return false;
  if (i < t.size() && t[i] == '/') {
    ++i;
    if (!year()) return false;
  }
  return i == t.size();
}

// The text without a leading bracket and spaces.
std::string_view strip_open(std::string_view text) {
  while (!text.empty() && (text.front() == '(' || text.front() == ' ' || text.front() == '[')) {
    text.remove_prefix(1);
  }
  return text;
}

bool starts_with_author(std::string_view text, std::string_view first_author) {
  const std::string a = normalise_name(first_author);
  return !a.empty() && normalise_name(strip_open(text)).rfind(a, 0) == 0;
}

const std::vector<std::string>& prefix_words() {
  static const std::vector<std::string> kWords = {
      "zie",   "e.g.",    "eg.",       "bijv.", "bijvoorbeeld", "o.a.",
      "onder", "vgl.",    "vergelijk", "cf.",   "gebaseerd",    "ontleend",
      "naar",  "volgens", "waaronder", "bron:", "see",          "zoals"};
  return kWords;
}

bool first_word_is_prefix(std::string_view text) {
  const std::vector<std::string> w = words(strip_open(text));
  if (w.empty()) return false;
  const std::string first = lower_ascii(w.front());
  for (const std::string& p : prefix_words()) {
    if (first == p || (p.back() != '.' && p.back() != ':' && first == p + ":")) return true;
  }
  return false;
}

// Words before the author: `zie`, `e.g.`, `ontleend aan`, ... or lower-case prose before the
// name (`(comprehensive assessment ...; Kelley & Halverson, 2012)`, `(‘tradition’ volgens ...`).
bool has_prefix(const Citation& c) {
  if (is_year_only(c.text) || starts_with_author(c.text, c.first_author)) return false;
  if (first_word_is_prefix(c.text)) return true;
  const std::string_view rest = strip_open(c.text);
  if (starts_lower(rest)) return true;
  std::size_t i = 0;
  return !rest.empty() && is_quote_cp(next_code_point(rest, i));
}

// A narrative citation with the author's first name(s) before the surname:
// `Merel van Vroonhoven (2024)`, `Annie M. G. Schmidt (± 1955)`.
bool has_first_name(const Citation& c) {
  if (c.kind != "narrative" || c.first_author.empty()) return false;
  const std::size_t at = c.text.find(c.first_author);
  if (at == std::string::npos || at == 0) return false;
  if (first_word_is_prefix(c.text)) return false;
  const std::vector<std::string> before = words(std::string_view(c.text).substr(0, at));
  if (before.empty()) return false;
  return std::all_of(before.begin(), before.end(), [](const std::string& w) {
    return starts_upper(w) && w.find('(') == std::string::npos;
  });
}

std::size_t surname_count(std::string_view authors) {
  std::size_t n = 0;
  for (const std::string& part : split(authors, ';')) {
    const std::string t = trim(part);
    if (!t.empty() && t != "et al.") ++n;
  }
  return n;
}

struct Form {
  const char* name;
  bool (*test)(const Citation&);
};

const std::vector<Form>& forms() {
  static const std::vector<Form> kForms = {
      {"grouped", [](const Citation& c) { return !c.group.empty(); }},
      {"inherited year", [](const Citation& c) { return is_year_only(c.text); }},
      {"et al.", [](const Citation& c) { return c.authors.find("et al.") != std::string::npos; }},
      {"3+ authors", [](const Citation& c) { return surname_count(c.authors) >= 3; }},
      {"particle", [](const Citation& c) { return has_particle(c.first_author); }},
      {"first name", [](const Citation& c) { return has_first_name(c); }},
      {"locator", [](const Citation& c) { return !trim(c.locator).empty(); }},
      {"organisation", [](const Citation& c) { return is_organisation(c.first_author); }},
      {"multi-line", [](const Citation& c) { return c.line_end > c.line; }},
      {"prefix", [](const Citation& c) { return has_prefix(c); }},
  };
  return kForms;
}

// ------------------------------------------------------------------------------ input

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(fmt::format("{}: cannot read the file", path));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw InputError(fmt::format("{}: cannot read the file", path));
  return buffer.str();
}

struct TsvRow {
  std::size_t line_no = 0;
  std::vector<std::string> fields;
};

// Reads a TAB-separated file with one header line; checks that every column of `required`
// is in the header and that every row has as many fields as the header. Empty lines are
// skipped; a CR before the LF is dropped. Returns the rows and fills `index` (column -> field).
std::vector<TsvRow> read_tsv(const std::string& path, const std::vector<std::string>& required,
                             std::map<std::string, std::size_t>& index) {
  const std::string content = read_file(path);
  std::vector<std::string> lines = split(content, '\n');
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  if (lines.empty()) throw InputError(fmt::format("{}:1: empty file, expected a header", path));
  for (std::string& l : lines) {
    if (!l.empty() && l.back() == '\r') l.pop_back();
  }
  for (std::size_t n = 0; n < lines.size(); ++n) {
    std::string_view rest = lines[n];
    while (!rest.empty()) {
      const std::size_t len = store::utf8_sequence_length(rest);
      if (len == 0) throw InputError(fmt::format("{}:{}: not valid UTF-8", path, n + 1));
      rest.remove_prefix(len);
    }
  }
  const std::vector<std::string> header = split(lines[0], '\t');
  for (std::size_t i = 0; i < header.size(); ++i)
    index[trim(header[i])] = i;
  for (const std::string& column : required) {
    if (index.count(column) == 0) {
      throw InputError(fmt::format("{}:1: the header has no column `{}`", path, column));
    }
  }
  std::vector<TsvRow> rows;
  for (std::size_t n = 1; n < lines.size(); ++n) {
    if (trim(lines[n]).empty()) continue;
    TsvRow row{n + 1, split(lines[n], '\t')};
    if (row.fields.size() != header.size()) {
      throw InputError(fmt::format("{}:{}: expected {} TAB-separated fields, found {}", path, n + 1,
                                   header.size(), row.fields.size()));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::int64_t parse_line_number(const std::string& path, std::size_t line_no,
                               const std::string& column, const std::string& value) {
  const std::string t = trim(value);
  std::int64_t n = 0;
  bool ok = !t.empty() && t.size() <= 9;
  for (char c : t) {
    if (c < '0' || c > '9') {
      ok = false;
      break;
    }
    n = n * 10 + (c - '0');
  }
  if (!ok || n < 1) {
    throw InputError(fmt::format("{}:{}: `{}` must be a line number (1 or more), not `{}`", path,
                                 line_no, column, value));
  }
  return n;
}

void check_file_key(const std::string& path, std::size_t line_no, const std::string& file) {
  const bool ok = file.size() == 3 && std::all_of(file.begin(), file.end(),
                                                  [](char c) { return c >= '0' && c <= '9'; });
  if (!ok) {
    throw InputError(fmt::format("{}:{}: `file` must be three digits (000..004), not `{}`", path,
                                 line_no, file));
  }
}

std::vector<Citation> read_gold(const std::string& path) {
  const std::vector<std::string> columns = {"file",    "line", "line_end", "first_author",
                                            "authors", "year", "locator",  "kind",
                                            "group",   "text", "note"};
  std::map<std::string, std::size_t> ix;
  const std::vector<TsvRow> rows = read_tsv(path, columns, ix);
  std::vector<Citation> gold;
  for (const TsvRow& row : rows) {
    const auto field = [&](const char* name) { return row.fields[ix.at(name)]; };
    Citation c;
    c.origin = row.line_no;
    c.file = trim(field("file"));
    check_file_key(path, row.line_no, c.file);
    c.line = parse_line_number(path, row.line_no, "line", field("line"));
    c.line_end = parse_line_number(path, row.line_no, "line_end", field("line_end"));
    if (c.line_end < c.line) {
      throw InputError(fmt::format("{}:{}: line_end {} is before line {}", path, row.line_no,
                                   c.line_end, c.line));
    }
    c.first_author = trim(field("first_author"));
    c.authors = trim(field("authors"));
    c.year = trim(field("year"));
    c.locator = trim(field("locator"));
    c.kind = trim(field("kind"));
    c.group = trim(field("group"));
    c.text = field("text");
    c.note = field("note");
    if (c.kind != "parenthetical" && c.kind != "narrative" && c.kind != "legal" &&
        c.kind != "decoy") {
      throw InputError(
          fmt::format("{}:{}: `kind` must be parenthetical, narrative, legal or decoy, not `{}`",
                      path, row.line_no, c.kind));
    }
    if (c.kind != "decoy" && c.first_author.empty()) {
      throw InputError(fmt::format("{}:{}: a citation needs a first_author", path, row.line_no));
    }
    c.norm_author = normalise_name(c.first_author);
    c.norm_year = remove_spaces(c.year);
    gold.push_back(std::move(c));
  }
  return gold;
}

std::vector<Range> read_coverage(const std::string& path) {
  std::map<std::string, std::size_t> ix;
  const std::vector<TsvRow> rows = read_tsv(path, {"file", "first_line", "last_line"}, ix);
  std::vector<Range> ranges;
  for (const TsvRow& row : rows) {
    Range r;
    r.file = trim(row.fields[ix.at("file")]);
    check_file_key(path, row.line_no, r.file);
    r.first = parse_line_number(path, row.line_no, "first_line", row.fields[ix.at("first_line")]);
    r.last = parse_line_number(path, row.line_no, "last_line", row.fields[ix.at("last_line")]);
    if (r.last < r.first) {
      throw InputError(fmt::format("{}:{}: last_line {} is before first_line {}", path, row.line_no,
                                   r.last, r.first));
    }
    ranges.push_back(r);
  }
  if (ranges.empty()) throw InputError(fmt::format("{}: no ranges", path));
  return ranges;
}

// One column of the current row as text, whatever its SQLite type (NULL gives "").
std::string column_string(const store::Statement& st, int index) {
  switch (st.column_type(index)) {
    case store::ColumnType::kNull:
      return {};
    case store::ColumnType::kInteger:
      return std::to_string(st.column_int64(index));
    default:
      return std::string(st.column_text(index));
  }
}

std::optional<std::int64_t> column_line(const store::Statement& st, int index) {
  switch (st.column_type(index)) {
    case store::ColumnType::kInteger:
      return st.column_int64(index);
    case store::ColumnType::kText: {
      const std::string t = trim(st.column_text(index));
      if (t.empty() ||
          !std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
      return std::stoll(t);
    }
    default:
      return std::nullopt;
  }
}

struct ViewRows {
  std::vector<Citation> rows;
  std::size_t without_line = 0;
};

ViewRows read_view(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw InputError(fmt::format("{}: no such database file", path));
  }
  ViewRows out;
  try {
    store::Database db = store::Database::open(path, store::OpenMode::kReadOnly);
    store::Statement st = db.prepare(
        "SELECT file, line, line_end, first_author, authors, year, kind, locator, text "
        "FROM v_citation");
    std::size_t n = 0;
    while (st.step()) {
      ++n;
      Citation c;
      c.origin = n;
      if (st.column_type(0) == store::ColumnType::kInteger) {
        c.file = fmt::format("{:03d}", st.column_int64(0));
      } else {
        c.file = trim(column_string(st, 0));
      }
      const std::optional<std::int64_t> line = column_line(st, 1);
      const std::optional<std::int64_t> line_end = column_line(st, 2);
      c.first_author = trim(column_string(st, 3));
      c.authors = trim(column_string(st, 4));
      c.year = trim(column_string(st, 5));
      c.kind = trim(column_string(st, 6));
      c.locator = trim(column_string(st, 7));
      c.text = column_string(st, 8);
      if (!line) {
        ++out.without_line;
        continue;
      }
      c.line = *line;
      c.line_end = line_end && *line_end >= *line ? *line_end : *line;
      c.norm_author = normalise_name(c.first_author);
      c.norm_year = remove_spaces(c.year);
      out.rows.push_back(std::move(c));
    }
  } catch (const store::StoreError& e) {
    throw InputError(fmt::format("{}: cannot read v_citation: {}", path, e.what()));
  }
  return out;
}

// ------------------------------------------------------------------------------ scoring

bool inside(const std::vector<Range>& ranges, const std::string& file, std::int64_t line) {
  return std::any_of(ranges.begin(), ranges.end(), [&](const Range& r) {
    return r.file == file && line >= r.first && line <= r.last;
  });
}

bool is_sample(const Citation& c) {
  return c.note.rfind("sample", 0) == 0;
}

bool by_position(const Citation& a, const Citation& b) {
  if (a.file != b.file) return a.file < b.file;
  if (a.line != b.line) return a.line < b.line;
  if (a.line_end != b.line_end) return a.line_end < b.line_end;
  return a.origin < b.origin;
}

// The lines of p and g overlap or touch: p.line <= g.line_end + 1 and g.line <= p.line_end + 1.
bool lines_touch(const Citation& p, const Citation& g) {
  return p.line <= g.line_end + 1 && g.line <= p.line_end + 1;
}

bool lines_overlap(const Citation& a, const Citation& b) {
  return a.line <= b.line_end && b.line <= a.line_end;
}

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// One-to-one greedy matching: gold rows in file/line order; each takes the unmatched predicted
// row of the same file whose lines overlap or touch its own, with the same normalised
// first_author and year; among several, the nearest first line, then the same kind, then the
// earliest. Returns for each gold row the index of its predicted row, or kNone.
std::vector<std::size_t> match(const std::vector<Citation>& gold,
                               const std::vector<Citation>& predicted,
                               std::vector<std::size_t>& gold_of_predicted) {
  std::vector<std::size_t> predicted_of_gold(gold.size(), kNone);
  gold_of_predicted.assign(predicted.size(), kNone);
  for (std::size_t g = 0; g < gold.size(); ++g) {
    const Citation& gc = gold[g];
    std::size_t best = kNone;
    const auto rank = [&](std::size_t p) {
      const std::int64_t d = predicted[p].line - gc.line;
      return std::make_pair(d < 0 ? -d : d, predicted[p].kind == gc.kind ? 0 : 1);
    };
    for (std::size_t p = 0; p < predicted.size(); ++p) {
      const Citation& pc = predicted[p];
      if (gold_of_predicted[p] != kNone || pc.file != gc.file || !lines_touch(pc, gc)) continue;
      if (pc.norm_author != gc.norm_author || pc.norm_year != gc.norm_year) continue;
      if (best == kNone || rank(p) < rank(best)) best = p;
    }
    if (best != kNone) {
      predicted_of_gold[g] = best;
      gold_of_predicted[best] = g;
    }
  }
  return predicted_of_gold;
}

struct Score {
  std::size_t gold = 0;
  std::size_t found = 0;
  std::size_t matched_gold = 0;   // gold rows with a match (recall)
  std::size_t matched_found = 0;  // predicted rows with a match (precision)

  double precision() const {
    if (found == 0) return gold == 0 ? 1.0 : 0.0;
    return static_cast<double>(matched_found) / static_cast<double>(found);
  }
  double recall() const {
    if (gold == 0) return 1.0;
    return static_cast<double>(matched_gold) / static_cast<double>(gold);
  }
  double f1() const {
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
  }
};

std::string ratio(std::size_t num, std::size_t den) {
  if (den == 0) return "-";
  return fmt::format("{:.3f}", static_cast<double>(num) / static_cast<double>(den));
}

std::string f1_text(const Score& s) {
  if (s.found == 0 && s.gold == 0) return "-";
  return fmt::format("{:.3f}", s.f1());
}

// ------------------------------------------------------------------------------ tables

// Display width: code points, not bytes (the corpus has accents and curly quotes).
std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    next_code_point(s, i);
    ++n;
  }
  return n;
}

class Table {
 public:
  // `left` tells for each column whether it is left-aligned (text) or right-aligned (numbers).
  Table(std::vector<std::string> header, std::vector<bool> left)
      : header_(std::move(header)), left_(std::move(left)) {}

  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }

  void print(const std::string& indent = "  ") const {
    std::vector<std::size_t> width(header_.size(), 0);
    const auto measure = [&](const std::vector<std::string>& row) {
      for (std::size_t i = 0; i < row.size(); ++i) {
        width[i] = std::max(width[i], display_width(row[i]));
      }
    };
    measure(header_);
    for (const auto& row : rows_)
      measure(row);
    const auto line = [&](const std::vector<std::string>& row) {
      std::string out = indent;
      for (std::size_t i = 0; i < row.size(); ++i) {
        const std::string pad(width[i] - display_width(row[i]), ' ');
        const bool last = i + 1 == row.size();
        if (left_[i]) {
          out += row[i];
          if (!last) out += pad;
        } else {
          out += pad + row[i];
        }
        if (!last) out += "  ";
      }
      while (!out.empty() && out.back() == ' ')
        out.pop_back();
      fmt::print("{}\n", out);
    };
    line(header_);
    for (const auto& row : rows_)
      line(row);
  }

 private:
  std::vector<std::string> header_;
  std::vector<bool> left_;
  std::vector<std::vector<std::string>> rows_;
};

std::string one_line(std::string_view text) {
  std::string out;
  for (char c : text)
    out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  return out;
}

std::string position(const Citation& c) {
  if (c.line_end > c.line) return fmt::format("{}:{}-{}", c.file, c.line, c.line_end);
  return fmt::format("{}:{}", c.file, c.line);
}

std::string or_dash(const std::string& s) {
  return s.empty() ? "-" : s;
}

// ------------------------------------------------------------------------------ report

int evaluate(const Options& options) {
  const std::vector<Citation> all_gold = read_gold(options.gold);
  const std::vector<Range> ranges = read_coverage(options.coverage);
  const ViewRows view = read_view(options.db);

  std::vector<Citation> gold;
  std::vector<Citation> decoys;
  std::size_t citations = 0;
  std::size_t samples = 0;
  std::size_t outside = 0;
  std::size_t samples_inside = 0;
  for (const Citation& c : all_gold) {
    const bool in = inside(ranges, c.file, c.line);
    if (c.kind == "decoy") {
      if (in) decoys.push_back(c);
      continue;
    }
    ++citations;
    if (is_sample(c)) {
      ++samples;
      if (in) ++samples_inside;
      continue;
    }
    if (!in) {
      ++outside;
      continue;
    }
    gold.push_back(c);
  }
  if (samples_inside != 0) {
    fmt::print(stderr, "warning: {} sample rows lie inside the coverage; they are not scored\n",
               samples_inside);
  }
  std::vector<Citation> predicted;
  for (const Citation& c : view.rows) {
    if (inside(ranges, c.file, c.line)) predicted.push_back(c);
  }
  std::sort(gold.begin(), gold.end(), by_position);
  std::sort(predicted.begin(), predicted.end(), by_position);

  std::vector<std::size_t> gold_of_predicted;
  const std::vector<std::size_t> predicted_of_gold = match(gold, predicted, gold_of_predicted);

  fmt::print("Citation evaluation of {}\n", options.db);
  fmt::print("  gold: {} — {} rows: {} citations, {} decoys\n", options.gold, all_gold.size(),
             citations, all_gold.size() - citations);
  fmt::print(
      "  coverage: {} — {} ranges; scored: {} gold citations ({} samples and {} other "
      "rows outside), {} decoys\n",
      options.coverage, ranges.size(), gold.size(), samples, outside, decoys.size());
  fmt::print("  v_citation: {} rows, {} inside the coverage{}\n",
             view.rows.size() + view.without_line, predicted.size(),
             view.without_line == 0
                 ? std::string()
                 : fmt::format(" ({} without a line, ignored)", view.without_line));
  fmt::print(
      "  matching: same file, lines overlapping or touching, same normalised first "
      "author and year; one-to-one, greedy in file/line order\n\n");

  // 1. per file
  std::map<std::string, Score> by_file;
  Score total;
  for (std::size_t g = 0; g < gold.size(); ++g) {
    Score& s = by_file[gold[g].file];
    ++s.gold;
    ++total.gold;
    if (predicted_of_gold[g] != kNone) {
      ++s.matched_gold;
      ++total.matched_gold;
    }
  }
  for (std::size_t p = 0; p < predicted.size(); ++p) {
    Score& s = by_file[predicted[p].file];
    ++s.found;
    ++total.found;
    if (gold_of_predicted[p] != kNone) {
      ++s.matched_found;
      ++total.matched_found;
    }
  }
  for (const Range& r : ranges)
    by_file[r.file];  // every covered file gets a row
  fmt::print("By file\n");
  Table files({"file", "gold", "found", "matched", "precision", "recall", "F1"},
              {true, false, false, false, false, false, false});
  const auto score_row = [](const std::string& name, const Score& s) {
    return std::vector<std::string>{name,
                                    std::to_string(s.gold),
                                    std::to_string(s.found),
                                    std::to_string(s.matched_gold),
                                    ratio(s.matched_found, s.found),
                                    ratio(s.matched_gold, s.gold),
                                    f1_text(s)};
  };
  for (const auto& [file, s] : by_file)
    files.add(score_row(file, s));
  files.add(score_row("all", total));
  files.print();

  // 2. per kind: a predicted row counts toward its own kind for precision, a gold row toward
  // its kind for recall; so the matches are counted on both sides.
  std::map<std::string, Score> by_kind;
  const std::vector<std::string> kinds = {"parenthetical", "narrative", "legal"};
  for (const std::string& k : kinds)
    by_kind[k];
  for (std::size_t g = 0; g < gold.size(); ++g) {
    Score& s = by_kind[gold[g].kind];
    ++s.gold;
    if (predicted_of_gold[g] != kNone) ++s.matched_gold;
  }
  for (std::size_t p = 0; p < predicted.size(); ++p) {
    Score& s = by_kind[predicted[p].kind.empty() ? "(none)" : predicted[p].kind];
    ++s.found;
    if (gold_of_predicted[p] != kNone) ++s.matched_found;
  }
  fmt::print(
      "\nBy kind (matched = gold rows of the kind found; matched found = predicted rows "
      "of the kind that matched)\n");
  Table kind_table(
      {"kind", "gold", "found", "matched", "matched found", "precision", "recall", "F1"},
      {true, false, false, false, false, false, false, false});
  std::vector<std::string> kind_order = kinds;
  for (const auto& [k, s] : by_kind) {
    if (std::find(kinds.begin(), kinds.end(), k) == kinds.end()) kind_order.push_back(k);
  }
  for (const std::string& k : kind_order) {
    const Score& s = by_kind[k];
    kind_table.add({k, std::to_string(s.gold), std::to_string(s.found),
                    std::to_string(s.matched_gold), std::to_string(s.matched_found),
                    ratio(s.matched_found, s.found), ratio(s.matched_gold, s.gold), f1_text(s)});
  }
  kind_table.print();

  // 3. recall per form
  fmt::print("\nRecall by form (a gold row may have several forms)\n");
  Table form_table({"form", "gold", "matched", "recall"}, {true, false, false, false});
  for (const Form& f : forms()) {
    std::size_t n = 0;
    std::size_t m = 0;
    for (std::size_t g = 0; g < gold.size(); ++g) {
      if (!f.test(gold[g])) continue;
      ++n;
      if (predicted_of_gold[g] != kNone) ++m;
    }
    form_table.add({f.name, std::to_string(n), std::to_string(m), ratio(m, n)});
  }
  form_table.print();

  // 4. agreement of the matched rows
  std::size_t matched = 0;
  std::size_t same_authors = 0;
  std::size_t same_kind = 0;
  std::size_t same_locator = 0;
  struct Difference {
    std::size_t g;
    std::size_t p;
    std::string what;
  };
  std::vector<Difference> differences;
  for (std::size_t g = 0; g < gold.size(); ++g) {
    const std::size_t p = predicted_of_gold[g];
    if (p == kNone) continue;
    ++matched;
    const Citation& gc = gold[g];
    const Citation& pc = predicted[p];
    std::vector<std::string> what;
    if (normalise_authors(gc.authors) == normalise_authors(pc.authors)) {
      ++same_authors;
    } else {
      what.push_back("authors");
    }
    if (gc.kind == pc.kind) {
      ++same_kind;
    } else {
      what.push_back("kind");
    }
    if (remove_spaces(gc.locator) == remove_spaces(pc.locator)) {
      ++same_locator;
    } else {
      what.push_back("locator");
    }
    if (!what.empty()) {
      std::string joined;
      for (const std::string& w : what)
        joined += (joined.empty() ? "" : ", ") + w;
      differences.push_back({g, p, joined});
    }
  }
  fmt::print("\nAgreement of the {} matched rows\n", matched);
  Table agree({"field", "same", "of", "share"}, {true, false, false, false});
  agree.add({"authors", std::to_string(same_authors), std::to_string(matched),
             ratio(same_authors, matched)});
  agree.add(
      {"kind", std::to_string(same_kind), std::to_string(matched), ratio(same_kind, matched)});
  agree.add({"locator", std::to_string(same_locator), std::to_string(matched),
             ratio(same_locator, matched)});
  agree.print();

  // 5. decoys taken for citations: an unmatched predicted row on a decoy's lines with the
  // decoy's year or first author (when the decoy has them; any unmatched row when it has none).
  std::vector<std::pair<std::size_t, std::size_t>> taken;  // (predicted, decoy)
  std::set<std::size_t> decoys_hit;
  std::size_t also_matched = 0;
  for (std::size_t p = 0; p < predicted.size(); ++p) {
    const Citation& pc = predicted[p];
    for (std::size_t d = 0; d < decoys.size(); ++d) {
      const Citation& dc = decoys[d];
      if (dc.file != pc.file || !lines_overlap(dc, pc)) continue;
      const bool has_year = !dc.norm_year.empty();
      const bool has_author = !dc.norm_author.empty();
      const bool hit = (has_year && dc.norm_year == pc.norm_year) ||
                       (has_author && dc.norm_author == pc.norm_author) ||
                       (!has_year && !has_author);
      if (!hit) continue;
      if (gold_of_predicted[p] != kNone) {
        ++also_matched;
      } else {
        taken.emplace_back(p, d);
        decoys_hit.insert(d);
      }
      break;
    }
  }
  fmt::print(
      "\nDecoys taken for citations: {} predicted rows on {} of the {} decoys in the "
      "coverage",
      taken.size(), decoys_hit.size(), decoys.size());
  if (also_matched != 0) {
    fmt::print("; not counted: {} more on a decoy's line that matched a gold row", also_matched);
  }
  fmt::print("\n");

  // --errors
  if (options.errors) {
    std::vector<std::size_t> missed;
    for (std::size_t g = 0; g < gold.size(); ++g) {
      if (predicted_of_gold[g] == kNone) missed.push_back(g);
    }
    fmt::print("\nMissed gold rows ({})\n", missed.size());
    if (!missed.empty()) {
      Table t({"where", "first_author", "year", "kind", "text"}, {true, true, true, true, true});
      for (std::size_t g : missed) {
        const Citation& c = gold[g];
        t.add({position(c), c.first_author, or_dash(c.year), c.kind, one_line(c.text)});
      }
      t.print();
    }
    std::vector<std::size_t> unmatched;
    for (std::size_t p = 0; p < predicted.size(); ++p) {
      if (gold_of_predicted[p] == kNone) unmatched.push_back(p);
    }
    fmt::print("\nUnmatched predicted rows ({})\n", unmatched.size());
    if (!unmatched.empty()) {
      Table t({"where", "first_author", "year", "kind", "text", "decoy"},
              {true, true, true, true, true, true});
      for (std::size_t p : unmatched) {
        const Citation& c = predicted[p];
        std::string decoy;
        for (const auto& [tp, td] : taken) {
          if (tp == p) decoy = fmt::format("decoy {}", position(decoys[td]));
        }
        t.add({position(c), or_dash(c.first_author), or_dash(c.year), or_dash(c.kind),
               one_line(c.text), decoy});
      }
      t.print();
    }
    fmt::print("\nMatched rows that differ in authors, kind or locator ({})\n", differences.size());
    if (!differences.empty()) {
      Table t(
          {"where", "differs", "gold authors | kind | locator", "found authors | kind | locator"},
          {true, true, true, true});
      for (const Difference& d : differences) {
        const Citation& gc = gold[d.g];
        const Citation& pc = predicted[d.p];
        t.add({position(gc), d.what,
               fmt::format("{} | {} | {}", gc.authors, gc.kind, or_dash(gc.locator)),
               fmt::format("{} | {} | {}", pc.authors, pc.kind, or_dash(pc.locator))});
      }
      t.print();
    }
  }

  const double precision = total.precision();
  const double recall = total.recall();
  const bool ok = precision >= options.min_precision && recall >= options.min_recall;
  fmt::print(
      "\nOverall: precision {:.3f}, recall {:.3f}, F1 {:.3f} (required: precision >= "
      "{:.3f}, recall >= {:.3f}): {}\n",
      precision, recall, total.f1(), options.min_precision, options.min_recall,
      ok ? "PASS" : "FAIL");
  return ok ? kExitOk : kExitBelowThreshold;
}

// ------------------------------------------------------------------------------ arguments

constexpr const char* kUsage =
    "usage: citation_eval --gold FILE --coverage FILE --db FILE\n"
    "                     [--min-precision X] [--min-recall Y] [--errors]\n"
    "Scores the v_citation view of a conceptdb database against the gold set inside the\n"
    "coverage ranges. Exit status: 0 thresholds met, 1 below a threshold, 2 usage or input "
    "error.\n";

double parse_threshold(const std::string& option, const std::string& value) {
  char* end = nullptr;
  const double x = std::strtod(value.c_str(), &end);
  if (value.empty() || end != value.c_str() + value.size() || !(x >= 0.0 && x <= 1.0)) {
    throw InputError(
        fmt::format("{} needs a number between 0 and 1, not `{}`\n{}", option, value, kUsage));
  }
  return x;
}

std::optional<Options> parse_arguments(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    std::optional<std::string> inline_value;
    if (const std::size_t eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      inline_value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
    }
    const auto value = [&]() -> std::string {
      if (inline_value) return *inline_value;
      if (i + 1 >= argc) throw InputError(fmt::format("{} needs a value\n{}", arg, kUsage));
      return argv[++i];
    };
    if (arg == "--help" || arg == "-h") {
      fmt::print("{}", kUsage);
      return std::nullopt;
    } else if (arg == "--gold") {
      options.gold = value();
    } else if (arg == "--coverage") {
      options.coverage = value();
    } else if (arg == "--db") {
      options.db = value();
    } else if (arg == "--min-precision") {
      options.min_precision = parse_threshold(arg, value());
    } else if (arg == "--min-recall") {
      options.min_recall = parse_threshold(arg, value());
    } else if (arg == "--errors" && !inline_value) {
      options.errors = true;
    } else {
      throw InputError(fmt::format("unknown argument `{}`\n{}", argv[i], kUsage));
    }
  }
  if (options.gold.empty() || options.coverage.empty() || options.db.empty()) {
    throw InputError(fmt::format("--gold, --coverage and --db are required\n{}", kUsage));
  }
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const std::optional<Options> options = parse_arguments(argc, argv);
    if (!options) return kExitOk;
    return evaluate(*options);
  } catch (const InputError& e) {
    fmt::print(stderr, "citation_eval: {}\n", e.what());
    return kExitInputError;
  } catch (const std::exception& e) {
    fmt::print(stderr, "citation_eval: {}\n", e.what());
    return kExitInputError;
  }
}
