// ingest/corpus.hpp — the corpus as the manifest describes it, read and checked from disk.
//
// Loading reads every file the manifest names, checks its sha256, and checks every part's
// line range against the file's real length — all before anything is written, so that a
// bad corpus never costs the user their existing database.
#pragma once

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <vector>

#include "ingest/diagnostic.hpp"
#include "ingest/manifest.hpp"
#include "ingest/source_text.hpp"

namespace ingest {

class CorpusError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CorpusFile {
  const ManifestFile* entry = nullptr;  // points into LoadedCorpus::manifest
  SourceText text;
};

struct LoadedCorpus {
  Manifest manifest;
  std::vector<CorpusFile> files;  // in manifest order
  std::vector<Diagnostic> warnings;
};

// Called after each file is read: (files done, files in all, file name).
using LoadProgress = std::function<void(std::size_t, std::size_t, const std::string&)>;

// Reads and checks the whole corpus. Throws CorpusError (checksum mismatch, part beyond the
// end of its file), SourceError (missing, unreadable or binary file) or ManifestError.
LoadedCorpus load_corpus(const std::filesystem::path& manifest_path,
                         const std::filesystem::path& corpus_dir,
                         const LoadProgress& progress = {});

// The same one file at a time, for a caller that must not hold the whole corpus in memory
// (the build reads it twice: once to check it and count its words, once to store it).
// load_corpus_manifest reads the manifest and checks that the corpus folder exists;
// read_corpus_file reads one of the manifest's files and checks it against its entry. They
// throw what load_corpus throws.
Manifest load_corpus_manifest(const std::filesystem::path& manifest_path,
                              const std::filesystem::path& corpus_dir);
CorpusFile read_corpus_file(const Manifest& manifest, const ManifestFile& entry,
                            const std::filesystem::path& corpus_dir);

}  // namespace ingest
