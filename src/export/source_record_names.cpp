// export/source_record_names.cpp — authors' surnames split into particle and family name, and
// the initials a reference entry prints after a surname.
#include <algorithm>
#include <array>

#include "export/source_record_fields.hpp"
#include "store/utf8.hpp"

namespace exporter {

namespace {

// Words that stand before a family name in Dutch, German, French, Italian, Spanish and
// Portuguese names ("van der", "von", "de la", "dos"); compared without regard to case.
constexpr std::array<std::string_view, 30> kParticles = {
    "van", "von", "de",    "der", "den", "des", "di",  "du",  "da",  "dos",
    "das", "del", "della", "le",  "la",  "les", "te",  "ter", "ten", "'t",
    "het", "in",  "op",    "aan", "uit", "zu",  "zum", "zur", "vom", "d'"};

bool is_particle(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (lower == "\xE2\x80\x99t") lower = "'t";  // ’t with a typographic apostrophe
  return std::find(kParticles.begin(), kParticles.end(), lower) != kParticles.end();
}

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < s.size()) {
    const std::size_t space = s.find(' ', start);
    const std::size_t end = space == std::string_view::npos ? s.size() : space;
    if (end > start) words.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::string joined(const std::vector<std::string_view>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

bool ascii_iequal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// The length of one printed initial at the start of `s` ("J.", "Th.", "É.", "J.-P."'s "J."),
// or 0: a capital letter, at most one small ASCII letter, a full stop.
std::size_t initial_length(std::string_view s) {
  if (s.empty() || !starts_with_capital(s)) return 0;
  std::size_t n = std::max<std::size_t>(store::utf8_sequence_length(s), 1);
  if (n < s.size() && s[n] >= 'a' && s[n] <= 'z') ++n;
  return n < s.size() && s[n] == '.' ? n + 1 : 0;
}

}  // namespace

std::string PersonName::family_with_particle() const {
  if (is_literal()) return literal;
  return particle.empty() ? family : particle + " " + family;
}

PersonName person_name(std::string_view surname) {
  const std::vector<std::string_view> words = words_of(surname);
  std::size_t particles = 0;
  while (particles + 1 < words.size() && is_particle(words[particles]))
    ++particles;
  PersonName name;
  name.particle = joined(words, 0, particles);
  name.family = joined(words, particles, words.size());
  return name;
}

std::string initials_in_entry(std::string_view entry_text, std::string_view surname) {
  if (surname.empty()) return {};
  // The authors stand before the year's bracket: "Collins, J. C. (2001). Good to Great".
  const std::string_view head = entry_text.substr(0, entry_text.find('('));
  for (std::size_t at = 0; at + surname.size() <= head.size(); ++at) {
    if (!ascii_iequal(head.substr(at, surname.size()), surname)) continue;
    const bool word_start = at == 0 || head[at - 1] == ' ';
    std::string_view rest = head.substr(at + surname.size());
    if (!word_start || rest.substr(0, 2) != ", ") continue;
    rest.remove_prefix(2);
    std::size_t end = 0;  // just past the last initial
    for (std::size_t pos = 0;;) {
      const std::size_t n = initial_length(rest.substr(pos));
      if (n == 0) break;
      pos += n;
      end = pos;
      while (pos < rest.size() && (rest[pos] == ' ' || rest[pos] == '-'))
        ++pos;
    }
    if (end > 0) return std::string(rest.substr(0, end));
  }
  return {};
}

}  // namespace exporter
