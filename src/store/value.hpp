// store/value.hpp — one SQLite value as a C++ value: NULL, 64-bit integer, float, text, blob.
//
// Integers stay exact 64-bit integers end to end (no detour through double), which is what
// the Lua API promises for INTEGER columns.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace store {

struct Null {
  friend bool operator==(Null, Null) { return true; }
};

struct Blob {
  std::vector<unsigned char> bytes;
  friend bool operator==(const Blob&, const Blob&) = default;
};

using Value = std::variant<Null, std::int64_t, double, std::string, Blob>;

inline bool is_null(const Value& v) {
  return std::holds_alternative<Null>(v);
}

}  // namespace store
