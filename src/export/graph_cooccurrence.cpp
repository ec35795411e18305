// export/graph_cooccurrence.cpp — reading v_cooccurrence and v_concept into a Graph.
#include "export/graph_cooccurrence.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <stdexcept>
#include <tuple>
#include <utility>

#include "store/statement.hpp"

namespace exporter {

namespace {

constexpr std::array<std::string_view, 4> kLevelNames = {"sentence", "paragraph", "section",
                                                         "document"};
constexpr std::array<std::string_view, 4> kMeasureNames = {"count", "association_strength",
                                                           "jaccard", "inclusion"};
constexpr std::array<std::string_view, 2> kGroupingNames = {"theme", "top_concept"};

template <typename Enum, std::size_t N>
Enum enum_from(std::string_view name, const std::array<std::string_view, N>& names,
               std::string_view what) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<Enum>(i);
  }
  std::string valid;
  for (const auto n : names) {
    valid += valid.empty() ? "" : ", ";
    valid += n;
  }
  throw std::invalid_argument("unknown " + std::string(what) + " '" + std::string(name) +
                              "': use one of " + valid);
}

struct ConceptInfo {
  std::string label;
  std::string label_en;
  std::string theme;
  std::string definition;
  std::int64_t mentions = 0;
  std::int64_t documents = 0;
};

std::map<std::string, ConceptInfo> read_concepts(store::Database& db) {
  store::Statement st = db.prepare(
      "SELECT concept_key, coalesce(label, concept_key), coalesce(label_en, ''), theme, "
      "definition, mentions, documents FROM v_concept");
  std::map<std::string, ConceptInfo> out;
  while (st.step()) {
    ConceptInfo& c = out[std::string(st.column_text(0))];
    c.label = st.column_text(1);
    c.label_en = st.column_text(2);
    c.theme = st.column_text(3);
    c.definition = st.column_text(4);
    c.mentions = st.column_int64(5);
    c.documents = st.column_int64(6);
  }
  return out;
}

std::map<std::string, std::int64_t> units_per_concept(store::Database& db, std::string_view level) {
  store::Statement st = db.prepare(
      "SELECT c.key, count(*) FROM concept_occurrence o JOIN concept c ON c.id = o.concept_id "
      "WHERE o.level = ? GROUP BY c.key");
  st.bind(1, level);
  std::map<std::string, std::int64_t> out;
  while (st.step())
    out[std::string(st.column_text(0))] = st.column_int64(1);
  return out;
}

// Each concept's top concept: up along `broader` (the first broader concept by key when there
// are several) until a concept without one, or until the chain comes back on itself.
std::map<std::string, std::string> top_concepts(store::Database& db,
                                                const std::map<std::string, ConceptInfo>& all) {
  store::Statement st = db.prepare(
      "SELECT \"from\", \"to\" FROM v_concept_relation WHERE type = 'broader' "
      "ORDER BY \"from\", \"to\"");
  std::map<std::string, std::string> parent;
  while (st.step())
    parent.emplace(std::string(st.column_text(0)), std::string(st.column_text(1)));
  std::map<std::string, std::string> out;
  for (const auto& [key, info] : all) {
    std::string top = key;
    std::set<std::string> seen{top};
    for (auto up = parent.find(top); up != parent.end() && seen.insert(up->second).second;
         up = parent.find(top)) {
      top = up->second;
    }
    out.emplace(key, top);
  }
  return out;
}

struct Pair {
  std::string a;
  std::string b;
  std::int64_t count = 0;
  std::array<double, 4> measures{};  // in the order of CooccurrenceMeasure
};

std::vector<Pair> read_pairs(store::Database& db, const CooccurrenceOptions& options) {
  store::Statement st = db.prepare(
      "SELECT a, b, count, association_strength, jaccard, inclusion FROM v_cooccurrence "
      "WHERE level = ? AND a < b AND count >= ?");
  st.bind(1, level_name(options.level));
  st.bind(2, options.min_count);
  const std::set<std::string> wanted(options.concepts.begin(), options.concepts.end());
  std::vector<Pair> pairs;
  while (st.step()) {
    Pair p;
    p.a = st.column_text(0);
    p.b = st.column_text(1);
    if (!wanted.empty() && (wanted.count(p.a) == 0 || wanted.count(p.b) == 0)) continue;
    p.count = st.column_int64(2);
    p.measures = {static_cast<double>(p.count), st.column_double(3), st.column_double(4),
                  st.column_double(5)};
    pairs.push_back(std::move(p));
  }
  return pairs;
}

Graph::Edge edge_of(const Pair& p, CooccurrenceMeasure measure) {
  Graph::Edge e;
  e.source = p.a;
  e.target = p.b;
  e.weight = p.measures[static_cast<std::size_t>(measure)];
  e.attributes["count"] = p.count;
  for (std::size_t m = 1; m < kMeasureNames.size(); ++m) {
    e.attributes[std::string(kMeasureNames[m])] = p.measures[m];
  }
  return e;
}

Graph::Node node_of(const std::string& key, const ConceptInfo& info, std::string group,
                    std::int64_t units) {
  Graph::Node n;
  n.id = key;
  n.label = info.label;
  n.weight = static_cast<double>(info.mentions);
  n.group = std::move(group);
  n.attributes["label_en"] = info.label_en;
  n.attributes["theme"] = info.theme;
  n.attributes["documents"] = info.documents;
  n.attributes["units"] = units;
  n.attributes["description"] = info.definition;
  return n;
}

}  // namespace

std::string_view level_name(CooccurrenceLevel level) {
  return kLevelNames[static_cast<std::size_t>(level)];
}

std::string_view measure_name(CooccurrenceMeasure measure) {
  return kMeasureNames[static_cast<std::size_t>(measure)];
}

CooccurrenceLevel cooccurrence_level_from(std::string_view name) {
  return enum_from<CooccurrenceLevel>(name, kLevelNames, "co-occurrence level");
}

CooccurrenceMeasure cooccurrence_measure_from(std::string_view name) {
  return enum_from<CooccurrenceMeasure>(name, kMeasureNames, "co-occurrence measure");
}

ConceptGrouping concept_grouping_from(std::string_view name) {
  return enum_from<ConceptGrouping>(name, kGroupingNames, "concept grouping");
}

Graph load_cooccurrence_graph(store::Database& db, const CooccurrenceOptions& options) {
  if (options.min_count < 0) {
    throw std::invalid_argument("the minimum co-occurrence count must be 0 or more, not " +
                                std::to_string(options.min_count));
  }
  const std::map<std::string, ConceptInfo> concepts = read_concepts(db);
  for (const auto& key : options.concepts) {
    if (concepts.count(key) == 0) {
      throw std::invalid_argument("unknown concept key '" + key + "' in " + db.path().string() +
                                  ": the vocabulary has no such concept (see v_concept)");
    }
  }

  std::vector<Pair> pairs = read_pairs(db, options);
  const auto measure = static_cast<std::size_t>(options.measure);
  std::sort(pairs.begin(), pairs.end(), [measure](const Pair& x, const Pair& y) {
    if (x.measures[measure] != y.measures[measure])
      return x.measures[measure] > y.measures[measure];
    if (x.count != y.count) return x.count > y.count;
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  if (options.top_edges > 0 && pairs.size() > options.top_edges) pairs.resize(options.top_edges);

  std::set<std::string> node_keys(options.concepts.begin(), options.concepts.end());
  for (const auto& p : pairs) {
    node_keys.insert(p.a);
    node_keys.insert(p.b);
  }

  Graph graph;
  graph.node_weight_name = "Mentions";
  const std::map<std::string, std::int64_t> units =
      units_per_concept(db, level_name(options.level));
  const std::map<std::string, std::string> tops = options.group_by == ConceptGrouping::kTopConcept
                                                      ? top_concepts(db, concepts)
                                                      : std::map<std::string, std::string>();
  for (const auto& key : node_keys) {
    const ConceptInfo& info = concepts.at(key);
    std::string group = options.group_by == ConceptGrouping::kTheme ? info.theme : tops.at(key);
    const auto u = units.find(key);
    graph.nodes.push_back(node_of(key, info, std::move(group), u == units.end() ? 0 : u->second));
  }
  for (const auto& p : pairs)
    graph.edges.push_back(edge_of(p, options.measure));
  return graph;
}

}  // namespace exporter
