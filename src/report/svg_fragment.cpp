// report/svg_fragment.cpp — prolog, DOCTYPE and comments out; ids prefixed.
#include "report/svg_fragment.hpp"

#include <charconv>

#include "report/error.hpp"

namespace report {

namespace {

std::string without_comments(std::string_view text) {
  std::string out;
  std::size_t at = 0;
  while (true) {
    const std::size_t start = text.find("<!--", at);
    if (start == std::string_view::npos) break;
    const std::size_t end = text.find("-->", start + 4);
    if (end == std::string_view::npos) break;  // an unclosed comment is left for the parser
    out.append(text.substr(at, start - at));
    at = end + 3;
    // A comment on a line of its own leaves no empty line behind.
    if (at < text.size() && text[at] == '\n' && (start == 0 || text[start - 1] == '\n')) ++at;
  }
  out.append(text.substr(at));
  return out;
}

std::string replace_all(const std::string& text, std::string_view from, std::string_view to) {
  std::string out;
  std::size_t at = 0;
  while (true) {
    const std::size_t hit = text.find(from, at);
    if (hit == std::string::npos) break;
    out.append(text, at, hit - at);
    out.append(to);
    at = hit + from.size();
  }
  out.append(text, at);
  return out;
}

}  // namespace

std::string svg_fragment(std::string_view svg, std::string_view prefix) {
  const std::size_t root = svg.find("<svg");
  if (root == std::string_view::npos)
    throw ReportError("the SVG to inline has no <svg> element; this is a bug in the renderer");
  std::string text = without_comments(svg.substr(root));
  const std::string p(prefix);
  text = replace_all(text, " id=\"", " id=\"" + p);
  text = replace_all(text, "href=\"#", "href=\"#" + p);
  text = replace_all(text, "url(#", "url(#" + p);
  return text;
}

double svg_width_in_pixels(std::string_view svg) {
  const std::size_t root = svg.find("<svg");
  if (root == std::string_view::npos) return 0;
  const std::string_view tag = svg.substr(root, svg.find('>', root) - root);
  std::size_t at = tag.find(" width=\"");
  if (at == std::string_view::npos) at = tag.find("\nwidth=\"");
  if (at == std::string_view::npos) return 0;
  const std::string_view value = tag.substr(at + 8);
  double number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc()) return 0;
  const std::string_view unit = value.substr(static_cast<std::size_t>(end - value.data()));
  if (unit.rfind("\"", 0) == 0 || unit.rfind("px\"", 0) == 0) return number;
  if (unit.rfind("pt\"", 0) == 0) return number * 4 / 3;
  return 0;
}

}  // namespace report
