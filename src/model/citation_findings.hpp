// model/citation_findings.hpp — what `conceptdb check` says about citations and sources:
// citations a document's own reference list lacks, entries never cited, how spellings were
// merged and which look-alike sources were kept apart, and names of cited authors used
// without a year (back-references a reader may want to link by hand).
#pragma once

#include <vector>

#include "model/diagnostics.hpp"
#include "store/database.hpp"

namespace model {

// Citations without a source or without an entry in their document's reference list, entries
// that nothing cites, and a count of the citations whose documents print no list at all.
std::vector<Finding> citation_findings(store::Database& db);

// Every merge of spellings the build made and every look-alike it kept apart, with the reason.
std::vector<Finding> source_decision_findings(store::Database& db);

// A cited author's surname in a sentence of the same document without a year: "Stoker en
// Garretsen stellen", "Schenke et al" — a back-reference to a work cited nearby.
std::vector<Finding> back_reference_findings(store::Database& db);

}  // namespace model
