// tests/fuzz/csv_reader.hpp — a strict RFC 4180 reader, written for the fuzzers to read back
// what the CSV writer wrote: records end with CRLF, quoted fields double their quotes, and
// anything else (a quote inside an unquoted field, text after a closing quote, a bare CR or
// LF outside quotes) is an error.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fuzz {

struct CsvField {
  std::string text;
  bool quoted = false;  // "" (the empty string) and an empty field (NULL) differ only here
};

using CsvRecord = std::vector<CsvField>;

// The records of `text`, or nullopt (with the reason in `error`) when it is not strict CSV.
std::optional<std::vector<CsvRecord>> read_csv(std::string_view text, char separator,
                                               std::string& error);

}  // namespace fuzz
