// tests/report/svg_probe.hpp — small readers for the SVG and HTML the tests check: the
// attributes of elements, ids, base64 data: URIs. Enough for our own output (the client
// checks parse it with xmllint).
#pragma once

#include <map>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace svg_probe {

// The attributes of every start tag `<name ...>` in `text` whose attributes include all of
// `required` (e.g. {{"class", "bar"}}), in document order.
inline std::vector<std::map<std::string, std::string>> elements(
    const std::string& text, const std::string& name,
    const std::map<std::string, std::string>& required = {}) {
  std::vector<std::map<std::string, std::string>> found;
  const std::regex tag("<" + name + "\\b([^>]*)>");
  const std::regex attribute("([A-Za-z_:][-A-Za-z0-9_:.]*)=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), tag); it != std::sregex_iterator();
       ++it) {
    std::map<std::string, std::string> attributes;
    const std::string body = (*it)[1];
    for (auto a = std::sregex_iterator(body.begin(), body.end(), attribute);
         a != std::sregex_iterator(); ++a)
      attributes[(*a)[1]] = (*a)[2];
    bool wanted = true;
    for (const auto& [key, value] : required) {
      const auto hit = attributes.find(key);
      if (hit == attributes.end() || hit->second != value) wanted = false;
    }
    if (wanted) found.push_back(std::move(attributes));
  }
  return found;
}

// Every value of an id="..." attribute in `text`.
inline std::vector<std::string> ids(const std::string& text) {
  std::vector<std::string> found;
  const std::regex id(" id=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), id); it != std::sregex_iterator();
       ++it)
    found.push_back((*it)[1]);
  return found;
}

inline std::string decode_base64(const std::string& text) {
  static const std::string alphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (const char c : text) {
    const auto at = alphabet.find(c);
    if (at == std::string::npos) continue;  // '=' padding
    bits = bits << 6 | static_cast<unsigned>(at);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>(bits >> count & 0xFF);
    }
  }
  return out;
}

inline constexpr std::string_view kDataUriStart = "src=\"data:image/svg+xml;base64,";

// The SVG documents embedded as data: URIs in `html`, in order. (Found without std::regex,
// whose recursive matcher overflows the stack on long base64 runs.)
inline std::vector<std::string> data_uri_svgs(const std::string& html) {
  std::vector<std::string> found;
  for (auto at = html.find(kDataUriStart); at != std::string::npos;
       at = html.find(kDataUriStart, at + 1)) {
    const auto start = at + kDataUriStart.size();
    found.push_back(decode_base64(html.substr(start, html.find('"', start) - start)));
  }
  return found;
}

inline std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
    ++n;
  return n;
}

}  // namespace svg_probe
