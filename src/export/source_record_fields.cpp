// export/source_record_fields.cpp — years, dates, entry details and addresses as the corpus
// prints them, split into the fields a bibliography has.
#include "export/source_record_fields.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace exporter {

namespace {

std::string_view trim(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && is_space(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && is_space(s.back()))
    s.remove_suffix(1);
  return s;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// "1996" -> 1996; anything but four digits -> nullopt.
std::optional<int> four_digit_year(std::string_view s) {
  if (s.size() != 4 || !all_digits(s)) return std::nullopt;
  return std::stoi(std::string(s));
}

// The printed marks of an approximate year.
constexpr std::array<std::string_view, 5> kApproximateMarks = {"±", "ca.", "c.", "circa", "~"};

// The en dash, and the hyphen that stands for it in page ranges.
constexpr std::string_view kEnDash = "\xE2\x80\x93";

std::string hyphenated_range(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i, kEnDash.size()) == kEnDash) {
      out += '-';
      i += kEnDash.size() - 1;
    } else if (s[i] != ' ') {
      out += s[i];
    }
  }
  return out;
}

// "45-67", "45 – 67", "123".
bool is_page_range(std::string_view s) {
  const std::string range = hyphenated_range(s);
  const std::size_t dash = range.find('-');
  if (dash == std::string::npos) return all_digits(range);
  return all_digits(range.substr(0, dash)) && all_digits(range.substr(dash + 1));
}

std::vector<std::string_view> comma_parts(std::string_view s) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t comma = s.find(',');; comma = s.find(',', start)) {
    const std::string_view part = trim(s.substr(start, comma - start));
    if (!part.empty()) parts.push_back(part);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return parts;
}

// "12(3)" -> {"12", "3"}; "12 (3-4)" -> {"12", "3-4"}; "12" -> {"12", ""}.
std::optional<std::pair<std::string, std::string>> volume_and_issue(std::string_view part) {
  const std::size_t open = part.find('(');
  const std::string_view volume = trim(part.substr(0, open));
  if (!all_digits(volume)) return std::nullopt;
  if (open == std::string_view::npos) return std::make_pair(std::string(volume), std::string());
  if (part.back() != ')') return std::nullopt;
  const std::string_view issue = trim(part.substr(open + 1, part.size() - open - 2));
  if (issue.empty()) return std::nullopt;
  return std::make_pair(std::string(volume), std::string(issue));
}

// "pp. 12-34", "p. 5", "blz. 7-9", "45-67" -> the range; otherwise "".
std::string pages_of(std::string_view part) {
  const std::string lower = ascii_lower(part);
  for (std::string_view mark : {"pp.", "p.", "blz.", "pag.", "bl."}) {
    if (starts_with(lower, mark) && is_page_range(trim(part.substr(mark.size())))) {
      return hyphenated_range(trim(part.substr(mark.size())));
    }
  }
  // A bare number is no page range: it could be a volume or a report number.
  const std::string range = hyphenated_range(part);
  return is_page_range(part) && range.find('-') != std::string::npos ? range : std::string();
}

// "2e druk", "3rd ed.", "2nd edition", "4e editie" -> "2"; otherwise "".
std::string edition_of(std::string_view part) {
  std::size_t digits = 0;
  while (digits < part.size() && is_digit(part[digits]))
    ++digits;
  if (digits == 0) return {};
  const std::string rest = ascii_lower(trim(part.substr(digits)));
  const std::size_t space = rest.find(' ');
  if (space == std::string::npos) return {};
  const std::string ordinal = rest.substr(0, space);
  const std::string word(trim(std::string_view(rest).substr(space + 1)));
  const bool ordinal_ok = ordinal == "e" || ordinal == "ste" || ordinal == "de" ||
                          ordinal == "st" || ordinal == "nd" || ordinal == "rd" ||
                          ordinal == "th" || ordinal == "e.";
  const bool word_ok = word == "druk" || word == "dr." || word == "ed." || word == "ed" ||
                       word == "edition" || word == "editie" || word == "uitgave";
  return ordinal_ok && word_ok ? std::string(part.substr(0, digits)) : std::string();
}

struct MonthName {
  std::string_view name;
  int month;
};

// Full names and the abbreviations reference lists print, Dutch and English.
constexpr MonthName kMonthNames[] = {
    {"januari", 1},   {"january", 1},  {"jan", 1},       {"februari", 2},  {"february", 2},
    {"feb", 2},       {"maart", 3},    {"march", 3},     {"mrt", 3},       {"mar", 3},
    {"april", 4},     {"apr", 4},      {"mei", 5},       {"may", 5},       {"juni", 6},
    {"june", 6},      {"jun", 6},      {"juli", 7},      {"july", 7},      {"jul", 7},
    {"augustus", 8},  {"august", 8},   {"aug", 8},       {"september", 9}, {"sept", 9},
    {"sep", 9},       {"oktober", 10}, {"october", 10},  {"okt", 10},      {"oct", 10},
    {"november", 11}, {"nov", 11},     {"december", 12}, {"dec", 12},
};

int month_of(std::string_view word) {
  std::string lower = ascii_lower(word);
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  for (const auto& m : kMonthNames) {
    if (lower == m.name) return m.month;
  }
  return 0;
}

}  // namespace

PublicationYear parse_publication_year(std::string_view printed) {
  std::string_view text = trim(printed);
  PublicationYear out;
  for (std::string_view mark : kApproximateMarks) {
    if (starts_with(ascii_lower(text), mark)) {
      out.approximate = true;
      text = trim(text.substr(mark.size()));
      break;
    }
  }
  std::string_view issued = text;
  if (const std::size_t slash = text.find('/'); slash != std::string_view::npos) {
    out.original = four_digit_year(trim(text.substr(0, slash)));
    if (!out.original) return {};
    issued = trim(text.substr(slash + 1));
  }
  std::size_t digits = 0;
  while (digits < issued.size() && is_digit(issued[digits]))
    ++digits;
  const std::string_view suffix = issued.substr(digits);
  const bool suffix_ok =
      suffix.size() <= 2 &&
      std::all_of(suffix.begin(), suffix.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  out.year = four_digit_year(issued.substr(0, digits));
  if (!out.year || !suffix_ok) return {};
  out.suffix = std::string(suffix);
  return out;
}

MonthDay parse_month_day(std::string_view date) {
  MonthDay out;
  std::string words(date);
  std::replace(words.begin(), words.end(), ',', ' ');
  std::string_view rest = trim(words);
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    const std::string_view word = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view() : trim(rest.substr(space));
    if (all_digits(word) && word.size() <= 2 && out.day == 0) {
      out.day = std::stoi(std::string(word));
      if (out.day < 1 || out.day > 31) return {};
    } else if (const int month = month_of(word); month != 0 && out.month == 0) {
      out.month = month;
    } else {
      return {};  // a word that is no month or day: not a date we can read
    }
  }
  if (out.month == 0) return {};
  return out;
}

EntryDetails parse_entry_details(std::string_view details) {
  EntryDetails out;
  std::vector<std::string_view> unread;
  bool first = true;
  for (const std::string_view part : comma_parts(details)) {
    const auto volume = first ? volume_and_issue(part) : std::nullopt;
    first = false;
    if (volume && out.volume.empty()) {
      out.volume = volume->first;
      out.issue = volume->second;
    } else if (std::string pages = pages_of(part); !pages.empty() && out.pages.empty()) {
      out.pages = std::move(pages);
    } else if (std::string edition = edition_of(part); !edition.empty() && out.edition.empty()) {
      out.edition = std::move(edition);
    } else {
      unread.push_back(part);
    }
  }
  for (const auto part : unread) {
    if (!out.note.empty()) out.note += ", ";
    out.note += part;
  }
  return out;
}

bool entry_names_a_book(std::string_view entry_text, std::string_view container) {
  if (container.empty()) return false;
  const std::size_t at = entry_text.find(container);
  if (at == std::string_view::npos) return false;
  const std::string_view before = entry_text.substr(0, at);
  for (std::string_view mark : {"In ", "In: "}) {
    for (std::size_t pos = before.find(mark); pos != std::string_view::npos;
         pos = before.find(mark, pos + 1)) {
      const std::string_view head = trim(before.substr(0, pos));
      if (head.empty() || head.back() == '.' || head.back() == '?' || head.back() == '!') {
        return true;
      }
    }
  }
  return false;
}

WebAddress split_doi(std::string_view address) {
  const std::string_view text = trim(address);
  const std::string lower = ascii_lower(text);
  for (std::string_view prefix : {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                  "http://dx.doi.org/", "doi:"}) {
    if (starts_with(lower, prefix)) {
      const std::string_view doi = trim(text.substr(prefix.size()));
      if (starts_with(doi, "10.")) return {"", std::string(doi)};
    }
  }
  return {std::string(text), ""};
}

}  // namespace exporter
