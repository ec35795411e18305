// Tests of the concept co-occurrence graph (levels, measures, minimum count, strongest N,
// concept sets, groups) and of the GraphML, DOT and VOSviewer writers on graphs written here.
// Expected weights were computed by hand from the fixture's units (domain_fixture.hpp):
// N = 8 paragraphs; leiderschap in 5, gespreid-leiderschap 4, plg 3, professionele-ruimte 2,
// senge 1; association strength = N * together / (units a * units b).
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "domain_fixture.hpp"
#include "export/dot_writer.hpp"
#include "export/graph_cooccurrence.hpp"
#include "export/graphml_writer.hpp"
#include "export/vosviewer_writer.hpp"
#include "support/test_support.hpp"

namespace {

using namespace exporter;

// "a -- b 1.5" per edge, weights rounded to 4 decimals.
std::vector<std::string> edge_lines(const Graph& g) {
  std::vector<std::string> out;
  for (const auto& e : g.edges) {
    char weight[32];
    std::snprintf(weight, sizeof weight, "%.4f", e.weight);
    out.push_back(e.source + " -- " + e.target + " " + weight);
  }
  return out;
}

// "id weight group" per node.
std::vector<std::string> node_lines(const Graph& g) {
  std::vector<std::string> out;
  for (const auto& n : g.nodes)
    out.push_back(n.id + " " + graph_number(n.weight) + " " + n.group);
  return out;
}

class DomainGraph : public ::testing::Test {
 protected:
  void SetUp() override { domain_fixture::create_database(dir_ / "fixture.sqlite"); }

  Graph load(const CooccurrenceOptions& options) {
    store::Database db = store::open_conceptdb(dir_ / "fixture.sqlite", store::OpenMode::kReadOnly);
    return load_cooccurrence_graph(db, options);
  }

  testing_support::TempDir dir_;
};

TEST_F(DomainGraph, CountsByDefaultEachPairOnceStrongestFirst) {
  const Graph g = load({});
  EXPECT_FALSE(g.directed);
  EXPECT_EQ(edge_lines(g), (std::vector<std::string>{
                               "gespreid-leiderschap -- leiderschap 3.0000",
                               "gespreid-leiderschap -- professionele-ruimte 1.0000",
                               "leiderschap -- plg 1.0000",
                               "leiderschap -- professionele-ruimte 1.0000",
                               "plg -- professionele-ruimte 1.0000",
                               "plg -- senge 1.0000",
                           }));
  // Node weight: mentions; group: theme. The concept without a partner is left out.
  EXPECT_EQ(node_lines(g), (std::vector<std::string>{
                               "gespreid-leiderschap 4 leiderschap",
                               "leiderschap 5 leiderschap",
                               "plg 3 onderwijs",
                               "professionele-ruimte 2 onderwijs",
                               "senge 1 leren & ontwikkelen",
                           }));
  EXPECT_EQ(g.nodes[0].label, "gespreid leiderschap");
  EXPECT_EQ(g.node_weight_name, "Mentions");
}

TEST_F(DomainGraph, NodesAndEdgesCarryTypedAttributes) {
  const Graph g = load({});
  const Attributes& node = g.nodes[0].attributes;  // gespreid-leiderschap
  EXPECT_EQ(std::get<std::string>(node.at("label_en")), "distributed leadership");
  EXPECT_EQ(std::get<std::string>(node.at("theme")), "leiderschap");
  EXPECT_EQ(std::get<std::int64_t>(node.at("documents")), 1);
  EXPECT_EQ(std::get<std::int64_t>(node.at("units")), 4);
  EXPECT_EQ(std::get<std::string>(node.at("description")), "Leiderschap dat rondgaat.");
  const Attributes& edge = g.edges[0].attributes;  // gespreid-leiderschap -- leiderschap
  EXPECT_EQ(std::get<std::int64_t>(edge.at("count")), 3);
  EXPECT_DOUBLE_EQ(std::get<double>(edge.at("association_strength")), 8.0 * 3 / (4 * 5));
  EXPECT_DOUBLE_EQ(std::get<double>(edge.at("jaccard")), 3.0 / (4 + 5 - 3));
  EXPECT_DOUBLE_EQ(std::get<double>(edge.at("inclusion")), 3.0 / 4);
}

TEST_F(DomainGraph, MeasureAndStrongestN) {
  CooccurrenceOptions o;
  o.measure = CooccurrenceMeasure::kAssociationStrength;
  EXPECT_EQ(edge_lines(load(o)), (std::vector<std::string>{
                                     "plg -- senge 2.6667",                 // 8*1/(3*1)
                                     "plg -- professionele-ruimte 1.3333",  // 8*1/(3*2)
                                     "gespreid-leiderschap -- leiderschap 1.2000",
                                     "gespreid-leiderschap -- professionele-ruimte 1.0000",
                                     "leiderschap -- professionele-ruimte 0.8000",
                                     "leiderschap -- plg 0.5333",
                                 }));
  o.top_edges = 2;
  const Graph top = load(o);
  EXPECT_EQ(edge_lines(top).size(), 2u);
  EXPECT_EQ(node_lines(top),
            (std::vector<std::string>{"plg 3 onderwijs", "professionele-ruimte 2 onderwijs",
                                      "senge 1 leren & ontwikkelen"}));
  o.measure = CooccurrenceMeasure::kJaccard;
  o.top_edges = 3;
  EXPECT_EQ(edge_lines(load(o)), (std::vector<std::string>{
                                     "gespreid-leiderschap -- leiderschap 0.5000",
                                     "plg -- senge 0.3333",
                                     "plg -- professionele-ruimte 0.2500",
                                 }));
  o.measure = CooccurrenceMeasure::kInclusion;
  // Three pairs tie at 1/2 with one unit together each: the keys decide which one is kept.
  EXPECT_EQ(edge_lines(load(o)), (std::vector<std::string>{
                                     "plg -- senge 1.0000",
                                     "gespreid-leiderschap -- leiderschap 0.7500",
                                     "gespreid-leiderschap -- professionele-ruimte 0.5000",
                                 }));
}

TEST_F(DomainGraph, MinimumCountLevelAndConceptSet) {
  CooccurrenceOptions o;
  o.min_count = 2;
  EXPECT_EQ(edge_lines(load(o)),
            (std::vector<std::string>{"gespreid-leiderschap -- leiderschap 3.0000"}));

  CooccurrenceOptions sentence;
  sentence.level = CooccurrenceLevel::kSentence;
  const Graph s = load(sentence);
  EXPECT_EQ(edge_lines(s), (std::vector<std::string>{"leiderschap -- plg 1.0000"}));
  EXPECT_EQ(std::get<std::int64_t>(s.nodes[0].attributes.at("units")), 2);  // leiderschap

  // A set of concepts: the edges among them, and every one of them as a node.
  CooccurrenceOptions set;
  set.concepts = {"plg", "leiderschap", "odd key/ü"};
  const Graph c = load(set);
  EXPECT_EQ(edge_lines(c), (std::vector<std::string>{"leiderschap -- plg 1.0000"}));
  EXPECT_EQ(node_lines(c),
            (std::vector<std::string>{"leiderschap 5 leiderschap",
                                      "odd key/ü 0 leren & ontwikkelen", "plg 3 onderwijs"}));
}

TEST_F(DomainGraph, GroupsByTopConcept) {
  CooccurrenceOptions o;
  o.group_by = ConceptGrouping::kTopConcept;
  EXPECT_EQ(node_lines(load(o)), (std::vector<std::string>{
                                     "gespreid-leiderschap 4 leiderschap",  // broader
                                     "leiderschap 5 leiderschap",
                                     "plg 3 plg",  // part_of is no broader
                                     "professionele-ruimte 2 professionele-ruimte",
                                     "senge 1 senge",
                                 }));
}

TEST_F(DomainGraph, BadOptionsAreErrorsThatSayWhat) {
  CooccurrenceOptions unknown;
  unknown.concepts = {"plg", "leiderschp"};
  try {
    load(unknown);
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("'leiderschp'"), std::string::npos) << e.what();
  }
  CooccurrenceOptions negative;
  negative.min_count = -1;
  EXPECT_THROW(load(negative), std::invalid_argument);

  EXPECT_EQ(cooccurrence_level_from("section"), CooccurrenceLevel::kSection);
  EXPECT_EQ(cooccurrence_measure_from("jaccard"), CooccurrenceMeasure::kJaccard);
  EXPECT_EQ(concept_grouping_from("top_concept"), ConceptGrouping::kTopConcept);
  try {
    cooccurrence_level_from("zin");
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_EQ(std::string(e.what()),
              "unknown co-occurrence level 'zin': use one of sentence, paragraph, section, "
              "document");
  }
}

// A graph written here: two groups, quotes and markup in labels, mixed attribute types.
Graph small_graph() {
  Graph g;
  g.nodes.push_back({"a", "A <&> \"quoted\"", 4, "g1", {{"n", std::int64_t{2}}, {"x", 0.5}}});
  g.nodes.push_back({"b c", "line\nbreak \\ back", 1, "", {{"n", 1.5}, {"ok", true}}});
  g.nodes.push_back({"d", "D", 0, "g2", {{"url", std::string("https://x.org/?a=1&b=2")}}});
  g.edges.push_back({"a", "b c", 2, {{"count", std::int64_t{2}}}});
  g.edges.push_back({"b c", "d", 0.5, {}});
  return g;
}

TEST(DomainGraphWriters, NumbersReadBackExactly) {
  EXPECT_EQ(graph_number(0.25), "0.25");
  EXPECT_EQ(graph_number(3), "3");
  EXPECT_EQ(graph_number(1.0 / 3), "0.3333333333333333");
  EXPECT_THROW(graph_number(std::nan("")), std::invalid_argument);
}

TEST(DomainGraphWriters, GraphmlDeclaresEveryKeyWithItsType) {
  std::ostringstream out;
  write_graphml(small_graph(), out);
  EXPECT_EQ(out.str(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
            "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
            "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
            "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
            "  <key id=\"n0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
            "  <key id=\"n1\" for=\"node\" attr.name=\"weight\" attr.type=\"double\"/>\n"
            "  <key id=\"n2\" for=\"node\" attr.name=\"group\" attr.type=\"string\"/>\n"
            // "n" holds an integer on one node and a float on another: a double.
            "  <key id=\"n3\" for=\"node\" attr.name=\"n\" attr.type=\"double\"/>\n"
            "  <key id=\"n4\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>\n"
            "  <key id=\"n5\" for=\"node\" attr.name=\"ok\" attr.type=\"boolean\"/>\n"
            "  <key id=\"n6\" for=\"node\" attr.name=\"url\" attr.type=\"string\"/>\n"
            "  <key id=\"e0\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
            "  <key id=\"e1\" for=\"edge\" attr.name=\"count\" attr.type=\"long\"/>\n"
            "  <graph id=\"G\" edgedefault=\"undirected\">\n"
            "    <node id=\"a\">\n"
            "      <data key=\"n0\">A &lt;&amp;&gt; &quot;quoted&quot;</data>\n"
            "      <data key=\"n1\">4</data>\n"
            "      <data key=\"n2\">g1</data>\n"
            "      <data key=\"n3\">2</data>\n"
            "      <data key=\"n4\">0.5</data>\n"
            "    </node>\n"
            "    <node id=\"b c\">\n"
            "      <data key=\"n0\">line&#10;break \\ back</data>\n"
            "      <data key=\"n1\">1</data>\n"
            "      <data key=\"n3\">1.5</data>\n"
            "      <data key=\"n5\">true</data>\n"
            "    </node>\n"
            "    <node id=\"d\">\n"
            "      <data key=\"n0\">D</data>\n"
            "      <data key=\"n1\">0</data>\n"
            "      <data key=\"n2\">g2</data>\n"
            "      <data key=\"n6\">https://x.org/?a=1&amp;b=2</data>\n"
            "    </node>\n"
            "    <edge source=\"a\" target=\"b c\">\n"
            "      <data key=\"e0\">2</data>\n"
            "      <data key=\"e1\">2</data>\n"
            "    </edge>\n"
            "    <edge source=\"b c\" target=\"d\">\n"
            "      <data key=\"e0\">0.5</data>\n"
            "    </edge>\n"
            "  </graph>\n"
            "</graphml>\n");
}

TEST(DomainGraphWriters, InconsistentGraphsAreRefused) {
  std::ostringstream out;
  Graph mixed = small_graph();
  mixed.nodes[2].attributes["n"] = std::string("three");
  EXPECT_THROW(write_graphml(mixed, out), std::invalid_argument);
  Graph dangling = small_graph();
  dangling.edges.push_back({"a", "nowhere", 1, {}});
  EXPECT_THROW(write_dot(dangling, out), std::invalid_argument);
  Graph twice = small_graph();
  twice.nodes.push_back(twice.nodes[0]);
  EXPECT_THROW(write_vosviewer_json(twice, out), std::invalid_argument);
  Graph reserved = small_graph();
  reserved.nodes[0].attributes["label"] = std::string("other");
  EXPECT_THROW(write_graphml(reserved, out), std::invalid_argument);
  Graph infinite = small_graph();
  infinite.edges[0].weight = INFINITY;
  EXPECT_THROW(write_graphml(infinite, out), std::invalid_argument);
}

TEST(DomainGraphWriters, DotQuotesIdsAndEscapesLabels) {
  EXPECT_EQ(dot_quoted("plain"), "\"plain\"");
  EXPECT_EQ(dot_quoted("say \"hi\"\\ \nnow\t"), "\"say \\\"hi\\\"\\\\ \\nnow\"");
  std::ostringstream out;
  write_dot(small_graph(), out);
  const std::string dot = out.str();
  EXPECT_EQ(dot.substr(0, 8), "graph {\n");
  EXPECT_NE(dot.find("  \"a\" [label=\"A <&> \\\"quoted\\\"\", fillcolor=1, fontsize=20.00, "),
            std::string::npos)
      << dot;
  // No group: the default white fill; weight 1 of 4: half the extra letter size.
  EXPECT_NE(dot.find("  \"b c\" [label=\"line\\nbreak \\\\ back\", fontsize=15.00, "),
            std::string::npos)
      << dot;
  EXPECT_NE(dot.find("  \"d\" [label=\"D\", fillcolor=2, fontsize=10.00, "), std::string::npos);
  // The strongest edge gets penwidth 5, one a quarter as strong 2.
  EXPECT_NE(dot.find("  \"a\" -- \"b c\" [penwidth=5.00, tooltip=\"a -- b c\\nweight: 2\\ncount: "
                     "2\"];\n"),
            std::string::npos)
      << dot;
  EXPECT_NE(dot.find("  \"b c\" -- \"d\" [penwidth=2.00, "), std::string::npos);
  EXPECT_EQ(dot.substr(dot.size() - 2), "}\n");

  Graph directed = small_graph();
  directed.directed = true;
  std::ostringstream d;
  write_dot(directed, d);
  EXPECT_EQ(d.str().substr(0, 10), "digraph {\n");
  EXPECT_NE(d.str().find("\"a\" -> \"b c\""), std::string::npos);
}

TEST(DomainGraphWriters, VosviewerItemsLinksAndClusters) {
  Graph g = small_graph();
  g.node_weight_name = "Mentions";
  std::ostringstream out;
  write_vosviewer_json(g, out);
  EXPECT_EQ(out.str(),
            "{\n"
            "  \"network\": {\n"
            "    \"items\": [\n"
            "      {\"id\": \"a\", \"label\": \"A <&> \\\"quoted\\\"\", \"cluster\": 1, "
            "\"weights\": {\"Mentions\": 4, \"Links\": 1, \"Total link strength\": 2}, "
            "\"scores\": {\"n\": 2, \"x\": 0.5}},\n"
            "      {\"id\": \"b c\", \"label\": \"line\\nbreak \\\\ back\", "
            "\"weights\": {\"Mentions\": 1, \"Links\": 2, \"Total link strength\": 2.5}, "
            "\"scores\": {\"n\": 1.5}},\n"
            "      {\"id\": \"d\", \"label\": \"D\", \"cluster\": 2, "
            "\"url\": \"https://x.org/?a=1&b=2\", "
            "\"weights\": {\"Mentions\": 0, \"Links\": 1, \"Total link strength\": 0.5}}\n"
            "    ],\n"
            "    \"links\": [\n"
            "      {\"source_id\": \"a\", \"target_id\": \"b c\", \"strength\": 2},\n"
            "      {\"source_id\": \"b c\", \"target_id\": \"d\", \"strength\": 0.5}\n"
            "    ],\n"
            "    \"clusters\": [\n"
            "      {\"cluster\": 1, \"label\": \"g1\"},\n"
            "      {\"cluster\": 2, \"label\": \"g2\"}\n"
            "    ]\n"
            "  }\n"
            "}\n");
  // VOSviewer reads a description as HTML: the text stays text.
  Graph described = small_graph();
  described.nodes[2].attributes["description"] = std::string("a <b> & c");
  std::ostringstream html;
  write_vosviewer_json(described, html);
  EXPECT_NE(html.str().find("\"description\": \"a &lt;b&gt; &amp; c\""), std::string::npos)
      << html.str();

  Graph negative = small_graph();
  negative.edges[1].weight = -0.5;
  EXPECT_THROW(write_vosviewer_json(negative, out), std::invalid_argument);
}

}  // namespace
