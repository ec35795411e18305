// export/graph.hpp — a network of nodes and weighted edges with typed attributes: what the
// GraphML, DOT and VOSviewer writers take, whatever the network is about.
//
// Nodes are identified by `id` (unique); an edge names two node ids. Attribute values are
// typed (integer, float, text, true/false) so that each format can declare them as such.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace exporter {

using AttributeValue = std::variant<std::int64_t, double, std::string, bool>;
// Sorted by name, so that every writer lists them in the same order.
using Attributes = std::map<std::string, AttributeValue>;

struct Graph {
  struct Node {
    std::string id;
    std::string label;
    double weight = 0;  // the node's size: mentions of a concept, for example
    std::string group;  // a category for colouring or clustering; empty when none
    Attributes attributes;
  };
  struct Edge {
    std::string source;
    std::string target;
    double weight = 0;  // the link's strength
    Attributes attributes;
  };

  std::vector<Node> nodes;
  std::vector<Edge> edges;
  bool directed = false;
  // What a node's weight counts, as a heading for formats that name it (VOSviewer's weights).
  std::string node_weight_name = "Weight";
};

// Throws std::invalid_argument when two nodes share an id, an edge names a node the graph does
// not hold, a weight is not finite, or an attribute is called like a built-in field ("label",
// "weight", "group" of a node; "weight" of an edge) — each message names the node or edge.
void check_graph(const Graph& graph);

// A number as the shortest text that reads back as the same double ("0.25", "3", "1e-07").
// Throws std::invalid_argument for NaN and infinity, which the formats cannot hold.
std::string graph_number(double value);

// The groups of the graph's nodes, sorted, each once, without the empty group.
std::vector<std::string> graph_groups(const Graph& graph);

}  // namespace exporter
