// ingest/mapped_text.hpp — text built from pieces of source lines, with a map back to them.
//
// Every byte of the built text maps back to the (line, byte column) it came from, so a
// passage, a sentence or a later match can always be shown in its file. Pieces copied
// verbatim map byte for byte; a replacement ("ĳ" → "ij") or an inserted joining space maps
// to the position of what it replaced or follows. The map is a sorted list of anchors, one
// per piece, so it costs a few bytes per piece rather than per character.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ingest {

struct SourcePosition {
  int line = 0;    // 1-based
  int column = 0;  // 0-based byte offset in the original line
};

class MappedText {
 public:
  // One piece of the map: text from `offset` on came from (line, column) on.
  struct Anchor {
    std::size_t offset = 0;
    int line = 0;
    int column = 0;
    bool verbatim = true;  // false: the bytes were replaced or inserted, not copied
  };

  // Appends text copied unchanged from `line`, starting at byte `column` of that line.
  void append_verbatim(std::string_view text, int line, int column);
  // Appends text that stands for something else at (line, column): a replacement, or an
  // inserted space between joined lines.
  void append_replacement(std::string_view text, int line, int column);
  // Appends another mapped text (a joined line, a rejoined block).
  void append(const MappedText& other);

  const std::string& text() const { return text_; }
  bool empty() const { return text_.empty(); }
  const std::vector<Anchor>& anchors() const { return anchors_; }

  // Where the byte at `offset` came from; offsets past the end map to the last byte.
  SourcePosition origin(std::size_t offset) const;
  // First and last source line of the bytes [begin, end).
  std::pair<int, int> line_range(std::size_t begin, std::size_t end) const;

  // Removes white space at the end of the text (and anchors that only covered it).
  void trim_end();
  // Removes the last byte (a dropped line-end hyphen).
  void remove_last_byte();

 private:
  std::string text_;
  std::vector<Anchor> anchors_;
};

}  // namespace ingest
