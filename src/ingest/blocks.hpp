// ingest/blocks.hpp — grouping a document's lines into blocks and telling what each block is.
//
// A block is a run of text lines between blank lines (page furniture is skipped without
// ending the run's membership test: a furniture line is simply not in `lines`). Each block
// is then tagged: a heading (also a heading line glued to the top of a paragraph, split off
// as its own block), a caption ("Figuur 3", "Tabel 1", "Afbeelding 2", a photo credit), a
// pull quote that repeats text of the same document (kept, marked as a duplicate so that
// counts do not double), an author bio, a reference block ("Referentie(s)", "Literatuur",
// bullet entries with years and publishers), a byline, a list item, or body text. Boxes and
// sidebars are found later, when the assembler sees a sentence split around them.
#pragma once

#include <string>
#include <vector>

#include "ingest/line_roles.hpp"

namespace ingest {

enum class BlockKind {
  kBody,
  kHeading,
  kCaption,
  kPullQuote,
  kBox,  // set by the assembler (a block spliced into a split sentence)
  kBio,
  kReferences,
  kByline,
  kListItem,
};

const char* block_kind_name(BlockKind kind);

struct Block {
  std::vector<int> lines;  // 1-based line numbers of the block's text lines, in order
  BlockKind kind = BlockKind::kBody;
  // Also set on a kHeading that prints a title again (pointing at the first copy). The
  // block pointed at may itself be a repeat of a third one.
  int duplicate_of = -1;  // for kPullQuote: index of the block whose text it repeats
  int first_line() const { return lines.front(); }
  int last_line() const { return lines.back(); }
};

// Blocks of lines [first_line, last_line] (1-based, inclusive) that are kText.
std::vector<Block> make_blocks(const std::vector<std::string>& lines,
                               const std::vector<LineRole>& roles, int first_line, int last_line);

// Sets kind (and duplicate_of) of every block; may split a glued heading line off the top
// of a block into a block of its own (so the number of blocks can grow).
// Bylines, captions, lists under their introduction and repeated text glued to other text
// are split off the same way; the blocks stay in line order.
void tag_blocks(std::vector<Block>& blocks, const std::vector<std::string>& lines);

}  // namespace ingest
