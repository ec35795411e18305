// ingest/source_text.hpp — reading a corpus file into checked UTF-8 lines.
//
// The first stage of a build: bytes → lines of valid UTF-8, numbered as `sed -n 'Np'`
// counts them (a last line without a newline is a line too). A UTF-8 byte order mark is
// dropped, CRLF and lone CR end lines, invalid UTF-8 is replaced by U+FFFD with a warning
// naming the line. A file with NUL bytes is refused as binary, and one with a line longer
// than kMaxLineBytes as not being text with line ends (a whole book on one line is a failed
// extraction, and would cost minutes and gigabytes in the later stages).
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

struct SourceText {
  std::string name;                // the file name, for messages
  std::string bytes;               // the file exactly as read (for the checksum)
  std::vector<std::string> lines;  // lines[0] is line 1; no line ends
  std::vector<Diagnostic> warnings;
};

// Splits and checks bytes already read; `name` is used in messages. Throws SourceError for
// a binary file or a line longer than kMaxLineBytes.
SourceText decode_source(std::string bytes, const std::string& name);

// Reads a file from disk and decodes it. Throws SourceError when it is missing or unreadable.
SourceText read_source(const std::filesystem::path& path, const std::string& name);

}  // namespace ingest
