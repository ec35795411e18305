// export/csv_writer.hpp — RFC 4180 CSV (or TSV: the same with a tab separator), streamed.
//
// Decisions, for the readers users have (Excel, LibreOffice, Python's csv, pandas, R):
// - Records end with CRLF, as RFC 4180 prescribes; every one of those readers also reads it.
// - A field is quoted when it holds the separator, a double quote, CR or LF; quotes inside
//   are doubled. Other fields are written as they are (no quoting of leading zeros or "=":
//   CSV has no types, and the text is what the database holds).
// - NULL is an empty field; the empty string is a quoted empty field (""). Most readers
//   read both as empty; those that tell them apart (PostgreSQL COPY, Python 3.12's
//   csv.QUOTE_NOTNULL) get NULL back as NULL.
// - TSV is this format with a tab separator: a tab, quote or line break inside a value is
//   quoted like any other separator, so Python's csv (delimiter='\t'), pandas and
//   spreadsheets read every value back exactly. (The IANA text/tab-separated-values type
//   forbids tabs and line breaks in fields; the "\t" escape convention of some tools is
//   read back by none of the readers above.)
#pragma once

#include <string>

#include "export/row_writer.hpp"

namespace exporter {

struct CsvOptions {
  char separator = ',';
  bool byte_order_mark = false;  // for Excel to read UTF-8
  bool decimal_comma = false;    // floats as "0,25" (see ExportOptions)
};

class CsvWriter : public RowWriter {
 public:
  // Throws std::invalid_argument for a separator that cannot separate fields: a double
  // quote, CR, LF, or a byte of a multi-byte UTF-8 character (the file would not be UTF-8).
  CsvWriter(std::ostream& out, CsvOptions options = {});
  void begin(const std::vector<std::string>& columns) override;
  void row(const std::vector<store::Value>& values) override;
  // Writes what is pending and flushes the stream.
  void end() override;

 private:
  void field(std::string_view text);
  void value(const store::Value& value);
  // Hands the pending records to the stream once they fill a block (at a record's end).
  void flush_block(bool force);

  std::ostream& out_;
  CsvOptions options_;
  // Records are formatted here and reach the stream in blocks of about 64 KiB: one stream
  // call per block instead of several per field. Memory stays flat in the row count.
  std::string pending_;
};

}  // namespace exporter
