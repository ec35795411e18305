// ingest/citation_scanner.hpp — in-text author–year citations and legal references in one
// passage of normalised text.
//
// Forms found (each with its own unit test):
//   parenthetical  (Bush, 2011)  (Kessels 2001)  (zie o.a. De Corte, 1996 en Bolhuis & Simons,
//                  2001)  (A, 2001; B & C, 2004)  (Kessels, 1996a, 1996b)  (Weick, 1995; 99)
//                  (Driessen et al, 2013, p. 17)  (bron: Amsterdam.nl, november 2024)
//   narrative      Verbiest (2012)  Merel van Vroonhoven (2024)  Taylor en collega’s (2005)
//                  Ruijters (2006, 2016)  Reason en Bradbury (2008, p. 3)  Hattie‘s (2012)
//   unbracketed    "Bron: Movisie, 2012; VWS, 2011." (a source line of a footnote or figure)
//   legal          (Burgerlijk Wetboek, titel 7.10; Arbeidsovereenkomst, Art. 611)
// A page given in a bracket of its own after a quotation ("… (p. 67)") becomes the locator of
// the citation before it. Years in prose, dates, periods ("(2009-2011)"), bracketed
// abbreviations and chapter cross-references ("(Kooiman, hoofdstuk 4)") are not citations.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/author_names.hpp"

namespace ingest {

enum class CitationKind { kParenthetical, kNarrative, kLegal };

const char* citation_kind_name(CitationKind kind);

// One cited work at one place: a group of three works is three citations, and an inherited
// year ("1996b" after "Kessels, 1996a,") is a citation of its own.
struct FoundCitation {
  std::size_t begin = 0;  // byte range of the citation's text in the passage
  std::size_t end = 0;
  CitationKind kind = CitationKind::kParenthetical;
  std::vector<std::string> authors;  // surnames as printed, particles included
  bool et_al = false;
  bool organisation = false;  // the first author is an organisation or a document title
  std::string year;           // as printed: "2011", "1996a", "1995/2003", "± 1955", "z.j."
  std::string locator;        // "p. 21-22", "99", "titel 7.10; Art. 611"; empty if none
  int group = 0;              // > 0: shared by the works of one bracket or list; 0: alone
  bool inherited = false;     // the author was carried over from the work before
  std::string title;          // a title printed just before the brackets: "het boek Coachen
                              // met collega’s (De Haan & Burger, 2021)"; empty if none
};

// The citations of `text` in reading order. `is_common` says which words are ordinary words
// of the corpus (see author_names.hpp).
std::vector<FoundCitation> find_citations(std::string_view text, const CommonWordTest& is_common);

}  // namespace ingest
