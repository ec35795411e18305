// tests/reliability/generated_corpus.hpp — a one-file synthetic corpus of a chosen size,
// with its manifest and a small vocabulary, for tests that need a build to last long enough
// to be interrupted at many different moments.
//
// The text is Dutch-like: headings, paragraphs of wrapped lines, author–year citations and
// the vocabulary's labels, so that every stage of the build (layout, citations, sources,
// concepts, full-text index) has work to do. The same seed and size give the same bytes.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace reliability {

// The text of about `bytes` bytes; `variant` changes the words (a second, different corpus).
std::string generated_text(std::size_t bytes, unsigned variant);

// The manifest for one file, g.txt (key "g"), whose content is `text`.
std::string generated_manifest(const std::string& text);

// Writes under `root`: corpus/g.txt, corpus.toml and vocabulary/test.toml.
void write_generated_corpus(const std::filesystem::path& root, std::size_t bytes, unsigned variant);

}  // namespace reliability
