// ingest/line_roles.hpp — recognising page furniture, line by line, in a whole file.
//
// Text extracted from PDFs carries the page's furniture into the text flow, often in the
// middle of a sentence: footers ("TvOO 1 | 2025 39", with the page glued to the year on even
// pages: "TvOO 1 | 202514"), running heads (">> PRAKTIJK", a book's title repeated on every
// page), bare page numbers, and "Hoofdstuk N" labels. They are recognised from the line
// itself and from repetition across the file, never from the file's name or position in a
// known corpus. Furniture is dropped from the documents' text; everything else is kText.
#pragma once

#include <string>
#include <vector>

namespace ingest {

enum class LineRole {
  kBlank,         // nothing but white space
  kText,          // anything that is not furniture
  kFooter,        // a page footer: publication, issue, year and/or page number
  kRunningHead,   // a section or title line repeated at the top of pages
  kPageNumber,    // a line holding only a page number
  kChapterLabel,  // "Hoofdstuk 3" standing alone (the chapter's title is elsewhere)
};

// True for the roles that are page furniture (dropped from the text).
bool is_furniture(LineRole role);

// One role per line; lines[0] is line 1.
std::vector<LineRole> classify_lines(const std::vector<std::string>& lines);

}  // namespace ingest
