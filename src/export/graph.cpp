// export/graph.cpp — checks and helpers shared by the graph writers.
#include "export/graph.hpp"

#include <charconv>
#include <cmath>
#include <set>
#include <stdexcept>

namespace exporter {

namespace {

void check_attribute_names(const Attributes& attributes, const std::vector<std::string>& reserved,
                           const std::string& owner) {
  for (const auto& name : reserved) {
    if (attributes.count(name) > 0) {
      throw std::invalid_argument(owner + " has an attribute called '" + name +
                                  "', which is a field of its own: rename the attribute");
    }
  }
  for (const auto& [name, value] : attributes) {
    if (name.empty()) throw std::invalid_argument(owner + " has an attribute without a name");
    if (const auto* d = std::get_if<double>(&value); d != nullptr && !std::isfinite(*d)) {
      throw std::invalid_argument(owner + ": attribute '" + name + "' is not a finite number");
    }
  }
}

void check_weight(double weight, const std::string& owner) {
  if (!std::isfinite(weight)) {
    throw std::invalid_argument(owner + " has a weight that is not a finite number");
  }
}

}  // namespace

void check_graph(const Graph& graph) {
  std::set<std::string> ids;
  for (const auto& node : graph.nodes) {
    const std::string owner = "node '" + node.id + "'";
    if (!ids.insert(node.id).second) {
      throw std::invalid_argument("two nodes have the id '" + node.id + "': ids must be unique");
    }
    check_weight(node.weight, owner);
    check_attribute_names(node.attributes, {"label", "weight", "group"}, owner);
  }
  for (const auto& edge : graph.edges) {
    const std::string owner = "edge '" + edge.source + "' - '" + edge.target + "'";
    for (const auto* end : {&edge.source, &edge.target}) {
      if (ids.count(*end) == 0) {
        throw std::invalid_argument(owner + " names the node '" + *end +
                                    "', which the graph does not hold: add the node first");
      }
    }
    check_weight(edge.weight, owner);
    check_attribute_names(edge.attributes, {"weight"}, owner);
  }
}

std::string graph_number(double value) {
  if (!std::isfinite(value)) {
    throw std::invalid_argument("a graph weight or attribute is not a finite number");
  }
  char text[64];
  const auto result = std::to_chars(text, text + sizeof text, value);
  return std::string(text, result.ptr);
}

std::vector<std::string> graph_groups(const Graph& graph) {
  std::set<std::string> groups;
  for (const auto& node : graph.nodes) {
    if (!node.group.empty()) groups.insert(node.group);
  }
  return {groups.begin(), groups.end()};
}

}  // namespace exporter
