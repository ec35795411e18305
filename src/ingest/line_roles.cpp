// ingest/line_roles.cpp — page furniture told from text by a line's shape and by repetition.
//
// Every rule leans towards keeping a line: a furniture line left in the text costs one stray
// number or title in a paragraph, a text line taken for furniture loses words. So each kind
// of furniture needs a shape that prose and tables do not have, or evidence from the rest of
// the file:
//
// - Footers: "<name> [issue] | <year>[ ]<page>" — the '|' with a year behind it is the
//   shape; the page may be glued to the year ("202514"). Their page numbers anchor the page
//   sequence used below.
// - Section markers: ">> WORD" (also "» WORD" in capitals), a magazine's rubric.
// - Numbered running heads: a title with a page number glued or spaced in front
//   ("11Lerende organisaties", "52 Leren Transformeren") or behind ("Leren Transformeren
//   13"). A title of that shape is also what a numbered section heading, a table row
//   ("2 Analyseer ...") or a caption ("Figuur 2") looks like; the evidence is the page
//   sequence: the numbers must rise with the line number at a plausible number of lines per
//   page, together with the footers' pages. A title that carries two or more different page
//   numbers is a strong anchor; a title seen once counts only after a strong anchor has
//   established the page numbering before it. Labels numbered 1, 2, 3 in a row ("Figuur",
//   "Doel") are never page heads.
// - Bare page numbers: a line of one to three digits with a blank line (or furniture) on
//   both sides, no other number within kNumberNeighbourhood lines (a table's or a list's
//   numbers come in runs: "1 ... 2 ... 3", or "1" followed by "2 Analyseer"), and a place in
//   the page sequence. Without other anchors, bare numbers must be at least
//   kMinLinesPerBarePage lines apart per page, so a list numbered on its own lines stays.
// - Unnumbered running heads: the same short title line at least kMinRepeats times, mostly
//   between blank lines, spread over the file (not a figure's labels), and at least once
//   interrupting a sentence — which separates a book title at the top of the pages from a
//   repeated heading ("Tot slot", "Samenvatting"), a bio sentence or a list marker.
// - "Hoofdstuk N" alone on a line. In the corpus it is a label printed on a chapter's first
//   page that the extractor puts in the middle of the text: it never stands between blank
//   lines, but is followed by the rest of an interrupted sentence (" eigen ‘beroepskoker’
//   ..."), a body line or a list item. A real chapter heading is followed by its title. So
//   the label is furniture when what follows it is not a title; when it is followed by a
//   title ("Hoofdstuk 3" / "Inleiding") it is furniture only if most of the file's labels
//   are, and otherwise it stays as the heading it looks like. "Hoofdstuk 3 Titel" on one
//   line is always a heading.
#include "ingest/line_roles.hpp"

#include "ingest/text_shape.hpp"

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <string_view>

namespace ingest {

namespace {

constexpr std::size_t kMaxFooterBytes = 80;
constexpr int kMaxFooterFields = 4;  // name | issue | year | page
constexpr std::size_t kMaxMarkerBytes = 40;
constexpr std::size_t kMaxRepeatedHeadBytes = 60;
constexpr int kMaxRepeatedHeadWords = 8;
constexpr std::size_t kMaxNumberedHeadBytes = 160;
constexpr int kMaxNumberedHeadWords = 20;
constexpr int kMaxTitleWords = 10;
constexpr std::size_t kMaxTitleBytes = 80;
constexpr int kMinRepeats = 3;
constexpr int kMinRepeatGap = 15;  // closer repeats are a figure's or a table's labels
constexpr int kNumberNeighbourhood = 15;
constexpr int kMaxPage = 999;  // 4-digit numbers alone are years, prices, postcodes
// Plausible lines per page between two page anchors. Pages of extracted text run from a few
// lines (a full-page picture) to a few hundred (three dense columns); kPageSlack absorbs
// anchors printed at a page's top and bottom, or out of order.
constexpr int kMinLinesPerPage = 10;
constexpr int kMaxLinesPerPage = 300;
constexpr int kPageSlack = 40;
constexpr int kSamePageLines = 80;
constexpr int kMinLinesPerBarePage = 25;
constexpr int kMinStrongAnchors = 3;

// ---------------------------------------------------------------- characters

// Opening quotes and brackets before a line's first letter.
bool is_opening(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x2018 || c == 0x2019 ||
         c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB;
}

// Closing quotes and brackets after a line's last punctuation.
bool is_closing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x2019 || c == 0x201D || c == 0xBB;
}

char32_t last_char(std::string_view text) {
  const std::u32string s = decode(text);
  return s.empty() ? 0 : s.back();
}

// True when the line ends a sentence, so that what follows it starts afresh.
bool ends_sentence(std::string_view text) {
  const std::u32string s = decode(text);
  auto it = s.rbegin();
  while (it != s.rend() && (*it == ' ' || is_closing(*it)))
    ++it;
  if (it == s.rend()) return true;
  const char32_t c = *it;
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == 0x2026 || c == 0x25C6;
}

// ---------------------------------------------------------------- line text

bool has_ascii_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ')
    s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ')
    s.remove_suffix(1);
  return s;
}

// A page number as printed: digits without a leading zero, up to kMaxPage.
std::optional<int> page_value(std::string_view digits) {
  if (!all_ascii_digits(digits) || digits.size() > 3 || digits.front() == '0') return {};
  const int value = std::stoi(std::string(digits));
  if (value < 1 || value > kMaxPage) return {};
  return value;
}

// A heading-like line: a capital first, short, not ending like a sentence or a clause.
bool is_title_like(std::string_view text) {
  if (first_letter_case(text, is_opening) != Case::kUpper) return false;
  if (word_count(text) > kMaxTitleWords || text.size() > kMaxTitleBytes) return false;
  const char32_t last = last_char(text);
  return last != '.' && last != ',' && last != ';' && last != ':';
}

// ---------------------------------------------------------------- shapes

struct YearPage {
  int page = 0;  // 0: no page number
};

// "2025", "2025 39" or "202514" (the page glued to the year on even pages).
std::optional<YearPage> parse_year_page(std::string_view field) {
  std::string digits;
  int spaces = 0;
  for (char c : field) {
    if (c == ' ') {
      if (digits.size() != 4 || ++spaces > 1) return {};
    } else if (c >= '0' && c <= '9') {
      digits += c;
    } else {
      return {};
    }
  }
  if (digits.size() < 4 || digits.size() > 7) return {};
  const int year = std::stoi(digits.substr(0, 4));
  if (year < 1900 || year > 2099) return {};
  if (digits.size() == 4) return YearPage{};
  const auto page = page_value(std::string_view(digits).substr(4));
  if (!page) return {};
  return YearPage{*page};
}

// A publication's name with an issue or volume: "TvOO 1", "Blad voor Leren 3", "nr. 3".
bool is_publication_field(std::string_view field) {
  if (word_count(field) > 6 || first_letter_case(field, is_opening) == Case::kNone) return false;
  for (char32_t c : decode(field)) {
    const bool ok = letter_case(c) != Case::kNone || is_digit(c) || c == ' ' || c == '.' ||
                    c == '&' || c == '-' || c == '\'' || c == 0x2019;
    if (!ok) return false;
  }
  return true;
}

struct Footer {
  int page = 0;  // 0: the footer carries no page number
};

std::optional<Footer> parse_footer(std::string_view line) {
  if (line.size() > kMaxFooterBytes || line.find('|') == std::string_view::npos) return {};
  bool has_year = false;
  bool has_name = false;
  Footer footer;
  int fields = 0;
  for (std::string_view rest = line;;) {
    const std::size_t bar = rest.find('|');
    const std::string_view field = trim(rest.substr(0, bar));
    if (field.empty() || ++fields > kMaxFooterFields) return {};
    if (auto year_page = parse_year_page(field); year_page && !has_year) {
      has_year = true;
      if (year_page->page > 0) footer.page = year_page->page;
    } else if (auto page = page_value(field)) {
      footer.page = *page;
    } else if (is_publication_field(field)) {
      has_name = true;
    } else {
      return {};
    }
    if (bar == std::string_view::npos) break;
    rest.remove_prefix(bar + 1);
  }
  if (!has_year || !has_name) return {};
  return footer;
}

// ">> PRAKTIJK": a rubric's marker; "»" only with a rubric in capitals, as Dutch text also
// opens quotes with it.
bool is_section_marker(std::string_view line) {
  std::string_view rest;
  bool need_capitals = false;
  if (line.starts_with(">>")) {
    rest = trim(line.substr(2));
  } else if (line.starts_with("\xC2\xBB")) {
    rest = trim(line.substr(2));
    need_capitals = true;
  } else {
    return false;
  }
  if (rest.empty() || rest.size() > kMaxMarkerBytes || word_count(rest) > 4) return false;
  if (first_letter_case(rest, is_opening) == Case::kNone || has_ascii_digit(rest)) return false;
  if (ends_sentence(rest) || last_char(rest) == ',') return false;
  if (need_capitals) {
    for (char32_t c : decode(rest)) {
      if (letter_case(c) == Case::kLower) return false;
    }
  }
  return true;
}

// "Hoofdstuk 3" and nothing else.
bool is_chapter_label(std::string_view line) {
  constexpr std::string_view kWord = "hoofdstuk ";
  if (line.size() <= kWord.size() || ascii_lower(line.substr(0, kWord.size())) != kWord) {
    return false;
  }
  const std::string_view number = line.substr(kWord.size());
  return all_ascii_digits(number) && number.size() <= 3;
}

struct NumberedHead {
  int page = 0;
  std::string key;  // the title, in lower case
};

// A title that can carry a page number: a capital first, no digits, not ending a sentence.
bool is_numbered_head_title(std::string_view title) {
  if (title.empty() || title.size() > kMaxNumberedHeadBytes) return false;
  if (word_count(title) > kMaxNumberedHeadWords || has_ascii_digit(title)) return false;
  if (first_letter_case(title, is_opening) != Case::kUpper) return false;
  const char32_t last = last_char(title);
  return last != '.' && last != ',' && last != ';' && last != ':' && last != '-';
}

// "11Lerende organisaties", "52 Leren Transformeren", "Leren Transformeren 13".
std::optional<NumberedHead> parse_numbered_head(std::string_view line) {
  std::size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9')
    ++digits;
  if (digits > 0) {
    const auto page = page_value(line.substr(0, digits));
    const std::string_view title = trim(line.substr(digits));
    if (!page || !is_numbered_head_title(title)) return {};
    return NumberedHead{*page, ascii_lower(title)};
  }
  const std::size_t space = line.rfind(' ');
  if (space == std::string_view::npos) return {};
  const auto page = page_value(line.substr(space + 1));
  const std::string_view title = trim(line.substr(0, space));
  if (!page || !is_numbered_head_title(title)) return {};
  return NumberedHead{*page, ascii_lower(title)};
}

// ---------------------------------------------------------------- context

struct Context {
  const std::vector<std::string>& text;  // normalised lines
  std::vector<LineRole>& roles;

  int size() const { return static_cast<int>(text.size()); }
  // Blank lines and furniture already found separate a line from its neighbours alike.
  bool separates(int i) const {
    return i < 0 || i >= size() || roles[i] == LineRole::kBlank || is_furniture(roles[i]);
  }
  bool isolated(int i) const { return separates(i - 1) && separates(i + 1); }
  // The nearest line in direction `step` that is text and not `skip` (a repeat), or -1.
  int nearest_text(int i, int step, std::string_view skip = {}) const {
    for (int j = i + step; j >= 0 && j < size(); j += step) {
      if (roles[j] != LineRole::kText) continue;
      if (!skip.empty() && ascii_lower(text[j]) == skip) continue;
      return j;
    }
    return -1;
  }
  int next_nonblank(int i) const {
    for (int j = i + 1; j < size(); ++j) {
      if (roles[j] != LineRole::kBlank) return j;
    }
    return -1;
  }
};

// ---------------------------------------------------------------- footers, markers

struct PageAnchor {
  int line = 0;  // 0-based index
  int page = 0;
  int weight = 0;
  bool strong = false;  // a footer, or a title seen with two or more page numbers
  LineRole role = LineRole::kText;
};

void mark_footers_and_markers(Context& cx, std::vector<PageAnchor>& anchors) {
  for (int i = 0; i < cx.size(); ++i) {
    if (cx.roles[i] != LineRole::kText) continue;
    if (auto footer = parse_footer(cx.text[i])) {
      cx.roles[i] = LineRole::kFooter;
      if (footer->page > 0) anchors.push_back({i, footer->page, 4, true, LineRole::kFooter});
    } else if (is_section_marker(cx.text[i])) {
      cx.roles[i] = LineRole::kRunningHead;
    }
  }
}

// ---------------------------------------------------------------- chapter labels

// What follows a label that interrupts the text: the rest of a sentence, a body line, a list
// item — anything but a title.
bool follows_as_text(const Context& cx, int i) {
  const int next = cx.next_nonblank(i);
  if (next < 0) return true;
  return first_letter_case(cx.text[next], is_opening) == Case::kLower ||
         !is_title_like(cx.text[next]);
}

void mark_chapter_labels(Context& cx) {
  std::vector<int> labels;
  std::vector<bool> interrupting;
  for (int i = 0; i < cx.size(); ++i) {
    if (cx.roles[i] != LineRole::kText || !is_chapter_label(cx.text[i])) continue;
    labels.push_back(i);
    interrupting.push_back(follows_as_text(cx, i));
  }
  const auto evidence = std::count(interrupting.begin(), interrupting.end(), true);
  const bool file_uses_labels = evidence * 2 > static_cast<long>(labels.size());
  for (std::size_t k = 0; k < labels.size(); ++k) {
    if (interrupting[k] || file_uses_labels) cx.roles[labels[k]] = LineRole::kChapterLabel;
  }
}

// ---------------------------------------------------------------- page sequence

bool anchors_agree(const PageAnchor& a, const PageAnchor& b, int min_lines_per_page, int slack) {
  const int lines = b.line - a.line;
  const int pages = b.page - a.page;
  if (pages < 0) return false;
  if (pages == 0) return lines <= kSamePageLines;
  return lines >= min_lines_per_page * pages - slack && lines <= kMaxLinesPerPage * pages + slack;
}

// The heaviest subsequence of `anchors` (sorted by line) whose pages rise plausibly with
// the line number; returns membership flags.
std::vector<bool> page_sequence(const std::vector<PageAnchor>& anchors, int min_lines_per_page,
                                int slack) {
  const int n = static_cast<int>(anchors.size());
  std::vector<int> best(n, 0);
  std::vector<int> previous(n, -1);
  int end = -1;
  for (int i = 0; i < n; ++i) {
    best[i] = anchors[i].weight;
    for (int j = 0; j < i; ++j) {
      if (best[j] + anchors[i].weight > best[i] &&
          anchors_agree(anchors[j], anchors[i], min_lines_per_page, slack)) {
        best[i] = best[j] + anchors[i].weight;
        previous[i] = j;
      }
    }
    if (end < 0 || best[i] > best[end]) end = i;
  }
  std::vector<bool> member(n, false);
  for (int i = end; i >= 0; i = previous[i])
    member[i] = true;
  return member;
}

// A title with consecutive small numbers ("Figuur 1", "Figuur 2") is a numbered label.
bool is_label_series(const std::string& key, std::vector<int> pages) {
  if (word_count(key) > 1) return false;
  std::sort(pages.begin(), pages.end());
  for (std::size_t k = 1; k < pages.size(); ++k) {
    if (pages[k] != pages[k - 1] + 1) return false;
  }
  return true;
}

// No other number in the neighbourhood: table rows and lists number their lines in runs.
bool alone_among_numbers(const Context& cx, int i, int value) {
  const std::string before = std::to_string(value - 1);
  const std::string after = std::to_string(value + 1);
  const int from = std::max(0, i - kNumberNeighbourhood);
  const int to = std::min(cx.size() - 1, i + kNumberNeighbourhood);
  for (int j = from; j <= to; ++j) {
    if (j == i) continue;
    const std::string& t = cx.text[j];
    if (all_ascii_digits(t) && t.size() <= 4) return false;
    for (const std::string& n : {before, after}) {
      if (t.size() > n.size() && t.starts_with(n) &&
          (t[n.size()] == ' ' || t[n.size()] == '.' || t[n.size()] == ')')) {
        return false;
      }
    }
  }
  return true;
}

void collect_numbered_heads(const Context& cx, std::vector<PageAnchor>& anchors) {
  std::map<std::string, std::vector<int>> pages_of;
  std::vector<std::pair<int, NumberedHead>> found;
  for (int i = 0; i < cx.size(); ++i) {
    if (cx.roles[i] != LineRole::kText || is_chapter_label(cx.text[i])) continue;
    if (auto head = parse_numbered_head(cx.text[i])) {
      pages_of[head->key].push_back(head->page);
      found.emplace_back(i, *head);
    }
  }
  for (auto& [i, head] : found) {
    std::vector<int> pages = pages_of[head.key];
    std::sort(pages.begin(), pages.end());
    const bool repeated = std::unique(pages.begin(), pages.end()) - pages.begin() >= 2;
    const bool strong = repeated && !is_label_series(head.key, pages_of[head.key]);
    anchors.push_back({i, head.page, strong ? 2 : 1, strong, LineRole::kRunningHead});
  }
}

void collect_bare_numbers(const Context& cx, std::vector<PageAnchor>& anchors) {
  for (int i = 0; i < cx.size(); ++i) {
    if (cx.roles[i] != LineRole::kText) continue;
    const auto page = page_value(cx.text[i]);
    if (!page || !cx.isolated(i) || !alone_among_numbers(cx, i, *page)) continue;
    anchors.push_back({i, *page, 1, false, LineRole::kPageNumber});
  }
}

void mark_page_sequence(Context& cx, std::vector<PageAnchor> anchors) {
  collect_numbered_heads(cx, anchors);
  collect_bare_numbers(cx, anchors);
  std::sort(anchors.begin(), anchors.end(),
            [](const PageAnchor& a, const PageAnchor& b) { return a.line < b.line; });
  const bool anchored =
      std::any_of(anchors.begin(), anchors.end(), [](const PageAnchor& a) { return a.strong; });
  if (!anchored) {
    // Only bare numbers can stand on their own, as far apart as pages are, and only when
    // they all agree: one left out of the sequence means they number something else.
    std::erase_if(anchors, [](const PageAnchor& a) { return a.role != LineRole::kPageNumber; });
    const std::vector<bool> member = page_sequence(anchors, kMinLinesPerBarePage, 0);
    if (std::find(member.begin(), member.end(), false) != member.end()) return;
    for (const PageAnchor& a : anchors)
      cx.roles[a.line] = LineRole::kPageNumber;
    return;
  }
  const std::vector<bool> member = page_sequence(anchors, kMinLinesPerPage, kPageSlack);
  int strong_members = 0;
  for (std::size_t k = 0; k < anchors.size(); ++k)
    strong_members += member[k] && anchors[k].strong;
  const bool sequence_established = strong_members >= kMinStrongAnchors;
  bool strong_seen = false;  // a head seen once counts only after the numbering is known
  for (std::size_t k = 0; k < anchors.size(); ++k) {
    const PageAnchor& a = anchors[k];
    if (!member[k]) continue;
    bool accept = false;
    if (a.role == LineRole::kPageNumber) {
      accept = true;
    } else if (a.role == LineRole::kRunningHead) {
      accept = sequence_established && (a.strong || strong_seen);
    }
    strong_seen = strong_seen || a.strong;
    if (accept) cx.roles[a.line] = a.role;
  }
}

// ---------------------------------------------------------------- repeated heads

bool is_repeated_head_candidate(std::string_view line) {
  if (line.size() > kMaxRepeatedHeadBytes || word_count(line) > kMaxRepeatedHeadWords) return false;
  if (first_letter_case(line, is_opening) != Case::kUpper || has_ascii_digit(line)) return false;
  if (line.find(':') != std::string_view::npos) return false;  // bylines, speaker labels
  const char32_t last = last_char(line);
  return last != '.' && last != ',' && last != ';' && last != '!' && last != '?' && last != '-' &&
         !is_closing(last);
}

// The page turns inside a sentence: the text before the line does not end one and the text
// after goes on in lower case.
bool interrupts_sentence(const Context& cx, int i, const std::string& key) {
  const int before = cx.nearest_text(i, -1, key);
  const int after = cx.nearest_text(i, +1, key);
  return before >= 0 && after >= 0 && !ends_sentence(cx.text[before]) &&
         first_letter_case(cx.text[after], is_opening) == Case::kLower;
}

void mark_repeated_heads(Context& cx) {
  std::map<std::string, std::vector<int>> occurrences;
  for (int i = 0; i < cx.size(); ++i) {
    if (cx.roles[i] == LineRole::kText && is_repeated_head_candidate(cx.text[i])) {
      occurrences[ascii_lower(cx.text[i])].push_back(i);
    }
  }
  for (const auto& [key, lines] : occurrences) {
    if (static_cast<int>(lines.size()) < kMinRepeats) continue;
    bool spread = true;
    for (std::size_t k = 1; k < lines.size(); ++k)
      spread = spread && lines[k] - lines[k - 1] >= kMinRepeatGap;
    const auto isolated =
        std::count_if(lines.begin(), lines.end(), [&](int i) { return cx.isolated(i); });
    const bool interrupts = std::any_of(lines.begin(), lines.end(), [&, &key = key](int i) {
      return interrupts_sentence(cx, i, key);
    });
    if (!spread || isolated * 3 < static_cast<long>(lines.size()) * 2 || !interrupts) continue;
    for (int i : lines) {
      if (cx.isolated(i)) cx.roles[i] = LineRole::kRunningHead;
    }
  }
}

}  // namespace

bool is_furniture(LineRole role) {
  switch (role) {
    case LineRole::kFooter:
    case LineRole::kRunningHead:
    case LineRole::kPageNumber:
    case LineRole::kChapterLabel:
      return true;
    case LineRole::kBlank:
    case LineRole::kText:
      break;
  }
  return false;
}

std::vector<LineRole> classify_lines(const std::vector<std::string>& lines) {
  std::vector<std::string> text;
  text.reserve(lines.size());
  // White space folds, so that file 000's TAB-separated words and a page top's leading space
  // compare as text.
  for (const std::string& line : lines)
    text.push_back(fold_white_space(line, FoldedSpace::kBasicVtAndBom));
  std::vector<LineRole> roles(lines.size(), LineRole::kText);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i].empty()) roles[i] = LineRole::kBlank;
  }
  Context cx{text, roles};
  std::vector<PageAnchor> anchors;
  mark_footers_and_markers(cx, anchors);
  mark_chapter_labels(cx);
  mark_page_sequence(cx, std::move(anchors));
  mark_repeated_heads(cx);
  return roles;
}

}  // namespace ingest
