// export/utf8_text.cpp — repairing, measuring and splitting UTF-8 text.
#include "export/utf8_text.hpp"

#include <algorithm>

#include "store/utf8.hpp"

namespace exporter {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

bool is_valid_utf8(std::string_view text) {
  while (!text.empty()) {
    const std::size_t n = store::utf8_sequence_length(text);
    if (n == 0) return false;
    text.remove_prefix(n);
  }
  return true;
}

}  // namespace

std::string valid_utf8(std::string_view text) {
  if (is_valid_utf8(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  while (!text.empty()) {
    const std::size_t n = store::utf8_sequence_length(text);
    if (n == 0) {
      out += kReplacementCharacter;
      text.remove_prefix(1);
    } else {
      out += text.substr(0, n);
      text.remove_prefix(n);
    }
  }
  return out;
}

std::size_t line_break_length(std::string_view text) {
  if (text.starts_with("\r\n")) return 2;
  if (text.starts_with('\r') || text.starts_with('\n')) return 1;
  return 0;
}

std::size_t longest_line_width(std::string_view text) {
  std::size_t longest = 0;
  std::size_t current = 0;
  for (const char c : text) {
    if (c == '\r' || c == '\n') {
      longest = std::max(longest, current);
      current = 0;
    } else if (!is_continuation_byte(c)) {
      ++current;
    }
  }
  return std::max(longest, current);
}

}  // namespace exporter
