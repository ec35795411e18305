// ingest/manifest.hpp — the corpus manifest (db/corpus.toml): which files, what they are.
//
// The manifest names every corpus file with its checksum and identity (title, authors, year,
// kind, language) and, for compound files (a magazine issue, a book), its parts with
// reviewed line ranges. Loading checks everything that can be checked without the corpus:
// unknown keys, wrong types, missing fields, part ranges out of order. Every error is a
// ManifestError whose message starts with `file:line:` and names the key.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ingest {

class ManifestError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// What a document or part says about itself; shared by files and parts.
struct DocumentIdentity {
  std::string key;
  std::string title;
  std::string subtitle;
  std::vector<std::string> authors;
  std::optional<int> year;
  std::optional<int> year_end;
  std::string kind;
  std::vector<std::string> inferred;  // fields inferred rather than printed in the text
  std::string note;
  int manifest_line = 0;  // where this entry starts in the manifest
};

struct ManifestPart : DocumentIdentity {
  int first_line = 0;  // 1-based, inclusive, in the corpus file
  int last_line = 0;
};

struct ManifestFile : DocumentIdentity {
  std::string name;  // file name inside the corpus folder
  std::string sha256;
  std::string language;
  std::vector<ManifestPart> parts;  // in line order, not overlapping
};

struct Manifest {
  std::string source;  // the manifest's path as given, for messages
  std::vector<ManifestFile> files;
};

// Kinds of document the manifest may name. "ad" parts are excluded from the documents.
const std::vector<std::string_view>& document_kinds();

// Parses manifest text; `source` names it in error messages.
Manifest parse_manifest(std::string_view text, const std::string& source);

// Reads and parses a manifest file. Throws ManifestError (also when it cannot be read).
Manifest load_manifest(const std::filesystem::path& path);

}  // namespace ingest
