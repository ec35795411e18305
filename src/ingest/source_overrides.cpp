// ingest/source_overrides.cpp — db/sources.toml → SourceOverrides.
#include "ingest/source_overrides.hpp"

#include "ingest/curated_file.hpp"

#include <toml++/toml.h>

#include <string>
#include <vector>

namespace ingest {

namespace {

class Reader {
 public:
  explicit Reader(std::filesystem::path path) : path_(std::move(path)) {}

  [[noreturn]] void fail(const toml::node& node, const std::string& message) const {
    const auto line = node.source().begin.line;
    throw SourceOverridesError(path_.string() + (line > 0 ? ":" + std::to_string(line) : "") +
                               ": " + message);
  }

  // keys, reason and evidence of one [[same]] or [[apart]] table.
  struct Decision {
    std::vector<std::string> keys;
    std::string reason;
  };

  Decision read(const toml::node& node, const char* what, std::size_t min_keys) const {
    const toml::table* table = node.as_table();
    if (table == nullptr) fail(node, std::string("[[") + what + "] must be a table");
    for (const auto& [key, value] : *table) {
      const std::string k(key.str());
      if (k != "keys" && k != "reason" && k != "evidence") {
        fail(value, "unknown key '" + k + "' in [[" + what + "]] (known: keys, reason, evidence)");
      }
    }
    Decision d;
    const toml::array* keys = (*table)["keys"].as_array();
    if (keys == nullptr) fail(node, std::string("[[") + what + "]] needs keys = [\"...\", ...]");
    for (const toml::node& k : *keys) {
      const auto text = k.value<std::string>();
      if (!text || text->empty()) fail(k, "keys must be non-empty strings (source keys)");
      d.keys.push_back(*text);
    }
    if (d.keys.size() < min_keys) {
      fail(node,
           std::string("[[") + what + "]] needs at least " + std::to_string(min_keys) + " keys");
    }
    const auto reason = (*table)["reason"].value<std::string>();
    const auto evidence = (*table)["evidence"].value<std::string>();
    if (!reason || reason->empty()) fail(node, std::string("[[") + what + "]] needs a reason");
    if (!evidence || evidence->empty()) {
      fail(node, std::string("[[") + what + "]] needs evidence = \"file:line\" from the corpus");
    }
    d.reason = *reason + " (" + *evidence + ")";
    return d;
  }

 private:
  std::filesystem::path path_;
};

}  // namespace

SourceOverrides load_source_overrides(const std::filesystem::path& path) {
  SourceOverrides out;
  std::error_code ec;
  if (path.empty() || !std::filesystem::exists(path, ec)) return out;
  if (auto too_large = curated_file_too_large(path, "source decisions file")) {
    throw SourceOverridesError(*too_large);
  }
  toml::table doc;
  try {
    doc = toml::parse_file(path.string());
  } catch (const toml::parse_error& e) {
    throw SourceOverridesError(path.string() + ":" + std::to_string(e.source().begin.line) + ": " +
                               std::string(e.description()));
  }
  const Reader reader(path);
  for (const auto& [key, value] : doc) {
    const std::string k(key.str());
    if (k != "same" && k != "apart") {
      reader.fail(value, "unknown table '" + k + "' (known: [[same]], [[apart]])");
    }
    const toml::array* items = value.as_array();
    if (items == nullptr) reader.fail(value, "'" + k + "' must be written [[" + k + "]]");
    for (const toml::node& item : *items) {
      if (k == "same") {
        auto d = reader.read(item, "same", 2);
        out.merges.push_back({std::move(d.keys), std::move(d.reason)});
      } else {
        auto d = reader.read(item, "apart", 2);
        if (d.keys.size() != 2) reader.fail(item, "[[apart]] takes exactly two keys");
        out.aparts.push_back({d.keys[0], d.keys[1], d.reason});
      }
    }
  }
  return out;
}

}  // namespace ingest
