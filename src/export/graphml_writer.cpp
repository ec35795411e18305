// export/graphml_writer.cpp — GraphML keys with types, then the nodes and edges.
#include "export/graphml_writer.hpp"

#include <map>
#include <stdexcept>
#include <string>

#include "store/utf8.hpp"

namespace exporter {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// `text` for XML character data or an attribute value in double quotes. Control characters
// that XML 1.0 does not allow are dropped, invalid UTF-8 becomes U+FFFD.
std::string xml_text(std::string_view text) {
  std::string out;
  while (!text.empty()) {
    const char c = text[0];
    const auto u = static_cast<unsigned char>(c);
    std::size_t length = 1;
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\t':
        out += "&#9;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        if (u < 0x20) break;
        if (u < 0x80) {
          out += c;
          break;
        }
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
  return out;
}

enum class KeyType { kLong, kDouble, kString, kBoolean };

std::string_view type_name(KeyType type) {
  switch (type) {
    case KeyType::kLong:
      return "long";
    case KeyType::kDouble:
      return "double";
    case KeyType::kString:
      return "string";
    case KeyType::kBoolean:
      return "boolean";
  }
  return "string";
}

KeyType type_of(const AttributeValue& value) {
  switch (value.index()) {
    case 0:
      return KeyType::kLong;
    case 1:
      return KeyType::kDouble;
    case 2:
      return KeyType::kString;
    default:
      return KeyType::kBoolean;
  }
}

struct Key {
  std::string id;  // "n3", "e1"
  KeyType type;
};

// The attribute keys of nodes or edges, with one type each.
class KeyTable {
 public:
  explicit KeyTable(char prefix) : prefix_(prefix) {}

  void add(const std::string& name, KeyType type, std::string_view owner) {
    const auto [it, inserted] =
        keys_.emplace(name, Key{prefix_ + std::to_string(order_.size()), type});
    if (inserted) {
      order_.push_back(name);
      return;
    }
    KeyType& known = it->second.type;
    if (known == type) return;
    const bool numbers = (known == KeyType::kLong || known == KeyType::kDouble) &&
                         (type == KeyType::kLong || type == KeyType::kDouble);
    if (!numbers) {
      throw std::invalid_argument("the " + std::string(owner) + " attribute '" + name +
                                  "' holds values of different kinds (" +
                                  std::string(type_name(known)) + " and " +
                                  std::string(type_name(type)) + "): give it one kind");
    }
    known = KeyType::kDouble;
  }

  const Key& at(const std::string& name) const { return keys_.at(name); }

  void declare(std::string& out, std::string_view for_what) const {
    for (const auto& name : order_) {
      const Key& key = keys_.at(name);
      out += "  <key id=\"" + key.id + "\" for=\"" + std::string(for_what) + "\" attr.name=\"" +
             xml_text(name) + "\" attr.type=\"" + std::string(type_name(key.type)) + "\"/>\n";
    }
  }

 private:
  char prefix_;
  std::map<std::string, Key> keys_;
  std::vector<std::string> order_;  // names in the order they were first seen
};

std::string value_text(const AttributeValue& value, KeyType declared) {
  if (const auto* i = std::get_if<std::int64_t>(&value)) {
    return declared == KeyType::kDouble ? graph_number(static_cast<double>(*i))
                                        : std::to_string(*i);
  }
  if (const auto* d = std::get_if<double>(&value)) return graph_number(*d);
  if (const auto* s = std::get_if<std::string>(&value)) return xml_text(*s);
  return std::get<bool>(value) ? "true" : "false";
}

void add_data(std::string& out, const Key& key, const std::string& text) {
  out += "      <data key=\"" + key.id + "\">" + text + "</data>\n";
}

void add_attributes(std::string& out, const Attributes& attributes, const KeyTable& keys) {
  for (const auto& [name, value] : attributes) {
    const Key& key = keys.at(name);
    add_data(out, key, value_text(value, key.type));
  }
}

}  // namespace

void write_graphml(const Graph& graph, std::ostream& out) {
  check_graph(graph);
  KeyTable node_keys('n');
  node_keys.add("label", KeyType::kString, "node");
  node_keys.add("weight", KeyType::kDouble, "node");
  node_keys.add("group", KeyType::kString, "node");
  for (const auto& node : graph.nodes) {
    for (const auto& [name, value] : node.attributes)
      node_keys.add(name, type_of(value), "node");
  }
  KeyTable edge_keys('e');
  edge_keys.add("weight", KeyType::kDouble, "edge");
  for (const auto& edge : graph.edges) {
    for (const auto& [name, value] : edge.attributes)
      edge_keys.add(name, type_of(value), "edge");
  }

  std::string text =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  node_keys.declare(text, "node");
  edge_keys.declare(text, "edge");
  text += std::string("  <graph id=\"G\" edgedefault=\"") +
          (graph.directed ? "directed" : "undirected") + "\">\n";
  out << text;

  for (const auto& node : graph.nodes) {
    text = "    <node id=\"" + xml_text(node.id) + "\">\n";
    add_data(text, node_keys.at("label"), xml_text(node.label));
    add_data(text, node_keys.at("weight"), graph_number(node.weight));
    if (!node.group.empty()) add_data(text, node_keys.at("group"), xml_text(node.group));
    add_attributes(text, node.attributes, node_keys);
    out << text << "    </node>\n";
  }
  for (const auto& edge : graph.edges) {
    text = "    <edge source=\"" + xml_text(edge.source) + "\" target=\"" + xml_text(edge.target) +
           "\">\n";
    add_data(text, edge_keys.at("weight"), graph_number(edge.weight));
    add_attributes(text, edge.attributes, edge_keys);
    out << text << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace exporter
