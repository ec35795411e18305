// ingest/hyphenation.hpp — deciding, per case, what a hyphen at the end of a line is.
//
// When two lines are joined, a line-end hyphen is either a real hyphen (HRD-thema,
// Noord-Italië, niet-effectief, a URL) to keep, a syllable break (Boon-stra, ken-nis) to
// drop, or the end of an elliptic compound (verwervings- en toekenningsprocessen) to keep
// with its space. The decision uses rules (capitals, digits, known prefixes, URLs) and
// evidence from the whole corpus: is the joined word attested elsewhere, is the hyphenated
// form? Cases that neither settles follow the majority of the settled cases in the same
// file. Every decision names the rule that made it, so it can be explained and counted.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ingest {

// Word counts over the corpus, in lower case, used as evidence for hyphen decisions.
class WordLexicon {
 public:
  // Adds the words of one line. A word that ends the line with '-' is a fragment and is not
  // counted; a hyphenated word inside the line ("hrd-thema") is counted as it stands.
  void add_line(std::string_view line);
  // How often `word` (any case) was seen.
  std::size_t count(std::string_view word) const;
  // How often `word` (any case given) was seen starting with a small letter: an ordinary
  // word of the text rather than a name ("zie", "gemeente"; not "kessels").
  std::size_t lower_case_count(std::string_view word) const;

 private:
  std::unordered_map<std::string, std::size_t> counts_;
  std::unordered_map<std::string, std::size_t> lower_case_counts_;
  // The last line with words ended in a fragment ("ken-"): the first word of the next line is
  // its tail ("nis"), not a word, and is not counted either.
  bool after_fragment_ = false;
  // Buffers of add_line, kept between calls: a line's code points, its words as code point
  // ranges, and the key of the word being counted.
  std::vector<char32_t> cps_;
  std::vector<std::pair<std::size_t, std::size_t>> words_;
  std::string key_;
};

enum class HyphenChoice {
  kKeep,       // "HRD-" + "thema"      -> "HRD-thema"
  kDrop,       // "Boon-" + "stra"      -> "Boonstra"
  kKeepSpace,  // "verwervings-" + "en" -> "verwervings- en" (elliptic compound)
};

struct HyphenCase {
  std::string left;   // the text before the line-end '-', back to the previous white space
  std::string right;  // the first word of the continuation line, as it stands
  int line = 0;       // the line that ends with '-'
};

struct HyphenDecision {
  HyphenChoice choice = HyphenChoice::kKeep;
  const char* rule = "";  // short stable name of the deciding rule, e.g. "capital-after"
};

// Decides every case of one file, in order; the result has one decision per case.
std::vector<HyphenDecision> decide_hyphens(const std::vector<HyphenCase>& cases,
                                           const WordLexicon& lexicon);

}  // namespace ingest
