// export/bibtex_writer.hpp — SourceRecords as a BibTeX database in UTF-8, for biblatex (biber)
// and pandoc.
//
// Entry types: @article (a container that is not a book), @incollection (a chapter), @book,
// @report, @legislation, @misc. Letters stay UTF-8 (biber and pandoc read it); the characters
// TeX treats specially are escaped. Titles keep their capitals as printed: every word with a
// capital that sentence casing would lower is braced ("Good to {Great}"), because the corpus
// prints titles as they are and cannot tell a proper noun from a title-cased word. A lower-case
// particle ("van Vroonhoven") is written as BibTeX's "von" part with `options = {useprefix=true}`
// so that it stays in front of the name; a capitalised one ("Van Lieshout") is braced with the
// family name, since BibTeX would take it for a given name.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "export/source_record.hpp"

namespace exporter {

// `text` for a BibTeX field: & % $ # _ escaped with a backslash; { } escaped as \{ \} when
// they pair up in `text` (BibTeX counts braces even when escaped) and otherwise written as
// \textbraceleft{} \textbraceright{}; ~ ^ \ as \textasciitilde{} \textasciicircum{}
// \textbackslash{}; line breaks and tabs as spaces; invalid UTF-8 as U+FFFD.
std::string escape_bibtex(std::string_view text);

// A title, escaped, with every word braced that holds a capital other than the title's first
// letter: "Good to Great: Why" -> "Good to {Great}: {Why}"; "PLG in de school" -> "{PLG} in de
// school".
std::string bibtex_title(std::string_view title);

// One author as BibTeX reads it: "Collins, J. C.", "van Vroonhoven, M.", "{Van Lieshout}",
// "{Gemeente Venlo}".
std::string bibtex_name(const PersonName& name);

// "article", "incollection", "book", "report", "legislation", "misc".
std::string_view bibtex_entry_type(SourceType type);

// Writes every record as one entry, in the order given, separated by blank lines.
void write_bibtex(const std::vector<SourceRecord>& records, std::ostream& out);

}  // namespace exporter
