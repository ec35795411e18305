// tests/fuzz/passages_fuzzer.cpp — the passage pipeline that `conceptdb build` runs on one
// corpus file before anything reaches the database: decode the bytes into lines, recognise
// page furniture, propose boundaries, make and tag blocks, plan passages, decide the line-end
// hyphens, build the normalised passage text with its offset map, split sentences. The input
// is the file's bytes. What must hold:
//   - a file with a NUL byte is refused with a SourceError naming it; any other is decoded
//     into lines of valid UTF-8 without line ends;
//   - every passage text is valid UTF-8 and its offset map is sound: anchors start at 0, rise
//     strictly and stay inside the text; a verbatim piece is byte for byte the source line
//     at its (line, column); every byte maps to a line of the passage's range;
//   - sentences are in order, inside the text, do not overlap, have no white space at either
//     end and leave no non-space byte uncovered;
//   - hyphen decisions: one per case.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "fuzz_check.hpp"
#include "ingest/assembler.hpp"
#include "ingest/blocks.hpp"
#include "ingest/boundaries.hpp"
#include "ingest/hyphenation.hpp"
#include "ingest/line_roles.hpp"
#include "ingest/normaliser.hpp"
#include "ingest/sentences.hpp"
#include "ingest/source_text.hpp"

namespace {

using ingest::MappedText;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

void check_lines(const ingest::SourceText& source) {
  for (const std::string& line : source.lines) {
    fuzz::check(fuzz::is_valid_utf8(line), "a decoded line is not valid UTF-8", line);
    fuzz::check(line.find_first_of("\r\n") == std::string::npos, "a decoded line holds a line end",
                line);
  }
}

void check_offset_map(const ingest::AssembledPassage& passage,
                      const std::vector<std::string>& lines) {
  const std::string& text = passage.text.text();
  const auto& anchors = passage.text.anchors();
  fuzz::check(fuzz::is_valid_utf8(text), "a passage text is not valid UTF-8", text);
  if (text.empty()) return;
  fuzz::check(!anchors.empty() && anchors.front().offset == 0,
              "a passage's offset map does not start at its first byte", text);
  for (std::size_t k = 0; k < anchors.size(); ++k) {
    const MappedText::Anchor& a = anchors[k];
    const std::size_t next = k + 1 < anchors.size() ? anchors[k + 1].offset : text.size();
    fuzz::check(a.offset < next, "offset map anchors do not rise strictly inside the text", text);
    fuzz::check(a.line >= passage.first_line && a.line <= passage.last_line,
                "an anchor points outside its passage's lines", text);
    fuzz::check(a.line >= 1 && a.line <= static_cast<int>(lines.size()),
                "an anchor points at a line that does not exist", text);
    const std::string& source = lines[static_cast<std::size_t>(a.line - 1)];
    fuzz::check(a.column >= 0 && static_cast<std::size_t>(a.column) <= source.size(),
                "an anchor's column is past the end of its line", source);
    if (a.verbatim) {
      const std::string_view piece = std::string_view(text).substr(a.offset, next - a.offset);
      fuzz::check(std::string_view(source).substr(static_cast<std::size_t>(a.column),
                                                  piece.size()) == piece,
                  "a verbatim piece is not the source text at its position", source);
    }
  }
  const auto [first, last] = passage.text.line_range(0, text.size());
  fuzz::check(first >= passage.first_line && last <= passage.last_line && first <= last,
              "a passage's line range is outside its lines", text);
}

void check_sentences(const std::string& text) {
  const auto sentences = ingest::split_sentences(text);
  std::size_t covered = 0;
  for (const auto& s : sentences) {
    fuzz::check(s.begin >= covered && s.begin < s.end && s.end <= text.size(),
                "sentences overlap, are empty or leave the text", text);
    fuzz::check(!is_space(text[s.begin]) && !is_space(text[s.end - 1]),
                "a sentence starts or ends with white space", text);
    for (std::size_t i = covered; i < s.begin; ++i)
      fuzz::check(is_space(text[i]), "a non-space byte is in no sentence", text);
    covered = s.end;
  }
  for (std::size_t i = covered; i < text.size(); ++i)
    fuzz::check(is_space(text[i]), "a non-space byte after the last sentence", text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  ingest::SourceText source;
  try {
    source =
        ingest::decode_source(std::string(reinterpret_cast<const char*>(data), size), "fuzz.txt");
  } catch (const ingest::SourceError& e) {
    fuzz::check(std::string(e.what()).rfind("fuzz.txt:", 0) == 0,
                "a refused file's message does not name it", e.what());
    return 0;
  }
  check_lines(source);
  const std::vector<std::string>& lines = source.lines;

  ingest::WordLexicon lexicon;
  for (const std::string& line : lines)
    lexicon.add_line(line);
  const auto roles = ingest::classify_lines(lines);
  fuzz::check(roles.size() == lines.size(), "not one line role per line");
  for (const auto& hint : ingest::propose_boundaries(lines)) {
    fuzz::check(hint.line >= 1 && hint.line <= static_cast<int>(lines.size()),
                "a boundary hint points at no line");
    fuzz::check(fuzz::is_valid_utf8(hint.text), "a boundary hint is not valid UTF-8", hint.text);
  }
  if (lines.empty()) return 0;

  std::vector<ingest::Block> blocks =
      ingest::make_blocks(lines, roles, 1, static_cast<int>(lines.size()));
  ingest::tag_blocks(blocks, lines);
  const auto plans = ingest::plan_passages(blocks, lines);
  const auto cases = ingest::collect_hyphen_cases(plans, lines);
  const auto decisions = ingest::decide_hyphens(cases, lexicon);
  fuzz::check(decisions.size() == cases.size(), "not one hyphen decision per case");
  std::unordered_map<int, ingest::HyphenDecision> by_line;
  for (std::size_t i = 0; i < cases.size(); ++i)
    by_line[cases[i].line] = decisions[i];

  const auto passages = ingest::build_passages(plans, lines, by_line, lexicon);
  for (std::size_t i = 0; i < passages.size(); ++i) {
    const auto& passage = passages[i];
    fuzz::check(passage.duplicate_of < static_cast<int>(passages.size()),
                "a passage repeats one that does not exist");
    check_offset_map(passage, lines);
    check_sentences(passage.text.text());
    fuzz::check(fuzz::is_valid_utf8(ingest::fold_quotes(passage.text.text())),
                "folded quotes are not valid UTF-8");
  }
  return 0;
}
