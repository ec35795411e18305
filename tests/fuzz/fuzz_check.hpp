// tests/fuzz/fuzz_check.hpp — what every fuzz target shares: property checks that abort (a
// crash to libFuzzer, a failure to the replay test), a UTF-8 check, and a reader that turns
// the fuzz input's bytes into choices, numbers and strings.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace fuzz {

// Prints `what` (and `detail`, escaped) to stderr and aborts when `condition` is false.
void check(bool condition, const char* what, std::string_view detail = {});

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or code points past
// U+10FFFF). Written here rather than taken from src/ so that it checks the code, not itself.
bool is_valid_utf8(std::string_view text);

// `text` with every byte that does not start a well-formed UTF-8 sequence replaced by U+FFFD.
std::string repaired_utf8(std::string_view text);

// `text` with control bytes and non-ASCII as \xNN, for messages.
std::string escaped(std::string_view text);

// Consumes the fuzz input from the front. Once the bytes run out every read returns zero or
// an empty string, so a target never has to test for the end itself.
class ByteReader {
 public:
  ByteReader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

  bool empty() const { return position_ >= size_; }
  std::uint8_t byte();
  // A number in [0, bound) (0 when bound is 0).
  std::size_t below(std::size_t bound);
  std::int64_t int64();
  double real();  // any bit pattern: NaN, infinities, subnormals included
  // Up to `max_length` bytes, the length chosen by the input.
  std::string string(std::size_t max_length);
  // Everything that is left.
  std::string rest();

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t position_ = 0;
};

}  // namespace fuzz
