# tests/domain_export/clients/read_skos.py — SKOS Turtle read back by rdflib.
"""Parses a SKOS Turtle file with rdflib and prints what a thesaurus tool would rely on: the
number of triples, schemes, concepts and collections, the languages of the preferred labels,
whether skos:broader and skos:narrower mirror each other, concepts with two preferred labels
in one language, the sub-properties of skos:related, and the top concepts. Used by the domain
export tests; exits 1 when rdflib cannot parse the file."""
import sys
from collections import Counter

import rdflib
from rdflib.namespace import RDF, RDFS, SKOS


def main(path):
    g = rdflib.Graph()
    g.parse(path, format="turtle")
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    print("triples", len(g))
    print("schemes", len(set(g.subjects(RDF.type, SKOS.ConceptScheme))))
    print("concepts", len(concepts))
    print("collections", len(set(g.subjects(RDF.type, SKOS.Collection))))
    languages = Counter(str(label.language) for concept in concepts
                        for label in g.objects(concept, SKOS.prefLabel))
    print("concept prefLabel languages",
          " ".join(f"{lang}:{n}" for lang, n in sorted(languages.items())))
    broader = set(g.subject_objects(SKOS.broader))
    narrower = {(b, a) for a, b in g.subject_objects(SKOS.narrower)}
    print("broader", len(broader), "narrower", len(narrower),
          "mirrored", broader == narrower)
    related = set(g.subject_objects(SKOS.related))
    print("related", len(related), "symmetric", related == {(b, a) for a, b in related})
    doubled = 0
    for concept in concepts:
        langs = Counter(label.language for label in g.objects(concept, SKOS.prefLabel))
        doubled += sum(1 for n in langs.values() if n > 1)
    print("two prefLabels in one language", doubled)
    without_pref = [c for c in concepts if (c, SKOS.prefLabel, None) not in g]
    print("concepts without prefLabel", len(without_pref))
    for prop in sorted(g.subjects(RDFS.subPropertyOf, SKOS.related)):
        print("subproperty", prop.split("/")[-1], len(set(g.subject_objects(prop))))
    tops = set(g.objects(None, SKOS.hasTopConcept))
    top_of = set(g.subjects(SKOS.topConceptOf, None))
    print("top concepts", len(tops), "mirrored", tops == top_of,
          "none with broader", not any((t, SKOS.broader, None) in g for t in tops))


if __name__ == "__main__":
    main(sys.argv[1])
