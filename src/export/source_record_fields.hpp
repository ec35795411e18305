// export/source_record_fields.hpp — the pure text functions behind SourceRecord: citation keys,
// years and dates as printed, the details of a reference entry, author names and initials.
//
// Each function reads what the corpus printed and splits it; none invents a value. Anything a
// function does not recognise is returned unsplit (in `note`, as a family name) or left out.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/source_record.hpp"

namespace exporter {

// ---------------------------------------------------------------- keys

// `text` with Latin letters folded to ASCII ("Körner" -> "Korner", "Œuvre" -> "OEuvre");
// other bytes are kept as they are.
std::string fold_latin_to_ascii(std::string_view text);

// True when the first letter of `word` is an upper-case Latin letter (ASCII, Latin-1 or
// Latin Extended-A: "É", "Ł").
bool starts_with_capital(std::string_view word);

// A citation key valid in BibTeX, biblatex, CSL and pandoc's `@key`: ASCII letters, digits and
// "-_:" only. Latin letters are folded to ASCII, every other run of characters becomes one "-";
// "-" at either end is dropped; an empty result is "source".
std::string citation_key_for(std::string_view source_key);

// The citation keys of `source_keys` (distinct conceptdb keys), in the same order, unique: a
// key that an earlier source already took gets "-2", "-3", ... Sorted input gives the same
// keys on every build of the same corpus.
std::vector<std::string> unique_citation_keys(const std::vector<std::string>& source_keys);

// ---------------------------------------------------------------- dates

struct PublicationYear {
  std::optional<int> year;  // the year of issue
  std::string suffix;       // "a" of "1996a"
  std::optional<int> original;
  bool approximate = false;  // "± 1955", "ca. 1955"
};

// "2001" -> 2001; "1996a" -> 1996 + "a"; "1995/2003" -> 2003, originally 1995; "± 1955" ->
// 1955, approximate. "z.j.", "n.d.", "in druk" and anything else: no year.
PublicationYear parse_publication_year(std::string_view printed);

struct MonthDay {
  int month = 0;  // 1-12, 0 when unknown
  int day = 0;    // 1-31, 0 when unknown
};

// The month and day of a reference entry's date, in Dutch or English: "november 16",
// "2 december", "October 3", "sept. 5", "mei". Anything else: {0, 0}.
MonthDay parse_month_day(std::string_view date);

// ---------------------------------------------------------------- details

struct EntryDetails {
  std::string volume;
  std::string issue;
  std::string pages;
  std::string edition;
  std::string note;  // the comma-separated parts that are none of the above, as printed
};

// The details of a reference entry split into parts: "12(3), 45-67" -> volume 12, issue 3,
// pages 45-67; "pp. 12-34" -> pages; "2e druk", "3rd ed." -> edition; "Competentiecahier
// nr. 1" -> note.
EntryDetails parse_entry_details(std::string_view details);

// True when a reference entry prints its container as the book a chapter is in: "In" (or
// "In:") stands before the container's name.
bool entry_names_a_book(std::string_view entry_text, std::string_view container);

struct WebAddress {
  std::string url;
  std::string doi;  // "10.1000/xyz" when `address` is a doi.org address or "doi:..."
};
WebAddress split_doi(std::string_view address);

// ---------------------------------------------------------------- names

// A person's surname as the corpus prints it, split into its leading particles and the family
// name: "van Vroonhoven" -> "van" + "Vroonhoven"; "Van der Waals" -> "Van der" + "Waals";
// "Kets de Vries" -> "Kets de Vries" (a particle only counts at the front). At least one word
// stays in the family name.
PersonName person_name(std::string_view surname);

// The initials a reference entry prints after `surname` ("Collins, J. C. (2001)" -> "J. C."),
// or "" when the entry does not print the surname followed by initials.
std::string initials_in_entry(std::string_view entry_text, std::string_view surname);

}  // namespace exporter
