// ingest/source_text.hpp — reading a corpus file into checked UTF-8 lines.
//
// The first stage of a build: bytes → lines of valid UTF-8, numbered as `sed -n 'Np'`
// counts them (a last line without a newline is a line too). A UTF-8 byte order mark is
// dropped, CRLF and lone CR end lines, invalid UTF-8 is replaced by U+FFFD with a warning
// naming the line and recorded in `damage`, so that a build can refuse the file instead
// (the default) or go on with the repair (`--lenient`). A file with NUL bytes is refused as binary,
// and one with a line longer than kMaxLineBytes as not being text with line ends (a whole book on
// one line is a failed extraction, and would cost minutes and gigabytes in the later stages).
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/diagnostic.hpp"

namespace ingest {

class SourceError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

inline constexpr std::size_t kMaxLineBytes = 1024 * 1024;

// What decoding had to repair in a file; a strict build refuses a file with any of it.
struct TextDamage {
  bool empty = false;                    // no bytes at all (after a byte order mark)
  int invalid_utf8_lines = 0;            // lines with an invalid UTF-8 sequence
  int first_invalid_line = 0;            // the first of them (1-based), 0 when none
  std::size_t first_invalid_column = 0;  // its byte offset in that line (1-based)
  unsigned char first_invalid_byte = 0;

  bool any() const { return empty || invalid_utf8_lines > 0; }
};

struct SourceText {
  std::string name;                // the file name, for messages
  std::string bytes;               // the file exactly as read (for the checksum)
  std::vector<std::string> lines;  // lines[0] is line 1; no line ends
  std::vector<Diagnostic> warnings;
  TextDamage damage;
};

// The message a strict build stops with for a damaged file: what, where, and what to do.
std::string damage_message(const SourceText& text);

// Splits and checks bytes already read; `name` is used in messages. Throws SourceError for
// a binary file or a line longer than kMaxLineBytes.
SourceText decode_source(std::string bytes, const std::string& name);

// Reads a file from disk and decodes it. Throws SourceError when it is missing or unreadable.
SourceText read_source(const std::filesystem::path& path, const std::string& name);

}  // namespace ingest
