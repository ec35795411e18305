// export/skos_turtle.cpp — Turtle literals and IRIs.
#include "export/skos_turtle.hpp"

#include <cstdio>
#include <stdexcept>

#include "store/utf8.hpp"

namespace exporter {

namespace {

bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

std::string turtle_string(std::string_view text) {
  std::string out = "\"";
  while (!text.empty()) {
    const char c = text[0];
    const auto u = static_cast<unsigned char>(c);
    std::size_t length = 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (u < 0x20 || u == 0x7F) {
          char escape[8];
          std::snprintf(escape, sizeof escape, "\\u%04X", u);
          out += escape;
        } else if (u < 0x80) {
          out += c;
        } else {
          length = store::utf8_sequence_length(text);
          if (length == 0) {
            out += "\\uFFFD";
            length = 1;
          } else {
            out.append(text.substr(0, length));
          }
        }
    }
    text.remove_prefix(length);
  }
  return out + "\"";
}

bool is_language_tag(std::string_view tag) {
  std::size_t i = 0;
  while (i < tag.size() && is_ascii_letter(tag[i]))
    ++i;
  if (i == 0) return false;
  while (i < tag.size()) {
    if (tag[i] != '-') return false;
    const std::size_t start = ++i;
    while (i < tag.size() && (is_ascii_letter(tag[i]) || is_ascii_digit(tag[i])))
      ++i;
    if (i == start) return false;
  }
  return true;
}

std::string iri_segment(std::string_view key) {
  std::string out;
  for (const char c : key) {
    if (is_ascii_letter(c) || is_ascii_digit(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      char escape[4];
      std::snprintf(escape, sizeof escape, "%%%02X", static_cast<unsigned char>(c));
      out += escape;
    }
  }
  return out;
}

std::string turtle_iri(std::string_view iri) {
  for (const char c : iri) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || std::string_view("<>\"{}|^`\\").find(c) != std::string_view::npos) {
      throw std::invalid_argument("'" + std::string(iri) +
                                  "' cannot be an IRI: it holds a space, a control character "
                                  "or one of <>\"{}|^`\\");
    }
  }
  return "<" + std::string(iri) + ">";
}

std::string skos_namespace(std::string_view base_uri) {
  std::size_t i = 0;
  while (i < base_uri.size() && (is_ascii_letter(base_uri[i]) ||
                                 (i > 0 && (is_ascii_digit(base_uri[i]) || base_uri[i] == '+' ||
                                            base_uri[i] == '-' || base_uri[i] == '.')))) {
    ++i;
  }
  if (i == 0 || i + 1 >= base_uri.size() || base_uri[i] != ':') {
    throw std::invalid_argument("the base URI '" + std::string(base_uri) +
                                "' is not absolute: give one like https://example.org/concepts/");
  }
  turtle_iri(base_uri);  // throws for characters an IRI cannot hold
  std::string ns(base_uri);
  if (ns.back() != '/' && ns.back() != '#') ns += '/';
  return ns;
}

}  // namespace exporter
