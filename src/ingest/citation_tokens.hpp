// ingest/citation_tokens.hpp — the words and marks of a passage, as the citation scanner reads
// them.
//
// A citation is made of names, years, brackets and a few marks (",", ";", "&", "."), so the
// scanner reads a passage as a list of such tokens with their byte offsets. A word keeps what
// belongs to it in names and numbers: inner hyphens ("Feldman-Barrett", "2009-2011"),
// apostrophes ("collega’s", "’t"), inner full stops ("e.a", "J.P.J", "Amsterdam.nl", "7.10"),
// a slash between digits ("1995/2003") and a bracketed letter inside a word ("Wij(k)kracht").
// Every other character that is not white space is a token of its own.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ingest {

struct CitationToken {
  std::size_t begin = 0;  // byte offsets in the passage text
  std::size_t end = 0;
  std::string text;
  bool word = false;  // a word (letters or digits); false for a mark such as "(" or ","
};

std::vector<CitationToken> tokenize_for_citations(std::string_view text);

// ---------------------------------------------------------------- token shapes

// A word whose first letter is a capital ("Kessels", "RMO", "IJbema", "Amsterdam.nl").
bool starts_upper(const CitationToken& t);
// A word whose first character is a lower-case letter.
bool starts_lower(const CitationToken& t);
// A word in capitals only, two letters or more ("RMO", "OECD", "VWS").
bool all_capitals(const CitationToken& t);
// A word with a capital after its first letter ("McKee", "DeRue", "VenloDroom"); not "IJbema".
bool inner_capital(const CitationToken& t);
// The word in lower case (Latin letters as Dutch uses them).
std::string lower_word(std::string_view word);
// The word without a possessive "’s", "'s" or "‘s" ("Hattie‘s" -> "Hattie"); "collega’s" is
// a plural and is left alone by the caller, which knows the context.
std::string_view without_possessive(std::string_view word);

}  // namespace ingest
