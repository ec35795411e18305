// ingest/boundaries.hpp — heuristics that propose where the pieces of a compound file begin
// and end, for `conceptdb check` to compare with the reviewed boundaries of the manifest.
//
// Signals: an end-of-body mark (a line ending in '◆'), bylines ("Auteur: ...", "Auteurs:
// ...", also glued: "COLUMNAuteur: ..."), "Hoofdstuk N" chapter labels, "In gesprek met"
// interview openers, and lines that start with a single space after a blank line (where the
// extractor started a new text frame). They are proposals, not decisions.
#pragma once

#include <string>
#include <vector>

namespace ingest {

enum class BoundaryKind {
  kEndMark,    // the line ends a piece's body (◆)
  kByline,     // the line names a piece's authors; the piece starts at or before it
  kChapter,    // a chapter label or numbered chapter heading; a chapter starts here
  kInterview,  // "In gesprek met ..."; an interview's title is near
};

struct BoundaryHint {
  int line = 0;  // 1-based
  BoundaryKind kind = BoundaryKind::kEndMark;
  std::string text;  // what was found (the authors of a byline, the chapter number, ...)
};

const char* boundary_kind_name(BoundaryKind kind);

// Every hint in the file, in line order.
std::vector<BoundaryHint> propose_boundaries(const std::vector<std::string>& lines);

}  // namespace ingest
