// report/text.hpp — text made safe for HTML, SVG and Markdown, and the few UTF-8 measures
// the renderers need (length in characters, cutting with an ellipsis).
//
// Every function first repairs its input: invalid UTF-8 becomes U+FFFD and control
// characters other than tab and line breaks become spaces, so that the output is always
// well-formed UTF-8 that an XML parser accepts.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace report {

// `text` as well-formed UTF-8 without control characters (see above).
std::string repair_text(std::string_view text);

// Text for HTML and XML element content and attribute values: & < > " ' as references.
std::string escape_xml(std::string_view text);

// Text on one Markdown line that renders as exactly that text: whitespace runs (line breaks
// too) become one space, the ends are trimmed, and every character that Markdown could read
// as markup is escaped with a backslash (`*`, `_`, `[`, `<`, `#`, ... and `1.` or `-` at the
// start, `&` where it would start an entity).
std::string escape_markdown(std::string_view text);

// escape_markdown, plus '|' escaped, for a cell of a pipe table.
std::string escape_markdown_cell(std::string_view text);

// Number of characters (Unicode code points) in well-formed UTF-8.
std::size_t count_characters(std::string_view text);

// `text` cut to at most `max_characters` characters, the last of them '…' when it was cut.
std::string shorten(std::string_view text, std::size_t max_characters);

}  // namespace report
