// ingest/dutch_variants.hpp — the spellings under which a concept label can appear in Dutch text.
//
// Labels are written once, in their base form; these functions generate the inflected and
// respelled forms, each with the rule that produced it, so that every match can say why it
// matched. The rules over-generate on purpose: a form that Dutch does not use ("mentorren")
// costs nothing, because it never occurs in the text, while a missing form loses mentions.
// All words here are folded keys (lower case, no diacritics; see concept_tokens.hpp).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ingest {

struct WordForm {
  std::string text;
  std::string rule;  // "plural", "diminutive", "adjective", ...
};

// Plurals (-en, -s, 's, consonant doubling, vowel undoubling, f/s → v/z, -heid → -heden,
// -um → -a) and diminutives (-je, -tje, -pje, -etje, -kje, with their plural -s) of a noun.
std::vector<WordForm> dutch_noun_forms(std::string_view noun);

// The other inflection of an adjective: "professioneel" ↔ "professionele", "lerende" ↔
// "lerend", "creatief" ↔ "creatieve", "snel" ↔ "snelle".
std::vector<std::string> dutch_adjective_forms(std::string_view adjective);

// English plurals: -s, -es, -y → -ies, and 's.
std::vector<std::string> english_plurals(std::string_view noun);

// Whether a folded word occurs in the corpus as a word of its own; used to split closed
// compounds ("teamleren" → "team leren") and to accept the modifier of a compound.
using WordTest = std::function<bool(std::string_view)>;

struct LabelVariant {
  std::vector<std::string> tokens;  // folded keys
  std::string rule;                 // "label" for the label as written; else the rules, '+'-joined
};

struct LabelSpelling {
  std::vector<std::string> tokens;  // folded keys of the label's tokens
  std::vector<bool> joined_before;  // a hyphen joins token i to token i-1
  std::string language = "nl";      // "nl" or "en"
  bool case_sensitive = false;      // abbreviations: only -s and 's are added
  bool exact = false;               // no variants at all
};

// The label itself first, then every variant, without repeats.
std::vector<LabelVariant> label_variants(const LabelSpelling& label, const WordTest& is_word);

}  // namespace ingest
