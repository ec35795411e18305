// ingest/mapped_text.cpp — anchors in offset order; lookup by binary search.
#include "ingest/mapped_text.hpp"

#include <algorithm>

namespace ingest {

void MappedText::append_verbatim(std::string_view text, int line, int column) {
  if (text.empty()) return;
  const bool continues =
      !anchors_.empty() && anchors_.back().verbatim && anchors_.back().line == line &&
      anchors_.back().column + static_cast<int>(text_.size() - anchors_.back().offset) == column;
  if (!continues) anchors_.push_back({text_.size(), line, column, true});
  text_.append(text);
}

void MappedText::append_replacement(std::string_view text, int line, int column) {
  if (text.empty()) return;
  anchors_.push_back({text_.size(), line, column, false});
  text_.append(text);
}

void MappedText::append(const MappedText& other) {
  const std::size_t base = text_.size();
  for (Anchor anchor : other.anchors_) {
    anchor.offset += base;
    anchors_.push_back(anchor);
  }
  text_.append(other.text_);
}

SourcePosition MappedText::origin(std::size_t offset) const {
  if (anchors_.empty()) return {};
  if (offset >= text_.size() && !text_.empty()) offset = text_.size() - 1;
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), offset,
                             [](std::size_t value, const Anchor& a) { return value < a.offset; });
  const Anchor& anchor = *std::prev(it);
  const int delta = anchor.verbatim ? static_cast<int>(offset - anchor.offset) : 0;
  return {anchor.line, anchor.column + delta};
}

std::pair<int, int> MappedText::line_range(std::size_t begin, std::size_t end) const {
  if (anchors_.empty()) return {0, 0};
  int first = origin(begin).line;
  int last = origin(end > begin ? end - 1 : begin).line;
  // A range can cross anchors whose lines are not monotonic (a rejoined block); take the
  // extremes of every anchor inside it.
  // The anchors are in offset order: start at the first inside the range, so that a lookup
  // costs the anchors of the range, not those of the whole passage before it.
  auto inside =
      std::lower_bound(anchors_.begin(), anchors_.end(), begin,
                       [](const Anchor& a, std::size_t value) { return a.offset < value; });
  for (; inside != anchors_.end() && inside->offset < end; ++inside) {
    first = std::min(first, inside->line);
    last = std::max(last, inside->line);
  }
  return {first, last};
}

void MappedText::remove_last_byte() {
  if (text_.empty()) return;
  text_.pop_back();
  while (!anchors_.empty() && anchors_.back().offset >= text_.size() && !text_.empty()) {
    anchors_.pop_back();
  }
  if (text_.empty()) anchors_.clear();
}

void MappedText::trim_end() {
  while (!text_.empty() && text_.back() == ' ')
    text_.pop_back();
  while (!anchors_.empty() && anchors_.back().offset >= text_.size() && !text_.empty()) {
    anchors_.pop_back();
  }
  if (text_.empty()) anchors_.clear();
}

}  // namespace ingest
