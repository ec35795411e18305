// report/text.cpp — repair, escaping and measuring of UTF-8 text.
#include "report/text.hpp"

#include "store/utf8.hpp"

namespace report {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";              // U+2026

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// XML forbids U+FFFE and U+FFFF even though they are valid UTF-8.
bool is_noncharacter(std::string_view sequence) {
  return sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF";
}

bool is_forbidden_control(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// True when `text` at `at` looks like an entity or character reference: &name; or &#123;.
bool starts_entity(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  const std::size_t start = i;
  while (i < text.size() && (is_ascii_alnum(text[i]) || text[i] == '#'))
    ++i;
  return i > start && i < text.size() && text[i] == ';';
}

// Whitespace runs as one space, ends trimmed.
std::string collapse_whitespace(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (const char c : text) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

// The escapes that keep a line from starting a block: a list item ("- ", "+ ", "1. ",
// "1) "), a setext underline ("=").
void escape_line_start(std::string& text) {
  if (text.empty()) return;
  if (text.front() == '-' || text.front() == '+' || text.front() == '=') {
    text.insert(text.begin(), '\\');
    return;
  }
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
    ++digits;
  if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')'))
    text.insert(digits, "\\");
}

std::string escape_markdown_inline(std::string_view raw, bool escape_pipe) {
  const std::string text = collapse_whitespace(repair_text(raw));
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '#':
      case '~':
        out += '\\';
        break;
      case '|':
        if (escape_pipe) out += '\\';
        break;
      case '&':
        if (starts_entity(text, i)) out += '\\';
        break;
      default:
        break;
    }
    out += c;
  }
  escape_line_start(out);
  return out;
}

}  // namespace

std::string repair_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t length = store::utf8_sequence_length(text.substr(i));
    if (length == 0) {
      out += kReplacementCharacter;
      ++i;
      continue;
    }
    const std::string_view sequence = text.substr(i, length);
    if (length == 1 && is_forbidden_control(static_cast<unsigned char>(text[i])))
      out += ' ';
    else if (is_noncharacter(sequence))
      out += kReplacementCharacter;
    else
      out += sequence;
    i += length;
  }
  return out;
}

std::string escape_xml(std::string_view raw) {
  const std::string text = repair_text(raw);
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string escape_markdown(std::string_view text) {
  return escape_markdown_inline(text, false);
}

std::string escape_markdown_cell(std::string_view text) {
  return escape_markdown_inline(text, true);
}

std::size_t count_characters(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    if (!is_continuation_byte(c)) ++count;
  }
  return count;
}

std::string shorten(std::string_view text, std::size_t max_characters) {
  if (count_characters(text) <= max_characters) return std::string(text);
  if (max_characters == 0) return {};
  std::size_t end = 0;
  for (std::size_t kept = 0; kept + 1 < max_characters && end < text.size(); ++kept) {
    ++end;
    while (end < text.size() && is_continuation_byte(text[end]))
      ++end;
  }
  std::string out(text.substr(0, end));
  while (!out.empty() && out.back() == ' ')
    out.pop_back();
  return out + std::string(kEllipsis);
}

}  // namespace report
