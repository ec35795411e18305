// ingest/vocabulary.hpp — db/vocabulary/*.toml → the concepts, labels and relations to match.
//
// The format is described in db/vocabulary/README.md. The loader checks the SKOS rules (one
// preferred label per language, pref/alt/hidden disjoint within a concept, no label claimed
// by two concepts), that every relation has a known type and target, and that its evidence
// points at a real line of a corpus file. It reports every error it finds, each with file,
// line and concept key, before it gives up.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace ingest {

class VocabularyError : public std::runtime_error {
 public:
  explicit VocabularyError(std::vector<std::string> errors);
  const std::vector<std::string>& errors() const { return errors_; }

 private:
  std::vector<std::string> errors_;
};

enum class LabelKind { kPreferred, kAlternative, kHidden };
const char* label_kind_name(LabelKind kind);  // "pref", "alt", "hidden"

struct VocabularyLabel {
  std::string text;
  std::string language;  // "nl", "en"; hidden and exact labels take "nl"
  LabelKind kind = LabelKind::kAlternative;
  bool exact = false;           // matched as written: case-sensitive, no variants
  bool case_sensitive = false;  // exact labels and abbreviations (PLG)
  int line = 0;                 // in the vocabulary file
};

// The relation types of the format, in the order the README lists them.
const std::vector<std::string>& relation_types();

struct VocabularyRelation {
  std::string type;
  std::string target;  // a concept key
  std::string evidence_file;
  int first_line = 0;
  int last_line = 0;
  std::string note;
  int line = 0;  // in the vocabulary file
};

struct VocabularyConcept {
  std::string key;
  std::string theme;
  std::string definition;
  std::string scope;
  std::vector<VocabularyLabel> labels;
  std::vector<VocabularyRelation> relations;
  bool nested = false;    // also counted inside a longer matched label
  bool compounds = true;  // matched as the head of a closed compound
  // File or document keys ("004", "001-p08") the concept may match in; empty: everywhere. For
  // a word that means this concept in one text and something else in another ("transitie").
  std::vector<std::string> only_in;
  std::filesystem::path file;
  int line = 0;
};

struct Vocabulary {
  std::vector<VocabularyConcept> concepts;
  std::vector<std::filesystem::path> files;
  std::string hash;  // SHA-256 over the files' names and bytes, for the meta table
};

// Number of lines of a corpus file by its key, or nothing when there is no such file.
using EvidenceFiles = std::function<std::optional<int>(const std::string& file_key)>;

// Reads every *.toml in `folder` in name order. A folder that does not exist gives an empty
// vocabulary when `required` is false, and an error otherwise.
Vocabulary load_vocabulary(const std::filesystem::path& folder, const EvidenceFiles& files,
                           bool required);

// Parses one vocabulary text (for tests and for single files); `name` is used in messages.
Vocabulary parse_vocabulary(const std::string& text, const std::filesystem::path& name,
                            const EvidenceFiles& files);

}  // namespace ingest
