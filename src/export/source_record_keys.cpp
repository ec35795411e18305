// export/source_record_keys.cpp — Latin letters folded to ASCII, and the citation keys made
// from conceptdb's source keys.
#include <algorithm>
#include <array>
#include <map>

#include "export/source_record_fields.hpp"
#include "store/utf8.hpp"

namespace exporter {

namespace {

// U+00C0 .. U+00FF; nullptr where the character is no letter (× and ÷).
constexpr std::array<const char*, 64> kLatin1 = {
    "A", "A", "A", "A", "A", "A", "AE", "C",     "E", "E", "E", "E", "I", "I", "I",  "I",
    "D", "N", "O", "O", "O", "O", "O",  nullptr, "O", "U", "U", "U", "U", "Y", "TH", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "y"};

// U+0100 .. U+017F (Latin Extended-A), in code point order.
constexpr std::array<const char*, 128> kLatinExtendedA = {
    "A",  "a",  "A", "a", "A", "a",                        // Ā ā Ă ă Ą ą
    "C",  "c",  "C", "c", "C", "c", "C",  "c",             // Ć ć Ĉ ĉ Ċ ċ Č č
    "D",  "d",  "D", "d",                                  // Ď ď Đ đ
    "E",  "e",  "E", "e", "E", "e", "E",  "e",  "E", "e",  // Ē ē Ĕ ĕ Ė ė Ę ę Ě ě
    "G",  "g",  "G", "g", "G", "g", "G",  "g",             // Ĝ ĝ Ğ ğ Ġ ġ Ģ ģ
    "H",  "h",  "H", "h",                                  // Ĥ ĥ Ħ ħ
    "I",  "i",  "I", "i", "I", "i", "I",  "i",  "I", "i",  // Ĩ ĩ Ī ī Ĭ ĭ Į į İ ı
    "IJ", "ij", "J", "j",                                  // Ĳ ĳ Ĵ ĵ
    "K",  "k",  "k",                                       // Ķ ķ ĸ
    "L",  "l",  "L", "l", "L", "l", "L",  "l",  "L", "l",  // Ĺ ĺ Ļ ļ Ľ ľ Ŀ ŀ Ł ł
    "N",  "n",  "N", "n", "N", "n", "n",  "N",  "n",       // Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ
    "O",  "o",  "O", "o", "O", "o", "OE", "oe",            // Ō ō Ŏ ŏ Ő ő Œ œ
    "R",  "r",  "R", "r", "R", "r",                        // Ŕ ŕ Ŗ ŗ Ř ř
    "S",  "s",  "S", "s", "S", "s", "S",  "s",             // Ś ś Ŝ ŝ Ş ş Š š
    "T",  "t",  "T", "t", "T", "t",                        // Ţ ţ Ť ť Ŧ ŧ
    "U",  "u",  "U", "u", "U", "u", "U",  "u",  "U", "u", "U", "u",  // Ũ ũ Ū ū Ŭ ŭ Ů ů Ű ű Ų ų
    "W",  "w",  "Y", "y", "Y",                                       // Ŵ ŵ Ŷ ŷ Ÿ
    "Z",  "z",  "Z", "z", "Z", "z", "s"};                            // Ź ź Ż ż Ž ž ſ

// The ASCII spelling of the two-byte character at the start of `text`, or nullptr.
const char* ascii_for(std::string_view text, std::size_t length) {
  if (length != 2) return nullptr;
  const unsigned code = ((static_cast<unsigned char>(text[0]) & 0x1Fu) << 6) |
                        (static_cast<unsigned char>(text[1]) & 0x3Fu);
  if (code >= 0xC0 && code < 0x100) return kLatin1[code - 0xC0];
  if (code >= 0x100 && code < 0x180) return kLatinExtendedA[code - 0x100];
  return nullptr;
}

bool is_key_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == ':';
}

}  // namespace

std::string fold_latin_to_ascii(std::string_view text) {
  std::string out;
  while (!text.empty()) {
    const std::size_t length = std::max<std::size_t>(store::utf8_sequence_length(text), 1);
    if (const char* ascii = ascii_for(text, length)) {
      out += ascii;
    } else {
      out.append(text.substr(0, length));
    }
    text.remove_prefix(length);
  }
  return out;
}

bool starts_with_capital(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    const char c = word[i];
    if (c >= 'A' && c <= 'Z') return true;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return false;
    const std::size_t length = store::utf8_sequence_length(word.substr(i));
    if (const char* ascii = ascii_for(word.substr(i), length)) {
      return ascii[0] >= 'A' && ascii[0] <= 'Z';
    }
    i += std::max<std::size_t>(length, 1);  // punctuation or a letter we cannot tell: go on
  }
  return false;
}

std::string citation_key_for(std::string_view source_key) {
  std::string key;
  for (const char c : fold_latin_to_ascii(source_key)) {
    if (is_key_character(c)) {
      key += c;
    } else if (!key.empty() && key.back() != '-') {
      key += '-';
    }
  }
  const std::size_t first = key.find_first_not_of('-');
  if (first == std::string::npos) return "source";
  key.erase(0, first);
  key.erase(key.find_last_not_of('-') + 1);
  return key;
}

std::vector<std::string> unique_citation_keys(const std::vector<std::string>& source_keys) {
  std::map<std::string, int> taken;  // key -> how many sources asked for it
  std::vector<std::string> keys;
  keys.reserve(source_keys.size());
  for (const auto& source_key : source_keys) {
    const std::string base = citation_key_for(source_key);
    std::string key = base;
    for (int n = ++taken[base]; n > 1 && taken.count(key) > 0; ++n) {
      key = base + "-" + std::to_string(n);
    }
    if (key != base) taken[key] = 1;
    keys.push_back(std::move(key));
  }
  return keys;
}

}  // namespace exporter
