// ingest/paragraphs.hpp — splitting a range of lines into paragraphs (blank-line separated).
//
// A first segmentation: a paragraph is a run of non-blank lines; its text is the words of
// those lines joined by single spaces (TABs and space runs folded). Each paragraph keeps the
// first and last original line it came from.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ingest {

struct Paragraph {
  int first_line = 0;  // 1-based, inclusive
  int last_line = 0;
  std::string text;
};

// True when the line holds nothing but white space (spaces, TABs, no-break spaces).
bool is_blank_line(std::string_view line);

// Appends `line` to `text` with white space runs folded to one space and no space at
// either end of the result.
void append_folded(std::string& text, std::string_view line);

// Paragraphs of lines[first_line-1 .. last_line-1]; `lines[0]` is line 1.
std::vector<Paragraph> split_paragraphs(const std::vector<std::string>& lines, int first_line,
                                        int last_line);

}  // namespace ingest
