// ingest/dutch_variants.cpp — Dutch plurals, diminutives, adjective endings and respellings.
#include "ingest/dutch_variants.hpp"

#include <set>

#include "ingest/concept_tokens.hpp"

namespace ingest {

namespace {

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}
bool is_consonant(char c) {
  return c >= 'a' && c <= 'z' && !is_vowel(c);
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// The voiced consonant of a stem before a vowel ending: f → v, s → z.
char voiced(char c) {
  return c == 'f' ? 'v' : c == 's' ? 'z' : c;
}
char unvoiced(char c) {
  return c == 'v' ? 'f' : c == 'z' ? 's' : c;
}

// "...aC", "...eC" with a single short vowel before a single final consonant (not a
// diphthong, not a doubled vowel): the consonant doubles before a vowel ending.
bool short_vowel_before_final_consonant(std::string_view w) {
  const std::size_t n = w.size();
  if (n < 3 || !is_consonant(w[n - 1]) || !is_vowel(w[n - 2]) || is_vowel(w[n - 3])) return false;
  return w[n - 1] != 'w' && w[n - 1] != 'x' && w[n - 1] != 'y' && w[n - 1] != 'h';
}

// "...aaC", "...eeC", "...ooC", "...uuC": a doubled vowel before a single final consonant
// ("leraar", and after another vowel too: "sociaal", "financieel").
bool doubled_vowel_before_final_consonant(std::string_view w) {
  const std::size_t n = w.size();
  return n >= 4 && is_consonant(w[n - 1]) && is_vowel(w[n - 2]) && w[n - 2] == w[n - 3] &&
         w[n - 2] != 'i';
}

void add(std::vector<WordForm>& out, std::set<std::string>& seen, std::string text,
         const char* rule) {
  if (seen.insert(text).second) out.push_back({std::move(text), rule});
}

// The stems a vowel ending (-en, -e) attaches to: the word, with its final consonant doubled
// or its doubled vowel undoubled, and with f/s voiced.
std::vector<std::string> vowel_ending_stems(std::string_view w) {
  std::vector<std::string> stems;
  if (w.empty()) return stems;
  const std::string word(w);
  const char last = word.back();
  stems.push_back(word);
  if (short_vowel_before_final_consonant(word)) stems.push_back(word + last);
  if (doubled_vowel_before_final_consonant(word)) {
    std::string undoubled = word.substr(0, word.size() - 2) + voiced(last);
    stems.push_back(undoubled);
  }
  if (last == 'f' || last == 's') stems.push_back(word.substr(0, word.size() - 1) + voiced(last));
  return stems;
}

}  // namespace

std::vector<WordForm> dutch_noun_forms(std::string_view noun) {
  std::vector<WordForm> out;
  std::set<std::string> seen{std::string(noun)};
  if (letter_count(noun) < 2) return out;
  const std::string w(noun);
  // Plurals.
  if (w.back() == 'e') {
    add(out, seen, w + "n", "plural");
  } else {
    for (const std::string& stem : vowel_ending_stems(w))
      add(out, seen, stem + "en", "plural");
  }
  add(out, seen, w + "s", "plural");
  add(out, seen, w + "'s", "plural");
  if (ends_with(w, "heid")) add(out, seen, w.substr(0, w.size() - 4) + "heden", "plural");
  if (ends_with(w, "um")) add(out, seen, w.substr(0, w.size() - 2) + "a", "plural");
  if (ends_with(w, "ie")) add(out, seen, w + "en", "plural");  // "theorieën"
  // Diminutives, each also in the plural.
  std::vector<std::string> small;
  if (ends_with(w, "ing")) small.push_back(w.substr(0, w.size() - 1) + "kje");
  small.push_back(w + "je");
  small.push_back(w + "tje");
  small.push_back(w + "pje");
  if (short_vowel_before_final_consonant(w)) small.push_back(w + w.back() + "etje");
  for (const std::string& d : small) {
    add(out, seen, d, "diminutive");
    add(out, seen, d + "s", "diminutive");
  }
  return out;
}

std::vector<std::string> dutch_adjective_forms(std::string_view adjective) {
  std::vector<std::string> out;
  if (letter_count(adjective) < 4) return out;
  const std::string w(adjective);
  std::set<std::string> seen{w};
  auto keep = [&](std::string s) {
    if (s.size() >= 2 && seen.insert(s).second) out.push_back(std::move(s));
  };
  if (w.back() == 'e') {
    // Inflected → base: drop the -e, undouble a doubled consonant, double the vowel of an
    // open syllable, unvoice v/z.
    std::string stem = w.substr(0, w.size() - 1);
    const char last = stem.back();
    std::string base = stem.substr(0, stem.size() - 1) + unvoiced(last);
    keep(base);
    const std::size_t n = stem.size();
    if (n >= 3 && stem[n - 1] == stem[n - 2] && is_consonant(last)) keep(stem.substr(0, n - 1));
    if (n >= 3 && is_consonant(last) && is_vowel(stem[n - 2]) && !is_vowel(stem[n - 3])) {
      keep(stem.substr(0, n - 1) + stem[n - 2] + unvoiced(last));
    }
  } else {
    for (const std::string& stem : vowel_ending_stems(w))
      keep(stem + "e");
  }
  return out;
}

std::vector<std::string> english_plurals(std::string_view noun) {
  std::vector<std::string> out;
  if (noun.empty()) return out;
  const std::string w(noun);
  out.push_back(w + "s");
  out.push_back(w + "'s");
  if (ends_with(w, "s") || ends_with(w, "x") || ends_with(w, "ch") || ends_with(w, "sh")) {
    out.push_back(w + "es");
  }
  if (w.size() >= 3 && w.back() == 'y' && !is_vowel(w[w.size() - 2])) {
    out.push_back(w.substr(0, w.size() - 1) + "ies");
  }
  return out;
}

namespace {

bool is_preposition(std::string_view w) {
  return w == "op" || w == "van" || w == "voor" || w == "aan" || w == "in" || w == "met" ||
         w == "over" || w == "naar" || w == "bij" || w == "tot" || w == "uit" || w == "door";
}

std::string join_rules(std::string_view a, std::string_view b) {
  if (a.empty() || a == "label") return std::string(b);
  if (b.empty() || b == "label") return std::string(a);
  return std::string(a) + "+" + std::string(b);
}

// The limit on variants of one label; long labels with many inflectable words stop here.
constexpr std::size_t kMaxVariants = 600;

}  // namespace

std::vector<LabelVariant> label_variants(const LabelSpelling& label, const WordTest& is_word) {
  std::vector<LabelVariant> out;
  std::set<std::vector<std::string>> seen;
  auto emit = [&](std::vector<std::string> tokens, std::string rule) {
    if (tokens.empty() || out.size() >= kMaxVariants) return;
    if (rule.empty()) rule = "label";
    if (seen.insert(tokens).second) out.push_back({std::move(tokens), std::move(rule)});
  };
  emit(label.tokens, "label");
  if (label.exact || label.tokens.empty()) return out;
  if (label.case_sensitive) {
    // An abbreviation takes only a plural ending: PLGs, PLG's.
    std::vector<std::string> t = label.tokens;
    const std::string last = t.back();
    for (const char* ending : {"s", "'s"}) {
      t.back() = last + ending;
      emit(t, "plural");
    }
    return out;
  }

  // Spellings: hyphenated members closed up ("co-creatie" → "cocreatie"); a closed member
  // split into two corpus words ("teamleren" → "team leren"), which also covers the hyphen.
  std::vector<LabelVariant> spellings{{label.tokens, "label"}};
  {
    std::vector<std::string> closed;
    bool any_join = false;
    for (std::size_t i = 0; i < label.tokens.size(); ++i) {
      const bool joined = i < label.joined_before.size() && label.joined_before[i] && i > 0;
      if (joined) {
        closed.back() += label.tokens[i];
        any_join = true;
      } else {
        closed.push_back(label.tokens[i]);
      }
    }
    if (any_join) spellings.push_back({closed, "spelling"});
    // Any one member may be split ("leidinggeven aan leren" → "leiding geven aan leren").
    for (std::size_t i = 0; is_word && i < label.tokens.size(); ++i) {
      const std::string& w = label.tokens[i];
      for (std::size_t cut = 3; cut + 4 <= w.size(); ++cut) {
        const std::string left = w.substr(0, cut);
        const std::string right = w.substr(cut);
        if (!is_word(left) || !is_word(right)) continue;
        std::vector<std::string> split(label.tokens.begin(), label.tokens.begin() + i);
        split.push_back(left);
        split.push_back(right);
        split.insert(split.end(), label.tokens.begin() + i + 1, label.tokens.end());
        spellings.push_back({std::move(split), "spelling"});
      }
    }
  }

  for (const LabelVariant& spelling : spellings) {
    const std::vector<std::string>& base = spelling.tokens;
    // Forms of each member before the last: adjectives (Dutch only) take or drop their -e;
    // in "visie op leren" the word before the preposition is the head and takes the plural.
    std::size_t head_before = base.size();
    for (std::size_t i = 1; label.language == "nl" && i + 1 < base.size(); ++i) {
      if (is_preposition(base[i])) {
        head_before = i - 1;
        break;
      }
    }
    std::vector<std::vector<WordForm>> members;
    for (std::size_t i = 0; i + 1 < base.size(); ++i) {
      std::vector<WordForm> forms{{base[i], ""}};
      if (i == head_before) {
        for (WordForm& f : dutch_noun_forms(base[i])) {
          if (f.rule == "plural") forms.push_back(std::move(f));
        }
      } else if (label.language == "nl" && i < head_before) {
        for (std::string& f : dutch_adjective_forms(base[i]))
          forms.push_back({std::move(f), "adjective"});
      }
      members.push_back(std::move(forms));
    }
    std::vector<WordForm> heads{{base.back(), ""}};
    if (label.language == "nl") {
      for (WordForm& f : dutch_noun_forms(base.back()))
        heads.push_back(std::move(f));
    } else {
      for (std::string& f : english_plurals(base.back()))
        heads.push_back({std::move(f), "plural"});
    }
    // Every combination of member forms with every head form.
    std::vector<std::size_t> choice(members.size(), 0);
    while (true) {
      std::vector<std::string> tokens;
      std::string rule = spelling.rule;
      for (std::size_t i = 0; i < members.size(); ++i) {
        const WordForm& form = members[i][choice[i]];
        tokens.push_back(form.text);
        if (!form.rule.empty() && rule.find(form.rule) == std::string::npos) {
          rule = join_rules(rule, form.rule);
        }
      }
      for (const WordForm& head : heads) {
        std::vector<std::string> full = tokens;
        full.push_back(head.text);
        emit(std::move(full), join_rules(rule, head.rule));
      }
      std::size_t i = 0;
      while (i < choice.size() && ++choice[i] == members[i].size())
        choice[i++] = 0;
      if (i == choice.size() || out.size() >= kMaxVariants) break;
    }
  }
  return out;
}

}  // namespace ingest
