// ingest/reference_entry.hpp — APA-style reference entries: joining the printed pieces of a
// reference list, splitting it into entries, finding entries inside running text (a footnote)
// and parsing one entry into its authors, date, title, source and URL.
//
// Pure functions on UTF-8 text; nothing here reads files or touches the database. The parser
// reads the shapes APA 6 and 7 print, in English and in Dutch ("en" for "&", "Red." for "Eds.",
// "z.j." for "n.d.", "Opgehaald van" for "Retrieved from"), and the variants PDF text of such
// lists shows: particles before or after the initials, initials with or without spaces,
// organisations as authors, a year without brackets, entries cut off before their publisher.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ingest {

// One author (or editor) of an entry.
struct ReferenceAuthor {
  // With its particle as printed: "van Vroonhoven", "Van Wielink", "Fiddelaers-Jaspers"; a
  // particle printed after the initials ("Vroonhoven, M. van") is put in front. For an
  // organisation its whole name ("OECD", "Ministerie van VWS").
  std::string surname;
  // As printed, without the comma after them: "M.", "J. C.", "J.P.J.", "R.J.M."; empty for an
  // organisation.
  std::string initials;
};

// The parts of one reference entry, each trimmed, as printed in `text`.
struct ReferenceEntry {
  std::string text;                      // the entry's whole text as parsed (after joining)
  std::vector<ReferenceAuthor> authors;  // in order; editors of an edited book count as authors
                                         // when no author precedes them
  bool et_al = false;                    // "et al." / "e.a." / "…" truncation of the author list
  std::string year;       // "2024", "2006a", "1995/2003", "z.j.", "n.d.", "in druk"; empty if none
  std::string date;       // the rest of the date group: "november 16", "2 december"; or empty
  std::string title;      // without the final full stop
  std::string container;  // journal, newspaper, website, or the book an "In ..." chapter is in
  std::string details;    // volume(issue), pages, edition, "Competentiecahier nr. 1": what is
                          // left between container/title and publisher
  std::string publisher;  // "HarperCollins", "Utrecht University", "de Volkrant"
  std::string place;      // "New York, NY", "Utrecht": from "Place: Publisher" or a trailing place
  std::string url;        // URL or DOI; a bare "doi:10..." or "10.xxxx/..." becomes
                          // "https://doi.org/10..."
};

// Joins the texts of the pieces one entry list was printed in (each piece is already one run of
// lines joined with spaces). Pieces are joined with one space, except after a word that ends in a
// hyphen ("zwart-" + "wit" -> "zwart-wit": the hyphen is kept, no space). A URL broken over lines
// ("https://hbr. org/2019/10/why-reverse-mentoring- works-and-how") is repaired: no space inside
// it.
std::string join_reference_pieces(const std::vector<std::string>& pieces);

// Removes a space that a line break left inside a URL or DOI, anywhere in the text. A space is
// taken to be inside a URL when the URL before it ends in a character that cannot end one ("-",
// "_", "=", "&", "?") or ends in "." or "/" and the next word is made of URL characters and has
// URL punctuation or a digit of its own, or ends the text; that word must start with a small
// letter or a digit. Everything else is copied unchanged.
std::string repair_broken_urls(std::string_view text);

// Splits the text of a reference list into entries: at bullets (•, ●, ▪, -, *, en dash when it
// starts an entry) and, without bullets, where a new "Surname, X." author list begins after the
// previous entry ended with a full stop or a URL. A leading label ("Referentie", "Referenties",
// "Literatuur", "Literatuurlijst", "Bronnen", "Bron:", "References", "Bibliography", "Noten") is
// dropped. Returns each entry's [begin, end) byte range in `text`, trimmed of spaces and the
// bullet.
struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};
std::vector<TextRange> split_reference_entries(std::string_view text);

// APA-like entries embedded in running text such as a footnote:
// "2 Bron: Movisie, 2012; VWS, Welzijn Nieuwe Stijl, 2011; Andringa, J., Weterings, R. (2006).
// Competenties van transitieprofessionals. Competentiecahier nr. 1, Utrecht."
// -> one range, from "Andringa" to the end ("Utrecht."). An embedded entry starts at an author
// list with initials ("Surname, X.", several joined by ",", "&", "en", "and") followed by
// "(year…)." and runs to the end of the text or to the start of the next such entry. In-text
// citations without initials ("Movisie, 2012") are not entries.
std::vector<TextRange> find_embedded_entries(std::string_view text);

// Parses one entry. Returns nullopt when the text has neither an author-and-year head nor a
// title-and-year shape (so that prose is not mistaken for an entry). Fields the entry does not
// print stay empty; an entry cut off after its title still yields authors, year and title.
std::optional<ReferenceEntry> parse_reference_entry(std::string_view text);

}  // namespace ingest
