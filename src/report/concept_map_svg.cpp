// report/concept_map_svg.cpp — the concept map as a Graphviz graph: attributes, layout, SVG.
#include "report/concept_map_svg.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>

#include "report/error.hpp"
#include "report/graphviz_handles.hpp"
#include "report/numbers.hpp"
#include "report/svg_fragment.hpp"
#include "report/text.hpp"

namespace report {

namespace {

struct Colours {
  const char* fill;
  const char* stroke;
};

// Pale fills that keep dark text readable, with a darker outline of the same hue
// (after the Okabe–Ito palette, which colour-blind readers can tell apart).
constexpr std::array<Colours, 8> kPalette{{
    {"#d7e6f4", "#2f6ea5"},
    {"#fbe2c6", "#c0661d"},
    {"#d3eedc", "#2e8555"},
    {"#e7dcf1", "#7a4fa3"},
    {"#f7d7db", "#b23a48"},
    {"#d2eeee", "#1f8585"},
    {"#f5edc4", "#927708"},
    {"#e3e3e3", "#5f5f5f"},
}};
constexpr Colours kUngrouped = kPalette[0];
constexpr std::size_t kWrapAbove = 14;  // labels longer than this go on two lines

// The label as Graphviz reads it: `\` starts an escape (\N, \n) and '&' an entity there.
std::string graphviz_label(const std::string& text) {
  std::string out;
  for (const char c : repair_text(text)) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '&')
      out += "&amp;";
    else
      out += c;
  }
  return out;
}

// The label as Graphviz should show it: long labels on two lines, broken at the space
// nearest the middle.
std::string node_label(const std::string& text) {
  const std::string label = repair_text(text);
  if (count_characters(label) <= kWrapAbove) return graphviz_label(label);
  const std::size_t middle = label.size() / 2;
  std::size_t best = std::string::npos;
  for (std::size_t i = 0; i < label.size(); ++i) {
    if (label[i] != ' ') continue;
    const auto distance = [&](std::size_t at) { return at > middle ? at - middle : middle - at; };
    if (best == std::string::npos || distance(i) < distance(best)) best = i;
  }
  if (best == std::string::npos) return graphviz_label(label);
  return graphviz_label(label.substr(0, best)) + "\\n" + graphviz_label(label.substr(best + 1));
}

// Graphviz numbers: '.' as the mark whatever the C locale, fixed precision, so the layout
// input is the same on every machine.
std::string number(double value) {
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                    std::chars_format::fixed, 3);
  return std::string(buffer.data(), result.ptr);
}

double max_weight(const ConceptMap& map, bool of_nodes) {
  double max = 0;
  if (of_nodes) {
    for (const auto& node : map.nodes)
      max = std::max(max, node.weight);
  } else {
    for (const auto& edge : map.edges)
      max = std::max(max, edge.weight);
  }
  return max;
}

double share(double weight, double max) {
  return max > 0 ? weight / max : 1;
}

void set_graph_defaults(Agraph_t* graph) {
  using graphviz::set_attribute;
  set_attribute(graph, "overlap", "prism");           // remove overlaps, keeping the layout's shape
  set_attribute(graph, "sep", "+6");                  // points kept free around each node
  set_attribute(graph, "splines", "true");            // edges bend around nodes
  set_attribute(graph, "start", "random7");           // a fixed seed: the same layout every time
  set_attribute(graph, "pack", "true");               // separate components side by side
  set_attribute(graph, "outputorder", "edgesfirst");  // lines under the nodes
  set_attribute(graph, "pad", "0.15");
  set_attribute(graph, "bgcolor", "#ffffff");
}

std::string alpha_hex(double share_of_max) {
  const int alpha = 0x70 + static_cast<int>(std::lround(share_of_max * (0xD8 - 0x70)));
  std::array<char, 4> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%02x", alpha);
  return buffer.data();
}

}  // namespace

std::vector<GroupColour> group_colours(const ConceptMap& map) {
  std::vector<GroupColour> colours;
  for (const auto& node : map.nodes) {
    if (node.group.empty()) continue;
    const bool known = std::any_of(colours.begin(), colours.end(),
                                   [&](const GroupColour& c) { return c.group == node.group; });
    if (known) continue;
    const Colours& c = kPalette[colours.size() % kPalette.size()];
    colours.push_back({node.group, c.fill, c.stroke});
  }
  return colours;
}

std::string render_concept_map_svg(const ConceptMap& map, std::string_view id_prefix) {
  using graphviz::set_attribute;
  if (!has_figure(map))
    throw ReportError("concept map \"" + map.title +
                      "\" has no edges; the renderers show a note for it instead of a figure");
  const graphviz::MessageCapture capture;
  GVC_t* const context = graphviz::shared_context();
  const graphviz::Graph graph =
      graphviz::make_undirected_graph(map.title.empty() ? "concept map" : repair_text(map.title));
  set_graph_defaults(graph.get());

  std::map<std::string, GroupColour> colour_of_group;
  for (auto& colour : group_colours(map))
    colour_of_group[colour.group] = colour;

  const double max_node = max_weight(map, true);
  std::map<std::string, Agnode_t*> nodes;
  std::map<std::string, std::string> labels;
  for (const auto& node : map.nodes) {
    // Graphviz gets names of its own ("n0", "n1" …): any text in an id stays out of its way.
    const std::string name = "n" + std::to_string(nodes.size());
    Agnode_t* n = agnode(graph.get(), const_cast<char*>(name.c_str()), 1);
    const double s = std::sqrt(share(node.weight, max_node));
    const std::string label = node.label.empty() ? node.id : node.label;
    const auto group = colour_of_group.find(node.group);
    const std::string fill = group == colour_of_group.end() ? kUngrouped.fill : group->second.fill;
    const std::string stroke =
        group == colour_of_group.end() ? kUngrouped.stroke : group->second.stroke;
    set_attribute(n, "label", node_label(label));
    set_attribute(n, "tooltip", graphviz_label(label));
    set_attribute(n, "shape", "box");
    set_attribute(n, "style", "rounded,filled");
    set_attribute(n, "fontname", "Helvetica");
    set_attribute(n, "fontsize", number(10 + 6 * s));
    set_attribute(n, "fontcolor", "#1f2328");
    set_attribute(n, "margin", number(0.06 + 0.06 * s) + "," + number(0.03 + 0.04 * s));
    set_attribute(n, "penwidth", number(1 + s));
    set_attribute(n, "fillcolor", fill);
    set_attribute(n, "color", stroke);
    nodes[node.id] = n;
    labels[node.id] = label;
  }

  const double max_edge = max_weight(map, false);
  for (const auto& edge : map.edges) {
    Agedge_t* e = agedge(graph.get(), nodes.at(edge.source), nodes.at(edge.target), nullptr, 1);
    const double s = share(edge.weight, max_edge);
    set_attribute(e, "penwidth", number(1 + 5 * s));
    set_attribute(e, "color", "#5b6b7b" + alpha_hex(s));
    set_attribute(e, "len", number(1.1 - 0.5 * s));  // inches; strong pairs sit closer
    set_attribute(e, "tooltip",
                  graphviz_label(labels[edge.source] + " \xE2\x80\x93 " + labels[edge.target]));
  }

  const graphviz::Layout layout(context, graph.get(), "neato");
  return svg_fragment(graphviz::render(context, graph.get(), "svg"), id_prefix);
}

}  // namespace report
