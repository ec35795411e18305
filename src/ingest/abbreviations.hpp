// ingest/abbreviations.hpp — abbreviations that a text defines where it first uses them.
//
// "professionele leergemeenschappen (PLG’s)" and "PLG (professionele leergemeenschap)": the
// short form has two or more capitals; its expansion is the shortest run of preceding words
// that contains the short form's letters in order, starting with its first letter at the
// start of a word (the Schwartz–Hearst rule). `conceptdb check` lists the ones the
// vocabulary does not know yet.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ingest {

struct DefinedAbbreviation {
  std::string short_form;  // "PLG" (a plural ending "’s" is dropped)
  std::string expansion;   // "professionele leergemeenschappen"
  std::size_t begin = 0;   // byte range of expansion and short form together
  std::size_t end = 0;
};

std::vector<DefinedAbbreviation> find_defined_abbreviations(std::string_view text);

}  // namespace ingest
