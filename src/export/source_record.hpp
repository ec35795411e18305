// export/source_record.hpp — one cited work as a bibliography needs it, read from the database:
// the input of the BibTeX, CSL-JSON and RIS writers.
//
// Everything in a SourceRecord comes from the database: the source row, its authors and, when
// the source has one, its first reference entry (initials, date, details, place). Nothing is
// guessed beyond splitting what is stored ("1995/2003" into an original and an issued year,
// "12(3), 45-67" into volume, issue and pages); a field the corpus does not print stays empty.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace exporter {

// An author. A person has a family name, maybe a particle and initials; an organisation or a
// law has only `literal`.
struct PersonName {
  std::string family;    // "Vroonhoven", "Lieshout", "Kets de Vries", "Körner"
  std::string particle;  // "van", "Van der", "De": printed before the family name and kept
                         // with it when the name is cited (a non-dropping particle)
  std::string given;     // initials as a reference entry prints them ("M.", "J. C."), or empty
  std::string literal;   // the whole name of an organisation or a law ("Gemeente Venlo")

  bool is_literal() const { return !literal.empty(); }
  // "van Vroonhoven", "Kets de Vries", or the literal name.
  std::string family_with_particle() const;
  friend bool operator==(const PersonName&, const PersonName&) = default;
};

// What kind of publication a record is, decided from what is known about it: a law; a chapter
// (its reference entry prints "In <book>"); an article (a container that is not a book); a
// report (an organisation's titled work); a book (a title and a publisher); anything else.
enum class SourceType { kArticle, kChapter, kBook, kReport, kLegislation, kMisc };

struct SourceRecord {
  std::string source_key;    // conceptdb's key: "kessels2001", "nonaka-takeuchi1995-2003"
  std::string citation_key;  // the key for BibTeX, CSL and RIS (citation_key_for)
  std::string kind;          // "work", "organisation", "legal" (source.kind)
  SourceType type = SourceType::kMisc;

  std::vector<PersonName> authors;
  bool et_al = false;  // cited only as "X et al.": the authors after the first are unknown

  std::string year_as_printed;       // "1996a", "1995/2003", "± 1955", "z.j.", or empty
  std::optional<int> year;           // the year of issue: 1996, 2003, 1955
  std::string year_suffix;           // "a" of "1996a"
  std::optional<int> original_year;  // 1995 of "1995/2003"
  bool year_approximate = false;     // "± 1955"
  int month = 0;                     // 1-12 from the entry's date ("november 16"), or 0
  int day = 0;                       // 1-31, or 0

  std::string title;
  std::string container;  // the journal, newspaper, website, or the book a chapter is in
  std::string publisher;
  std::string place;
  std::string volume;
  std::string issue;
  std::string pages;    // "45-67", "12"
  std::string edition;  // "2" of "2e druk"
  std::string url;      // a web address that is not a DOI
  std::string doi;      // "10.1000/xyz", from a doi.org address
  std::string note;     // the details of the entry that are none of the above, as printed

  std::string title_from;  // "file:line" where the title was read, for provenance
};

// The sources named by `keys` (conceptdb source keys), in that order, each once; every source
// in the database, ordered by key, when `keys` is empty. Throws std::invalid_argument naming
// the first key the database does not hold, and store::StoreError when a query fails.
std::vector<SourceRecord> load_source_records(store::Database& db,
                                              const std::vector<std::string>& keys);

}  // namespace exporter
