// report/wording.hpp — the few words a report adds itself ("Figuur 1", "regels 12–14"), in
// Dutch for "nl" and "nl-…" and in English for any other language tag.
#pragma once

#include <string>
#include <string_view>

namespace report {

struct Wording {
  std::string_view contents;         // the heading of the table of contents
  std::string_view figure;           // "Figuur" in "Figuur 2: …"
  std::string_view table;            // "Tabel" in "Tabel 1: …"
  std::string_view line;             // "regel 12"
  std::string_view lines;            // "regels 12–14"
  std::string_view no_rows;          // an empty table
  std::string_view no_bars;          // a bar chart without bars
  std::string_view no_pairs;         // a concept map without edges
  std::string_view strongest_links;  // the edge list of a concept map in Markdown
  std::string_view groups;           // the legend of a concept map's colours
  std::string_view value;            // the value column of a bar chart as a table
  std::string_view label;            // the label column of a bar chart as a table
  std::string_view note;             // the title of a note that has none
  char decimal_mark;
};

// The wording for a language tag (see Report::set_language).
const Wording& wording_for(std::string_view language);

// "kessels.txt, regels 12–14" or "kessels.txt, regel 12".
std::string locator(const Wording& wording, std::string_view file, int first_line, int last_line);

}  // namespace report
