// ingest/reference_entry.cpp — APA-style reference entries: a reader of shapes, not a grammar.
//
// An entry is read in two steps. The head is the author list and the date group: authors as
// "Surname, I." joined by ",", "&", "en", "and", then "(year…)." or a bare "year."; when no
// such list is there, the words before the first "(year…)" are an organisation ("OECD.",
// "Ministerie van OCW") or a title (an entry without author). The body after the head is cut
// into segments at full stops that end a sentence (not after an initial or "pp."), and each
// segment is read by its shape: the first is the title; "In … (Red.), Book (pp. 1–20)" a
// chapter; "Place: Publisher"; a segment with numbers a container with its details
// ("Journal, 12(3), 45–67"); a short name at the end the publisher. A URL and the retrieval note
// before it ("Opgehaald van Site:") are taken out first.
//
// Prose is told from entries by the same shapes: prose has no "Surname, I. (year)." head, and
// a text with only "(year)" in it is an entry only when what follows the year reads as a source
// (publisher, journal, URL) or the words before it read as an organisation's name.
#include "ingest/reference_entry.hpp"

#include "ingest/text_shape.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <utility>

namespace ingest {

namespace {

// ---------------------------------------------------------------- characters

struct Char {
  char32_t cp = 0;
  std::size_t len = 0;  // 0 past the end of the text
};

Char char_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return {};
  std::size_t j = i;
  const char32_t cp = next_code_point(s, j);
  return {cp, j - i};
}

Char char_before(std::string_view s, std::size_t i) {
  if (i == 0) return {};
  std::size_t start = i - 1;
  while (start > 0 && i - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  const Char c = char_at(s, start);
  if (start + c.len != i) return {static_cast<unsigned char>(s[i - 1]), 1};
  return c;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x00A0 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x3000;
}

bool is_letter(char32_t c) {
  return is_upper(c) || is_lower(c);
}

bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2018;
}

bool is_ascii_digit(char ch) {
  return ch >= '0' && ch <= '9';
}

// Bullets that always start an item.
bool is_strong_bullet(char32_t c) {
  switch (c) {
    case 0x2022:  // •
    case 0x25CF:  // ●
    case 0x25AA:  // ▪
    case 0x25A0:  // ■
    case 0x25E6:  // ◦
    case 0x2023:  // ‣
    case 0x2043:  // ⁃
    case 0x2219:  // ∙
    case 0xF0B7:  // Symbol-font bullets left in the private use area by PDF extractors
    case 0xF0A7:
      return true;
    default:
      return false;
  }
}

// Marks that are bullets only where an entry starts; elsewhere they are hyphens and dashes.
bool is_weak_bullet(char32_t c) {
  return c == '-' || c == '*' || c == 0x2013 || c == 0x2014 || c == 0x2212;
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && is_space(char_at(s, i).cp))
    i += char_at(s, i).len;
  return i;
}

std::string_view trim(std::string_view s) {
  std::size_t begin = skip_spaces(s, 0);
  std::size_t end = s.size();
  while (end > begin && is_space(char_before(s, end).cp))
    end -= char_before(s, end).len;
  return s.substr(begin, end - begin);
}

// `s` without a full stop or comma at its end (an ellipsis keeps its dots).
std::string_view strip_final_stop(std::string_view s) {
  s = trim(s);
  if (s.ends_with("..")) return s;
  while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';'))
    s = trim(s.substr(0, s.size() - 1));
  return s;
}

bool starts_with_ci(std::string_view s, std::size_t i, std::string_view prefix) {
  return i <= s.size() && s.size() - i >= prefix.size() &&
         ascii_lower(s.substr(i, prefix.size())) == prefix;
}

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), is_ascii_digit);
}

// The words of `s` between single or repeated spaces.
std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < s.size()) {
    i = skip_spaces(s, i);
    std::size_t end = i;
    while (end < s.size() && !is_space(char_at(s, end).cp))
      end += char_at(s, end).len;
    if (end > i) words.push_back(s.substr(i, end - i));
    i = end;
  }
  return words;
}

std::string join(const std::vector<std::string_view>& parts, std::string_view separator) {
  std::string out;
  for (std::string_view part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

// Appends `more` to a comma-separated field.
void append_field(std::string& field, std::string_view more) {
  more = trim(more);
  if (more.empty()) return;
  if (!field.empty()) field += ", ";
  field += more;
}

// ---------------------------------------------------------------- words

// Name particles (tussenvoegsels and their neighbours abroad), lower case, ’ folded to '.
constexpr std::string_view kParticles[] = {
    "van", "von", "vom", "de", "der", "den", "des", "del", "della", "di",  "da",  "du",
    "dos", "das", "het", "'t", "'s",  "te",  "ten", "ter", "op",    "in",  "uit", "aan",
    "bij", "la",  "le",  "zu", "zur", "y",   "l'",  "d'",  "dal",   "dei", "el",  "al"};

// Small words a name may have in lower case ("Ministerie van VWS", "Raad voor Cultuur").
constexpr std::string_view kNameFunctionWords[] = {
    "van", "voor", "de",  "der", "den", "het", "'t", "en",  "of",  "and", "for", "the", "in",
    "op",  "te",   "ten", "ter", "aan", "bij", "&",  "für", "und", "des", "du",  "la",  "le"};

constexpr std::string_view kMonths[] = {
    "januari",   "februari", "maart",    "april",    "mei",     "juni",     "juli",   "augustus",
    "september", "oktober",  "november", "december", "january", "february", "march",  "may",
    "june",      "july",     "august",   "october",  "jan",     "feb",      "mrt",    "mar",
    "apr",       "jun",      "jul",      "aug",      "sep",     "sept",     "okt",    "oct",
    "nov",       "dec",      "spring",   "summer",   "fall",    "autumn",   "winter", "voorjaar",
    "zomer",     "najaar",   "herfst",   "lente"};

// Abbreviations after which a full stop does not end a segment of the body ("pp. 12", "nr. 1",
// "et al. (Red.)"). Words that often end a segment ("Inc.", "Red.") are not here.
constexpr std::string_view kAbbreviations[] = {
    "pp", "p",  "blz", "nr", "no",  "nos",  "vol", "jrg",  "dr",   "drs",  "prof",
    "mr", "ir", "ca",  "vs", "vgl", "bijv", "afl", "dl",   "hrsg", "vert", "trans",
    "st", "jr", "sr",  "al", "pag", "mw",   "dhr", "mevr", "bd",   "ch"};

// First words of a part that gives a work's volume, issue, pages or edition.
constexpr std::string_view kDetailWords[] = {
    "pp.", "p.",   "blz.", "vol.",  "jrg.", "nr.", "no.",      "deel",   "dl.",     "ed.", "druk",
    "dr.", "afl.", "pag.", "issue", "band", "bd.", "jaargang", "editie", "edition", "ch."};

constexpr std::string_view kEditorMarks[] = {"ed.", "eds.", "red.", "reds.", "hrsg.",
                                             "hg.", "ed",   "eds",  "red",   "reds"};

template <std::size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// `word` in ASCII lower case with ’ and ‘ folded to ', for looking up in the lists above.
std::string folded(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size();) {
    const Char c = char_at(word, i);
    if (is_apostrophe(c.cp)) {
      out += '\'';
    } else {
      out.append(word.substr(i, c.len));
    }
    i += c.len;
  }
  return ascii_lower(out);
}

bool is_particle(std::string_view word) {
  return contains(kParticles, folded(word));
}

bool is_month(std::string_view word) {
  return contains(kMonths, strip_final_stop(ascii_lower(word)));
}

// The first letter of `word` after apostrophes, quotes and brackets in front ("’s-Hertogenbosch"
// counts from its H).
char32_t first_letter(std::string_view word) {
  std::size_t i = 0;
  while (i < word.size()) {
    const Char c = char_at(word, i);
    if (is_letter(c.cp)) {
      if (i > 0 && c.cp == 's' && word.substr(i + 1).starts_with("-")) {
        i += 2;
        continue;
      }
      return c.cp;
    }
    if (!is_apostrophe(c.cp) && c.cp != '"' && c.cp != '(' && c.cp != 0x201C && c.cp != 0x201E) {
      return 0;
    }
    i += c.len;
  }
  return 0;
}

bool starts_with_capital(std::string_view word) {
  return is_upper(first_letter(word));
}

// "OECD", "VWS", "NJi": two or more capitals and not fewer capitals than small letters.
bool is_acronym(std::string_view word) {
  std::size_t upper = 0;
  std::size_t lower = 0;
  for (std::size_t i = 0; i < word.size();) {
    const Char c = char_at(word, i);
    if (is_upper(c.cp)) ++upper;
    if (is_lower(c.cp)) ++lower;
    i += c.len;
  }
  return upper >= 2 && upper >= lower;
}

// `word` without the punctuation that may stand around it in a name.
std::string_view word_core(std::string_view word) {
  while (!word.empty() && std::string_view(",.;:()").find(word.back()) != std::string_view::npos)
    word.remove_suffix(1);
  while (!word.empty() && word.front() == '(')
    word.remove_prefix(1);
  return word;
}

// Whether `text` reads as a name — of an organisation, publisher or place: at most `max_words`
// words, capitalised (or an acronym or a number) except the small words names have in lower
// case and at most `max_lowercase` others; it opens with a capital or with such a small word.
bool name_like(std::string_view text, std::size_t max_words, std::size_t max_lowercase) {
  if (text.find_first_of("?!") != std::string_view::npos) return false;
  const std::vector<std::string_view> words = words_of(text);
  if (words.empty() || words.size() > max_words) return false;
  std::size_t lowercase = 0;
  bool capital = false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string_view core = word_core(words[k]);
    if (core.empty()) continue;
    if (starts_with_capital(core) || has_digit(core)) {
      capital = true;
    } else if (contains(kNameFunctionWords, folded(core)) || is_particle(core)) {
      continue;
    } else if (k == 0) {
      return false;
    } else {
      ++lowercase;
    }
  }
  return capital && lowercase <= max_lowercase;
}

bool publisher_like(std::string_view text) {
  return name_like(text, 6, 1);
}

// "Utrecht", "New York, NY", "Den Haag": a few capitalised words.
bool place_like(std::string_view text) {
  const std::vector<std::string_view> words = words_of(text);
  if (words.empty() || words.size() > 4) return false;
  return std::all_of(words.begin(), words.end(), [](std::string_view word) {
    const std::string_view core = word_core(word);
    return !core.empty() && starts_with_capital(core) && !has_digit(core);
  });
}

// ---------------------------------------------------------------- years and date groups

struct DateGroup {
  std::string year;
  std::string date;
};

// The length of a four-digit year at s[i] with an optional letter ("2006a"); 0 when none.
std::size_t year_length(std::string_view s, std::size_t i) {
  if (i + 4 > s.size() || (s[i] != '1' && s[i] != '2')) return 0;
  if (i > 0 && is_ascii_digit(s[i - 1])) return 0;
  for (std::size_t k = i; k < i + 4; ++k) {
    if (!is_ascii_digit(s[k])) return 0;
  }
  std::size_t end = i + 4;
  if (end < s.size() && is_ascii_digit(s[end])) return 0;
  const bool letter = end < s.size() && s[end] >= 'a' && s[end] <= 'z';
  if (letter && (end + 1 == s.size() || !std::isalpha(static_cast<unsigned char>(s[end + 1])))) {
    ++end;
  }
  return end - i;
}

// A year or two joined by "/" or a dash ("1995/2003", "2019-2020"); 0 when none.
std::size_t year_span_length(std::string_view s, std::size_t i) {
  const std::size_t first = year_length(s, i);
  if (first == 0) return 0;
  const std::size_t after = i + first;
  for (std::string_view joiner : {"/", "-", "\u2013"}) {
    if (s.substr(after).starts_with(joiner)) {
      const std::size_t second = year_length(s, after + joiner.size());
      if (second > 0) return after + joiner.size() + second - i;
    }
  }
  return first;
}

// "z.j.", "n.d.", "in druk": the length of a marker for a work without (a known) year.
std::size_t undated_length(std::string_view s) {
  for (std::string_view marker : {"z.j.", "z.j", "n.d.", "n.d", "s.d.", "s.a.", "in druk",
                                  "in press", "ter perse", "forthcoming"}) {
    if (!starts_with_ci(s, 0, marker)) continue;
    const std::size_t end = marker.size();
    if (end == s.size() || s[end] == ',' || s[end] == ' ') return end;
  }
  return 0;
}

// The day-and-month part of a date group: a few words, one of them a month or season.
bool plausible_date(std::string_view date) {
  const std::vector<std::string_view> words = words_of(date);
  if (words.empty() || words.size() > 5) return false;
  if (date.find_first_of("();:") != std::string_view::npos) return false;
  return std::any_of(words.begin(), words.end(), is_month);
}

// The content of a bracketed date group: "2024", "2024, november 16", "z.j.", "1995/2003",
// "november 2024". An in-text citation ("Bush, 2011") is none.
std::optional<DateGroup> parse_date_group(std::string_view content) {
  content = trim(content);
  std::size_t len = undated_length(content);
  if (len == 0) len = year_span_length(content, 0);
  if (len > 0) {
    DateGroup group{std::string(content.substr(0, len)), ""};
    const std::string_view rest = trim(content.substr(len));
    if (rest.empty()) return group;
    if (rest.front() != ',') return std::nullopt;
    const std::string_view date = trim(rest.substr(1));
    if (!plausible_date(date)) return std::nullopt;
    group.date = std::string(date);
    return group;
  }
  const std::size_t last_space = content.rfind(' ');
  if (last_space == std::string_view::npos) return std::nullopt;
  const std::string_view year = content.substr(last_space + 1);
  if (year_span_length(year, 0) != year.size()) return std::nullopt;
  const std::string_view date = strip_final_stop(content.substr(0, last_space));
  if (!plausible_date(date)) return std::nullopt;
  return DateGroup{std::string(year), std::string(date)};
}

struct DateMatch {
  DateGroup group;
  std::size_t end = 0;  // just past the closing bracket or the bare year
};

std::optional<DateMatch> match_date_group(std::string_view s, std::size_t i) {
  i = skip_spaces(s, i);
  if (i >= s.size() || s[i] != '(') return std::nullopt;
  const std::size_t close = s.find(')', i);
  if (close == std::string_view::npos || close - i > 60) return std::nullopt;
  std::optional<DateGroup> group = parse_date_group(s.substr(i + 1, close - i - 1));
  if (!group) return std::nullopt;
  return DateMatch{*group, close + 1};
}

// "Kessels, J. 1996. Title.": a year without brackets, before a full stop, comma or colon.
std::optional<DateMatch> match_bare_year(std::string_view s, std::size_t i) {
  i = skip_spaces(s, i);
  const std::size_t len = year_span_length(s, i);
  if (len == 0 || i + len >= s.size()) return std::nullopt;
  const char after = s[i + len];
  if (after != '.' && after != ',' && after != ':') return std::nullopt;
  return DateMatch{{std::string(s.substr(i, len)), ""}, i + len};
}

// Whether `s` holds a year ("2006", "2006a") or an undated marker anywhere.
bool mentions_year(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (year_length(s, i) > 0) return true;
    if ((i == 0 || s[i - 1] == ' ' || s[i - 1] == '(') && undated_length(s.substr(i)) > 0) {
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------- URLs

bool is_url_char(char ch) {
  const auto u = static_cast<unsigned char>(ch);
  if (u >= 0x80 || u <= 0x20) return false;
  return std::isalnum(u) ||
         std::string_view("-._~:/?#[]@!$&'()*+,;=%").find(ch) != std::string_view::npos;
}

// "10.1080/..." — a DOI's registrant prefix: "10.", four or more digits, "/".
bool doi_starts_at(std::string_view s, std::size_t i) {
  if (!s.substr(i).starts_with("10.")) return false;
  std::size_t j = i + 3;
  while (j < s.size() && is_ascii_digit(s[j]))
    ++j;
  return j - (i + 3) >= 4 && j < s.size() && s[j] == '/';
}

// Whether a URL or DOI starts at s[i]: at the start of a word, "https://", "http://", "www.",
// "doi:", "doi.org/" or a DOI.
bool url_starts_at(std::string_view s, std::size_t i) {
  if (i > 0) {
    const char32_t before = char_before(s, i).cp;
    if (!is_space(before) && before != '(' && before != '<' && before != '[' && before != ':') {
      return false;
    }
  }
  for (std::string_view prefix : {"https://", "http://", "www.", "doi:", "doi.org/"}) {
    if (starts_with_ci(s, i, prefix)) return true;
  }
  return doi_starts_at(s, i);
}

std::size_t token_end(std::string_view s, std::size_t i) {
  while (i < s.size() && !is_space(char_at(s, i).cp))
    i += char_at(s, i).len;
  return i;
}

// Whether `token`, after a line break, goes on with `url`. See the header for the rule.
bool continues_url(std::string_view url, std::string_view token, bool token_ends_text) {
  if (token.empty() || url.empty()) return false;
  const auto first = static_cast<unsigned char>(token.front());
  if (!std::islower(first) && !std::isdigit(first)) return false;
  if (!std::all_of(token.begin(), token.end(), is_url_char)) return false;
  std::string_view core = token;
  while (!core.empty() && std::string_view(".,;:)").find(core.back()) != std::string_view::npos)
    core.remove_suffix(1);
  const bool marked = has_digit(core) || core.find_first_of("/.-_=?&#%") != std::string_view::npos;
  switch (url.back()) {
    case '-':
    case '_':
    case '=':
    case '&':
    case '?':
    case '#':
    case '%':
    case '~':
    case '+':
      return true;
    case '.':
    case '/':
      return marked || token_ends_text;
    case ':':
      return ascii_lower(url) == "doi:" && doi_starts_at(token, 0);
    default:
      return false;
  }
}

// Copies the URL starting at text[i] into `out` with the spaces inside it removed; returns the
// offset just past it.
std::size_t copy_url(std::string_view text, std::size_t i, std::string& out) {
  std::size_t end = token_end(text, i);
  const std::size_t url_begin = out.size();
  out.append(text.substr(i, end - i));
  while (end < text.size()) {
    const std::size_t next = skip_spaces(text, end);
    if (next >= text.size()) break;
    const std::size_t next_end = token_end(text, next);
    const bool ends_text = skip_spaces(text, next_end) >= text.size();
    const std::string_view token = text.substr(next, next_end - next);
    if (!continues_url(std::string_view(out).substr(url_begin), token, ends_text)) break;
    out.append(token);
    end = next_end;
  }
  return end;
}

// A URL as it is stored: without the punctuation after it, a DOI as a doi.org URL.
std::string normalise_url(std::string_view token) {
  for (bool changed = true; changed && !token.empty();) {
    changed = false;
    for (std::string_view closer : {".", ",", ";", ":", "]", ">", "\"", "\u2019", "\u201D"}) {
      if (token.ends_with(closer)) {
        token.remove_suffix(closer.size());
        changed = true;
      }
    }
    const auto opens = std::count(token.begin(), token.end(), '(');
    const auto closes = std::count(token.begin(), token.end(), ')');
    if (token.ends_with(")") && closes > opens) {
      token.remove_suffix(1);
      changed = true;
    }
  }
  if (starts_with_ci(token, 0, "doi:")) token = trim(token.substr(4));
  if (doi_starts_at(token, 0)) return "https://doi.org/" + std::string(token);
  if (starts_with_ci(token, 0, "doi.org/")) return "https://" + std::string(token);
  return std::string(token);
}

struct UrlMatch {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string url;
};

// The first URL or DOI in `s`; "doi: 10.1000/x" with a space counts as one.
std::optional<UrlMatch> find_url(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); i += std::max<std::size_t>(1, char_at(s, i).len)) {
    if (!url_starts_at(s, i)) continue;
    std::size_t end = token_end(s, i);
    std::string_view token = s.substr(i, end - i);
    if (ascii_lower(token) == "doi:") {
      const std::size_t next = skip_spaces(s, end);
      if (!doi_starts_at(s, next)) continue;
      end = token_end(s, next);
      token = s.substr(next, end - next);
    }
    std::string url = normalise_url(token);
    if (!url.empty()) return UrlMatch{i, end, url};
  }
  return std::nullopt;
}

// ---------------------------------------------------------------- author lists

// How an author list may be read where it is found.
struct HeadRules {
  std::size_t max_surname_words = 4;
  bool particles_then_one_name = false;  // in running text: "van der Berg", not "Zie Berg"
  bool bare_year = true;                 // "Kessels, J. 1996."
  bool stop_required = false;            // the date group must be followed by "."
};

// The end of the word at s[i]: letters, an apostrophe in front of or inside letters (’t,
// O’Brien) and hyphens between letters (Fiddelaers-Jaspers); i when no word starts there.
std::size_t name_word_end(std::string_view s, std::size_t i) {
  std::size_t j = i;
  bool letters = false;
  while (j < s.size()) {
    const Char c = char_at(s, j);
    if (is_letter(c.cp)) {
      letters = true;
      j += c.len;
      continue;
    }
    const bool joiner = is_apostrophe(c.cp) || (c.cp == '-' && letters);
    if (joiner && is_letter(char_at(s, j + c.len).cp)) {
      j += c.len;
      continue;
    }
    break;
  }
  return letters ? j : i;
}

// A surname at s[i], running to the comma before its initials: capitalised words and
// particles, the last word capitalised. Returns the offset of the comma.
std::optional<std::size_t> surname_end(std::string_view s, std::size_t i, const HeadRules& rules) {
  std::size_t pos = i;
  std::size_t words = 0;
  while (true) {
    const std::size_t end = name_word_end(s, pos);
    if (end == pos || ++words > rules.max_surname_words) return std::nullopt;
    const std::string_view word = s.substr(pos, end - pos);
    const bool capital = starts_with_capital(word);
    if (!capital && !is_particle(word)) return std::nullopt;
    pos = end;
    if (pos < s.size() && s[pos] == ',') {
      if (!capital) return std::nullopt;
      return pos;
    }
    if (pos >= s.size() || s[pos] != ' ') return std::nullopt;
    if (rules.particles_then_one_name && !is_particle(word)) return std::nullopt;
    ++pos;
  }
}

// One initial at s[i]: a capital, at most two small letters ("Th.", "Chr."), a full stop.
std::optional<std::size_t> one_initial_end(std::string_view s, std::size_t i) {
  const Char capital = char_at(s, i);
  if (!is_upper(capital.cp)) return std::nullopt;
  std::size_t j = i + capital.len;
  for (int k = 0; k < 2 && is_lower(char_at(s, j).cp); ++k)
    j += char_at(s, j).len;
  if (j < s.size() && s[j] == '.') return j + 1;
  return std::nullopt;
}

// Initials at s[i] ("M.", "J. C.", "J.P.J.", "J.-P."); the offset after the last full stop.
std::optional<std::size_t> initials_end(std::string_view s, std::size_t i) {
  std::optional<std::size_t> end;
  std::size_t pos = i;
  while (const std::optional<std::size_t> next = one_initial_end(s, pos)) {
    end = next;
    pos = *next;
    const bool joined = pos < s.size() && (s[pos] == '-' || s[pos] == ' ');
    if (joined && one_initial_end(s, pos + 1)) ++pos;
  }
  return end;
}

// "Vroonhoven, M. van": particles after the initials, taken only when what follows them ends
// the author (a comma, "&", a bracket, a year, a full stop or the end). Returns i when none.
std::size_t trailing_particles_end(std::string_view s, std::size_t i) {
  std::size_t end = i;
  while (end < s.size() && s[end] == ' ') {
    const std::size_t word_end = name_word_end(s, end + 1);
    const std::string_view word = s.substr(end + 1, word_end - end - 1);
    if (word.empty() || starts_with_capital(word) || !is_particle(word)) break;
    end = word_end;
  }
  if (end == i || end == s.size()) return end;
  const std::string_view rest = s.substr(end);
  const bool closes = rest.starts_with(",") || rest.starts_with(".") || rest.starts_with(" (") ||
                      rest.starts_with(" &") ||
                      (rest.size() > 1 && rest[0] == ' ' && is_ascii_digit(rest[1]));
  return closes ? end : i;
}

struct AuthorMatch {
  ReferenceAuthor author;
  std::size_t end = 0;
};

// "Surname, I." at s[i], with particles before or after the initials.
std::optional<AuthorMatch> match_author(std::string_view s, std::size_t i, const HeadRules& rules) {
  const std::optional<std::size_t> comma = surname_end(s, i, rules);
  if (!comma) return std::nullopt;
  const std::size_t initials_begin = skip_spaces(s, *comma + 1);
  const std::optional<std::size_t> initials = initials_end(s, initials_begin);
  if (!initials) return std::nullopt;
  AuthorMatch match{{std::string(s.substr(i, *comma - i)),
                     std::string(s.substr(initials_begin, *initials - initials_begin))},
                    *initials};
  const std::size_t particles = trailing_particles_end(s, match.end);
  if (particles != match.end) {
    match.author.surname =
        std::string(trim(s.substr(match.end, particles - match.end))) + " " + match.author.surname;
    match.end = particles;
  }
  return match;
}

enum class Joint { kNone, kNext, kEtAl, kEllipsis };

struct Separator {
  Joint joint = Joint::kNone;
  std::size_t next = 0;  // where the next author would start, or the end of "et al."
};

// What joins the author ending at `pos` to the next: ",", "&", "en", "and", an ellipsis, or
// "et al."/"e.a." that closes the list.
Separator read_separator(std::string_view s, std::size_t pos) {
  std::size_t p = pos;
  const bool comma = p < s.size() && s[p] == ',';
  if (comma) ++p;
  p = skip_spaces(s, p);
  if (s.substr(p).starts_with("et al")) {
    p += 5;
    return {Joint::kEtAl, p < s.size() && s[p] == '.' ? p + 1 : p};
  }
  if (s.substr(p).starts_with("e.a.")) return {Joint::kEtAl, p + 4};
  for (std::string_view ellipsis : {"\u2026", "..."}) {
    if (s.substr(p).starts_with(ellipsis)) {
      return {Joint::kEllipsis, skip_spaces(s, p + ellipsis.size())};
    }
  }
  if (s.substr(p).starts_with("&")) return {Joint::kNext, skip_spaces(s, p + 1)};
  for (std::string_view word : {"en ", "and "}) {
    if (s.substr(p).starts_with(word)) return {Joint::kNext, skip_spaces(s, p + word.size())};
  }
  if (comma) return {Joint::kNext, p};
  return {};
}

struct AuthorList {
  std::vector<ReferenceAuthor> authors;
  bool et_al = false;
  std::size_t end = 0;
};

std::optional<AuthorList> match_author_list(std::string_view s, std::size_t i,
                                            const HeadRules& rules) {
  std::optional<AuthorMatch> author = match_author(s, i, rules);
  if (!author) return std::nullopt;
  AuthorList list{{author->author}, false, author->end};
  while (true) {
    const Separator separator = read_separator(s, list.end);
    if (separator.joint == Joint::kNone) break;
    if (separator.joint == Joint::kEtAl) {
      list.et_al = true;
      list.end = separator.next;
      break;
    }
    author = match_author(s, separator.next, rules);
    if (separator.joint == Joint::kEllipsis) list.et_al = true;
    if (!author) {
      if (separator.joint == Joint::kEllipsis) list.end = separator.next;
      break;
    }
    list.authors.push_back(author->author);
    list.end = author->end;
  }
  return list;
}

// The bracket of an editors' mark — "(Red.)", "(Eds.)", "(Hrsg.)" — at or after s[i], or npos.
std::size_t editor_mark_at(std::string_view s, std::size_t i) {
  i = skip_spaces(s, i);
  if (i >= s.size() || s[i] != '(') return std::string_view::npos;
  const std::size_t close = s.find(')', i);
  if (close == std::string_view::npos) return std::string_view::npos;
  const std::string content = ascii_lower(trim(s.substr(i + 1, close - i - 1)));
  return contains(kEditorMarks, content) ? close : std::string_view::npos;
}

// ---------------------------------------------------------------- heads

struct Head {
  std::vector<ReferenceAuthor> authors;
  bool et_al = false;
  DateGroup date;
  std::size_t end = 0;  // where the body starts
};

// The end of the head after its date group at s[pos]: past a full stop or colon; at a missing
// stop only when a capital or an opening quote follows (never in `stop_required` mode).
std::optional<std::size_t> head_close(std::string_view s, std::size_t pos, bool stop_required,
                                      bool bare_year) {
  if (pos < s.size() && s[pos] == '.') return pos + 1;
  if (stop_required) return std::nullopt;
  if (pos < s.size() && (s[pos] == ':' || (bare_year && s[pos] == ','))) return pos + 1;
  const std::size_t next = skip_spaces(s, pos);
  if (next >= s.size()) return next;
  const char32_t c = char_at(s, next).cp;
  if (is_upper(c) || c == '"' || c == 0x201C || c == 0x2018 || c == 0x201E) return pos;
  return std::nullopt;
}

// "Surname, I., & Surname, I. (Red.). (2024, november 16)." at s[i].
std::optional<Head> match_personal_head(std::string_view s, std::size_t i, const HeadRules& rules) {
  const std::optional<AuthorList> list = match_author_list(s, i, rules);
  if (!list) return std::nullopt;
  std::size_t pos = list->end;
  const std::size_t mark = editor_mark_at(s, pos);
  if (mark != std::string_view::npos) {
    pos = mark + 1;
    if (pos < s.size() && s[pos] == '.') ++pos;  // "(Red.). (2011)."
  }
  std::optional<DateMatch> date = match_date_group(s, pos);
  const bool bare = !date && rules.bare_year;
  if (bare) date = match_bare_year(s, pos);
  if (!date) return std::nullopt;
  const std::optional<std::size_t> end = head_close(s, date->end, rules.stop_required, bare);
  if (!end) return std::nullopt;
  return Head{list->authors, list->et_al, date->group, *end};
}

// An entry whose head has no personal author list: "Lead (year). Rest", where the lead is an
// organisation or a title.
struct UnnamedHead {
  std::string_view lead;
  DateGroup date;
  std::size_t end = 0;
};

// The first bracket group that is a date group ends the lead: "Title (2e druk). (2018)." has
// one before it.
std::optional<UnnamedHead> match_unnamed_head(std::string_view s) {
  std::size_t open = s.find('(');
  std::optional<DateMatch> date;
  while (open != std::string_view::npos && !(date = match_date_group(s, open)))
    open = s.find('(', open + 1);
  if (!date) return std::nullopt;
  const std::string_view lead = strip_final_stop(s.substr(0, open));
  if (lead.empty()) return std::nullopt;
  const std::optional<std::size_t> end = head_close(s, date->end, false, false);
  if (!end) return std::nullopt;
  return UnnamedHead{lead, date->group, *end};
}

// ---------------------------------------------------------------- segments of the body

// Byte ranges [open, close] of matched round and square brackets.
std::vector<std::pair<std::size_t, std::size_t>> bracket_pairs(std::string_view s) {
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '(' || s[i] == '[') {
      open.push_back(i);
    } else if ((s[i] == ')' || s[i] == ']') && !open.empty()) {
      if (s[open.back()] != (s[i] == ')' ? '(' : '[')) continue;
      pairs.emplace_back(open.back(), i);
      open.pop_back();
    }
  }
  return pairs;
}

bool inside_brackets(const std::vector<std::pair<std::size_t, std::size_t>>& pairs, std::size_t i) {
  return std::any_of(pairs.begin(), pairs.end(),
                     [i](const auto& pair) { return pair.first < i && i < pair.second; });
}

// Whether the full stop at s[i] closes an abbreviation or an initial, not a segment: "A.",
// "pp.", "e.a.", "U.S.".
bool stop_after_abbreviation(std::string_view s, std::size_t i) {
  std::size_t begin = i;
  while (begin > 0 && !is_space(char_before(s, begin).cp) && s[begin - 1] != '(')
    begin -= char_before(s, begin).len;
  const std::string_view word = s.substr(begin, i - begin);
  if (word.empty() || !is_letter(char_before(s, i).cp)) return false;
  if (word.find('.') != std::string_view::npos) {
    // "e.a", "U.S", "Ph.D": every dotted part one or two letters.
    std::size_t start = 0;
    while (start <= word.size()) {
      std::size_t end = word.find('.', start);
      if (end == std::string_view::npos) end = word.size();
      if (end - start > 2) return false;
      start = end + 1;
    }
    return true;
  }
  if (char_at(word, 0).len == word.size()) return true;  // one letter: an initial
  return contains(kAbbreviations, ascii_lower(word));
}

// The segments of a body: its text cut at the full stops, question marks and exclamation marks
// that end a sentence, outside brackets. Segments keep a final ? or !, not a final full stop.
std::vector<std::string> split_segments(std::string_view s) {
  const auto pairs = bracket_pairs(s);
  std::vector<std::string> segments;
  std::size_t start = 0;
  auto emit = [&](std::size_t end) {
    const std::string_view segment = strip_final_stop(s.substr(start, end - start));
    if (!segment.empty()) segments.emplace_back(segment);
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    if (ch != '.' && ch != '?' && ch != '!') continue;
    std::size_t after = i + 1;
    while (after < s.size() &&
           (s[after] == '"' || s[after] == ')' || s.substr(after).starts_with("\u2019") ||
            s.substr(after).starts_with("\u201D"))) {
      after += s[after] == '"' || s[after] == ')' ? 1 : 3;
    }
    if (after < s.size() && !is_space(char_at(s, after).cp)) continue;
    if (inside_brackets(pairs, i)) continue;
    if (ch == '.') {
      const bool ellipsis = (i > 0 && s[i - 1] == '.') || (i + 1 < s.size() && s[i + 1] == '.');
      if (ellipsis || stop_after_abbreviation(s, i)) continue;
    }
    emit(ch == '.' && after == i + 1 ? i : after);
    start = after;
  }
  emit(s.size());
  return segments;
}

// ---------------------------------------------------------------- reading the segments

// A retrieval note ("Opgehaald van Site:", "Retrieved May 3, 2020, from Site:", "Geraadpleegd
// op 12 mei 2021, van"): returns the site it names (maybe empty), or nullopt for another text.
std::optional<std::string> retrieval_site(std::string_view segment) {
  struct Phrase {
    std::string_view words;
    bool names_site;  // the site follows at once
  };
  constexpr Phrase kPhrases[] = {
      {"opgehaald van", true},  {"verkregen van", true}, {"retrieved from", true},
      {"available from", true}, {"available at", true},  {"beschikbaar via", true},
      {"beschikbaar op", true}, {"te vinden op", true},  {"geraadpleegd", false},
      {"opgehaald", false},     {"retrieved", false},    {"accessed", false},
      {"bezocht", false}};
  segment = trim(segment);
  for (const Phrase& phrase : kPhrases) {
    if (!starts_with_ci(segment, 0, phrase.words)) continue;
    std::string_view rest = segment.substr(phrase.words.size());
    if (!rest.empty() && rest.front() != ' ' && rest.front() != ':') continue;
    if (!phrase.names_site) {
      std::size_t from = std::string_view::npos;
      const std::vector<std::string_view> words = words_of(rest);
      for (std::string_view word : words) {
        const std::string lower = ascii_lower(word);
        if (lower == "van" || lower == "from" || lower == "via" || lower == "at") {
          from = static_cast<std::size_t>(word.data() + word.size() - rest.data());
          break;
        }
      }
      rest = from == std::string_view::npos ? std::string_view() : rest.substr(from);
    }
    rest = trim(rest);
    while (!rest.empty() && (rest.back() == ':' || rest.back() == ','))
      rest = trim(rest.substr(0, rest.size() - 1));
    return std::string(rest);
  }
  return std::nullopt;
}

// A part of a source that gives volume, issue, pages, edition: it has a number, or opens with
// a word like "pp." or "druk".
bool is_detail_part(std::string_view part) {
  if (has_digit(part)) return true;
  const std::vector<std::string_view> words = words_of(part);
  return !words.empty() && contains(kDetailWords, ascii_lower(words.front()));
}

// `s` cut at ", " outside brackets.
std::vector<std::string_view> comma_parts(std::string_view s) {
  const auto pairs = bracket_pairs(s);
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != ',' || inside_brackets(pairs, i)) continue;
    parts.push_back(trim(s.substr(start, i - start)));
    start = i + 1;
  }
  parts.push_back(trim(s.substr(start)));
  parts.erase(std::remove(parts.begin(), parts.end(), std::string_view()), parts.end());
  return parts;
}

// "Tijdschrift voor X 45(2)": the name in front of the first number, unless a word like "nr."
// introduces that number ("Competentiecahier nr. 1" is details as a whole).
std::string_view name_before_number(std::string_view part) {
  const std::vector<std::string_view> words = words_of(part);
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (!has_digit(words[k])) continue;
    if (k == 0 || contains(kDetailWords, ascii_lower(words[k - 1]))) return {};
    return trim(part.substr(0, static_cast<std::size_t>(words[k].data() - part.data())));
  }
  return {};
}

// Where the source is named ("Journal Name"), which details follow ("12(3), 45–67") and what
// trails them ("Utrecht").
struct SourceParts {
  std::string name;
  std::string details;
  std::string trailer;
};

SourceParts source_parts(std::string_view segment) {
  std::vector<std::string_view> parts = comma_parts(segment);
  SourceParts out;
  const auto first = std::find_if(parts.begin(), parts.end(), is_detail_part);
  if (first == parts.end()) {
    out.name = join(parts, ", ");
    return out;
  }
  const auto last = std::find_if(parts.rbegin(), parts.rend(), is_detail_part).base();
  out.name = join(std::vector<std::string_view>(parts.begin(), first), ", ");
  std::string_view leading = *first;
  if (first == parts.begin()) {
    const std::string_view name = name_before_number(leading);
    out.name = std::string(name);
    leading = trim(leading.substr(name.size()));
  }
  std::vector<std::string_view> details{leading};
  details.insert(details.end(), first + 1, last);
  out.details = join(details, ", ");
  out.trailer = join(std::vector<std::string_view>(last, parts.end()), ", ");
  return out;
}

void apply_details(std::string_view segment, bool last, ReferenceEntry& entry) {
  const SourceParts parts = source_parts(segment);
  if (entry.container.empty()) {
    entry.container = parts.name;
  } else {
    append_field(entry.details, parts.name);
  }
  append_field(entry.details, parts.details);
  if (parts.trailer.empty()) return;
  if (last && entry.place.empty() && place_like(parts.trailer)) {
    entry.place = parts.trailer;
  } else if (entry.publisher.empty()) {
    entry.publisher = parts.trailer;
  } else {
    append_field(entry.details, parts.trailer);
  }
}

// "Place: Publisher" as two parts, or nullopt.
std::optional<std::pair<std::string_view, std::string_view>> place_and_publisher(
    std::string_view segment) {
  const std::size_t colon = segment.find(": ");
  if (colon == std::string_view::npos) return std::nullopt;
  const std::string_view place = trim(segment.substr(0, colon));
  const std::string_view publisher = trim(segment.substr(colon + 2));
  if (!place_like(place) || publisher.empty() || !publisher_like(publisher)) return std::nullopt;
  return std::make_pair(place, publisher);
}

// "Boom, Amsterdam": a publisher with a one-word place after a comma.
void apply_publisher(std::string_view segment, ReferenceEntry& entry) {
  if (!entry.publisher.empty()) {
    append_field(entry.details, segment);
    return;
  }
  const std::size_t comma = segment.rfind(", ");
  if (comma != std::string_view::npos) {
    const std::string_view place = trim(segment.substr(comma + 2));
    const bool one_word = place.find(' ') == std::string_view::npos;
    if (one_word && place.size() >= 4 && place_like(place) && !is_acronym(place) &&
        entry.place.empty()) {
      entry.publisher = std::string(trim(segment.substr(0, comma)));
      entry.place = std::string(place);
      return;
    }
  }
  entry.publisher = std::string(segment);
}

// The closing bracket of the first editors' mark in `text`, or npos.
std::size_t first_editor_mark(std::string_view text) {
  for (std::size_t open = text.find('('); open != std::string_view::npos;
       open = text.find('(', open + 1)) {
    const std::size_t close = editor_mark_at(text, open);
    if (close != std::string_view::npos) return close;
  }
  return std::string_view::npos;
}

// The text of "In …" after the word: "In: A. Editor (Red.), Book" gives "A. Editor (Red.), Book".
// "In de praktijk" is a title: a chapter names its editors or its pages.
std::optional<std::string_view> chapter_text(std::string_view segment) {
  if (!segment.starts_with("In ") && !segment.starts_with("In:")) return std::nullopt;
  std::string_view rest = segment.substr(2);
  if (rest.starts_with(":")) rest.remove_prefix(1);
  rest = trim(rest);
  if (first_editor_mark(rest) == std::string_view::npos && !has_digit(rest)) return std::nullopt;
  return rest;
}

// "Book title (pp. 1–20)": the bracket at the end when it gives pages or an edition, or "".
std::string_view final_detail_bracket(std::string_view text) {
  if (!text.ends_with(")")) return {};
  const std::size_t open = text.rfind('(');
  if (open == std::string_view::npos) return {};
  const std::string_view content = text.substr(open + 1, text.size() - open - 2);
  return is_detail_part(content) ? text.substr(open) : std::string_view();
}

// "A. Editor & B. Editor (Eds.), Book title (pp. 1–20)": the book is the container, the pages
// are details.
void apply_chapter(std::string_view text, ReferenceEntry& entry) {
  const std::size_t mark = first_editor_mark(text);
  if (mark != std::string_view::npos) text = text.substr(mark + 1);
  while (!text.empty() && (text.front() == ',' || text.front() == ' '))
    text.remove_prefix(1);
  std::string_view book = trim(text);
  std::string_view pages;
  const std::string_view bracket = final_detail_bracket(book);
  if (!bracket.empty()) {
    pages = trim(bracket.substr(1, bracket.size() - 2));
    book = strip_final_stop(book.substr(0, book.size() - bracket.size()));
  }
  if (pages.empty()) {
    const SourceParts parts = source_parts(book);
    entry.container = parts.name;
    append_field(entry.details, parts.details);
    append_field(entry.details, parts.trailer);
    return;
  }
  entry.container = std::string(book);
  append_field(entry.details, pages);
}

enum class SourceKind { kNone, kDescription, kChapter, kPlacePublisher, kDetails, kPublisher };

// How a segment after the title reads; `last` when no segment follows it.
SourceKind source_kind(std::string_view segment, bool last) {
  if (segment.starts_with("[") && segment.ends_with("]")) return SourceKind::kDescription;
  if (chapter_text(segment)) return SourceKind::kChapter;
  if (place_and_publisher(segment)) return SourceKind::kPlacePublisher;
  if (has_digit(segment)) return SourceKind::kDetails;
  if (last && publisher_like(segment)) return SourceKind::kPublisher;
  return SourceKind::kNone;
}

void apply_source(SourceKind kind, std::string_view segment, bool last, ReferenceEntry& entry) {
  switch (kind) {
    case SourceKind::kDescription:  // "[Blog post]", "[Brochure]"
      append_field(entry.details, segment.substr(1, segment.size() - 2));
      break;
    case SourceKind::kChapter:
      apply_chapter(*chapter_text(segment), entry);
      break;
    case SourceKind::kPlacePublisher: {
      const auto split = place_and_publisher(segment);
      if (entry.place.empty()) entry.place = std::string(split->first);
      if (entry.publisher.empty()) entry.publisher = std::string(split->second);
      break;
    }
    case SourceKind::kDetails:
      apply_details(segment, last, entry);
      break;
    case SourceKind::kPublisher:
      apply_publisher(segment, entry);
      break;
    case SourceKind::kNone:
      append_field(entry.details, segment);
      break;
  }
}

// "Title (2e druk)" or "Title [Proefschrift]": the bracket at the end of a title is details
// when it holds a number or an edition word, or is square.
void split_title_details(ReferenceEntry& entry) {
  const std::string_view title = entry.title;
  std::string_view bracket = final_detail_bracket(title);
  if (bracket.empty() && title.ends_with("]")) {
    const std::size_t open = title.rfind('[');
    if (open != std::string_view::npos) bracket = title.substr(open);
  }
  if (bracket.empty() || bracket.size() == title.size()) return;
  const std::string details(trim(bracket.substr(1, bracket.size() - 2)));
  entry.title = std::string(strip_final_stop(title.substr(0, title.size() - bracket.size())));
  append_field(entry.details, details);
}

// The body after the head: its segments, without the URL and the retrieval note before it.
struct Body {
  std::vector<std::string> segments;
  std::vector<std::string> after_url;
  std::string url;
  std::string site;  // named by a retrieval note
};

Body read_body(std::string_view rest) {
  Body body;
  std::string_view before = rest;
  std::string_view after;
  if (const std::optional<UrlMatch> url = find_url(rest)) {
    body.url = url->url;
    before = rest.substr(0, url->begin);
    after = rest.substr(url->end);
  }
  for (std::string& segment : split_segments(before)) {
    if (const std::optional<std::string> site = retrieval_site(segment)) {
      if (body.site.empty()) body.site = *site;
    } else {
      body.segments.push_back(std::move(segment));
    }
  }
  for (std::string& segment : split_segments(after)) {
    const bool note = retrieval_site(segment) || segment.starts_with("(");
    if (!note) body.after_url.push_back(std::move(segment));
  }
  return body;
}

void finish_body(const Body& body, ReferenceEntry& entry) {
  if (entry.container.empty()) entry.container = body.site;
  entry.url = body.url;
  for (const std::string& segment : body.after_url)
    append_field(entry.details, segment);
}

// An entry with authors: the first segment is the title; a segment that reads as no part of a
// source right after it is more of the title (a subtitle after a full stop).
void fill_titled_body(const Body& body, ReferenceEntry& entry) {
  const std::vector<std::string>& segments = body.segments;
  if (!segments.empty()) {
    entry.title = segments.front();
    split_title_details(entry);
  }
  bool title_open = true;
  for (std::size_t k = 1; k < segments.size(); ++k) {
    const bool last = k + 1 == segments.size();
    const SourceKind kind = source_kind(segments[k], last);
    if (kind == SourceKind::kNone && title_open) {
      const char end = entry.title.empty() ? '.' : entry.title.back();
      entry.title += end == '?' || end == '!' ? " " : ". ";
      entry.title += segments[k];
      continue;
    }
    title_open = false;
    apply_source(kind, segments[k], last, entry);
  }
  finish_body(body, entry);
}

// An entry without author, "Title (year). Source.": every segment must read as a source, or
// the text is prose.
bool fill_source_body(const Body& body, ReferenceEntry& entry) {
  const std::vector<std::string>& segments = body.segments;
  if (segments.empty() && body.url.empty()) return false;
  for (std::size_t k = 0; k < segments.size(); ++k) {
    const bool last = k + 1 == segments.size();
    const SourceKind kind = source_kind(segments[k], last);
    if (kind == SourceKind::kNone) return false;
    apply_source(kind, segments[k], last, entry);
  }
  finish_body(body, entry);
  return true;
}

// "Bolhuis en Simons", "Marton & Saljö": two single names joined, the narrative citation of
// running text, not an organisation (those have commas or acronyms: "Onderwijs, Cultuur en
// Wetenschap").
bool joins_two_names(std::string_view lead) {
  if (lead.find(',') != std::string_view::npos) return false;
  const std::vector<std::string_view> words = words_of(lead);
  if (std::any_of(words.begin(), words.end(), is_acronym)) return false;
  for (std::size_t k = 1; k + 1 < words.size(); ++k) {
    const std::string lower = ascii_lower(words[k]);
    if (lower != "en" && lower != "and" && lower != "&") continue;
    if (starts_with_capital(words[k - 1]) && starts_with_capital(words[k + 1])) return true;
  }
  return false;
}

// The words before "(year)" as an organisation's name: a short name, no sentence in it.
bool organisation_like(std::string_view lead) {
  if (lead.find_first_of(":?!()") != std::string_view::npos) return false;
  if (split_segments(lead).size() != 1) return false;
  return name_like(lead, 8, 0) && !joins_two_names(lead);
}

// The words before "(year)" as a title: one sentence of at most 40 words.
bool title_like(std::string_view lead) {
  return split_segments(lead).size() == 1 && words_of(lead).size() <= 40;
}

// Whether the lead of an unnamed head is the author (an organisation) rather than the title:
// an organisation is followed by a title and its source, a title by its source alone. With
// one segment after the year, a title (small words in it) says the lead is the author, a name
// (a publisher) that the lead is the title. Sentences after the title and no source in sight
// are prose ("Volgens Kessels (1996). Dit is … . Daarom …").
bool lead_is_author(std::string_view lead, const Body& body) {
  if (!organisation_like(lead)) return false;
  const std::vector<std::string_view> words = words_of(lead);
  if (std::any_of(words.begin(), words.end(), is_acronym)) return true;
  const std::vector<std::string>& segments = body.segments;
  if (segments.size() > 1) {
    if (!body.url.empty()) return true;
    for (std::size_t k = 1; k < segments.size(); ++k) {
      if (source_kind(segments[k], k + 1 == segments.size()) != SourceKind::kNone) return true;
    }
    return false;
  }
  if (segments.empty()) return false;
  const std::string_view segment = segments.front();
  return !name_like(segment, 8, 0) && !place_and_publisher(segment);
}

std::optional<ReferenceEntry> parse_unnamed(std::string_view text, ReferenceEntry entry) {
  const std::optional<UnnamedHead> head = match_unnamed_head(text);
  if (!head) return std::nullopt;
  entry.year = head->date.year;
  entry.date = head->date.date;
  const Body body = read_body(text.substr(head->end));
  if (lead_is_author(head->lead, body)) {
    entry.authors.push_back({std::string(head->lead), ""});
    fill_titled_body(body, entry);
    return entry;
  }
  if (!title_like(head->lead)) return std::nullopt;
  entry.title = std::string(head->lead);
  split_title_details(entry);
  if (!fill_source_body(body, entry)) return std::nullopt;
  return entry;
}

// ---------------------------------------------------------------- splitting lists

constexpr HeadRules kEntryRules{4, false, true, false};
constexpr HeadRules kEmbeddedRules{4, true, false, true};

// The offset after a leading label ("Literatuur", "Bron:") and the white space after it; 0
// when the text does not open with one. A label word must be followed by a colon, a bullet,
// the end, or what starts an entry (a capital or a particle): "Literatuur over leren" is prose.
std::size_t skip_label(std::string_view text) {
  constexpr std::string_view kLabels[] = {"literatuurlijst", "literatuur",   "referenties",
                                          "referentie",      "references",   "reference list",
                                          "bibliography",    "bibliografie", "bronnen",
                                          "noten",           "bron:"};
  const std::size_t start = skip_spaces(text, 0);
  for (std::string_view label : kLabels) {
    if (!starts_with_ci(text, start, label)) continue;
    std::size_t end = start + label.size();
    if (end < text.size() && text[end] == ':') ++end;
    const std::size_t next = skip_spaces(text, end);
    if (next >= text.size()) return next;
    const Char c = char_at(text, next);
    if (is_letter(char_at(text, end).cp)) continue;  // "Literatuuronderzoek"
    const bool opens = text[end - 1] == ':' || is_strong_bullet(c.cp) || is_weak_bullet(c.cp) ||
                       is_upper(c.cp) || is_ascii_digit(text[next]) ||
                       is_particle(text.substr(next, name_word_end(text, next) - next));
    if (opens) return next;
  }
  return 0;
}

// Whether the text before `i` ends an entry: a full stop, ? or !, or a URL.
bool entry_ended_before(std::string_view text, std::size_t begin, std::size_t i) {
  const std::string_view before = trim(text.substr(begin, i - begin));
  if (before.empty()) return true;
  const char last = before.back();
  if (last == '.' || last == '?' || last == '!') return true;
  const std::size_t word = before.find_last_of(" \t\n");
  const std::size_t word_begin = word == std::string_view::npos ? 0 : word + 1;
  return url_starts_at(before, word_begin);
}

// Whether the text at `i` starts an entry: a capital, or a particle before a capital.
bool starts_entry(std::string_view text, std::size_t i) {
  const Char c = char_at(text, i);
  if (is_upper(c.cp) || c.cp == '"' || c.cp == 0x201C || c.cp == 0x2018) return true;
  const std::size_t end = name_word_end(text, i);
  if (end == i || !is_particle(text.substr(i, end - i))) return false;
  return is_upper(char_at(text, skip_spaces(text, end)).cp);
}

// Offsets of the bullets that start the entries of a list, from `from` on.
std::vector<std::size_t> bullet_offsets(std::string_view text, std::size_t from) {
  std::vector<std::size_t> bullets;
  const std::size_t first = skip_spaces(text, from);
  std::size_t previous = from;
  for (std::size_t i = first; i < text.size(); i += char_at(text, i).len) {
    const Char c = char_at(text, i);
    if (i != first && !is_space(char_before(text, i).cp)) continue;
    bool bullet = is_strong_bullet(c.cp);
    if (!bullet && is_weak_bullet(c.cp)) {
      const std::size_t next = i + c.len;
      bullet = next < text.size() && is_space(char_at(text, next).cp) &&
               starts_entry(text, skip_spaces(text, next)) &&
               (i == first || entry_ended_before(text, previous, i));
    }
    if (!bullet) continue;
    bullets.push_back(i);
    previous = i + c.len;
  }
  return bullets;
}

// `range` without white space and bullets at its start and white space at its end.
TextRange trimmed(std::string_view text, TextRange range) {
  while (range.begin < range.end) {
    const Char c = char_at(text, range.begin);
    if (!is_space(c.cp) && !is_strong_bullet(c.cp)) break;
    range.begin += c.len;
  }
  while (range.end > range.begin && is_space(char_before(text, range.end).cp))
    range.end -= char_before(text, range.end).len;
  return range;
}

// Cuts one item of a list where a new author list starts after an entry that has its year.
void split_at_author_lists(std::string_view text, TextRange item, std::vector<TextRange>& out) {
  const std::string_view scope = text.substr(0, item.end);
  std::size_t begin = item.begin;
  for (std::size_t i = item.begin + 1; i < item.end; i += char_at(text, i).len) {
    if (!is_space(char_before(text, i).cp) || is_space(char_at(text, i).cp)) continue;
    if (!entry_ended_before(text, begin, i)) continue;
    if (!mentions_year(text.substr(begin, i - begin))) continue;
    if (!match_personal_head(scope, i, kEntryRules)) continue;
    out.push_back(trimmed(text, {begin, i}));
    begin = i;
  }
  const TextRange last = trimmed(text, {begin, item.end});
  if (last.begin < last.end) out.push_back(last);
}

// Whether an embedded entry may start at `i`: at the start of a word; a particle in lower case
// only after punctuation ("…; van Dijk, K."), since "bijdrage van Dijk" is prose.
bool embedded_start(std::string_view text, std::size_t i) {
  const Char c = char_at(text, i);
  if (!is_letter(c.cp)) return false;
  if (i == 0) return true;
  const char32_t before = char_before(text, i).cp;
  if (!is_space(before)) return before == '(' || before == ';' || before == ':';
  if (is_upper(c.cp)) return true;
  std::size_t p = i;
  while (p > 0 && is_space(char_before(text, p).cp))
    p -= char_before(text, p).len;
  if (p == 0) return true;
  const char32_t mark = char_before(text, p).cp;
  return mark == ';' || mark == ':' || mark == '.' || mark == ',' || mark == '(';
}

}  // namespace

// ---------------------------------------------------------------- public

std::string repair_broken_urls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (url_starts_at(text, i)) {
      i = copy_url(text, i, out);
      continue;
    }
    const std::size_t len = std::max<std::size_t>(1, char_at(text, i).len);
    out.append(text.substr(i, len));
    i += len;
  }
  return out;
}

std::string join_reference_pieces(const std::vector<std::string>& pieces) {
  std::string joined;
  for (const std::string& piece : pieces) {
    const std::string_view text = trim(piece);
    if (text.empty()) continue;
    // "zwart-" + "wit", "45–" + "67": the line broke inside a compound or a range.
    const Char last = char_before(joined, joined.size());
    const Char before = char_before(joined, joined.size() - last.len);
    const bool hyphen = last.cp == '-' && (is_letter(before.cp) || is_digit(before.cp));
    const bool range = last.cp == 0x2013 && is_digit(before.cp);
    if (!joined.empty() && !hyphen && !range) joined += ' ';
    joined += text;
  }
  return repair_broken_urls(joined);
}

std::vector<TextRange> split_reference_entries(std::string_view text) {
  const std::size_t from = skip_label(text);
  const std::vector<std::size_t> bullets = bullet_offsets(text, from);
  std::vector<TextRange> items;
  std::size_t begin = from;
  for (std::size_t bullet : bullets) {
    items.push_back({begin, bullet});
    begin = bullet + char_at(text, bullet).len;
  }
  items.push_back({begin, text.size()});
  std::vector<TextRange> entries;
  for (const TextRange& item : items) {
    const TextRange range = trimmed(text, item);
    if (range.begin < range.end) split_at_author_lists(text, range, entries);
  }
  return entries;
}

std::vector<TextRange> find_embedded_entries(std::string_view text) {
  std::vector<std::size_t> starts;
  std::size_t i = 0;
  while (i < text.size()) {
    if (embedded_start(text, i)) {
      if (const std::optional<Head> head = match_personal_head(text, i, kEmbeddedRules)) {
        starts.push_back(i);
        i = head->end;
        continue;
      }
    }
    i += std::max<std::size_t>(1, char_at(text, i).len);
  }
  std::vector<TextRange> entries;
  for (std::size_t k = 0; k < starts.size(); ++k) {
    TextRange range{starts[k], k + 1 < starts.size() ? starts[k + 1] : text.size()};
    range = trimmed(text, range);
    while (range.end > range.begin && (text[range.end - 1] == ';' || text[range.end - 1] == ','))
      range = trimmed(text, {range.begin, range.end - 1});
    entries.push_back(range);
  }
  return entries;
}

std::optional<ReferenceEntry> parse_reference_entry(std::string_view text) {
  const std::string repaired = repair_broken_urls(text);
  TextRange range = trimmed(repaired, {0, repaired.size()});
  const Char first = char_at(repaired, range.begin);
  if (is_weak_bullet(first.cp) && is_space(char_at(repaired, range.begin + first.len).cp)) {
    range = trimmed(repaired, {range.begin + first.len, range.end});
  }
  const std::string_view entry_text(repaired.data() + range.begin, range.end - range.begin);
  if (entry_text.empty()) return std::nullopt;
  ReferenceEntry entry;
  entry.text = std::string(entry_text);
  const std::optional<Head> head = match_personal_head(entry_text, 0, kEntryRules);
  if (!head) return parse_unnamed(entry_text, std::move(entry));
  entry.authors = head->authors;
  entry.et_al = head->et_al;
  entry.year = head->date.year;
  entry.date = head->date.date;
  fill_titled_body(read_body(entry_text.substr(head->end)), entry);
  return entry;
}

}  // namespace ingest
