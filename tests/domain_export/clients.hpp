// tests/domain_export/clients.hpp — running the real clients of the domain exports from a
// test: pandoc (citeproc), Graphviz dot, and the Python readers in clients/ (networkx, rdflib,
// json, a RIS parser). Paths come from CMake (tests/domain_export/CMakeLists.txt).
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/test_support.hpp"

namespace domain_clients {

inline const std::filesystem::path kClientsDir = DOMAIN_EXPORT_CLIENTS_DIR;

// Fails the test with what to do when a client was not found at configure time.
inline bool have(const char* program, const char* name) {
  if (std::string(program).empty()) {
    ADD_FAILURE() << name << " was not found when CMake configured the tests: install it "
                  << "(scripts/install-deps) and configure again";
    return false;
  }
  return true;
}

// Runs clients/SCRIPT on `file` with the Python that has networkx and rdflib.
inline testing_support::CommandResult run_reader(const std::string& script,
                                                 const std::filesystem::path& file) {
  if (!have(DOMAIN_EXPORT_PYTHON, "python3")) return {};
  return testing_support::run_command(
      {DOMAIN_EXPORT_PYTHON, (kClientsDir / script).string(), file.string()});
}

// The reader's output as lines.
inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

// Writes a Markdown document in `dir` that cites every key, one per paragraph, and renders it
// to HTML with pandoc's citeproc and `bibliography`; warnings (a key pandoc cannot find, an
// entry it cannot read) fail the run.
inline testing_support::CommandResult cite_everything(const std::filesystem::path& dir,
                                                      const std::filesystem::path& bibliography,
                                                      const std::vector<std::string>& keys) {
  if (!have(DOMAIN_EXPORT_PANDOC, "pandoc")) return {};
  std::string markdown = "# Bronnen\n\n";
  for (const auto& key : keys)
    markdown += "Zie @" + key + ".\n\n";
  const std::filesystem::path document = dir / ("cite-" + bibliography.filename().string() + ".md");
  testing_support::write_file(document, markdown);
  return testing_support::run_command(
      {DOMAIN_EXPORT_PANDOC, "--from=markdown", "--to=html", "--citeproc", "--fail-if-warnings",
       "--wrap=none", "--bibliography=" + bibliography.string(), document.string()});
}

// How often `needle` occurs in `text`.
inline std::size_t count_of(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

}  // namespace domain_clients
