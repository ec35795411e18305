// ingest/paragraphs.cpp — blank-line paragraph splitting with white space folding.
#include "ingest/paragraphs.hpp"

namespace ingest {

namespace {

// Length of the white space character at the start of `s` (ASCII or U+00A0), or 0.
std::size_t space_length(std::string_view s) {
  if (s.empty()) return 0;
  const char c = s[0];
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r') return 1;
  if (s.substr(0, 2) == "\xC2\xA0") return 2;
  return 0;
}

}  // namespace

bool is_blank_line(std::string_view line) {
  while (!line.empty()) {
    const std::size_t n = space_length(line);
    if (n == 0) return false;
    line.remove_prefix(n);
  }
  return true;
}

void append_folded(std::string& text, std::string_view line) {
  bool pending_space = !text.empty();
  while (!line.empty()) {
    if (const std::size_t n = space_length(line); n > 0) {
      pending_space = !text.empty();
      line.remove_prefix(n);
      continue;
    }
    if (pending_space) text += ' ';
    pending_space = false;
    std::size_t word = 0;
    while (word < line.size() && space_length(line.substr(word)) == 0)
      ++word;
    text.append(line.substr(0, word));
    line.remove_prefix(word);
  }
}

std::vector<Paragraph> split_paragraphs(const std::vector<std::string>& lines, int first_line,
                                        int last_line) {
  std::vector<Paragraph> out;
  Paragraph current;
  for (int n = first_line; n <= last_line && n <= static_cast<int>(lines.size()); ++n) {
    const std::string& line = lines[static_cast<std::size_t>(n - 1)];
    if (is_blank_line(line)) {
      if (!current.text.empty()) out.push_back(std::move(current));
      current = Paragraph{};
      continue;
    }
    if (current.text.empty()) current.first_line = n;
    current.last_line = n;
    append_folded(current.text, line);
  }
  if (!current.text.empty()) out.push_back(std::move(current));
  return out;
}

}  // namespace ingest
