// ingest/curated_file.hpp — the size check every hand-edited data file (the manifest, the
// source decisions, the vocabulary) passes before the TOML parser sees it.
//
// A 50 MB "manifest" is the wrong file or an attack on the parser; refused up front it costs
// nothing, parsed it costs seconds and hundreds of megabytes before any error can be given.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace ingest {

// Far above any real curated file (a vocabulary of 1,000 concepts is well under 1 MB).
inline constexpr std::uintmax_t kMaxCuratedFileBytes = 8 * 1024 * 1024;

// Why `path` (a `what`, e.g. "corpus manifest") is refused, or nothing when its size is fine
// or cannot be known (the reader then reports what is wrong with it).
inline std::optional<std::string> curated_file_too_large(const std::filesystem::path& path,
                                                         const std::string& what) {
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec || size <= kMaxCuratedFileBytes) return std::nullopt;
  constexpr std::uintmax_t kMegabyte = 1024 * 1024;
  return path.string() + ": the " + what + " is " + std::to_string(size / kMegabyte) +
         " MB, more than the " + std::to_string(kMaxCuratedFileBytes / kMegabyte) +
         " MB a hand-edited file may have; check that this is the right file";
}

}  // namespace ingest
