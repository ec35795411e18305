// ingest/hyphenation.cpp — orthographic rules and corpus evidence that decide line-end hyphens.
#include "ingest/hyphenation.hpp"

#include "ingest/text_shape.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

namespace ingest {
namespace {

// ---------------------------------------------------------------- UTF-8 letters

// Decodes the code point at `i` and advances `i`; a malformed byte comes back as itself, so a
// stray Latin-1 byte neither stops the scan nor turns into a letter of some other script.
// Unlike ingest::next_code_point it checks the continuation bytes and the lead byte's range.
char32_t next_checked_code_point(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t extra = 0;
  char32_t cp = b0;
  if ((b0 & 0xE0) == 0xC0) {
    extra = 1;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    extra = 2;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    extra = 3;
    cp = b0 & 0x07;
  }
  if (extra == 0 || i + extra >= s.size()) {
    ++i;
    return b0;
  }
  for (std::size_t k = 1; k <= extra; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return b0;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += extra + 1;
  return cp;
}

std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();)
    out.push_back(next_checked_code_point(s, i));
  return out;
}

std::string to_utf8(const std::vector<char32_t>& cps) {
  std::string out;
  for (char32_t cp : cps)
    append_utf8(out, cp);
  return out;
}

// Dutch text only needs the Latin letters: ASCII, Latin-1 and Latin Extended-A/B.
bool is_letter(char32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return true;
  return cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7;
}

std::string lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();)
    append_utf8(out, to_lower(next_checked_code_point(s, i)));
  return out;
}

// Accented vowels count as their base vowel when deciding whether two vowels would clash.
char32_t base_vowel(char32_t cp) {
  cp = to_lower(cp);
  if (cp == 'a' || cp == 'e' || cp == 'i' || cp == 'o' || cp == 'u') return cp;
  if (cp >= 0xE0 && cp <= 0xE5) return 'a';
  if (cp >= 0xE8 && cp <= 0xEB) return 'e';
  if (cp >= 0xEC && cp <= 0xEF) return 'i';
  if (cp >= 0xF2 && cp <= 0xF6) return 'o';
  if (cp >= 0xF9 && cp <= 0xFC) return 'u';
  return 0;
}

// The white space PDF extraction leaves between words: TABs, no-break and typographic spaces.
bool is_space(char32_t cp) {
  if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0) return true;
  return (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// Punctuation that surrounds a word without belonging to it.
bool is_edge_punct(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '*':
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:  // ‘ ’ ‚ ‛
    case 0x201C:
    case 0x201D:
    case 0x201E:  // “ ” „
    case 0xAB:
    case 0xBB:
    case 0x2039:
    case 0x203A:  // « » ‹ ›
    case 0x2026:  // …
      return true;
    default:
      return false;
  }
}

std::vector<char32_t> strip_edges(std::vector<char32_t> cps) {
  std::size_t b = 0;
  std::size_t e = cps.size();
  while (b < e && is_edge_punct(cps[b]))
    ++b;
  while (e > b && is_edge_punct(cps[e - 1]))
    --e;
  return {cps.begin() + static_cast<std::ptrdiff_t>(b),
          cps.begin() + static_cast<std::ptrdiff_t>(e)};
}

bool all_caps(const std::vector<char32_t>& cps) {
  bool any = false;
  for (char32_t cp : cps) {
    if (!is_letter(cp)) continue;
    if (!is_upper(cp)) return false;
    any = true;
  }
  return any;
}

}  // namespace

// ---------------------------------------------------------------- WordLexicon

void WordLexicon::add_line(std::string_view line) {
  // Every line of the corpus passes here: the code points, word ranges and key live in
  // buffers reused from line to line, and a word already counted costs no allocation.
  cps_.clear();
  for (std::size_t i = 0; i < line.size();)
    cps_.push_back(next_checked_code_point(line, i));
  words_.clear();
  std::size_t start = 0;
  for (std::size_t i = 0; i <= cps_.size(); ++i) {
    if (i == cps_.size() || is_space(cps_[i])) {
      if (i > start) words_.emplace_back(start, i);
      start = i + 1;
    }
  }

  if (words_.empty()) return;  // a blank line can stand between a fragment and its tail
  const bool skip_first = after_fragment_;
  const auto [last_begin, last_end] = words_.back();
  after_fragment_ = last_end - last_begin >= 2 && cps_[last_end - 1] == '-' &&
                    (is_letter(cps_[last_end - 2]) || is_digit(cps_[last_end - 2]));
  for (std::size_t i = skip_first ? 1 : 0; i < words_.size(); ++i) {
    auto [b, e] = words_[i];
    while (b < e && is_edge_punct(cps_[b]))
      ++b;
    while (e > b && is_edge_punct(cps_[e - 1]))
      --e;
    // A word ending in '-' is either a line-end fragment or an elliptic stem ("leer- en"); neither
    // is a word of its own, and counting it would only blur the evidence.
    if (b == e || cps_[e - 1] == '-') continue;
    const auto first = cps_.begin() + static_cast<std::ptrdiff_t>(b);
    const auto end = cps_.begin() + static_cast<std::ptrdiff_t>(e);
    if (!std::any_of(first, end, is_letter)) continue;
    const bool small_first = is_lower(cps_[b]);
    key_.clear();
    for (auto cp = first; cp != end; ++cp)
      append_utf8(key_, to_lower(*cp));
    ++counts_.try_emplace(key_).first->second;
    if (small_first) ++lower_case_counts_.try_emplace(key_).first->second;
  }
}

std::size_t WordLexicon::count(std::string_view word) const {
  const auto it = counts_.find(lower(word));
  return it == counts_.end() ? 0 : it->second;
}

std::size_t WordLexicon::lower_case_count(std::string_view word) const {
  const auto it = lower_case_counts_.find(lower(word));
  return it == lower_case_counts_.end() ? 0 : it->second;
}

// ---------------------------------------------------------------- decide_hyphens

namespace {

// Both halves of one case, cleaned for the tests below.
struct Halves {
  std::vector<char32_t> left;   // without surrounding punctuation, original case
  std::vector<char32_t> right;  // without surrounding punctuation or a trailing '-'
  std::string left_raw;
  std::string right_raw;
  std::string l;       // left, lower case
  std::string l_tail;  // lower-case left after its last inner '-', ')' or '/' ("organi")
  std::string r;       // right, lower case
  std::string r_head;  // lower-case right before its first inner '-' or '/'
};

Halves split_case(const HyphenCase& c) {
  Halves h;
  h.left_raw = c.left;
  h.right_raw = c.right;
  h.left = strip_edges(code_points(c.left));
  h.right = strip_edges(code_points(c.right));
  while (!h.right.empty() && h.right.back() == '-')
    h.right.pop_back();
  h.l = lower(to_utf8(h.left));
  h.r = lower(to_utf8(h.right));
  const std::size_t cut = h.l.find_last_of("-)/");
  h.l_tail = cut == std::string::npos ? h.l : h.l.substr(cut + 1);
  const std::size_t head = h.r.find_first_of("-/");
  h.r_head = head == std::string::npos ? h.r : h.r.substr(0, head);
  return h;
}

bool looks_like_url(std::string_view raw) {
  const std::string s = lower(raw);
  if (s.find("://") != std::string::npos || s.find("www.") != std::string::npos) return true;
  if (s.rfind("http", 0) == 0) return true;
  // A path has several slashes, or a slash next to a domain ending; one slash between words
  // ("en/of", "leraar/coach") is ordinary prose.
  if (std::count(s.begin(), s.end(), '/') >= 2) return true;
  for (const char* tld : {".nl/", ".org", ".com", ".net", ".eu/", ".be/", ".html", ".pdf"}) {
    if (s.find(tld) != std::string::npos) return true;
  }
  return false;
}

bool is_conjunction(std::string_view r) {
  for (const char* c : {"en", "of", "noch", "als", "tot", "dan", "en/of", "&", "and", "or"}) {
    if (r == c) return true;
  }
  return false;
}

// Dutch syllabification puts a consonant before a vowel into the next syllable ("zor-gen"), so a
// syllable break never leaves a consonant-final left before a vowel-initial Dutch conjunction:
// "zorg- en" is elliptic even though "zorgen" is a word. The other conjunctions could also be
// word endings ("Jor-dan", "ide-en"), so for them a joined word in the corpus wins.
bool conjunction_needs_evidence(const Halves& h) {
  const bool dutch_vowel_initial = h.r == "en" || h.r == "of" || h.r == "als" || h.r == "en/of";
  const bool left_ends_in_vowel = !h.left.empty() && base_vowel(h.left.back()) != 0;
  return !dutch_vowel_initial || left_ends_in_vowel;
}

bool abbreviation_before(const Halves& h) {
  const auto& l = h.left;
  if (l.empty()) return false;
  if (std::find(l.begin(), l.end(), U'&') != l.end()) return true;
  // A single letter stands for itself (e-learning, x-as); a syllable break never leaves one.
  if (l.size() == 1 && is_letter(l[0])) return true;
  if (l.size() >= 2 && is_upper(l[l.size() - 1]) && is_upper(l[l.size() - 2])) return true;
  // An inner capital after a lower-case letter marks a brand or acronym (LinkedIn, eHealth).
  for (std::size_t i = 1; i < l.size(); ++i) {
    if (is_upper(l[i]) && is_letter(l[i - 1]) && !is_upper(l[i - 1])) return true;
  }
  return false;
}

// Prefixes that Dutch spelling joins with a hyphen: niet-roker, non-profit, ex-partner,
// oud-voorzitter. Most other Latin/Greek prefixes (anti, co, semi, pseudo, vice, meta, zelf) are
// written solid in Dutch and only get a hyphen for other reasons (capital, vowel clash).
bool known_prefix(std::string_view tail) {
  for (const char* p : {"niet", "non", "ex", "oud"}) {
    if (tail == p) return true;
  }
  return false;
}

// Vowel pairs that would read as one sound across a compound boundary; Dutch writes a hyphen
// there (zee-egel, auto-ongeluk, mega-evenement) but not where no misreading is possible
// (zeearend, radioactief).
bool vowels_clash(char32_t a, char32_t b) {
  static constexpr std::array<const char*, 15> kPairs = {
      "aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu"};
  const char32_t x = base_vowel(a);
  const char32_t y = base_vowel(b);
  if (x == 0 || y == 0) return false;
  // A diaeresis already separates the vowels, so a written ë or ï is no clash.
  if (b == 0xEB || b == 0xEF || b == 0xF6 || b == 0xFC || b == 0xE4) return false;
  for (const char* p : kPairs) {
    if (static_cast<char32_t>(p[0]) == x && static_cast<char32_t>(p[1]) == y) return true;
  }
  return false;
}

// A syllable break at a diaeresis drops it (ide-eën, financi-en, co-operatie): the joined word
// is then attested with the diaeresis on the first vowel of the right half.
std::optional<std::string> with_diaeresis(const std::string& r) {
  if (r.empty()) return std::nullopt;
  char32_t marked = 0;
  switch (r[0]) {
    case 'e':
      marked = 0xEB;
      break;
    case 'i':
      marked = 0xEF;
      break;
    case 'o':
      marked = 0xF6;
      break;
    case 'u':
      marked = 0xFC;
      break;
    default:
      return std::nullopt;
  }
  std::string out;
  append_utf8(out, marked);
  return out + r.substr(1);
}

// The common Dutch inflections, so that "wmo-werkplaats" finds "wmo-werkplaatsen".
std::vector<std::string> inflections(const std::string& w) {
  std::vector<std::string> out;
  for (const char* suffix : {"s", "en", "e", "n", "’s", "'s"})
    out.push_back(w + suffix);
  for (const std::string suffix : {"s", "en", "e", "n"}) {
    if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) {
      out.push_back(w.substr(0, w.size() - suffix.size()));
    }
  }
  return out;
}

bool attested_word(const std::string& w, const WordLexicon& lex) {
  if (w.empty()) return false;
  if (lex.count(w) > 0) return true;
  const auto forms = inflections(w);
  return std::any_of(forms.begin(), forms.end(),
                     [&](const std::string& f) { return lex.count(f) > 0; });
}

struct Evidence {
  std::size_t joined = 0;
  std::size_t hyphenated = 0;
};

Evidence gather(const Halves& h, const WordLexicon& lex, bool inflected) {
  std::vector<std::string> joined;
  std::vector<std::string> hyphenated;
  for (const std::string& l : {h.l, h.l_tail}) {
    for (const std::string& r : {h.r, h.r_head}) {
      if (l.empty() || r.empty()) continue;
      joined.push_back(l + r);
      hyphenated.push_back(l + "-" + r);
      if (base_vowel(h.left.back()) != 0) {
        if (auto marked = with_diaeresis(r)) joined.push_back(l + *marked);
      }
    }
  }
  auto total = [&](std::vector<std::string> forms) {
    if (inflected) {
      std::vector<std::string> more;
      for (const auto& f : forms) {
        for (auto& v : inflections(f))
          more.push_back(std::move(v));
      }
      forms = std::move(more);
    }
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    std::size_t n = 0;
    for (const auto& f : forms)
      n += lex.count(f);
    return n;
  };
  return {total(joined), total(hyphenated)};
}

std::optional<HyphenDecision> by_evidence(const Halves& h, const WordLexicon& lex) {
  for (bool inflected : {false, true}) {
    const Evidence e = gather(h, lex, inflected);
    if (e.joined > e.hyphenated) return HyphenDecision{HyphenChoice::kDrop, "joined-attested"};
    if (e.hyphenated > e.joined) {
      return HyphenDecision{HyphenChoice::kKeep, "hyphenated-attested"};
    }
    if (e.joined > 0) return std::nullopt;  // a tie between real attestations settles nothing
  }
  return std::nullopt;
}

// Every rule but the file majority, in order; nullopt when none applies.
std::optional<HyphenDecision> decide_one(const Halves& h, const WordLexicon& lex) {
  using enum HyphenChoice;
  // A '-' with no word before it is a dash standing between words ("de leraren - automatisch").
  // Every later rule may rely on a left half that ends in a letter or digit.
  if (h.left.empty() || !(is_letter(h.left.back()) || is_digit(h.left.back()))) {
    return HyphenDecision{kKeepSpace, "dash"};
  }
  // URLs and paths break at their own hyphens, and adding or removing one breaks the address.
  if (looks_like_url(h.left_raw) || looks_like_url(h.right_raw)) {
    return HyphenDecision{kKeep, "url"};
  }
  if (is_conjunction(h.r)) {
    const bool joined_attested = gather(h, lex, false).joined > 0;
    if (!conjunction_needs_evidence(h) || !joined_attested) {
      return HyphenDecision{kKeepSpace, "elliptic"};
    }
  }
  if (is_digit(h.left.back()) || (!h.right.empty() && is_digit(h.right.front()))) {
    return HyphenDecision{kKeep, "digit"};
  }
  // A heading in capitals breaks its words like any other line, so there the capitals of the
  // left half say nothing and the corpus decides first.
  const bool caps_line = all_caps(h.left) && all_caps(h.right);
  if (!caps_line && abbreviation_before(h)) {
    return HyphenDecision{kKeep, "abbreviation-before"};
  }
  if (auto e = by_evidence(h, lex)) return e;
  // After the evidence, because a name written solid with an inner capital ("VenloDroom") is
  // broken at a line end like any compound.
  if (!h.right.empty() && is_upper(h.right.front())) {
    return HyphenDecision{kKeep, "capital-after"};
  }
  // A syllable break can leave "ex" or "oud" too (ex-tra, oud-ste), but then the right half is
  // no word of its own; "niet" always takes a hyphen or a space, never a solid join.
  if (known_prefix(h.l_tail) && (h.l_tail == "niet" || attested_word(h.r_head, lex))) {
    return HyphenDecision{kKeep, "known-prefix"};
  }
  // Only a compound boundary takes the hyphen, and there the right half is a word of its own;
  // inside one word the vowels meet at a plain syllable break (geïniti-eerd, re-ageren).
  if (!h.right.empty() && vowels_clash(h.left.back(), h.right.front()) &&
      attested_word(h.r_head, lex)) {
    return HyphenDecision{kKeep, "vowel-clash"};
  }
  return std::nullopt;
}

bool settled_by_evidence(const HyphenDecision& d) {
  const std::string_view rule = d.rule;
  return rule == "joined-attested" || rule == "hyphenated-attested";
}

}  // namespace

std::vector<HyphenDecision> decide_hyphens(const std::vector<HyphenCase>& cases,
                                           const WordLexicon& lexicon) {
  std::vector<std::optional<HyphenDecision>> partial;
  partial.reserve(cases.size());
  std::size_t kept = 0;
  std::size_t dropped = 0;
  for (const HyphenCase& c : cases) {
    partial.push_back(decide_one(split_case(c), lexicon));
    if (partial.back() && settled_by_evidence(*partial.back())) {
      (partial.back()->choice == HyphenChoice::kKeep ? kept : dropped) += 1;
    }
  }
  // Whether a typesetter hyphenated the text is a property of the whole document, so the cases
  // the corpus settled tell how to read the ones it did not. Without such cases (or on a tie)
  // the default is to drop: Dutch writes compounds solid, so in body text a line-end hyphen is
  // far more often a syllable break, and the real hyphens (capitals, digits, abbreviations,
  // prefixes, vowel clashes) were already kept by the rules above.
  const HyphenDecision fallback =
      kept + dropped == 0 || kept == dropped
          ? HyphenDecision{HyphenChoice::kDrop, "default"}
          : HyphenDecision{kept > dropped ? HyphenChoice::kKeep : HyphenChoice::kDrop,
                           "file-majority"};
  std::vector<HyphenDecision> out;
  out.reserve(cases.size());
  for (const auto& d : partial)
    out.push_back(d ? *d : fallback);
  return out;
}

}  // namespace ingest
