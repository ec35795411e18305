// export/vosviewer_writer.cpp — VOSviewer's items, links and clusters as JSON.
#include "export/vosviewer_writer.hpp"

#include <map>
#include <stdexcept>
#include <string>

#include "export/html_writer.hpp"
#include "export/json_writer.hpp"

namespace exporter {

namespace {

constexpr std::size_t kMaxClusters = 1000;

std::string json_quoted(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

std::string non_negative(double value, const std::string& what) {
  if (value < 0) {
    throw std::invalid_argument(what + " is negative (" + graph_number(value) +
                                "); VOSviewer takes only weights and strengths of 0 or more");
  }
  return graph_number(value);
}

struct LinkTotals {
  std::int64_t links = 0;
  double strength = 0;
};

std::string item(const Graph::Node& node, const std::string& weight_name, const LinkTotals& totals,
                 const std::map<std::string, std::size_t>& clusters) {
  std::string out =
      "      {\"id\": " + json_quoted(node.id) + ", \"label\": " + json_quoted(node.label);
  if (!node.group.empty()) out += ", \"cluster\": " + std::to_string(clusters.at(node.group));
  for (const std::string name : {"description", "url"}) {
    const auto it = node.attributes.find(name);
    if (it == node.attributes.end()) continue;
    if (const auto* text = std::get_if<std::string>(&it->second); text && !text->empty()) {
      out += ", " + json_quoted(name) + ": " +
             // VOSviewer shows a description as HTML: plain text must not be taken for markup.
             json_quoted(name == "description" ? html_text(*text) : *text);
    }
  }
  out += ", \"weights\": {" + json_quoted(weight_name) + ": " +
         non_negative(node.weight, "the weight of node '" + node.id + "'") +
         ", \"Links\": " + std::to_string(totals.links) +
         ", \"Total link strength\": " + graph_number(totals.strength) + "}";
  std::string scores;
  for (const auto& [name, value] : node.attributes) {
    std::string number;
    if (const auto* i = std::get_if<std::int64_t>(&value)) number = std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value)) number = graph_number(*d);
    if (number.empty()) continue;
    scores += (scores.empty() ? "" : ", ") + json_quoted(name) + ": " + number;
  }
  if (!scores.empty()) out += ", \"scores\": {" + scores + "}";
  return out + "}";
}

}  // namespace

void write_vosviewer_json(const Graph& graph, std::ostream& out) {
  check_graph(graph);
  const std::vector<std::string> groups = graph_groups(graph);
  if (groups.size() > kMaxClusters) {
    throw std::invalid_argument("the graph has " + std::to_string(groups.size()) +
                                " groups; VOSviewer allows at most 1000 clusters: group the "
                                "nodes more coarsely");
  }
  std::map<std::string, std::size_t> clusters;
  for (const auto& group : groups)
    clusters.emplace(group, clusters.size() + 1);
  std::map<std::string, LinkTotals> totals;
  for (const auto& edge : graph.edges) {
    for (const auto* end : {&edge.source, &edge.target}) {
      totals[*end].links += 1;
      totals[*end].strength += edge.weight;
    }
  }

  out << "{\n  \"network\": {\n    \"items\": [";
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
    const auto& node = graph.nodes[i];
    out << (i == 0 ? "\n" : ",\n") << item(node, graph.node_weight_name, totals[node.id], clusters);
  }
  out << (graph.nodes.empty() ? "],\n" : "\n    ],\n") << "    \"links\": [";
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    const auto& edge = graph.edges[i];
    const std::string strength = non_negative(
        edge.weight, "the strength of edge '" + edge.source + "' - '" + edge.target + "'");
    out << (i == 0 ? "\n" : ",\n") << "      {\"source_id\": " << json_quoted(edge.source)
        << ", \"target_id\": " << json_quoted(edge.target) << ", \"strength\": " << strength << "}";
  }
  out << (graph.edges.empty() ? "],\n" : "\n    ],\n") << "    \"clusters\": [";
  std::size_t n = 0;
  for (const auto& group : groups) {
    out << (n++ == 0 ? "\n" : ",\n") << "      {\"cluster\": " << clusters.at(group)
        << ", \"label\": " << json_quoted(group) << "}";
  }
  out << (groups.empty() ? "]\n" : "\n    ]\n") << "  }\n}\n";
}

}  // namespace exporter
