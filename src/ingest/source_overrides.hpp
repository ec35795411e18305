// ingest/source_overrides.hpp — reading db/sources.toml, the curated decisions about sources
// that the automatic rules cannot make: two keys that are one work, or two that are not.
//
//   [[same]]                      # the first key is kept; the others are merged into it
//   keys = ["nonaka-takeuchi1995", "nonaka-takeuchi1995-2003"]
//   reason = "the 2003 Dutch edition of the 1995 book"
//   evidence = "004:5892"         # file:line that shows it
//
//   [[apart]]                     # stops an automatic et al. or spelling merge
//   keys = ["fullan-etal2017", "fullan-etal2017-2"]
//   reason = "..."
//   evidence = "003:1152"
//
// Every error names the file and line and says what is wrong. A missing file means no
// curated decisions.
#pragma once

#include <filesystem>
#include <stdexcept>

#include "ingest/source_resolver.hpp"

namespace ingest {

class SourceOverridesError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

SourceOverrides load_source_overrides(const std::filesystem::path& path);

}  // namespace ingest
