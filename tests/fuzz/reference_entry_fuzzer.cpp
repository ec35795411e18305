// tests/fuzz/reference_entry_fuzzer.cpp — the reference-list parser: joining printed pieces,
// repairing broken URLs, splitting a list into entries, finding entries in running text and
// parsing one entry. The input is a reference list: pieces separated by newlines (repaired to
// valid UTF-8, as the reading stage does). What must hold:
//   - joined and repaired texts are valid UTF-8; repairing only removes white space;
//   - entry ranges (split or embedded) are inside the text, in order, not overlapping, at
//     UTF-8 boundaries;
//   - a parsed entry's fields are valid UTF-8; its authors have surnames.
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_check.hpp"
#include "ingest/reference_entry.hpp"

namespace {

bool at_boundary(const std::string& text, std::size_t offset) {
  return offset >= text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

// Unicode's White_Space characters (PropList.txt).
bool is_white_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// `text` (valid UTF-8) without its white space.
std::string without_spaces(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t c = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
      c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    if (!is_white_space(c)) out.append(text.substr(i, length));
    i += length;
  }
  return out;
}

void check_entry(const std::optional<ingest::ReferenceEntry>& entry) {
  if (!entry) return;
  for (const std::string* field :
       {&entry->text, &entry->year, &entry->date, &entry->title, &entry->container, &entry->details,
        &entry->publisher, &entry->place, &entry->url}) {
    fuzz::check(fuzz::is_valid_utf8(*field), "a reference field is not valid UTF-8", *field);
  }
  for (const auto& author : entry->authors) {
    fuzz::check(!author.surname.empty(), "a reference author without a surname", entry->text);
    fuzz::check(fuzz::is_valid_utf8(author.surname) && fuzz::is_valid_utf8(author.initials),
                "a reference author is not valid UTF-8", entry->text);
  }
}

void check_ranges(const std::string& text, const std::vector<ingest::TextRange>& ranges,
                  const char* what) {
  std::size_t previous_end = 0;
  for (const auto& r : ranges) {
    fuzz::check(r.begin >= previous_end && r.begin <= r.end && r.end <= text.size(), what, text);
    fuzz::check(at_boundary(text, r.begin) && at_boundary(text, r.end), what, text);
    previous_end = r.end;
    check_entry(
        ingest::parse_reference_entry(std::string_view(text).substr(r.begin, r.end - r.begin)));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input =
      fuzz::repaired_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  std::vector<std::string> pieces;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = input.find('\n', start);
    pieces.push_back(input.substr(start, end == std::string::npos ? end : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  const std::string joined = ingest::join_reference_pieces(pieces);
  fuzz::check(fuzz::is_valid_utf8(joined), "joined reference pieces are not valid UTF-8", joined);

  for (const std::string* text : {&input, &joined}) {
    const std::string repaired = ingest::repair_broken_urls(*text);
    fuzz::check(fuzz::is_valid_utf8(repaired), "a URL repair gives invalid UTF-8", repaired);
    fuzz::check(without_spaces(repaired) == without_spaces(*text),
                "a URL repair changed more than white space", repaired);
  }

  check_ranges(joined, ingest::split_reference_entries(joined), "a split entry's range is bad");
  check_ranges(joined, ingest::find_embedded_entries(joined), "an embedded entry's range is bad");
  check_entry(ingest::parse_reference_entry(joined));
  return 0;
}
