// tests/fuzz/json_reader.hpp — a strict RFC 8259 reader, written for the fuzzers to read back
// what the JSON writers wrote: valid UTF-8 only, no control characters inside strings, escapes
// (surrogate pairs too) decoded, numbers in JSON's grammar, nothing after the value.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fuzz {

struct Json {
  enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };
  Kind kind = Kind::kNull;
  std::string text;               // a string decoded, a number as written, "true"/"false"
  std::vector<Json> items;        // an array's values; an object's values, in order
  std::vector<std::string> keys;  // an object's keys, one per item, duplicates kept
};

// The value of `text`, or nullopt (with the reason in `error`).
std::optional<Json> read_json(std::string_view text, std::string& error);

}  // namespace fuzz
