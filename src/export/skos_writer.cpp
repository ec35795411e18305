// export/skos_writer.cpp — reading v_concept, v_label and v_concept_relation into SKOS triples,
// written subject by subject.
#include "export/skos_writer.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "export/skos_turtle.hpp"
#include "store/statement.hpp"

namespace exporter {

namespace {

struct RelationProperty {
  std::string_view type;   // as the database names it
  std::string_view label;  // rdfs:label, English
  std::string_view comment;
};

constexpr std::array<RelationProperty, 5> kOwnRelations = {{
    {"contrasts_with", "contrasts with", "The concept is set against the other one."},
    {"part_of", "part of", "The concept is a part or component of the other one."},
    {"leads_to", "leads to", "The concept brings about or results in the other one."},
    {"requires", "requires", "The concept depends on the other one being in place."},
    {"example_of", "example of", "The concept is an example or instance of the other one."},
}};

// One subject and its predicates with their objects, all as Turtle terms; written as
// "subject a Type ;\n    predicate object, object ;\n ... ." in the order they were added,
// each object once.
class Block {
 public:
  Block(std::string subject, std::string type)
      : subject_(std::move(subject)), type_(std::move(type)) {}

  void add(const std::string& predicate, std::string object) {
    auto it = std::find_if(predicates_.begin(), predicates_.end(),
                           [&](const auto& p) { return p.first == predicate; });
    if (it == predicates_.end()) {
      predicates_.emplace_back(predicate, std::vector<std::string>());
      it = std::prev(predicates_.end());
    }
    if (std::find(it->second.begin(), it->second.end(), object) == it->second.end()) {
      it->second.push_back(std::move(object));
    }
  }

  std::string text() const {
    std::string out = subject_ + " a " + type_;
    for (const auto& [predicate, objects] : predicates_) {
      out += " ;\n    " + predicate + " ";
      // A long list (the scheme's top concepts, a theme's members) gets a line per object.
      const char* separator = objects.size() > 3 ? ",\n        " : ", ";
      for (std::size_t i = 0; i < objects.size(); ++i) {
        out += (i == 0 ? "" : separator) + objects[i];
      }
    }
    return out + " .\n";
  }

 private:
  std::string subject_;
  std::string type_;
  std::vector<std::pair<std::string, std::vector<std::string>>> predicates_;
};

// The Turtle terms for the IRIs of one export.
class Names {
 public:
  explicit Names(std::string_view base_uri) : namespace_(skos_namespace(base_uri)) {
    scheme_ = turtle_iri(std::string_view(namespace_).substr(0, namespace_.size() - 1));
  }

  std::string prefixes() const {
    return "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
           "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
           "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
           "@prefix concept: " +
           turtle_iri(namespace_) +
           " .\n"
           "@prefix relation: " +
           turtle_iri(namespace_ + "relation/") +
           " .\n"
           "@prefix theme: " +
           turtle_iri(namespace_ + "theme/") + " .\n";
  }

  const std::string& scheme() const { return scheme_; }
  std::string concept_iri(std::string_view key) const { return term("concept", "", key); }
  std::string relation(std::string_view type) const { return term("relation", "relation/", type); }
  std::string theme(std::string_view name) const { return term("theme", "theme/", name); }

 private:
  // A prefixed name when the key makes a plain local name, else the full IRI.
  std::string term(std::string_view prefix, std::string_view path, std::string_view key) const {
    const std::string segment = iri_segment(key);
    const auto plain = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    };
    bool local = !segment.empty() && plain(segment[0]);
    for (const char c : segment)
      local = local && (plain(c) || c == '-');
    if (local) return std::string(prefix) + ":" + segment;
    return turtle_iri(namespace_ + std::string(path) + segment);
  }

  std::string namespace_;
  std::string scheme_;
};

struct Concept {
  std::string theme;
  std::string definition;
  std::string scope_note;
};

std::map<std::string, Concept> read_concepts(store::Database& db) {
  store::Statement st =
      db.prepare("SELECT concept_key, theme, definition, coalesce(scope_note, '') FROM v_concept");
  std::map<std::string, Concept> out;
  while (st.step()) {
    out[std::string(st.column_text(0))] = {std::string(st.column_text(1)),
                                           std::string(st.column_text(2)),
                                           std::string(st.column_text(3))};
  }
  return out;
}

std::string literal(std::string_view text, std::string_view language) {
  return turtle_string(text) + "@" + std::string(language);
}

void add_labels(store::Database& db, std::map<std::string, Block>& blocks) {
  store::Statement st = db.prepare(
      "SELECT concept_key, kind, language, text FROM v_label ORDER BY concept_key, "
      "CASE kind WHEN 'pref' THEN 0 WHEN 'alt' THEN 1 ELSE 2 END, "
      "CASE language WHEN 'nl' THEN 0 WHEN 'en' THEN 1 ELSE 2 END, language, id");
  while (st.step()) {
    const std::string key(st.column_text(0));
    const std::string kind(st.column_text(1));
    const std::string language(st.column_text(2));
    if (!is_language_tag(language)) {
      throw std::invalid_argument("concept '" + key + "' has a label in language '" + language +
                                  "', which is no language tag (nl, en, ...): fix the "
                                  "vocabulary and rebuild");
    }
    blocks.at(key).add("skos:" + kind + "Label", literal(st.column_text(3), language));
  }
}

// Adds the curated relations; returns the concepts that have a broader concept.
std::set<std::string> add_relations(store::Database& db, const Names& names,
                                    std::map<std::string, Block>& blocks) {
  store::Statement st = db.prepare(
      "SELECT \"from\", type, \"to\" FROM v_concept_relation ORDER BY \"from\", type, \"to\"");
  std::set<std::string> with_broader;
  while (st.step()) {
    const std::string from(st.column_text(0));
    const std::string type(st.column_text(1));
    const std::string to(st.column_text(2));
    if (type == "broader") {
      blocks.at(from).add("skos:broader", names.concept_iri(to));
      blocks.at(to).add("skos:narrower", names.concept_iri(from));
      with_broader.insert(from);
    } else if (type == "related") {
      blocks.at(from).add("skos:related", names.concept_iri(to));
      blocks.at(to).add("skos:related", names.concept_iri(from));
    } else {
      blocks.at(from).add(names.relation(type), names.concept_iri(to));
    }
  }
  return with_broader;
}

std::string vocabulary_version(store::Database& db) {
  store::Statement st = db.prepare("SELECT value FROM meta WHERE key = 'vocabulary_hash'");
  return st.step() ? "vocabulary sha256 " + std::string(st.column_text(0)) : std::string();
}

}  // namespace

void write_skos_turtle(store::Database& db, std::ostream& out, std::string_view base_uri) {
  const Names names(base_uri);
  const std::map<std::string, Concept> concepts = read_concepts(db);

  std::map<std::string, Block> blocks;  // concept key -> its triples
  std::map<std::string, std::vector<std::string>> themes;
  for (const auto& [key, entry] : concepts) {
    Block& block = blocks.emplace(key, Block(names.concept_iri(key), "skos:Concept")).first->second;
    block.add("skos:inScheme", names.scheme());
    block.add("skos:notation", turtle_string(key));
    themes[entry.theme].push_back(names.concept_iri(key));
  }
  add_labels(db, blocks);
  for (const auto& [key, entry] : concepts) {
    blocks.at(key).add("skos:definition", literal(entry.definition, "nl"));
    if (!entry.scope_note.empty()) {
      blocks.at(key).add("skos:scopeNote", literal(entry.scope_note, "nl"));
    }
  }
  const std::set<std::string> with_broader = add_relations(db, names, blocks);

  Block scheme(names.scheme(), "skos:ConceptScheme");
  scheme.add("skos:prefLabel", literal("conceptdb vocabulary", "en"));
  if (const std::string version = vocabulary_version(db); !version.empty()) {
    scheme.add("owl:versionInfo", turtle_string(version));
  }
  for (const auto& [key, entry] : concepts) {
    if (with_broader.count(key) > 0) continue;
    scheme.add("skos:hasTopConcept", names.concept_iri(key));
    blocks.at(key).add("skos:topConceptOf", names.scheme());
  }

  out << names.prefixes() << "\n" << scheme.text();
  for (const auto& relation : kOwnRelations) {
    Block property(names.relation(relation.type), "owl:ObjectProperty");
    property.add("rdfs:subPropertyOf", "skos:related");
    property.add("rdfs:label", literal(relation.label, "en"));
    property.add("rdfs:comment", literal(relation.comment, "en"));
    out << "\n" << property.text();
  }
  for (const auto& [key, block] : blocks)
    out << "\n" << block.text();
  for (const auto& [theme, members] : themes) {
    Block collection(names.theme(theme), "skos:Collection");
    collection.add("skos:prefLabel", literal(theme, "nl"));
    for (const auto& member : members)
      collection.add("skos:member", member);
    out << "\n" << collection.text();
  }
}

}  // namespace exporter
