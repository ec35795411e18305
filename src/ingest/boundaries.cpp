// ingest/boundaries.cpp — proposing where the pieces of a compound file begin and end.
//
// The hints are for `conceptdb check` to hold against the reviewed manifest, so each one is
// a line whose shape prose does not have:
// - an end mark: '◆' (or '■', another magazine's mark) closing a line;
// - a byline: "Auteur:" / "Auteurs:" opening a line or glued to a rubric ("COLUMNAuteur:"),
//   never in the middle of a sentence;
// - a chapter: "Hoofdstuk N" opening a line, alone or before a title on the same line; or a
//   bare number directly above a title line, but only when such numbers run through the file
//   as chapters do (rising by one, or two where a number was lost, far apart, at least
//   kMinNumberedChapters of them) — a table's row "1" above its first cell is not a chapter;
// - an interview: "In gesprek met" opening a line, followed (on the line or the next) by
//   names, not by the rest of a sentence.
// Lines that open with a single space (a new text frame) are not reported: in the corpus
// they open a page, a box or a pull quote far more often than a piece (17 of the magazine's
// 90 are the first line of a part, 9 of the book's 180 — not counting bullets — open a
// chapter); where one does open a piece, a byline or the previous piece's end mark is near,
// and BoundaryKind has no kind for so weak a signal.
#include "ingest/boundaries.hpp"

#include "ingest/text_shape.hpp"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string_view>

namespace ingest {

namespace {

constexpr int kMinNumberedChapters = 3;
constexpr int kMinChapterGap = 20;  // lines between two numbered chapter headings
constexpr int kMaxNameWords = 12;   // a byline or an interview's list of names
constexpr int kMaxHeadingWords = 12;

// ---------------------------------------------------------------- characters

// Opening quotes and brackets before a heading's or a name's first letter.
bool is_opening(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == 0x2018 || c == 0x201C;
}

bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> endings) {
  return std::any_of(endings.begin(), endings.end(),
                     [&](std::string_view e) { return text.ends_with(e); });
}

// A title line: a capital first and no sentence or clause ending.
bool is_heading_text(std::string_view text) {
  return first_letter_case(text, is_opening) == Case::kUpper &&
         word_count(text) <= kMaxHeadingWords && !ends_with_any(text, {".", ",", ";", ":"});
}

int next_nonblank(const std::vector<std::string>& text, int i) {
  for (int j = i + 1; j < static_cast<int>(text.size()); ++j) {
    if (!text[j].empty()) return j;
  }
  return -1;
}

// ---------------------------------------------------------------- interviews

bool is_name_particle(std::string_view word) {
  static constexpr std::string_view kParticles[] = {
      "van", "den", "der", "de", "het", "ten", "ter",           "te", "en", "&", "von",
      "du",  "la",  "le",  "da", "dos", "'t",  "\xE2\x80\x99t", "d'"};
  return std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
}

// Names only: every word capitalised or a particle. A letter-spaced capital ("Roek L ips")
// is closed up with the fragment after it.
std::optional<std::string> names_in(std::string_view text) {
  if (text.empty() || word_count(text) > kMaxNameWords || text.ends_with(".")) return {};
  std::vector<std::string> words;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    words.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  std::string out;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string& word = words[k];
    const Case c = first_letter_case(word, is_opening);
    const bool spaced_capital =
        k > 0 && words[k - 1].size() == 1 &&
        letter_case(static_cast<unsigned char>(words[k - 1][0])) == Case::kUpper;
    if (c == Case::kLower && !is_name_particle(word) && spaced_capital) {
      out += word;  // joins "L" + "ips"
      continue;
    }
    if (c != Case::kUpper && !is_name_particle(word)) return {};
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

std::optional<std::string> interviewee(const std::vector<std::string>& text, int i) {
  constexpr std::string_view kOpener = "In gesprek met";
  const std::string& line = text[i];
  if (!line.starts_with(kOpener)) return {};
  if (line.size() > kOpener.size() && line[kOpener.size()] != ' ') return {};
  std::string_view who = std::string_view(line).substr(kOpener.size());
  if (!who.empty()) who.remove_prefix(1);
  if (who.empty()) {
    const int next = next_nonblank(text, i);
    if (next < 0) return {};
    who = text[next];
  }
  return names_in(who);
}

// ---------------------------------------------------------------- bylines

// "Auteur: X" / "Auteurs: X & Y", at the line's start or glued to a word ("COLUMNAuteur:");
// the names may stand on the next line.
std::optional<std::string> byline_authors(const std::vector<std::string>& text, int i) {
  const std::string& line = text[i];
  for (std::size_t at = line.find("Auteur"); at != std::string::npos;
       at = line.find("Auteur", at + 1)) {
    std::size_t colon = at + 6;
    if (colon < line.size() && line[colon] == 's') ++colon;
    if (colon >= line.size() || line[colon] != ':') continue;
    if (at > 0) {
      std::size_t back = at - 1;
      while (back > 0 && (static_cast<unsigned char>(line[back]) & 0xC0) == 0x80)
        --back;
      std::size_t pos = back;
      if (letter_case(next_code_point(line, pos)) == Case::kNone) continue;  // mid-sentence
    }
    std::string authors =
        fold_white_space(std::string_view(line).substr(colon + 1), FoldedSpace::kBasic);
    if (authors.empty()) {  // the names on the next line, if that line is only names
      const int next = next_nonblank(text, i);
      if (next < 0) return {};
      return names_in(text[next]);
    }
    if (word_count(authors) > kMaxNameWords) return {};
    return authors;
  }
  return {};
}

// ---------------------------------------------------------------- chapters

// "Hoofdstuk 3", "Hoofdstuk 3 De wijkteamaanpak", "Hoofdstuk 3: ..." → "3".
std::optional<std::string> chapter_label_number(std::string_view line) {
  constexpr std::string_view kWord = "hoofdstuk ";
  if (line.size() <= kWord.size() || ascii_lower(line.substr(0, kWord.size())) != kWord) {
    return {};
  }
  std::string_view rest = line.substr(kWord.size());
  std::size_t digits = 0;
  while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9')
    ++digits;
  if (digits == 0 || digits > 3) return {};
  const std::string number(rest.substr(0, digits));
  rest.remove_prefix(digits);
  if (rest.empty()) return number;
  if (rest.front() != ' ' && rest.front() != ':' && rest.front() != '.') return {};
  const auto skip_separators = [&rest] {
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':' || rest.front() == '.')) {
      rest.remove_prefix(1);
    }
  };
  skip_separators();
  if (rest.starts_with("\xE2\x80\x93")) {  // "Hoofdstuk 3 – Titel"
    rest.remove_prefix(3);
    skip_separators();
  }
  if (rest.empty() || !is_heading_text(rest)) return {};
  return number;
}

struct NumberedHeading {
  int line = 0;  // 0-based
  int number = 0;
};

// Bare numbers directly above a title line, kept only where they run as chapters do.
std::vector<NumberedHeading> numbered_chapters(const std::vector<std::string>& text) {
  std::vector<NumberedHeading> found;
  for (int i = 0; i + 1 < static_cast<int>(text.size()); ++i) {
    const std::string& t = text[i];
    if (!all_ascii_digits(t) || t.size() > 2 || t.front() == '0') continue;
    if (text[i + 1].empty() || !is_heading_text(text[i + 1])) continue;
    found.push_back({i, std::stoi(t)});
  }
  const int n = static_cast<int>(found.size());
  std::vector<int> length(n, 1);
  std::vector<int> previous(n, -1);
  int end = -1;
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < i; ++j) {
      const int step = found[i].number - found[j].number;
      const bool follows =
          (step == 1 || step == 2) && found[i].line - found[j].line >= kMinChapterGap;
      if (follows && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        previous[i] = j;
      }
    }
    if (end < 0 || length[i] > length[end]) end = i;
  }
  std::vector<NumberedHeading> chain;
  if (end < 0 || length[end] < kMinNumberedChapters) return chain;
  for (int i = end; i >= 0; i = previous[i])
    chain.push_back(found[i]);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

bool ends_with_end_mark(std::string_view line) {
  return ends_with_any(line, {"\xE2\x97\x86", "\xE2\x96\xA0"});  // ◆, ■
}

}  // namespace

const char* boundary_kind_name(BoundaryKind kind) {
  switch (kind) {
    case BoundaryKind::kEndMark:
      return "end-mark";
    case BoundaryKind::kByline:
      return "byline";
    case BoundaryKind::kChapter:
      return "chapter";
    case BoundaryKind::kInterview:
      return "interview";
  }
  return "unknown";
}

std::vector<BoundaryHint> propose_boundaries(const std::vector<std::string>& lines) {
  std::vector<std::string> text;
  text.reserve(lines.size());
  for (const std::string& line : lines)
    text.push_back(fold_white_space(line, FoldedSpace::kBasic));

  std::vector<BoundaryHint> hints;
  for (int i = 0; i < static_cast<int>(text.size()); ++i) {
    const std::string& line = text[i];
    if (line.empty()) continue;
    if (ends_with_end_mark(line)) hints.push_back({i + 1, BoundaryKind::kEndMark, ""});
    if (auto authors = byline_authors(text, i)) {
      hints.push_back({i + 1, BoundaryKind::kByline, *authors});
    }
    if (auto number = chapter_label_number(line)) {
      hints.push_back({i + 1, BoundaryKind::kChapter, *number});
    }
    if (auto who = interviewee(text, i)) hints.push_back({i + 1, BoundaryKind::kInterview, *who});
  }
  for (const NumberedHeading& heading : numbered_chapters(text)) {
    hints.push_back({heading.line + 1, BoundaryKind::kChapter, std::to_string(heading.number)});
  }
  std::stable_sort(hints.begin(), hints.end(),
                   [](const BoundaryHint& a, const BoundaryHint& b) { return a.line < b.line; });
  return hints;
}

}  // namespace ingest
