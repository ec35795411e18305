// ingest/relation_writer.hpp — the derived tables a build stores last: concept–source links
// and per-concept and per-source counts.
//
// v_concept_source and v_concept are read far more often than the database is built, and
// computing them per query cost 88 ms (one concept's sources) to 1.8 s (a concept's 278
// co-occurring partners with their counts) on a million mentions. They are stored once at
// the end of the build instead, after the sources are merged (a citation's source is final
// only then) and every mention is stored; their views then read them by index.
#pragma once

#include "store/database.hpp"

namespace ingest {

// Fills `concept_source` from the stored mentions and citations (see ConceptSourceTally).
// Returns the number of links stored.
std::size_t store_concept_sources(store::Database& db);

// Fills `concept_tally`: per concept its mentions, the documents they are in, and the
// mentions of it and every concept below it along `broader`.
void store_concept_tallies(store::Database& db);

// Fills `source_tally`: per source its citations and the documents they are in.
void store_source_tallies(store::Database& db);

}  // namespace ingest
