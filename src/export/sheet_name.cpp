// export/sheet_name.cpp — replacing, cutting and numbering sheet names.
#include "export/sheet_name.hpp"

#include <algorithm>

#include "export/utf8_text.hpp"

namespace exporter {

namespace {

constexpr std::string_view kForbidden = "[]:*?/\\";

// UTF-16 units of the UTF-8 character that starts with `lead`.
std::size_t utf16_units(char lead) {
  return (static_cast<unsigned char>(lead) >= 0xF0) ? 2 : 1;
}

std::string replace_forbidden_characters(std::string_view requested) {
  std::string name = valid_utf8(requested);
  for (char& c : name) {
    if (kForbidden.find(c) != std::string_view::npos || static_cast<unsigned char>(c) < 0x20) {
      c = '_';
    }
  }
  return name;
}

// The longest prefix of valid UTF-8 `name` that fits in `max_units` UTF-16 units.
std::string cut_to_length(std::string_view name, std::size_t max_units) {
  std::size_t units = 0;
  std::size_t i = 0;
  while (i < name.size()) {
    const std::size_t width = utf16_units(name[i]);
    if (units + width > max_units) break;
    units += width;
    ++i;
    while (i < name.size() && is_continuation_byte(name[i]))
      ++i;
  }
  return std::string(name.substr(0, i));
}

void trim_spaces(std::string& name) {
  const auto first = name.find_first_not_of(' ');
  if (first == std::string::npos) {
    name.clear();
    return;
  }
  name = name.substr(first, name.find_last_not_of(' ') - first + 1);
}

void replace_edge_apostrophes(std::string& name) {
  if (name.empty()) return;
  if (name.front() == '\'') name.front() = '_';
  if (name.back() == '\'') name.back() = '_';
}

bool is_taken(const std::string& name, const std::vector<std::string>& taken) {
  const std::string key = sheet_name_key(name);
  if (key == "history") return true;
  return std::any_of(taken.begin(), taken.end(),
                     [&](const std::string& other) { return sheet_name_key(other) == key; });
}

}  // namespace

std::string sheet_name_key(std::string_view name) {
  std::string key(name);
  for (std::size_t i = 0; i < key.size(); ++i) {
    const auto c = static_cast<unsigned char>(key[i]);
    if (c >= 'A' && c <= 'Z') {
      key[i] = static_cast<char>(c + ('a' - 'A'));
    } else if (c == 0xC3 && i + 1 < key.size()) {
      // U+00C0..U+00DE (À..Þ, except × U+00D7) are the capitals of U+00E0..U+00FE.
      const auto next = static_cast<unsigned char>(key[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) key[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return key;
}

std::string valid_sheet_name(std::string_view requested, const std::vector<std::string>& taken) {
  std::string base = cut_to_length(replace_forbidden_characters(requested), kMaxSheetNameLength);
  trim_spaces(base);
  replace_edge_apostrophes(base);
  if (base.empty()) base = "Sheet" + std::to_string(taken.size() + 1);
  if (!is_taken(base, taken)) return base;
  for (std::size_t n = 2;; ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    std::string name = cut_to_length(base, kMaxSheetNameLength - suffix.size());
    trim_spaces(name);
    name += suffix;
    if (!is_taken(name, taken)) return name;
  }
}

}  // namespace exporter
