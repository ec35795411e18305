// ingest/sha256.hpp — SHA-256 (FIPS 180-4) of a byte string, as 64 lowercase hex digits.
//
// Used to check that a corpus file is the one the manifest was reviewed against.
#pragma once

#include <string>
#include <string_view>

namespace ingest {

std::string sha256_hex(std::string_view bytes);

}  // namespace ingest
