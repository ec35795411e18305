// ingest/corpus.cpp — reading the manifest's files and checking them against it.
#include "ingest/corpus.hpp"

#include "ingest/sha256.hpp"

namespace ingest {

namespace {

void check_file(const ManifestFile& entry, const SourceText& text, const std::string& manifest) {
  const std::string actual = sha256_hex(text.bytes);
  if (actual != entry.sha256) {
    throw CorpusError(text.name +
                      ": the file has changed since the manifest was reviewed "
                      "(sha256 " +
                      actual + ", but " + manifest + ":" + std::to_string(entry.manifest_line) +
                      " expects " + entry.sha256 +
                      "); review its parts and line ranges, then update the sha256 there");
  }
  const int line_count = static_cast<int>(text.lines.size());
  for (const ManifestPart& part : entry.parts) {
    if (part.last_line > line_count) {
      throw CorpusError(manifest + ":" + std::to_string(part.manifest_line) + ": part '" +
                        part.key + "' ends at line " + std::to_string(part.last_line) + ", but " +
                        text.name + " has only " + std::to_string(line_count) + " lines");
    }
  }
}

}  // namespace

Manifest load_corpus_manifest(const std::filesystem::path& manifest_path,
                              const std::filesystem::path& corpus_dir) {
  Manifest manifest = load_manifest(manifest_path);
  std::error_code ec;
  if (!std::filesystem::is_directory(corpus_dir, ec)) {
    throw CorpusError("corpus folder not found: " + corpus_dir.string() +
                      " (give it with --corpus DIR, or CORPUS=DIR for make)");
  }
  return manifest;
}

CorpusFile read_corpus_file(const Manifest& manifest, const ManifestFile& entry,
                            const std::filesystem::path& corpus_dir) {
  CorpusFile file{&entry, read_source(corpus_dir / entry.name, entry.name)};
  check_file(entry, file.text, manifest.source);
  return file;
}

LoadedCorpus load_corpus(const std::filesystem::path& manifest_path,
                         const std::filesystem::path& corpus_dir, const LoadProgress& progress) {
  LoadedCorpus corpus;
  corpus.manifest = load_corpus_manifest(manifest_path, corpus_dir);
  const auto& entries = corpus.manifest.files;
  corpus.files.reserve(entries.size());
  for (const ManifestFile& entry : entries) {
    CorpusFile file = read_corpus_file(corpus.manifest, entry, corpus_dir);
    corpus.warnings.insert(corpus.warnings.end(), file.text.warnings.begin(),
                           file.text.warnings.end());
    corpus.files.push_back(std::move(file));
    if (progress) progress(corpus.files.size(), entries.size(), entry.name);
  }
  return corpus;
}

}  // namespace ingest
