// ingest/manifest.cpp — loading db/corpus.toml with toml++ and checking it strictly.
#include "ingest/manifest.hpp"

#include "ingest/curated_file.hpp"

#include <toml++/toml.h>
#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace ingest {

namespace {

constexpr int kManifestSchema = 1;

// Builds "source:line: message" errors for one manifest.
class Reporter {
 public:
  explicit Reporter(const std::string& source) : source_(source) {}

  [[noreturn]] void fail(int line, const std::string& message) const {
    std::string where = source_;
    if (line > 0) where += ":" + std::to_string(line);
    throw ManifestError(where + ": " + message);
  }

 private:
  const std::string& source_;
};

int line_of(const toml::node& node) {
  return static_cast<int>(node.source().begin.line);
}

// Reads the fields of one TOML table, refusing keys it was not asked about.
class TableReader {
 public:
  TableReader(const toml::table& table, std::string what, const Reporter& reporter)
      : table_(table), what_(std::move(what)), reporter_(reporter) {}

  int line() const { return line_of(table_); }

  std::string required_string(std::string_view key) {
    auto value = optional_string(key);
    if (!value) reporter_.fail(line(), what_ + " has no '" + std::string(key) + "' (required)");
    if (value->empty()) reporter_.fail(line(), what_ + ": '" + std::string(key) + "' is empty");
    return *value;
  }

  std::optional<std::string> optional_string(std::string_view key) {
    const toml::node* node = find(key);
    if (node == nullptr) return std::nullopt;
    if (!node->is_string()) type_error(*node, key, "a string");
    return node->as_string()->get();
  }

  std::optional<int> optional_int(std::string_view key) {
    const toml::node* node = find(key);
    if (node == nullptr) return std::nullopt;
    if (!node->is_integer()) type_error(*node, key, "an integer");
    const auto value = node->as_integer()->get();
    if (value < 0 || value > 1'000'000'000) {
      reporter_.fail(line_of(*node), "'" + std::string(key) + "' is out of range");
    }
    return static_cast<int>(value);
  }

  int required_int(std::string_view key) {
    auto value = optional_int(key);
    if (!value) reporter_.fail(line(), what_ + " has no '" + std::string(key) + "' (required)");
    return *value;
  }

  std::vector<std::string> string_list(std::string_view key) {
    std::vector<std::string> out;
    const toml::node* node = find(key);
    if (node == nullptr) return out;
    if (!node->is_array()) type_error(*node, key, "a list of strings");
    for (const toml::node& item : *node->as_array()) {
      if (!item.is_string()) type_error(item, key, "a list of strings");
      out.push_back(item.as_string()->get());
    }
    return out;
  }

  const toml::array* table_list(std::string_view key) {
    const toml::node* node = find(key);
    if (node == nullptr) return nullptr;
    if (!node->is_array_of_tables()) type_error(*node, key, "a list of tables ([[...]])");
    return node->as_array();
  }

  // Fails on the first key of the table that was never asked for (a typo, usually).
  void refuse_unknown_keys() const {
    for (const auto& [key, node] : table_) {
      if (!seen_.contains(std::string(key.str()))) {
        const int at =
            key.source().begin.line > 0 ? static_cast<int>(key.source().begin.line) : line_of(node);
        reporter_.fail(at, "unknown key '" + std::string(key.str()) + "' in " + what_ +
                               " (known keys: " + known_keys() + ")");
      }
    }
  }

 private:
  const toml::node* find(std::string_view key) {
    seen_.insert(std::string(key));
    return table_.get(key);
  }

  [[noreturn]] void type_error(const toml::node& node, std::string_view key,
                               const std::string& expected) const {
    reporter_.fail(line_of(node),
                   "'" + std::string(key) + "' in " + what_ + " must be " + expected);
  }

  std::string known_keys() const {
    std::string out;
    for (const auto& key : seen_)
      out += (out.empty() ? "" : ", ") + key;
    return out;
  }

  const toml::table& table_;
  std::string what_;
  const Reporter& reporter_;
  std::set<std::string> seen_;
};

void check_kind(const std::string& kind, int line, const Reporter& reporter) {
  const auto& kinds = document_kinds();
  if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end()) return;
  std::string known;
  for (auto k : kinds)
    known += (known.empty() ? "" : ", ") + std::string(k);
  reporter.fail(line, "unknown kind '" + kind + "' (known kinds: " + known + ")");
}

void read_identity(TableReader& reader, DocumentIdentity& doc, const Reporter& reporter) {
  doc.manifest_line = reader.line();
  doc.key = reader.required_string("key");
  doc.title = reader.optional_string("title").value_or("");
  doc.subtitle = reader.optional_string("subtitle").value_or("");
  doc.authors = reader.string_list("authors");
  doc.year = reader.optional_int("year");
  doc.year_end = reader.optional_int("year_end");
  doc.kind = reader.required_string("kind");
  doc.inferred = reader.string_list("inferred");
  doc.note = reader.optional_string("note").value_or("");
  check_kind(doc.kind, doc.manifest_line, reporter);
  if (doc.year_end && (!doc.year || *doc.year_end < *doc.year)) {
    reporter.fail(doc.manifest_line, "'" + doc.key + "': year_end needs a year not after it");
  }
  for (const auto& field : doc.inferred) {
    if (field != "title" && field != "authors" && field != "year") {
      reporter.fail(doc.manifest_line, "'" + doc.key +
                                           "': inferred may list title, authors "
                                           "and year, not '" +
                                           field + "'");
    }
  }
}

bool is_sha256_hex(const std::string& s) {
  return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

ManifestPart read_part(const toml::table& table, const std::string& file_key,
                       const Reporter& reporter) {
  TableReader reader(table, "a [[file.part]] of file '" + file_key + "'", reporter);
  ManifestPart part;
  read_identity(reader, part, reporter);
  part.first_line = reader.required_int("first_line");
  part.last_line = reader.required_int("last_line");
  reader.refuse_unknown_keys();
  if (part.first_line < 1 || part.first_line > part.last_line) {
    reporter.fail(part.manifest_line, "part '" + part.key +
                                          "': first_line must be at least 1 "
                                          "and not after last_line");
  }
  return part;
}

ManifestFile read_file(const toml::table& table, const Reporter& reporter) {
  TableReader reader(table, "a [[file]]", reporter);
  ManifestFile file;
  read_identity(reader, file, reporter);
  file.name = reader.required_string("name");
  file.sha256 = reader.required_string("sha256");
  file.language = reader.required_string("language");
  if (!is_sha256_hex(file.sha256)) {
    reporter.fail(file.manifest_line, "file '" + file.name +
                                          "': sha256 must be 64 lowercase "
                                          "hex digits (as `sha256sum` prints them)");
  }
  if (file.name.find('/') != std::string::npos || file.name == "." || file.name == "..") {
    reporter.fail(file.manifest_line, "file '" + file.name +
                                          "': name must be a plain file "
                                          "name inside the corpus folder");
  }
  if (const toml::array* parts = reader.table_list("part")) {
    for (const toml::node& node : *parts) {
      ManifestPart part = read_part(*node.as_table(), file.key, reporter);
      if (!file.parts.empty() && part.first_line <= file.parts.back().last_line) {
        reporter.fail(part.manifest_line,
                      "part '" + part.key + "' starts at line " + std::to_string(part.first_line) +
                          ", inside or before the previous part '" + file.parts.back().key +
                          "' (parts must be in line order and must not overlap)");
      }
      file.parts.push_back(std::move(part));
    }
  }
  reader.refuse_unknown_keys();
  return file;
}

void check_unique_keys(const Manifest& manifest, const Reporter& reporter) {
  std::set<std::string> keys;
  std::set<std::string> names;
  auto claim = [&](const DocumentIdentity& doc) {
    if (!keys.insert(doc.key).second) {
      reporter.fail(doc.manifest_line, "key '" + doc.key + "' is used twice");
    }
  };
  for (const auto& file : manifest.files) {
    if (!names.insert(file.name).second) {
      reporter.fail(file.manifest_line, "file '" + file.name + "' is listed twice");
    }
    claim(file);
    for (const auto& part : file.parts)
      claim(part);
  }
}

}  // namespace

const std::vector<std::string_view>& document_kinds() {
  static const std::vector<std::string_view> kinds = {
      "essay",     "article", "magazine", "book", "report",       "chapter",    "editorial",
      "interview", "column",  "practice", "ad",   "front_matter", "back_matter"};
  return kinds;
}

Manifest parse_manifest(std::string_view text, const std::string& source) {
  const Reporter reporter(source);
  toml::table root;
  try {
    root = toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    reporter.fail(static_cast<int>(e.source().begin.line), std::string(e.description()));
  }
  Manifest manifest;
  manifest.source = source;
  TableReader reader(root, "the manifest", reporter);
  const int schema = reader.optional_int("schema").value_or(kManifestSchema);
  if (schema != kManifestSchema) {
    reporter.fail(1, "manifest schema " + std::to_string(schema) +
                         " is not supported (this "
                         "conceptdb reads schema " +
                         std::to_string(kManifestSchema) + ")");
  }
  if (const toml::array* files = reader.table_list("file")) {
    for (const toml::node& node : *files)
      manifest.files.push_back(read_file(*node.as_table(), reporter));
  }
  reader.refuse_unknown_keys();
  if (manifest.files.empty()) reporter.fail(0, "the manifest lists no [[file]]");
  check_unique_keys(manifest, reporter);
  return manifest;
}

Manifest load_manifest(const std::filesystem::path& path) {
  if (auto too_large = curated_file_too_large(path, "corpus manifest")) {
    throw ManifestError(*too_large);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw ManifestError(path.string() +
                        ": cannot read the corpus manifest (give another one "
                        "with --manifest)");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse_manifest(text.str(), path.string());
}

}  // namespace ingest
