// tests/fuzz/fuzz_check.cpp — property checks, UTF-8 and the input reader of the fuzz targets.
#include "fuzz_check.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace fuzz {

void check(bool condition, const char* what, std::string_view detail) {
  if (condition) return;
  std::fprintf(stderr, "fuzz property violated: %s\n", what);
  if (!detail.empty()) std::fprintf(stderr, "  detail: %s\n", escaped(detail).c_str());
  std::abort();
}

namespace {

// The length of the well-formed sequence at text[i], or 0 when it is not one.
std::size_t sequence_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // no overlongs
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;  // nothing past U+10FFFF
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return length;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = sequence_length(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::string repaired_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = sequence_length(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7F && c != '\\') {
      out += c;
    } else {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\x%02X", byte);
      out += buffer;
    }
  }
  return out;
}

std::uint8_t ByteReader::byte() {
  return empty() ? 0 : data_[position_++];
}

std::size_t ByteReader::below(std::size_t bound) {
  if (bound == 0) return 0;
  std::size_t value = byte();
  if (bound > 256) value = (value << 8) | byte();
  return value % bound;
}

std::int64_t ByteReader::int64() {
  std::uint64_t bits = 0;
  for (int i = 0; i < 8; ++i)
    bits = (bits << 8) | byte();
  std::int64_t value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

double ByteReader::real() {
  const std::int64_t bits = int64();
  double value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

std::string ByteReader::string(std::size_t max_length) {
  const std::size_t length = below(max_length + 1);
  const std::size_t available = empty() ? 0 : size_ - position_;
  const std::size_t taken = length < available ? length : available;
  std::string out(reinterpret_cast<const char*>(data_ + position_), taken);
  position_ += taken;
  return out;
}

std::string ByteReader::rest() {
  if (empty()) return {};
  std::string out(reinterpret_cast<const char*>(data_ + position_), size_ - position_);
  position_ = size_;
  return out;
}

}  // namespace fuzz
