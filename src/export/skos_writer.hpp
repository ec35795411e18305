// export/skos_writer.hpp — the concept vocabulary as SKOS in Turtle, for thesaurus editors
// (Skosmos, VocBench, PoolParty) and RDF tools (rdflib, Jena).
//
// What is written, all from the database:
// - one skos:ConceptScheme (the base URI without its last "/" or "#"), with skos:hasTopConcept
//   for every concept without a broader concept, and the vocabulary's hash as owl:versionInfo;
// - every concept as a skos:Concept (base URI + key) with skos:inScheme, skos:notation (the
//   key), skos:prefLabel / skos:altLabel / skos:hiddenLabel with their language tags,
//   skos:definition and skos:scopeNote (Dutch, @nl, as the vocabulary writes them),
//   skos:broader and skos:narrower (both ways round), skos:related (both ways round: it is
//   symmetric), skos:topConceptOf when it has no broader concept;
// - the other curated relations (contrasts_with, part_of, leads_to, requires, example_of) as
//   properties of our own namespace (base URI + "relation/"), each declared an
//   owl:ObjectProperty and rdfs:subPropertyOf skos:related, stated in the vocabulary's direction;
// - every theme as a skos:Collection (base URI + "theme/" + theme) with its concepts as
//   skos:member.
#pragma once

#include <ostream>
#include <string_view>

#include "store/database.hpp"

namespace exporter {

// Writes the whole vocabulary of `db`. Throws std::invalid_argument for a base URI that is not
// absolute or holds characters an IRI cannot, or a label whose language is no language tag
// (naming the concept); store::StoreError when a query fails.
void write_skos_turtle(store::Database& db, std::ostream& out, std::string_view base_uri);

}  // namespace exporter
