// ingest/author_names.hpp — reading the author part of a citation: names, particles, first
// names and initials, "&" / "en" / "and", et al. / e.a. / en collega’s.
//
// The citation scanner finds where a citation's year is and asks this module whether the
// words before it are a list of authors, and which word of each name is the surname. The
// grammar is the one Dutch and English author–year styles share:
//   list  := name ((","|"&"|"en"|"and"|", &"|", en") name)* [et al.]
//   name  := [first names and initials] [particles] Surname
// Particles ("van", "de", "Van der") belong to the surname; first names and initials do not
// ("Merel van Vroonhoven" -> "van Vroonhoven", "Annie M. G. Schmidt" -> "Schmidt"). When two
// capitalised words precede a particle, the second is part of the surname ("Manfred Kets de
// Vries" -> "Kets de Vries"). Organisations and titles of documents ("Gemeente Venlo",
// "Christen Democratische Verkenningen") are kept whole where the form allows it.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/citation_tokens.hpp"

namespace ingest {

// Where the author list stands: inside the brackets with the year, or in the sentence before
// a bracketed year. A narrative list must not start with a lower-case particle ("de vijf
// disciplines van Senge (1990)" names Senge) and must not take a capitalised common word as a
// first name ("Volgens Verbiest (2012)").
enum class AuthorListForm { kParenthetical, kNarrative };

// Answers whether a word (given in lower case) is an ordinary word of the corpus, seen with a
// small first letter: "zie", "volgens", "gemeente" are; "merel", "kessels" are not.
using CommonWordTest = std::function<bool(std::string_view)>;

struct AuthorName {
  std::string surname;          // as printed, with its particles: "van Lakerveld", "Van der Waals"
  std::size_t first_token = 0;  // the name's first token, first names included
  bool organisation = false;    // kept whole: an organisation or a document title
};

struct AuthorList {
  std::vector<AuthorName> names;
  bool et_al = false;     // "et al.", "et al", "e.a.", "en collega’s", "and colleagues", "c.s."
  std::size_t begin = 0;  // token range [begin, end) the list takes
  std::size_t end = 0;
};

// Reads tokens [begin, end) as one author list; nullopt unless all of them belong to it.
std::optional<AuthorList> parse_author_list(const std::vector<CitationToken>& tokens,
                                            std::size_t begin, std::size_t end, AuthorListForm form,
                                            const CommonWordTest& is_common);

// The number of tokens from `at` that say "et al." in one of its forms; 0 if none.
std::size_t et_al_length(const std::vector<CitationToken>& tokens, std::size_t at, std::size_t end);

// True for a name particle in either case: van, de, der, den, ten, ter, te, von, du, da, di,
// le, la, del, 't ...
bool is_particle_word(std::string_view word);

}  // namespace ingest
