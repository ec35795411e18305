// ingest/assembler.hpp — tagged blocks into passages: rejoining split sentences, marking
// boxes, joining lines (with the hyphen decisions) into normalised, mapped text.
//
// A PDF's reading order breaks a sentence wherever a column, a page footer or a box cuts
// it: "via zintuigen als" ⏎ [a box of 16 lines] ⏎ "zicht, geluid en aanraking." When a
// body block ends in the middle of a sentence (a letter, a digit, a comma or a hyphen, no
// closing punctuation) and a later body block close by starts with a lower-case letter,
// the two are one paragraph; body and heading blocks between them are a box (or sidebar)
// and become passages of their own. Assembly is planned first (which lines form which
// passage) so that the hyphen cases of a whole file can be decided together, then built.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/blocks.hpp"
#include "ingest/hyphenation.hpp"
#include "ingest/mapped_text.hpp"

namespace ingest {

// Which lines make one passage, and what it is.
struct PassagePlan {
  BlockKind kind = BlockKind::kBody;
  std::vector<int> lines;  // 1-based, in reading order (a rejoined paragraph skips its box)
  int duplicate_of = -1;   // index of the plan whose text this one repeats (pull quotes)
  bool rejoined = false;   // true when the passage was rejoined across a break
};

// Plans the passages of one document's blocks, in order of their first line.
std::vector<PassagePlan> plan_passages(const std::vector<Block>& blocks,
                                       const std::vector<std::string>& lines);

// The line-end hyphens inside planned passages: a line ending in '-' followed, in the same
// passage, by another line.
std::vector<HyphenCase> collect_hyphen_cases(const std::vector<PassagePlan>& plans,
                                             const std::vector<std::string>& lines);

struct AssembledPassage {
  std::string kind;  // paragraph, heading, caption, pull_quote, box, bio, references, ...
  MappedText text;
  int first_line = 0;
  int last_line = 0;
  int duplicate_of = -1;  // index into the same vector
  int replacement_characters = 0;
  int drop_caps_repaired = 0;
};

// Builds the text of each plan. `hyphens` maps a line number to the decision for the
// hyphen that ends it; `lexicon` serves the drop-cap repair.
std::vector<AssembledPassage> build_passages(const std::vector<PassagePlan>& plans,
                                             const std::vector<std::string>& lines,
                                             const std::unordered_map<int, HyphenDecision>& hyphens,
                                             const WordLexicon& lexicon);

// The passage kind stored in the database for a block kind.
const char* passage_kind_name(BlockKind kind);

}  // namespace ingest
