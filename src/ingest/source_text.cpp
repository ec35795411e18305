// ingest/source_text.cpp — byte-level checks and line splitting of corpus files.
#include "ingest/source_text.hpp"

#include "store/utf8.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace ingest {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

bool is_continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

// Appends `line` to `out` with every invalid UTF-8 sequence replaced; returns how many.
// `first_bad` gets the byte offset of the first one.
int repair_utf8(std::string_view line, std::string& out, std::size_t& first_bad) {
  int repaired = 0;
  std::size_t i = 0;
  while (i < line.size()) {
    // ASCII, most of every line, is valid as it stands and is copied a run at a time.
    std::size_t ascii_end = i;
    while (ascii_end < line.size() && static_cast<unsigned char>(line[ascii_end]) < 0x80)
      ++ascii_end;
    if (ascii_end > i) {
      out.append(line.substr(i, ascii_end - i));
      i = ascii_end;
      continue;
    }
    const std::size_t n = store::utf8_sequence_length(line.substr(i));
    if (n == 0) {
      if (repaired == 0) first_bad = i;
      out += kReplacementCharacter;
      ++repaired;
      ++i;
      while (i < line.size() && is_continuation(static_cast<unsigned char>(line[i])))
        ++i;
    } else {
      out.append(line.substr(i, n));
      i += n;
    }
  }
  return repaired;
}

}  // namespace

SourceText decode_source(std::string bytes, const std::string& name) {
  SourceText text;
  text.name = name;
  text.bytes = std::move(bytes);
  std::string_view rest = text.bytes;

  if (const auto nul = rest.find('\0'); nul != std::string_view::npos) {
    const auto line = 1 + std::count(rest.begin(), rest.begin() + static_cast<long>(nul), '\n');
    throw SourceError(name + ":" + std::to_string(line) +
                      ": this looks like a binary file (it contains a NUL byte); corpus files "
                      "must be plain UTF-8 text — convert it to text first");
  }
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
  if (rest.empty()) {
    text.warnings.push_back({name, 0, "the file is empty"});
    text.damage.empty = true;
    return text;
  }

  int line_number = 0;
  while (!rest.empty()) {
    std::size_t end = rest.find_first_of("\r\n");
    const std::string_view raw = rest.substr(0, end);
    if (end == std::string_view::npos) {
      rest = {};
    } else {
      const bool crlf = rest[end] == '\r' && end + 1 < rest.size() && rest[end + 1] == '\n';
      rest.remove_prefix(end + (crlf ? 2 : 1));
    }
    ++line_number;
    if (raw.size() > kMaxLineBytes) {
      throw SourceError(name + ":" + std::to_string(line_number) + ": line " +
                        std::to_string(line_number) + " is " + std::to_string(raw.size()) +
                        " bytes long, more than the " + std::to_string(kMaxLineBytes) +
                        " a corpus line may have; this is not text with line ends — extract "
                        "the text again, keeping its line breaks");
    }
    std::string line;
    line.reserve(raw.size());
    std::size_t first_bad = 0;
    if (const int repaired = repair_utf8(raw, line, first_bad); repaired > 0) {
      if (text.damage.invalid_utf8_lines++ == 0) {
        text.damage.first_invalid_line = line_number;
        text.damage.first_invalid_column = first_bad + 1;
        text.damage.first_invalid_byte = static_cast<unsigned char>(raw[first_bad]);
      }
      text.warnings.push_back({name, line_number,
                               std::to_string(repaired) + " invalid UTF-8 sequence" +
                                   (repaired == 1 ? " was" : "s were") +
                                   " replaced by U+FFFD; save the file as UTF-8 to keep them"});
    }
    text.lines.push_back(std::move(line));
  }
  return text;
}

std::string damage_message(const SourceText& text) {
  const TextDamage& damage = text.damage;
  if (damage.empty) {
    return text.name +
           ": the file is empty; extract its text again, remove it from the manifest, or "
           "build with --lenient to keep it as an empty document";
  }
  if (damage.invalid_utf8_lines == 0) return {};
  const std::string others = damage.invalid_utf8_lines == 1
                                 ? std::string()
                                 : " (and on " + std::to_string(damage.invalid_utf8_lines - 1) +
                                       " more line" + (damage.invalid_utf8_lines == 2 ? "" : "s") +
                                       ")";
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(damage.first_invalid_byte));
  return text.name + ":" + std::to_string(damage.first_invalid_line) + ": invalid UTF-8: byte " +
         byte + " at byte " + std::to_string(damage.first_invalid_column) + " of the line" +
         others +
         "; save the file as UTF-8 (from Windows-1252 or Latin-1: iconv -f windows-1252 -t "
         "utf-8), or build with --lenient to replace such bytes by U+FFFD and go on";
}

SourceText read_source(const std::filesystem::path& path, const std::string& name) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw SourceError(name + ": corpus file not found at " + path.string() +
                      " (check --corpus, or the name in the manifest)");
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  if (!in || !(bytes << in.rdbuf()) || in.bad()) {
    // An empty file makes operator<< set failbit without being an error.
    if (std::filesystem::file_size(path, ec) != 0 || ec) {
      throw SourceError(name + ": cannot read " + path.string());
    }
  }
  return decode_source(std::move(bytes).str(), name);
}

}  // namespace ingest
