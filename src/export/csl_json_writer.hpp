// export/csl_json_writer.hpp — SourceRecords as CSL-JSON (the citeproc input read by pandoc,
// Zotero and every CSL processor): one array of items, UTF-8.
//
// Items carry only the variables the record holds. Names are split as CSL wants them
// ("family", "given", and a lower-case particle as "non-dropping-particle": "van Vroonhoven");
// a capitalised particle stays in the family name ("De Caluwé"), as in the BibTeX export;
// organisations and laws are "literal". Titles
// are written as printed: CSL processors expect them in sentence case and title-case English
// items themselves. "X et al." has no CSL form: only the known authors are listed.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "export/source_record.hpp"

namespace exporter {

// "article-journal", "chapter", "book", "report", "legislation", "document".
std::string_view csl_type(SourceType type);

// Writes the records, in the order given, as one JSON array.
void write_csl_json(const std::vector<SourceRecord>& records, std::ostream& out);

}  // namespace exporter
