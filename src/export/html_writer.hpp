// export/html_writer.hpp — rows as an HTML <table> fragment (<thead>, <tbody>), streamed, to
// paste into a page or a report.
//
// Text is escaped (html_text): & < > " as entities, every line break (CRLF, CR or LF) as
// <br>, invalid UTF-8 as U+FFFD. A number cell has class="num" (the page right-aligns it
// with `td.num { text-align: right }`); a NULL cell is empty with class="null", so that a
// page can tell it from an empty string.
#pragma once

#include "export/row_writer.hpp"

namespace exporter {

// `text` as HTML text content (see above).
std::string html_text(std::string_view text);

class HtmlWriter : public RowWriter {
 public:
  explicit HtmlWriter(std::ostream& out) : out_(out) {}
  void begin(const std::vector<std::string>& columns) override;
  void row(const std::vector<store::Value>& values) override;
  void end() override;

 private:
  std::ostream& out_;
};

}  // namespace exporter
