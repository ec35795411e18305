// model/concept_findings.hpp — what `conceptdb check` says about the vocabulary and its
// mentions: concepts and labels that match nothing, abbreviations the text defines that the
// vocabulary lacks, and frequent phrases beside known concepts that no label matched yet.
#pragma once

#include <vector>

#include "model/diagnostics.hpp"
#include "store/database.hpp"

namespace model {

// Concepts without a single mention, then labels that match nothing (with the number of
// spellings tried). The place is the vocabulary file and line.
std::vector<Finding> vocabulary_findings(store::Database& db);

// Abbreviations defined in the text ("professionele leergemeenschappen (PLG's)") whose short
// form is not a label, or whose short form and expansion point to different concepts.
std::vector<Finding> abbreviation_findings(store::Database& db);

// The most frequent word sequences that no label matched, in sentences that mention a
// concept: candidates for alternative labels, with the concept they stand beside most.
std::vector<Finding> phrase_candidate_findings(store::Database& db, int limit = 30);

}  // namespace model
