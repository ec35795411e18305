// model/diagnostics.hpp — what `conceptdb check` reports: the doubts left in a database.
//
// Each finding names a file and line (when it has one), says what is doubtful and what to
// do. Findings are computed from the database alone, so check runs without the corpus.
#pragma once

#include <string>
#include <vector>

#include "store/database.hpp"

namespace model {

struct Finding {
  std::string topic;  // "boundaries", "hyphenation", "layout", "text"
  std::string file;   // file key, "" for the whole database
  int line = 0;       // 0 when it concerns no single line
  std::string message;
};

// Where the boundary heuristics (end marks, bylines, chapter labels) and the manifest's
// parts disagree: a hint far from every part boundary, a part that no hint supports.
std::vector<Finding> boundary_findings(store::Database& db);

// Layout and text facts worth a look: pull quotes, rejoined sentences, damaged passages
// (U+FFFD), furniture per role, hyphen decisions made by fallback rather than evidence.
std::vector<Finding> layout_findings(store::Database& db);

}  // namespace model
