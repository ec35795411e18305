// tests/fuzz/toml_loaders_fuzzer.cpp — the TOML loaders: the corpus manifest, a vocabulary
// file and db/sources.toml, each given the input as a file's contents (the first byte chooses
// the loader). What must hold: a loader either returns what it read or throws its own error
// type (ManifestError, VocabularyError, SourceOverridesError) whose message names the file —
// never another exception, never a crash; and what it returns keeps its documented promises
// (manifest parts in line order without overlap, vocabulary keys non-empty and unique, every
// decision with its keys and reason).
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <string>

#include "fuzz_check.hpp"
#include "ingest/manifest.hpp"
#include "ingest/source_overrides.hpp"
#include "ingest/vocabulary.hpp"

namespace {

const char* const kName = "fuzz.toml";

bool names_file(const std::string& message, const std::string& name) {
  return message.rfind(name, 0) == 0;
}

void check_manifest(const std::string& text) {
  ingest::Manifest manifest;
  try {
    manifest = ingest::parse_manifest(text, kName);
  } catch (const ingest::ManifestError& e) {
    fuzz::check(names_file(e.what(), kName), "a manifest error does not name the file", e.what());
    return;
  }
  for (const auto& file : manifest.files) {
    fuzz::check(!file.key.empty() && !file.name.empty(), "a manifest file without key or name");
    int previous_last = 0;
    for (const auto& part : file.parts) {
      fuzz::check(part.first_line >= 1 && part.first_line <= part.last_line,
                  "a manifest part with an empty or negative line range", part.key);
      fuzz::check(part.first_line > previous_last, "manifest parts overlap or are out of order",
                  part.key);
      previous_last = part.last_line;
    }
  }
}

void check_vocabulary(const std::string& text) {
  const ingest::EvidenceFiles files = [](const std::string& key) -> std::optional<int> {
    if (key == "a") return 10;
    if (key == "b") return 1;
    return std::nullopt;
  };
  ingest::Vocabulary vocabulary;
  try {
    vocabulary = ingest::parse_vocabulary(text, kName, files);
  } catch (const ingest::VocabularyError& e) {
    fuzz::check(!e.errors().empty(), "a vocabulary error without messages");
    for (const std::string& message : e.errors())
      fuzz::check(names_file(message, kName), "a vocabulary error does not name the file", message);
    return;
  }
  std::set<std::string> keys;
  for (const auto& concept_entry : vocabulary.concepts) {
    fuzz::check(!concept_entry.key.empty(), "a concept without a key");
    fuzz::check(keys.insert(concept_entry.key).second, "two concepts share a key",
                concept_entry.key);
    for (const auto& relation : concept_entry.relations)
      fuzz::check(relation.first_line >= 1 && relation.first_line <= relation.last_line,
                  "a relation's evidence has an empty line range", concept_entry.key);
  }
}

// load_source_overrides reads a path: the input goes to a file of this process's own.
const std::filesystem::path& overrides_path() {
  static const std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("conceptdb-fuzz-" + std::to_string(getpid()) + "-sources.toml");
  return path;
}

void check_source_overrides(const std::string& text) {
  const std::filesystem::path& path = overrides_path();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    fuzz::check(static_cast<bool>(out), "cannot write the overrides file");
  }
  try {
    const ingest::SourceOverrides overrides = ingest::load_source_overrides(path);
    for (const auto& merge : overrides.merges)
      fuzz::check(merge.keys.size() >= 2, "a [[same]] with fewer than two keys");
  } catch (const ingest::SourceOverridesError& e) {
    fuzz::check(names_file(e.what(), path.string()), "an overrides error does not name the file",
                e.what());
  }
  std::error_code ignored;
  std::filesystem::remove(path, ignored);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::ByteReader in(data, size);
  const std::uint8_t loader = in.byte();
  const std::string text = in.rest();
  switch (loader % 3) {
    case 0:
      check_manifest(text);
      break;
    case 1:
      check_vocabulary(text);
      break;
    default:
      check_source_overrides(text);
      break;
  }
  return 0;
}
