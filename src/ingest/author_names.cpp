// ingest/author_names.cpp — the author grammar of author–year citations.
#include "ingest/author_names.hpp"

#include <unordered_set>

#include "ingest/text_shape.hpp"

namespace ingest {

namespace {

bool is_mark(const CitationToken& t, std::string_view mark) {
  return !t.word && t.text == mark;
}

// "en", "and", "&" join the last two names; "," joins the others.
bool is_joiner(const CitationToken& t) {
  if (is_mark(t, "&") || is_mark(t, ",")) return true;
  return t.word && (t.text == "en" || t.text == "and" || t.text == "und");
}

// A single capital ("M") or capitals joined by full stops ("J.P.J", "R.J.M").
bool initial_letters(const CitationToken& t) {
  if (!t.word) return false;
  bool expect_letter = true;
  int letters = 0;
  for (std::size_t i = 0; i < t.text.size();) {
    const char32_t c = next_code_point(t.text, i);
    if (expect_letter) {
      if (!is_upper(c)) return false;
      ++letters;
      expect_letter = false;
    } else {
      if (c != '.' && c != '-') return false;
      expect_letter = true;
    }
  }
  return letters >= 1 && !expect_letter;
}

enum class Part { kInitial, kParticle, kCapital };

struct Element {
  Part part;
  std::size_t token;
};

// A particle as such: lower case, or capitalised with the rest lower case ("Van", "De").
bool particle_token(const CitationToken& t) {
  if (!t.word || !is_particle_word(t.text)) return false;
  return starts_lower(t) || !all_capitals(t) || t.text.size() == 1;
}

std::string joined(const std::vector<CitationToken>& tokens, std::size_t from, std::size_t to,
                   bool strip_possessive) {
  std::string out;
  for (std::size_t k = from; k < to; ++k) {
    if (!out.empty() && tokens[k].word) out += ' ';
    std::string_view text = tokens[k].text;
    if (strip_possessive && k + 1 == to) text = without_possessive(text);
    out += text;
  }
  return out;
}

// A word that may be a first name: capitalised, the rest in small letters, not an ordinary
// word of the corpus.
bool first_name_shape(const CitationToken& t, const CommonWordTest& is_common) {
  if (!starts_upper(t) || all_capitals(t) || inner_capital(t)) return false;
  // Letters only; a hyphen only before a capital ("Jan-Willem", not "Meta-onderzoek").
  for (std::size_t i = 0; i < t.text.size();) {
    const char32_t c = next_code_point(t.text, i);
    if (c == '-') {
      std::size_t j = i;
      if (j >= t.text.size() || !is_upper(next_code_point(t.text, j))) return false;
    } else if (letter_case(c) == Case::kNone) {
      return false;
    }
  }
  return !is_common(lower_word(t.text));
}

// "Persona’s Sok": a plural or possessive with an apostrophe is a word of the sentence, not
// part of an organisation's name.
bool has_apostrophe(const std::vector<CitationToken>& tokens,
                    const std::vector<Element>& elements) {
  for (const Element& e : elements) {
    const std::string& t = tokens[e.token].text;
    if (t.find("’") != std::string::npos || t.find('\'') != std::string::npos) return true;
  }
  return false;
}

// Reads tokens [begin, end) as one name. `list_start`: the name opens the list.
std::optional<AuthorName> parse_name(const std::vector<CitationToken>& tokens, std::size_t begin,
                                     std::size_t end, AuthorListForm form, bool list_start,
                                     const CommonWordTest& is_common) {
  std::vector<Element> elements;
  for (std::size_t k = begin; k < end; ++k) {
    const CitationToken& t = tokens[k];
    if (initial_letters(t) && k + 1 < end && is_mark(tokens[k + 1], ".")) {
      elements.push_back({Part::kInitial, k});
      ++k;  // its full stop
      continue;
    }
    if (particle_token(t)) {
      elements.push_back({Part::kParticle, k});
      continue;
    }
    if (starts_upper(t)) {
      elements.push_back({Part::kCapital, k});
      continue;
    }
    return std::nullopt;  // a small word, a number or a mark
  }
  if (elements.empty() || elements.back().part != Part::kCapital) return std::nullopt;

  std::size_t particle = elements.size();
  for (std::size_t k = 0; k < elements.size(); ++k) {
    if (elements[k].part == Part::kParticle) {
      particle = k;
      break;
    }
  }

  AuthorName name;
  name.first_token = begin;
  std::size_t surname_from = 0;  // index into elements

  if (particle < elements.size()) {
    // Particles, then exactly one capitalised word; only the first particle may be a capital.
    std::size_t k = particle;
    while (k < elements.size() && elements[k].part == Part::kParticle) {
      if (k > particle && !starts_lower(tokens[elements[k].token])) return std::nullopt;
      ++k;
    }
    if (k + 1 != elements.size()) return std::nullopt;
    // "van VWS", "De RMO": a particle does not precede an abbreviation.
    if (all_capitals(tokens[elements[k].token])) return std::nullopt;
    surname_from = particle;
    std::size_t capitals_before = 0;
    for (std::size_t j = 0; j < particle; ++j) {
      if (elements[j].part == Part::kCapital) ++capitals_before;
    }
    if (particle == 0) {
      // "… disciplines van Senge (1990)": a small "van" or "de" at the start of a narrative
      // list is a preposition or an article. Two particles ("van der"), or one that is no
      // ordinary word ("ter", "ten", "von"), still open a name.
      const std::string first = lower_word(tokens[elements[0].token].text);
      const bool lone_ambiguous =
          k - particle == 1 && (first == "van" || first == "de" || first == "la" || first == "le" ||
                                first == "di" || first == "da" || first == "du" || first == "del");
      if (form == AuthorListForm::kNarrative && list_start &&
          starts_lower(tokens[elements[0].token]) && lone_ambiguous) {
        return std::nullopt;
      }
    } else {
      if (capitals_before >= 2 && elements[particle - 1].part == Part::kCapital) {
        surname_from = particle - 1;  // "Manfred Kets de Vries"
      }
      for (std::size_t j = 0; j < surname_from; ++j) {
        const CitationToken& t = tokens[elements[j].token];
        if (elements[j].part == Part::kCapital && !first_name_shape(t, is_common)) {
          return std::nullopt;
        }
      }
    }
  } else {
    std::vector<std::size_t> capitals;
    for (std::size_t j = 0; j < elements.size(); ++j) {
      if (elements[j].part == Part::kCapital) capitals.push_back(j);
    }
    const CitationToken& first = tokens[elements[capitals.front()].token];
    if (capitals.size() == 1) {
      surname_from = capitals.front();
    } else if (capitals.size() == 2 && (inner_capital(first) || all_capitals(first))) {
      surname_from = capitals.front();  // "McKee Snyder": a double surname
    } else {
      bool all_first_names = true;
      for (std::size_t j = 0; j + 1 < capitals.size(); ++j) {
        if (!first_name_shape(tokens[elements[capitals[j]].token], is_common)) {
          all_first_names = false;
        }
      }
      if (all_first_names && capitals.size() == 2) {
        surname_from = capitals.back();  // "Harrison Owen", "Annie M. G. Schmidt"
      } else if (form == AuthorListForm::kParenthetical &&
                 elements.front().part == Part::kCapital && !has_apostrophe(tokens, elements)) {
        // "(Gemeente Venlo, 2013)", "(Christen Democratische Verkenningen, 2005)".
        surname_from = 0;
        name.organisation = true;
      } else if (all_first_names && form == AuthorListForm::kNarrative) {
        surname_from = capitals.back();  // "Jan Peter Balkenende (2004)"
      } else {
        return std::nullopt;
      }
    }
  }
  name.surname = joined(tokens, elements[surname_from].token, end, true);
  return name;
}

bool only_initials(const std::vector<CitationToken>& tokens, std::size_t begin, std::size_t end) {
  if (begin >= end) return false;
  for (std::size_t k = begin; k < end; k += 2) {  // an initial and its full stop
    if (!initial_letters(tokens[k]) || k + 1 >= end || !is_mark(tokens[k + 1], ".")) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool is_particle_word(std::string_view word) {
  static const std::unordered_set<std::string> kParticles = {
      "van", "de",  "der", "den", "ten", "ter", "te",  "von", "vom",   "zu", "du", "da",
      "di",  "dos", "das", "do",  "le",  "la",  "les", "del", "della", "'t", "’t", "‘t",
      "d'",  "d’",  "op",  "het", "in",  "uit", "aan", "bin", "ibn",   "el", "al"};
  const std::string w = lower_word(word);
  if (kParticles.count(w) == 0) return false;
  // "in", "op", "uit", "aan" and "het" are particles only in front of another one ("in 't
  // Veld", "op de Weegh", "uit den Bogaard"); the caller sees them followed by a particle.
  return true;
}

std::size_t et_al_length(const std::vector<CitationToken>& tokens, std::size_t at,
                         std::size_t end) {
  auto word = [&](std::size_t k, std::initializer_list<std::string_view> forms) {
    if (k >= end || !tokens[k].word) return false;
    for (std::string_view f : forms) {
      if (tokens[k].text == f) return true;
    }
    return false;
  };
  auto stop = [&](std::size_t k) { return k < end && is_mark(tokens[k], ".") ? 1u : 0u; };
  if (word(at, {"et"}) && word(at + 1, {"al"})) return 2 + stop(at + 2);
  if (word(at, {"e.a", "c.s"})) return 1 + stop(at + 1);
  if (word(at, {"en", "and"}) &&
      word(at + 1, {"collega’s", "collega's", "collega‘s", "collegae", "colleagues", "anderen"})) {
    return 2;
  }
  return 0;
}

std::optional<AuthorList> parse_author_list(const std::vector<CitationToken>& tokens,
                                            std::size_t begin, std::size_t end, AuthorListForm form,
                                            const CommonWordTest& is_common) {
  if (begin >= end) return std::nullopt;
  AuthorList list;
  list.begin = begin;
  list.end = end;
  std::size_t i = begin;
  bool expect_name = true;
  bool after_comma = false;
  // In-word particles like "in" and "het" are accepted by is_particle_word; a name whose
  // first particle is one of them must have another particle right after it.
  auto weak_particle = [&](std::size_t k) {
    const std::string w = lower_word(tokens[k].text);
    return w == "in" || w == "op" || w == "uit" || w == "aan" || w == "het" || w == "al" ||
           w == "el" || w == "bin" || w == "ibn";
  };
  while (i < end) {
    if (const std::size_t n = et_al_length(tokens, i, end); n > 0) {
      if (list.names.empty() || i + n != end) return std::nullopt;
      list.et_al = true;
      i += n;
      expect_name = false;
      break;
    }
    if (expect_name) {
      std::size_t run_end = i;
      while (run_end < end && !is_joiner(tokens[run_end]) &&
             et_al_length(tokens, run_end, end) == 0) {
        ++run_end;
      }
      if (run_end == i) return std::nullopt;
      if (after_comma && !list.names.empty() && only_initials(tokens, i, run_end)) {
        // "Andringa, J., Weterings, R.": initials after the surname, reference style.
      } else {
        for (std::size_t k = i; k < run_end; ++k) {
          if (tokens[k].word && weak_particle(k) &&
              !(k + 1 < run_end && particle_token(tokens[k + 1]) && !weak_particle(k + 1))) {
            return std::nullopt;
          }
        }
        auto name = parse_name(tokens, i, run_end, form, list.names.empty(), is_common);
        if (!name) return std::nullopt;
        list.names.push_back(std::move(*name));
      }
      i = run_end;
      expect_name = false;
    } else {
      after_comma = is_mark(tokens[i], ",");
      ++i;
      // ", &" / ", en" / ", and": the serial comma before the last name.
      if (after_comma && i < end && is_joiner(tokens[i]) && !is_mark(tokens[i], ",")) ++i;
      expect_name = true;
    }
  }
  if (expect_name || list.names.empty()) return std::nullopt;
  if (form == AuthorListForm::kNarrative && list.names.size() > 1 &&
      all_capitals(tokens[list.names.front().first_token])) {
    return std::nullopt;  // "de bedenkers van RTTI, Drost en Verra (2019)": an apposition
  }
  if (form == AuthorListForm::kParenthetical) {
    // "VWS, Welzijn Nieuwe Stijl, 2011": a title after the author is not a second author.
    std::vector<AuthorName> kept{list.names.front()};
    for (std::size_t k = 1; k < list.names.size(); ++k) {
      if (!list.names[k].organisation) kept.push_back(std::move(list.names[k]));
    }
    list.names = std::move(kept);
  }
  return list;
}

}  // namespace ingest
