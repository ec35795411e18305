// ingest/diagnostic.hpp — a warning about the input, with the file and line it concerns.
#pragma once

#include <string>

namespace ingest {

struct Diagnostic {
  std::string file;  // as the user knows it (the corpus file name, or the manifest path)
  int line = 0;      // 1-based; 0 when it concerns the whole file
  std::string message;

  // "file:line: message" (or "file: message" for whole-file remarks).
  std::string to_string() const {
    return file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + message;
  }
};

}  // namespace ingest
