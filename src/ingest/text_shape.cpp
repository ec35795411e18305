// ingest/text_shape.cpp — character and word helpers shared by the layout stages.
#include "ingest/text_shape.hpp"

#include <algorithm>

namespace ingest {

// ---------------------------------------------------------------- code points

char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  const int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  if (extra == 0 || i + extra >= s.size()) {
    ++i;
    return c;
  }
  char32_t cp = c & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += 1 + extra;
  return cp;
}

std::u32string decode(std::string_view s, char32_t (*next)(std::string_view, std::size_t&)) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();)
    out.push_back(next(s, i));
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// ---------------------------------------------------------------- letters

Case letter_case(char32_t c) {
  if (c >= 'A' && c <= 'Z') return Case::kUpper;
  if (c >= 'a' && c <= 'z') return Case::kLower;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return Case::kUpper;
  if (c >= 0xDF && c <= 0xFF && c != 0xF7) return Case::kLower;
  if (c < 0x100 || c > 0x17F) return Case::kNone;
  // Latin Extended-A pairs capital and small letter as even and odd code point, except in
  // the two stretches where the pairs start on an odd one; ĸ, ŉ and ſ have no capital.
  if (c == 0x138 || c == 0x149 || c == 0x17F) return Case::kLower;
  if (c == 0x178) return Case::kUpper;
  const bool even = c % 2 == 0;
  const bool odd_is_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
  return (even != odd_is_upper) ? Case::kUpper : Case::kLower;
}

bool is_upper(char32_t c) {
  return letter_case(c) == Case::kUpper;
}

bool is_lower(char32_t c) {
  return letter_case(c) == Case::kLower;
}

char32_t to_lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F && is_upper(c)) return c == 0x178 ? 0xFF : c + 1;
  return c;
}

bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}

Case first_letter_case(std::string_view text, bool (*skip)(char32_t)) {
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = next_code_point(text, i);
    if (c == ' ' || skip(c)) continue;
    return letter_case(c);
  }
  return Case::kNone;
}

// ---------------------------------------------------------------- words

std::string fold_white_space(std::string_view line, FoldedSpace spaces) {
  const bool vt_and_bom = spaces == FoldedSpace::kBasicVtAndBom;
  std::string out;
  bool pending_space = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    std::size_t skip = 0;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || (vt_and_bom && c == '\v')) {
      skip = 1;
    } else if (line.substr(i, 2) == "\xC2\xA0") {
      skip = 2;
    } else if (vt_and_bom && line.substr(i, 3) == "\xEF\xBB\xBF") {
      skip = 3;
    }
    if (skip > 0) {
      pending_space = !out.empty();
      i += skip - 1;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

int word_count(std::string_view text) {
  return text.empty() ? 0 : 1 + static_cast<int>(std::count(text.begin(), text.end(), ' '));
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool all_ascii_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace ingest
