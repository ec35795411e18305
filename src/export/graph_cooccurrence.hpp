// export/graph_cooccurrence.hpp — the concept co-occurrence network read from v_cooccurrence,
// as a Graph for the GraphML, DOT and VOSviewer writers.
//
// Nodes are concepts (id: the concept key, label: the Dutch preferred label, weight: the
// concept's mentions, group: its theme or its top concept); edges join two concepts that occur
// in the same units, weighted by the measure chosen. The graph is undirected: each pair once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "export/graph.hpp"
#include "store/database.hpp"

namespace exporter {

enum class CooccurrenceLevel { kSentence, kParagraph, kSection, kDocument };
// The measures of v_cooccurrence (README, "Concepts and their relations").
enum class CooccurrenceMeasure { kCount, kAssociationStrength, kJaccard, kInclusion };
// A node's group: its theme (the vocabulary file it comes from), or the concept at the top of
// its `broader` chain (itself when it has no broader concept).
enum class ConceptGrouping { kTheme, kTopConcept };

struct CooccurrenceOptions {
  CooccurrenceLevel level = CooccurrenceLevel::kParagraph;
  // Count by default: VOSviewer and Gephi normalise raw counts themselves.
  CooccurrenceMeasure measure = CooccurrenceMeasure::kCount;
  std::int64_t min_count = 1;  // pairs in fewer units together are left out
  std::size_t top_edges = 0;   // keep only the strongest N edges; 0 keeps all
  // Only these concepts (keys) and the edges between them, each concept a node even when it
  // has no edge; empty: every concept with at least one edge.
  std::vector<std::string> concepts;
  ConceptGrouping group_by = ConceptGrouping::kTheme;
};

// Names as scripts and the command line spell them: "sentence", "paragraph", "section",
// "document"; "count", "association_strength", "jaccard", "inclusion"; "theme", "top_concept".
// The *_from functions throw std::invalid_argument naming the valid values.
std::string_view level_name(CooccurrenceLevel level);
std::string_view measure_name(CooccurrenceMeasure measure);
CooccurrenceLevel cooccurrence_level_from(std::string_view name);
CooccurrenceMeasure cooccurrence_measure_from(std::string_view name);
ConceptGrouping concept_grouping_from(std::string_view name);

// The network. Nodes are sorted by key; edges strongest first (ties: more units together
// first, then by keys), so the strongest N are the same on every build of the same corpus.
// Node attributes: label_en (text, may be empty), theme (text), documents (integer: documents
// that mention the concept), units (integer: units at this level that hold it), description
// (the definition). Edge attributes: count (integer), association_strength, jaccard, inclusion
// (floats), whichever measure is the weight. Throws std::invalid_argument for a negative
// minimum count or an unknown concept key (naming it).
Graph load_cooccurrence_graph(store::Database& db, const CooccurrenceOptions& options);

}  // namespace exporter
