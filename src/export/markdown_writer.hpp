// export/markdown_writer.hpp — rows as a GitHub-flavoured Markdown pipe table (GitHub,
// pandoc -f gfm, most wikis).
//
// Each cell shows exactly its text (markdown_cell): the characters that would start inline
// Markdown or HTML are backslash-escaped, a line break (CRLF, CR or LF) becomes <br>, a tab
// &#9;. Two things no pipe table can keep: spaces at the start and end of a cell (readers
// trim them) and the difference between NULL and the empty string (both are empty cells).
//
// A column whose values are all numbers (NULLs aside) is right-aligned (---:). Columns are
// padded to their widest cell up to kMaxPaddedWidth characters, so that the file reads as a
// table too. Because the alignment row comes before the first row, this writer keeps every
// row until end().
#pragma once

#include "export/row_writer.hpp"

namespace exporter {

// `text` as the content of one pipe-table cell (see above).
std::string markdown_cell(std::string_view text);

class MarkdownWriter : public RowWriter {
 public:
  // Cells wider than this are not padded, nor do they widen their column.
  static constexpr std::size_t kMaxPaddedWidth = 40;

  explicit MarkdownWriter(std::ostream& out) : out_(out) {}
  void begin(const std::vector<std::string>& columns) override;
  void row(const std::vector<store::Value>& values) override;
  void end() override;

 private:
  void write_line(const std::vector<std::string>& cells, const std::vector<std::size_t>& widths,
                  bool align_numbers);

  std::ostream& out_;
  std::vector<std::string> header_;             // escaped
  std::vector<std::vector<std::string>> rows_;  // escaped
  std::vector<bool> has_number_;                // per column: at least one number
  std::vector<bool> has_other_;                 // per column: at least one text or blob
};

}  // namespace exporter
