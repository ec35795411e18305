// ingest/vocabulary.cpp — loading and checking the concept vocabulary.
#include "ingest/vocabulary.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "ingest/concept_tokens.hpp"
#include "ingest/curated_file.hpp"
#include "ingest/sha256.hpp"

namespace ingest {

namespace {

std::string join_errors(const std::vector<std::string>& errors) {
  std::string out;
  for (const std::string& e : errors) {
    if (!out.empty()) out += '\n';
    out += e;
  }
  return out;
}

bool valid_key(const std::string& key) {
  if (key.empty() || key.front() == '-' || key.back() == '-') return false;
  return std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// Reads the [[concept]] tables of one file, collecting errors instead of stopping at the first.
class FileReader {
 public:
  FileReader(std::filesystem::path path, const EvidenceFiles& files,
             std::vector<std::string>& errors)
      : path_(std::move(path)), files_(files), errors_(errors) {}

  void read(const toml::table& doc, std::vector<VocabularyConcept>& out) {
    std::string theme;
    bool theme_of_wrong_type = false;  // reported once, not again as a missing theme
    for (const auto& [name, value] : doc) {
      const std::string k(name.str());
      if (k == "theme") {
        if (const auto t = value.value<std::string>()) {
          theme = *t;
        } else {
          error(value, "", "theme must be a string");
          theme_of_wrong_type = true;
        }
      } else if (k != "concept") {
        error(value, "", "unknown top-level key '" + k + "' (known: theme, concept)");
      }
    }
    if (theme.empty() && !theme_of_wrong_type) {
      error(doc, "", "the file needs theme = \"...\" at the top");
    }
    const toml::array* concepts = doc["concept"].as_array();
    if (concepts == nullptr) {
      if (doc.contains("concept")) error(doc, "", "concept must be an array of [[concept]] tables");
      return;
    }
    for (const toml::node& node : *concepts) {
      const toml::table* table = node.as_table();
      if (table == nullptr) {
        error(node, "", "each concept must be a [[concept]] table");
        continue;
      }
      out.push_back(read_concept(*table, theme));
    }
  }

 private:
  void error(const toml::node& node, const std::string& key, const std::string& message) {
    const auto line = node.source().begin.line;
    std::string where = path_.string();
    if (line > 0) where += ":" + std::to_string(line);
    errors_.push_back(where + ": " + (key.empty() ? "" : "concept '" + key + "': ") + message);
  }

  int line_of(const toml::node& node) const { return static_cast<int>(node.source().begin.line); }

  VocabularyConcept read_concept(const toml::table& table, const std::string& theme) {
    VocabularyConcept c;
    c.theme = theme;
    c.file = path_;
    c.line = line_of(table);
    if (const auto key = table["key"].value<std::string>()) c.key = *key;
    if (c.key.empty()) {
      error(table, "", "a concept needs key = \"...\"");
    } else if (!valid_key(c.key)) {
      error(table, c.key, "the key must be lower-case ASCII letters, digits and '-'");
    }
    static const std::set<std::string> kKnown = {"key",    "pref",       "alt",    "hidden",
                                                 "exact",  "definition", "scope",  "relations",
                                                 "nested", "compounds",  "only_in"};
    for (const auto& [name, value] : table) {
      if (kKnown.count(std::string(name.str())) == 0) {
        error(value, c.key,
              "unknown field '" + std::string(name.str()) +
                  "' (known: key, pref, alt, hidden, exact, definition, scope, relations, nested, "
                  "compounds, only_in)");
      }
    }
    read_pref(table, c);
    read_language_lists(table, "alt", LabelKind::kAlternative, c);
    read_plain_list(table, "hidden", LabelKind::kHidden, false, c);
    read_plain_list(table, "exact", LabelKind::kAlternative, true, c);
    if (const auto d = table["definition"].value<std::string>(); d && !d->empty()) {
      c.definition = *d;
    } else {
      error(table, c.key, "a concept needs a definition (one or two Dutch sentences)");
    }
    if (const toml::node* s = table.get("scope")) {
      if (const auto text = s->value<std::string>()) {
        c.scope = *text;
      } else {
        error(*s, c.key, "scope must be a string");
      }
    }
    read_flag(table, "nested", c.nested, c);
    read_flag(table, "compounds", c.compounds, c);
    read_only_in(table, c);
    read_relations(table, c);
    check_disjoint(c);
    return c;
  }

  void read_flag(const toml::table& table, const char* name, bool& flag,
                 const VocabularyConcept& c) {
    if (const toml::node* n = table.get(name)) {
      if (const auto b = n->value<bool>()) {
        flag = *b;
      } else {
        error(*n, c.key, std::string(name) + " must be true or false");
      }
    }
  }

  void read_only_in(const toml::table& table, VocabularyConcept& c) {
    const toml::node* node = table.get("only_in");
    if (node == nullptr) return;
    const toml::array* list = node->as_array();
    if (list == nullptr || list->empty()) {
      error(*node, c.key, "only_in must be a non-empty list of file or document keys");
      return;
    }
    for (const toml::node& item : *list) {
      const auto key = item.value<std::string>();
      if (!key || key->empty()) {
        error(item, c.key, "only_in must list file or document keys (\"004\", \"001-p08\")");
        continue;
      }
      // A document key starts with its file's key ("001-p08" lies in "001").
      if (files_ && !files_(key->substr(0, key->find('-')))) {
        error(item, c.key, "only_in names '" + *key + "', which is in no corpus file");
        continue;
      }
      c.only_in.push_back(*key);
    }
  }

  void add_label(VocabularyConcept& c, const toml::node& node, std::string language, LabelKind kind,
                 bool exact) {
    const auto text = node.value<std::string>();
    if (!text || text->empty()) {
      error(node, c.key, "a label must be a non-empty string");
      return;
    }
    if (text->find_first_not_of(" \t") == std::string::npos ||
        tokenize_for_concepts(*text).empty()) {
      error(node, c.key, "the label '" + *text + "' has no letters or digits");
      return;
    }
    VocabularyLabel label;
    label.text = *text;
    label.language = std::move(language);
    label.kind = kind;
    label.exact = exact;
    label.case_sensitive = exact || looks_like_abbreviation(*text);
    label.line = line_of(node);
    c.labels.push_back(std::move(label));
  }

  void read_pref(const toml::table& table, VocabularyConcept& c) {
    const toml::node* pref = table.get("pref");
    const toml::table* languages = pref != nullptr ? pref->as_table() : nullptr;
    if (languages == nullptr) {
      error(pref != nullptr ? *pref : static_cast<const toml::node&>(table), c.key,
            "a concept needs pref = { nl = \"...\", en = \"...\" }");
      return;
    }
    // The Dutch label first, whatever order the table lists the languages in.
    std::vector<std::pair<std::string, const toml::node*>> ordered;
    for (const auto& [language, value] : *languages) {
      const std::string name(language.str());
      ordered.insert(name == "nl" ? ordered.begin() : ordered.end(), {name, &value});
    }
    for (const auto& [language, node] : ordered) {
      const toml::node& value = *node;
      if (value.is_array()) {
        error(value, c.key,
              "at most one preferred label per language: pref." + language +
                  " must be a single string (put the others in alt)");
        continue;
      }
      add_label(c, value, language, LabelKind::kPreferred, false);
    }
    if (!languages->contains("nl"))
      error(*pref, c.key, "the Dutch preferred label pref.nl is missing");
  }

  void read_language_lists(const toml::table& table, const char* field, LabelKind kind,
                           VocabularyConcept& c) {
    const toml::node* node = table.get(field);
    if (node == nullptr) return;
    const toml::table* languages = node->as_table();
    if (languages == nullptr) {
      error(*node, c.key, std::string(field) + " must be { nl = [...], en = [...] }");
      return;
    }
    for (const auto& [language, value] : *languages) {
      const toml::array* list = value.as_array();
      if (list == nullptr) {
        error(
            value, c.key,
            std::string(field) + "." + std::string(language.str()) + " must be a list of strings");
        continue;
      }
      for (const toml::node& item : *list)
        add_label(c, item, std::string(language.str()), kind, false);
    }
  }

  void read_plain_list(const toml::table& table, const char* field, LabelKind kind, bool exact,
                       VocabularyConcept& c) {
    const toml::node* node = table.get(field);
    if (node == nullptr) return;
    const toml::array* list = node->as_array();
    if (list == nullptr) {
      error(*node, c.key, std::string(field) + " must be a list of strings");
      return;
    }
    for (const toml::node& item : *list)
      add_label(c, item, "nl", kind, exact);
  }

  void read_relations(const toml::table& table, VocabularyConcept& c) {
    const toml::node* node = table.get("relations");
    if (node == nullptr) return;
    const toml::array* list = node->as_array();
    if (list == nullptr) {
      error(*node, c.key, "relations must be a list of { type = ..., to = ..., evidence = ... }");
      return;
    }
    for (const toml::node& item : *list) {
      const toml::table* r = item.as_table();
      if (r == nullptr) {
        error(item, c.key, "a relation must be { type = ..., to = ..., evidence = ... }");
        continue;
      }
      VocabularyRelation rel;
      rel.line = line_of(item);
      rel.type = r->get_as<std::string>("type") ? **r->get_as<std::string>("type") : "";
      rel.target = r->get_as<std::string>("to") ? **r->get_as<std::string>("to") : "";
      rel.note = r->get_as<std::string>("note") ? **r->get_as<std::string>("note") : "";
      const auto& types = relation_types();
      for (const auto& [name, value] : *r) {
        const std::string k(name.str());
        if (k != "type" && k != "to" && k != "evidence" && k != "note") {
          error(value, c.key,
                "unknown relation field '" + k + "' (known: type, to, evidence, note)");
        }
      }
      if (std::find(types.begin(), types.end(), rel.type) == types.end()) {
        std::string known;
        for (const std::string& t : types)
          known += (known.empty() ? "" : ", ") + t;
        error(item, c.key, "unknown relation type '" + rel.type + "' (known: " + known + ")");
        continue;
      }
      if (rel.target.empty()) {
        error(item, c.key, "the relation needs to = \"concept-key\"");
        continue;
      }
      if (rel.target == c.key) {
        error(item, c.key, "a concept cannot be related to itself");
        continue;
      }
      const auto evidence = r->get_as<std::string>("evidence");
      if (evidence == nullptr) {
        error(item, c.key, "the relation to '" + rel.target + "' needs evidence = \"FILE:LINE\"");
        continue;
      }
      if (!parse_evidence(**evidence, rel)) {
        error(item, c.key,
              "evidence '" + **evidence + "' must be FILE:LINE or FILE:FIRST-LAST (e.g. 000:118)");
        continue;
      }
      if (files_) {
        const auto lines = files_(rel.evidence_file);
        if (!lines) {
          error(item, c.key, "evidence '" + **evidence + "' names no corpus file");
          continue;
        }
        if (rel.last_line > *lines) {
          error(item, c.key,
                "evidence '" + **evidence + "' points past the end of file " + rel.evidence_file +
                    " (" + std::to_string(*lines) + " lines)");
          continue;
        }
      }
      for (const VocabularyRelation& earlier : c.relations) {
        if (earlier.type == rel.type && earlier.target == rel.target) {
          error(item, c.key, "the relation " + rel.type + " → " + rel.target + " is given twice");
        }
      }
      c.relations.push_back(std::move(rel));
    }
  }

  static bool parse_number(const std::string& text, int& out) {
    if (text.empty() || text.size() > 7) return false;
    if (!std::all_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
      return false;
    }
    out = std::stoi(text);
    return out > 0;
  }

  static bool parse_evidence(const std::string& text, VocabularyRelation& rel) {
    const auto colon = text.find(':');
    if (colon == std::string::npos || colon == 0) return false;
    rel.evidence_file = text.substr(0, colon);
    const std::string lines = text.substr(colon + 1);
    const auto dash = lines.find('-');
    if (dash == std::string::npos) {
      if (!parse_number(lines, rel.first_line)) return false;
      rel.last_line = rel.first_line;
      return true;
    }
    return parse_number(lines.substr(0, dash), rel.first_line) &&
           parse_number(lines.substr(dash + 1), rel.last_line) && rel.first_line <= rel.last_line;
  }

  void check_disjoint(const VocabularyConcept& c) {
    // SKOS keeps pref, alt and hidden labels apart within one language; the same word may be
    // the preferred label in two languages ("empowerment"). A hidden label clashes with any.
    auto text_of = [](const VocabularyLabel& l) {
      return l.case_sensitive ? l.text : fold_for_matching(l.text);
    };
    std::vector<const VocabularyLabel*> seen;
    for (const VocabularyLabel& label : c.labels) {
      const std::string text = text_of(label);
      const VocabularyLabel* clash = nullptr;
      for (const VocabularyLabel* other : seen) {
        const bool any_hidden =
            label.kind == LabelKind::kHidden || other->kind == LabelKind::kHidden;
        if (text_of(*other) == text && (any_hidden || other->language == label.language)) {
          clash = other;
          break;
        }
      }
      if (clash == nullptr) {
        seen.push_back(&label);
        continue;
      }
      errors_.push_back(path_.string() + ":" + std::to_string(label.line) + ": concept '" + c.key +
                        "': the label '" + label.text + "' is given twice (as " +
                        label_kind_name(clash->kind) + " on line " + std::to_string(clash->line) +
                        " and as " + label_kind_name(label.kind) +
                        "); pref, alt, hidden and exact labels must be disjoint");
    }
  }

  std::filesystem::path path_;
  const EvidenceFiles& files_;
  std::vector<std::string>& errors_;
};

std::string where(const VocabularyConcept& c, int line) {
  return c.file.string() + ":" + std::to_string(line) + ": concept '" + c.key + "': ";
}

// The checks that need all files: unique keys, labels claimed once, known relation targets.
void check_across(const std::vector<VocabularyConcept>& concepts,
                  std::vector<std::string>& errors) {
  std::map<std::string, const VocabularyConcept*> by_key;
  for (const VocabularyConcept& c : concepts) {
    if (c.key.empty()) continue;
    const auto [it, fresh] = by_key.emplace(c.key, &c);
    if (!fresh) {
      errors.push_back(where(c, c.line) + "duplicate key (first defined at " +
                       it->second->file.string() + ":" + std::to_string(it->second->line) + ")");
    }
  }
  std::map<std::string, std::pair<const VocabularyConcept*, const VocabularyLabel*>> claims;
  for (const VocabularyConcept& c : concepts) {
    for (const VocabularyLabel& label : c.labels) {
      const std::string key =
          (label.case_sensitive ? "=" + label.text : "~" + fold_for_matching(label.text));
      const auto [it, fresh] = claims.emplace(key, std::make_pair(&c, &label));
      if (!fresh && it->second.first != &c) {
        errors.push_back(where(c, label.line) + "the label '" + label.text +
                         "' is also claimed by concept '" + it->second.first->key + "' (" +
                         it->second.first->file.string() + ":" +
                         std::to_string(it->second.second->line) + ")");
      }
    }
    for (const VocabularyRelation& r : c.relations) {
      if (by_key.count(r.target) == 0) {
        errors.push_back(where(c, r.line) + "the relation " + r.type + " points to '" + r.target +
                         "', which no vocabulary file defines");
      }
    }
  }
}

}  // namespace

VocabularyError::VocabularyError(std::vector<std::string> errors)
    : std::runtime_error(join_errors(errors)), errors_(std::move(errors)) {}

const char* label_kind_name(LabelKind kind) {
  switch (kind) {
    case LabelKind::kPreferred:
      return "pref";
    case LabelKind::kAlternative:
      return "alt";
    case LabelKind::kHidden:
      return "hidden";
  }
  return "alt";
}

const std::vector<std::string>& relation_types() {
  static const std::vector<std::string> kTypes = {
      "broader", "related", "contrasts_with", "part_of", "leads_to", "requires", "example_of"};
  return kTypes;
}

namespace {

void parse_into(const std::string& text, const std::filesystem::path& name,
                const EvidenceFiles& files, std::vector<VocabularyConcept>& concepts,
                std::vector<std::string>& errors) {
  toml::table doc;
  try {
    doc = toml::parse(text, name.string());
  } catch (const toml::parse_error& e) {
    errors.push_back(name.string() + ":" + std::to_string(e.source().begin.line) + ": " +
                     std::string(e.description()));
    return;
  }
  FileReader(name, files, errors).read(doc, concepts);
}

}  // namespace

Vocabulary parse_vocabulary(const std::string& text, const std::filesystem::path& name,
                            const EvidenceFiles& files) {
  Vocabulary vocabulary;
  std::vector<std::string> errors;
  parse_into(text, name, files, vocabulary.concepts, errors);
  check_across(vocabulary.concepts, errors);
  if (!errors.empty()) throw VocabularyError(std::move(errors));
  vocabulary.files.push_back(name);
  vocabulary.hash = sha256_hex(name.filename().string() + '\n' + text);
  return vocabulary;
}

Vocabulary load_vocabulary(const std::filesystem::path& folder, const EvidenceFiles& files,
                           bool required) {
  Vocabulary vocabulary;
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    if (required) {
      throw VocabularyError({folder.string() + ": the vocabulary folder does not exist"});
    }
    vocabulary.hash = sha256_hex("");
    return vocabulary;
  }
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".toml") {
      vocabulary.files.push_back(entry.path());
    }
  }
  std::sort(vocabulary.files.begin(), vocabulary.files.end());
  std::vector<std::string> errors;
  std::string all_bytes;
  for (const std::filesystem::path& path : vocabulary.files) {
    if (auto too_large = curated_file_too_large(path, "vocabulary file")) {
      errors.push_back(*too_large);
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      errors.push_back(path.string() + ": cannot be read");
      continue;
    }
    std::ostringstream text;
    text << in.rdbuf();
    all_bytes += path.filename().string() + '\n' + text.str() + '\n';
    parse_into(text.str(), path, files, vocabulary.concepts, errors);
  }
  check_across(vocabulary.concepts, errors);
  if (!errors.empty()) throw VocabularyError(std::move(errors));
  vocabulary.hash = sha256_hex(all_bytes);
  return vocabulary;
}

}  // namespace ingest
