// export/dot_writer.cpp — DOT statements for nodes and edges, with widths and colours.
#include "export/dot_writer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "store/utf8.hpp"

namespace exporter {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";
constexpr int kPaletteSize = 12;  // colours in Graphviz's Brewer scheme "set312"

std::string attribute_text(const AttributeValue& value) {
  if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&value)) return graph_number(*d);
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  return std::get<bool>(value) ? "true" : "false";
}

// "group: leiderschap\ndocuments: 3\n..." — one line per attribute that has a value.
std::string tooltip(const std::string& first_line, const Attributes& attributes) {
  std::string out = first_line;
  for (const auto& [name, value] : attributes) {
    const std::string text = attribute_text(value);
    if (!text.empty()) out += "\n" + name + ": " + text;
  }
  return out;
}

// 0 .. 1: the weight relative to the largest weight (0 when there is no positive weight).
double relative(double weight, double largest) {
  return largest > 0 ? std::clamp(weight / largest, 0.0, 1.0) : 0.0;
}

std::string fixed(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

}  // namespace

std::string dot_quoted(std::string_view text) {
  std::string out = "\"";
  while (!text.empty()) {
    const char c = text[0];
    const auto u = static_cast<unsigned char>(c);
    std::size_t length = 1;
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (u < 0x20 || u == 0x7F) {
      // dropped: a tab or carriage return has no place in a label
    } else if (u < 0x80) {
      out += c;
    } else {
      length = store::utf8_sequence_length(text);
      if (length == 0) {
        out += kReplacementCharacter;
        length = 1;
      } else {
        out.append(text.substr(0, length));
      }
    }
    text.remove_prefix(length);
  }
  return out + "\"";
}

void write_dot(const Graph& graph, std::ostream& out) {
  check_graph(graph);
  std::map<std::string, int> colour;  // group -> 1 .. kPaletteSize
  for (const auto& group : graph_groups(graph)) {
    colour.emplace(group, static_cast<int>(colour.size()) % kPaletteSize + 1);
  }
  double heaviest = 0;
  for (const auto& node : graph.nodes)
    heaviest = std::max(heaviest, node.weight);
  double strongest = 0;
  for (const auto& edge : graph.edges)
    strongest = std::max(strongest, edge.weight);

  out << (graph.directed ? "digraph {\n" : "graph {\n")
      << "  node [shape=ellipse, style=filled, colorscheme=set312, fillcolor=\"#ffffff\", "
         "fontname=\"Helvetica\"];\n"
      << "  edge [color=\"#00000066\"];\n";
  for (const auto& node : graph.nodes) {
    std::string line = "  " + dot_quoted(node.id) + " [label=" + dot_quoted(node.label);
    if (!node.group.empty()) line += ", fillcolor=" + std::to_string(colour.at(node.group));
    // Area-like growth: a node with four times the weight gets twice the letter size.
    line += ", fontsize=" + fixed(10 + 10 * std::sqrt(relative(node.weight, heaviest)));
    const std::string first = node.group.empty() ? node.id : node.id + " (" + node.group + ")";
    line += ", tooltip=" +
            dot_quoted(tooltip(first + "\nweight: " + graph_number(node.weight), node.attributes));
    out << line << "];\n";
  }
  const std::string_view arrow = graph.directed ? " -> " : " -- ";
  for (const auto& edge : graph.edges) {
    std::string line = "  " + dot_quoted(edge.source) + std::string(arrow) +
                       dot_quoted(edge.target) +
                       " [penwidth=" + fixed(1 + 4 * relative(edge.weight, strongest));
    const std::string first =
        edge.source + std::string(arrow) + edge.target + "\nweight: " + graph_number(edge.weight);
    line += ", tooltip=" + dot_quoted(tooltip(first, edge.attributes));
    out << line << "];\n";
  }
  out << "}\n";
}

}  // namespace exporter
