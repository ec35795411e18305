// export/utf8_text.hpp — text as the document formats (Markdown, HTML, XLSX) need it: valid
// UTF-8, measured in characters, line breaks found whatever their convention.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace exporter {

// `text` with each byte that does not start a valid UTF-8 sequence (store/utf8.hpp: no
// overlong forms, no surrogates) replaced by U+FFFD, so that the XML, HTML or Markdown made
// from it is valid UTF-8 (an XLSX file with invalid UTF-8 is "repaired" by Excel).
std::string valid_utf8(std::string_view text);

// Length in bytes of the line break at the start of `text` ("\r\n", "\r" or "\n"), or 0.
std::size_t line_break_length(std::string_view text);

// True for a byte that continues a UTF-8 sequence (not the first byte of a character).
inline bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The number of characters (code points) in the longest line of UTF-8 `text`.
std::size_t longest_line_width(std::string_view text);

}  // namespace exporter
