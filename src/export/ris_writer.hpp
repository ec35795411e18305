// export/ris_writer.hpp — SourceRecords as RIS (Research Information Systems) records, the
// tagged format Zotero, EndNote, Mendeley and Citavi import.
//
// Each line is "TG  - value" and ends with CR LF, as the RIS specification asks; a record
// starts with TY and ends with "ER  - ". Values are single lines (line breaks become spaces),
// UTF-8. Authors are "Family, Given" with the particle in front of the family name ("van
// Vroonhoven, M."); an organisation is one name without a comma, which importers keep whole.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "export/source_record.hpp"

namespace exporter {

// "JOUR", "CHAP", "BOOK", "RPRT", "STAT", "GEN".
std::string_view ris_type(SourceType type);

// Writes the records in the order given. Tags: TY, ID (the citation key), AU, TI, T2 (journal
// or book), ET, VL, IS, SP, EP, PB, CY, PY, DA (year/month/day/ when the month is known), DO,
// UR, N1, ER.
void write_ris(const std::vector<SourceRecord>& records, std::ostream& out);

}  // namespace exporter
