// export/skos_turtle.hpp — the pieces of Turtle (RDF 1.1) the SKOS writer needs: string
// literals, language tags, IRIs made from keys.
#pragma once

#include <string>
#include <string_view>

namespace exporter {

// `text` as a Turtle string literal in double quotes: \" \\ \n \r \t escaped, other control
// characters as \uXXXX, invalid UTF-8 as U+FFFD; every other character as it is (UTF-8).
std::string turtle_string(std::string_view text);

// True for a language tag Turtle accepts: letters, then "-" and letters or digits ("nl",
// "en-GB").
bool is_language_tag(std::string_view tag);

// `key` safe as the last segment of an IRI: ASCII letters, digits and "-._~" as they are,
// every other byte percent-encoded ("één ding" -> "%C3%A9%C3%A9n%20ding").
std::string iri_segment(std::string_view key);

// `iri` in angle brackets. Throws std::invalid_argument when it holds a character an IRI
// cannot (space, <>"{}|^`\ or a control character).
std::string turtle_iri(std::string_view iri);

// The namespace concepts are minted in: `base_uri` when it ends in "/" or "#", else with "/"
// added. Throws std::invalid_argument unless it is an absolute IRI ("https://...", "urn:...").
std::string skos_namespace(std::string_view base_uri);

}  // namespace exporter
