// tests/bench/gen_corpus.cpp — a deterministic synthetic corpus of any size, for benchmarks.
//
//   gen_corpus --out DIR --megabytes N [--seed S] [--concepts C] [--vocabulary DIR]
//
// Writes DIR/corpus/gNNNN.txt (files of at most 2 MB: magazines and books with parts, and
// reports), DIR/db/corpus.toml (their manifest with sha256 and part line ranges) and
// DIR/db/vocabulary/*.toml (C concepts or more: every concept of the real vocabulary with its
// labels, and more made by combining real labels with Dutch qualifiers, "lokale
// professionele ruimte in de wijk", related by `broader` to the concept they extend). The
// text is Dutch-like prose from those labels, words of the labels and function words, with
// headings, bylines, author–year citations in the forms the extractor reads, reference lists,
// lines wrapped at 70–90 characters with line-end hyphens, and page furniture (footers,
// running heads, bare page numbers) — the noise of the real PDF extractions.
//
// Same seed and size give byte-identical files: the only randomness is a SplitMix64 stream
// seeded per file from --seed, and nothing depends on the clock, the locale or hash order.
// A few citations and mentions are planted in the first file so that tests can look for them
// (see kPlanted below and tests/bench/gen_corpus_check.sh).
#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/concept_tokens.hpp"
#include "ingest/sha256.hpp"

namespace fs = std::filesystem;

namespace {

// ------------------------------------------------------------------------- randomness

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
  int between(int low, int high) { return low + static_cast<int>(below(high - low + 1)); }
  bool percent(int p) { return below(100) < static_cast<std::size_t>(p); }
  // Skewed towards the front: a few items are picked often, most rarely (like citations).
  std::size_t skewed(std::size_t n) {
    const std::size_t a = below(n);
    const std::size_t b = below(n);
    return std::min(a, b) * std::min(a, b) / std::max<std::size_t>(n, 1);
  }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }

 private:
  std::uint64_t state_;
};

// ------------------------------------------------------------------------- word lists

// Dutch function words and frequent verbs, the glue of the generated sentences.
const std::vector<std::string> kFunctionWords = {
    "de",     "het",    "een",    "en",    "van",     "in",      "op",      "met",      "voor",
    "aan",    "bij",    "door",   "over",  "naar",    "uit",     "om",      "te",       "dat",
    "die",    "dit",    "deze",   "als",   "maar",    "ook",     "niet",    "wel",      "nog",
    "al",     "er",     "zo",     "dan",   "omdat",   "terwijl", "waarbij", "waardoor", "zonder",
    "tussen", "binnen", "tegen",  "onder", "is",      "zijn",    "wordt",   "worden",   "heeft",
    "hebben", "kan",    "kunnen", "moet",  "moeten",  "zal",     "zou",     "gaat",     "blijkt",
    "vraagt", "biedt",  "maakt",  "geeft", "laat",    "zien",    "vormt",   "speelt",   "helpt",
    "draagt", "hun",    "hen",    "zij",   "we",      "wij",     "ons",     "onze",     "elkaar",
    "vaak",   "soms",   "steeds", "meer",  "minder",  "veel",    "weinig",  "andere",   "eigen",
    "nieuwe", "hele",   "goed",   "samen", "daarbij", "daarmee", "hierin"};

// Ordinary Dutch nouns and adjectives of the field, besides the words of the labels.
const std::vector<std::string> kContentWords = {
    "medewerkers", "organisatie", "praktijk",     "onderzoek",    "team",          "teams",
    "school",      "leraren",     "leerlingen",   "gemeente",     "wijk",          "burgers",
    "afspraken",   "ervaring",    "ervaringen",   "gesprek",      "gesprekken",    "vragen",
    "antwoorden",  "verandering", "ontwikkeling", "kwaliteit",    "ruimte",        "tijd",
    "aandacht",    "resultaten",  "inzichten",    "werkwijze",    "professionals", "beleid",
    "directie",    "bestuur",     "kennis",       "vaardigheden", "waarden",       "doelen",
    "belangrijk",  "gezamenlijk", "duidelijk",    "concreet",     "lastig",        "nieuw",
    "ontwikkelen", "bespreken",   "versterken",   "onderzoeken",  "organiseren",   "verbeteren",
    "begeleiden",  "samenwerken", "reflecteren",  "ondersteunen", "beoordelen",    "vernieuwen"};

const std::vector<std::string> kFirstNames = {
    "Anna",  "Bart", "Carla", "Daan",  "Eva",  "Frank",  "Greet", "Hans",   "Ilse",   "Joost",
    "Karin", "Lars", "Marit", "Niels", "Olga", "Pieter", "Roos",  "Sander", "Tineke", "Wouter"};

// Syllables for surnames that are no Dutch word ("Verhoeven", "Bakelman", "Dijkstra").
const std::vector<std::string> kNameHeads = {
    "Bak", "Ver",  "Dijk", "Hoog", "Mul",  "Smit", "Groot", "Kes",  "Brink", "Vos",  "Stam", "Wil",
    "Bos", "Kamp", "Zand", "Heer", "Lind", "Ros",  "Tol",   "Meij", "Blom",  "Kort", "Haan", "Wes"};
const std::vector<std::string> kNameTails = {"ker",  "hoeven", "stra", "man",  "sels", "ink",
                                             "huis", "berg",   "veld", "ma",   "inga", "ing",
                                             "ert",  "ens",    "dorp", "link", "erts", "ema"};
const std::vector<std::string> kParticles = {"Van", "De", "Van der", "Ter", "Van den"};

// Qualifiers that make new concepts of real labels: (Dutch, English).
const std::vector<std::pair<std::string, std::string>> kAdjectives = {
    {"lokale", "local"},           {"regionale", "regional"},   {"digitale", "digital"},
    {"collectieve", "collective"}, {"informele", "informal"},   {"strategische", "strategic"},
    {"kritische", "critical"},     {"duurzame", "sustainable"}, {"gezamenlijke", "joint"},
    {"landelijke", "national"},    {"tijdelijke", "temporary"}, {"praktische", "practical"}};
const std::vector<std::pair<std::string, std::string>> kSettings = {
    {"in de wijk", "in the neighbourhood"},
    {"in het onderwijs", "in education"},
    {"in de zorg", "in care"},
    {"op school", "at school"},
    {"in de gemeente", "in the municipality"},
    {"in de praktijk", "in practice"},
    {"in netwerken", "in networks"},
    {"in het team", "in the team"},
    {"van de directie", "of the board"},
    {"in de klas", "in the classroom"},
    {"in het sociaal domein", "in the social domain"},
    {"bij de overheid", "in government"}};

const std::vector<std::string> kHeadingWords = {
    "Inleiding", "Achtergrond", "Aanpak", "Uitkomsten",  "Reflectie", "Tot slot",
    "Conclusie", "Werkwijze",   "Lessen", "Vooruitblik", "Betekenis", "Context"};

// ------------------------------------------------------------------------- vocabulary

struct Concept {
  std::string key;
  std::string theme;
  std::string pref_nl;
  std::string pref_en;
  std::vector<std::string> alt_nl;
  std::string broader;  // a concept key, or empty
  std::string related;  // a concept key, or empty
};

// Every concept of the real vocabulary: its key, theme and labels (not its relations, whose
// evidence points into the real corpus).
std::vector<Concept> read_real_vocabulary(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() == ".toml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Concept> concepts;
  for (const fs::path& path : files) {
    toml::table doc;
    try {
      doc = toml::parse_file(path.string());
    } catch (const toml::parse_error& e) {
      throw std::runtime_error(path.string() + ":" + std::to_string(e.source().begin.line) + ": " +
                               std::string(e.description()));
    }
    const std::string theme = doc["theme"].value_or(path.stem().string());
    const toml::array* list = doc["concept"].as_array();
    if (list == nullptr) continue;
    for (const toml::node& node : *list) {
      const toml::table* t = node.as_table();
      if (t == nullptr) continue;
      Concept c;
      c.key = (*t)["key"].value_or(std::string());
      c.theme = theme;
      c.pref_nl = (*t)["pref"]["nl"].value_or(std::string());
      c.pref_en = (*t)["pref"]["en"].value_or(std::string());
      if (const toml::array* alt = (*t)["alt"]["nl"].as_array()) {
        for (const toml::node& a : *alt) {
          if (auto text = a.value<std::string>()) c.alt_nl.push_back(*text);
        }
      }
      if (!c.key.empty() && !c.pref_nl.empty()) concepts.push_back(std::move(c));
    }
  }
  if (concepts.empty()) {
    throw std::runtime_error(folder.string() +
                             ": no concepts found (give the real vocabulary with --vocabulary)");
  }
  return concepts;
}

// The labels a concept claims, folded as the loader compares them.
std::vector<std::string> claims(const Concept& c) {
  std::vector<std::string> out;
  auto add = [&](const std::string& label) {
    if (label.empty()) return;
    out.push_back(ingest::looks_like_abbreviation(label) ? "=" + label
                                                         : "~" + ingest::fold_for_matching(label));
  };
  add(c.pref_nl);
  if (ingest::fold_for_matching(c.pref_en) != ingest::fold_for_matching(c.pref_nl)) add(c.pref_en);
  for (const std::string& a : c.alt_nl)
    add(a);
  return out;
}

// The real concepts, then combinations of their Dutch labels with qualifiers until `wanted`.
std::vector<Concept> make_vocabulary(const std::vector<Concept>& real, std::size_t wanted,
                                     Random& random) {
  std::vector<Concept> out;
  std::set<std::string> taken;
  auto claim = [&](const Concept& c) {
    const auto labels = claims(c);
    std::set<std::string> own(labels.begin(), labels.end());
    if (own.size() != labels.size()) return false;  // two of its own labels fold alike
    for (const std::string& l : labels) {
      if (taken.count(l) > 0) return false;
    }
    taken.insert(labels.begin(), labels.end());
    return true;
  };
  for (const Concept& c : real) {
    if (claim(c)) out.push_back(c);
  }
  const std::size_t real_count = out.size();
  for (std::size_t attempt = 0; out.size() < wanted && attempt < wanted * 20; ++attempt) {
    const Concept& base = out[random.below(real_count)];
    const bool has_adjective = random.percent(60);
    const bool has_setting = !has_adjective || random.percent(40);
    const auto& adjective = random.pick(kAdjectives);
    const auto& setting = random.pick(kSettings);
    Concept c;
    c.theme = base.theme;
    c.pref_nl = (has_adjective ? adjective.first + " " : "") + base.pref_nl +
                (has_setting ? " " + setting.first : "");
    c.pref_en = base.pref_en.empty() ? std::string()
                                     : (has_adjective ? adjective.second + " " : "") +
                                           base.pref_en + (has_setting ? " " + setting.second : "");
    if (!base.alt_nl.empty() && random.percent(30)) {
      c.alt_nl.push_back((has_adjective ? adjective.first + " " : "") + base.alt_nl.front() +
                         (has_setting ? " " + setting.first : ""));
    }
    if (ingest::looks_like_abbreviation(c.pref_nl)) continue;
    c.key = "g" + std::to_string(out.size()) + "-" + base.key;
    if (c.key.size() > 60) c.key.resize(60);
    while (c.key.back() == '-')
      c.key.pop_back();
    c.broader = base.key;
    if (random.percent(30)) c.related = out[random.below(out.size())].key;
    if (c.related == c.broader) c.related.clear();
    if (claim(c)) out.push_back(std::move(c));
  }
  return out;
}

std::string toml_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) continue;
    out += c;
  }
  return out + "\"";
}

// One file per theme; relations point at evidence in the first corpus file, lines 1–3.
void write_vocabulary(const std::vector<Concept>& concepts, const fs::path& folder,
                      const std::string& evidence_file) {
  std::map<std::string, std::string> by_theme;
  for (const Concept& c : concepts) {
    std::string& out = by_theme[c.theme];
    if (out.empty()) {
      out = "# generated by tests/bench/gen_corpus — a synthetic vocabulary for benchmarks\n";
      out += "theme = " + toml_string(c.theme) + "\n";
    }
    out += "\n[[concept]]\nkey = " + toml_string(c.key) + "\n";
    out += "pref = { nl = " + toml_string(c.pref_nl);
    if (!c.pref_en.empty()) out += ", en = " + toml_string(c.pref_en);
    out += " }\n";
    if (!c.alt_nl.empty()) {
      out += "alt = { nl = [";
      for (std::size_t i = 0; i < c.alt_nl.size(); ++i)
        out += (i ? ", " : "") + toml_string(c.alt_nl[i]);
      out += "] }\n";
    }
    out += "definition = " + toml_string("Synthetisch begrip: " + c.pref_nl + ".") + "\n";
    if (!c.broader.empty() || !c.related.empty()) {
      out += "relations = [\n";
      if (!c.broader.empty()) {
        out += "  { type = \"broader\", to = " + toml_string(c.broader) + ", evidence = \"" +
               evidence_file + ":1-3\" },\n";
      }
      if (!c.related.empty()) {
        out += "  { type = \"related\", to = " + toml_string(c.related) + ", evidence = \"" +
               evidence_file + ":2\" },\n";
      }
      out += "]\n";
    }
  }
  fs::create_directories(folder);
  for (const auto& [theme, text] : by_theme) {
    std::string file = theme;
    std::replace(file.begin(), file.end(), ' ', '-');
    std::ofstream(folder / (file + ".toml"), std::ios::binary) << text;
  }
}

// ------------------------------------------------------------------------- cited works

struct Work {
  std::vector<std::string> authors;  // surnames with their particle
  std::vector<std::string> initials;
  int year = 2000;
  std::string suffix;  // "a", "b" for two works of an author in one year
  std::string title;
};

std::vector<Work> make_works(std::size_t count, Random& random) {
  std::vector<std::string> names;
  std::set<std::string> seen;
  while (names.size() < count / 2 + 50) {
    std::string name = random.pick(kNameHeads) + random.pick(kNameTails);
    if (random.percent(25)) name = random.pick(kParticles) + " " + name;
    if (seen.insert(name).second) names.push_back(name);
  }
  std::vector<Work> works;
  std::set<std::string> identities;
  while (works.size() < count) {
    Work w;
    const int authors = random.percent(55) ? 1 : random.percent(70) ? 2 : 4;
    for (int i = 0; i < authors; ++i) {
      const std::string& name = names[random.skewed(names.size())];
      if (std::find(w.authors.begin(), w.authors.end(), name) != w.authors.end()) continue;
      w.authors.push_back(name);
      w.initials.push_back(std::string(1, static_cast<char>('A' + random.below(26))) + ".");
    }
    w.year = random.between(1975, 2024);
    std::string identity;
    for (const auto& a : w.authors)
      identity += a + ";";
    identity += std::to_string(w.year);
    if (!identities.insert(identity).second) continue;
    w.title = "Over " + random.pick(kContentWords) + " en " + random.pick(kContentWords);
    works.push_back(std::move(w));
  }
  return works;
}

std::string year_of(const Work& w) {
  return std::to_string(w.year) + w.suffix;
}

// "Bakker", "Bakker & Vos", "Bakker et al." — as a parenthetical citation names them.
std::string cited_authors(const Work& w, bool dutch_et_al) {
  if (w.authors.size() == 1) return w.authors[0];
  if (w.authors.size() == 2) return w.authors[0] + " & " + w.authors[1];
  return w.authors[0] + (dutch_et_al ? " e.a." : " et al.");
}

// A reference entry, APA-style: "Bakker, J., & Vos, K. (2019). Titel. Uitgever."
std::string reference_entry(const Work& w) {
  std::string out;
  for (std::size_t i = 0; i < w.authors.size(); ++i) {
    if (i > 0) out += i + 1 == w.authors.size() ? ", & " : ", ";
    out += w.authors[i] + ", " + w.initials[i];
  }
  return out + " (" + year_of(w) + "). " + w.title + ". Utrecht: Uitgeverij Synthese.";
}

// ------------------------------------------------------------------------- text

// Citations and words planted in the first file, for tests to find in the database.
const char* const kPlanted[] = {
    "Dit bleek al eerder (Plantinga & Zwaneveldt, 2011) in een studie naar gespreid "
    "leiderschap.",
    "Volgens Oosterbroekema (1999) is de professionele ruimte van leraren groter dan gedacht.",
    "Ook hier speelt het leerklimaat een rol (Wijnstrabos et al., 2016, p. 12).",
};

// A document (a file's own text or one of its parts) as the manifest describes it.
struct Part {
  std::string key;
  std::string title;
  std::string author;
  std::string kind;
  int first_line = 0;
  int last_line = 0;
};

class FileWriter {
 public:
  FileWriter(Random& random, const std::vector<Concept>& concepts,
             const std::vector<std::string>& label_words, const std::vector<Work>& works,
             std::string furniture_name, int year)
      : random_(random),
        concepts_(concepts),
        label_words_(label_words),
        works_(works),
        furniture_name_(std::move(furniture_name)),
        year_(year) {
    page_lines_ = random_.between(40, 55);
  }

  int line_count() const { return lines_; }
  std::size_t size() const { return text_.size(); }
  std::string take() { return std::move(text_); }

  // A whole document: title, byline, sections of paragraphs with citations, references.
  void document(const std::string& title, const std::string& author, bool chapter_label,
                int chapter, bool plant) {
    if (chapter_label) raw_line("Hoofdstuk " + std::to_string(chapter));
    raw_line(title);
    if (!author.empty()) raw_line("Auteur: " + author);
    blank();
    cited_.clear();
    const int sections = random_.between(2, 5);
    for (int s = 0; s < sections; ++s) {
      if (s > 0) {
        heading();
      }
      const int paragraphs = random_.between(3, 8);
      for (int p = 0; p < paragraphs; ++p) {
        paragraph(plant && s == 0 && p == 0);
        blank();
      }
    }
    if (!cited_.empty() && random_.percent(60)) references();
  }

 private:
  void heading() {
    std::string h = random_.pick(kHeadingWords);
    if (random_.percent(50)) h += ": " + random_.pick(concepts_).pref_nl;
    raw_line(h);
    blank();
  }

  void references() {
    raw_line(random_.percent(50) ? "Literatuur" : "Referenties");
    std::sort(cited_.begin(), cited_.end());
    cited_.erase(std::unique(cited_.begin(), cited_.end()), cited_.end());
    for (std::size_t w : cited_)
      wrapped(reference_entry(works_[w]), false);
    blank();
  }

  // One citation in one of the forms the extractor knows; the work is remembered for the
  // document's reference list.
  std::string citation() {
    const std::size_t w = random_.skewed(works_.size());
    cited_.push_back(w);
    const Work& work = works_[w];
    const std::string authors = cited_authors(work, random_.percent(20));
    const std::string year = year_of(work);
    switch (random_.below(8)) {
      case 0:
        return "(" + authors + ", " + year + ", p. " + std::to_string(random_.between(2, 300)) +
               ")";
      case 1: {
        const std::size_t v = random_.skewed(works_.size());
        cited_.push_back(v);
        return "(zie o.a. " + authors + ", " + year + "; " + cited_authors(works_[v], false) +
               ", " + year_of(works_[v]) + ")";
      }
      case 2:
        return "(" + authors + " " + year + ")";
      default:
        return "(" + authors + ", " + year + ")";
    }
  }

  std::string narrative() {
    const std::size_t w = random_.skewed(works_.size());
    cited_.push_back(w);
    const Work& work = works_[w];
    std::string who = work.authors.size() == 1   ? work.authors[0]
                      : work.authors.size() == 2 ? work.authors[0] + " en " + work.authors[1]
                                                 : work.authors[0] + " en collega’s";
    return who + " (" + year_of(work) + ")";
  }

  void sentence(std::string& out) {
    const bool opens_with_citation = random_.percent(8);
    std::string s;
    if (opens_with_citation) {
      s = "Volgens " + narrative();
    }
    const int words = random_.between(7, 20);
    for (int i = 0; i < words; ++i) {
      if (!s.empty()) s += (random_.percent(6) ? ", " : " ");
      const int kind = static_cast<int>(random_.below(100));
      // About one concept mention in 30 words, as in the real corpus.
      if (kind < 60) {
        s += random_.pick(kFunctionWords);
      } else if (kind < 66) {
        s += random_.pick(label_words_);
      } else if (kind < 97) {
        s += random_.pick(kContentWords);
      } else {
        const Concept& c = concepts_[random_.skewed(concepts_.size())];
        s += c.alt_nl.empty() || random_.percent(70) ? c.pref_nl : random_.pick(c.alt_nl);
      }
    }
    if (random_.percent(12)) s += " " + citation();
    if (s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    out += s;
    out += random_.percent(5) ? "? " : ". ";
  }

  void paragraph(bool plant) {
    std::string text;
    if (plant) {
      for (const char* p : kPlanted) {
        text += p;
        text += ' ';
      }
    }
    const int sentences = random_.between(3, 7);
    for (int i = 0; i < sentences; ++i)
      sentence(text);
    text.pop_back();
    wrapped(text, true);
  }

  // Lines of 70–90 bytes; a long word at a line end is sometimes broken with a hyphen.
  void wrapped(const std::string& text, bool hyphenate) {
    std::size_t width = static_cast<std::size_t>(random_.between(70, 90));
    std::string line;
    std::size_t at = 0;
    while (at < text.size()) {
      std::size_t end = text.find(' ', at);
      if (end == std::string::npos) end = text.size();
      const std::string_view word(text.data() + at, end - at);
      if (!line.empty() && line.size() + 1 + word.size() > width) {
        const std::size_t room = width > line.size() + 2 ? width - line.size() - 2 : 0;
        if (hyphenate && word.size() >= 8 && room >= 4 && random_.percent(35) &&
            std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
          const std::size_t cut = std::min(room, word.size() - 3);
          text_line(line + " " + std::string(word.substr(0, cut)) + "-");
          line = std::string(word.substr(cut));
        } else {
          text_line(line);
          line = std::string(word);
        }
        width = static_cast<std::size_t>(random_.between(70, 90));
      } else {
        if (!line.empty()) line += ' ';
        line += word;
      }
      at = end + 1;
    }
    if (!line.empty()) text_line(line);
  }

  // A line of running text; at a page end the page furniture interrupts it.
  void text_line(const std::string& line) {
    raw_line(line);
    if (++on_page_ < page_lines_) return;
    on_page_ = 0;
    ++page_;
    blank();
    switch (furniture_) {
      case 0:
        raw_line(furniture_name_ + " " + std::to_string(year_ % 7 + 1) + " | " +
                 std::to_string(year_) + " " + std::to_string(page_));
        break;
      case 1:
        raw_line(furniture_name_ + " " + std::to_string(page_));
        break;
      default:
        raw_line(std::to_string(page_));
        break;
    }
    blank();
  }

  void blank() { raw_line(""); }

  void raw_line(const std::string& line) {
    text_ += line;
    text_ += '\n';
    ++lines_;
  }

 public:
  int furniture_ = 0;  // 0 footers, 1 running heads, 2 bare page numbers

 private:
  Random& random_;
  const std::vector<Concept>& concepts_;
  const std::vector<std::string>& label_words_;
  const std::vector<Work>& works_;
  std::string furniture_name_;
  int year_;
  std::string text_;
  int lines_ = 0;
  int page_lines_;
  int on_page_ = 0;
  int page_ = 1;
  std::vector<std::size_t> cited_;
};

struct FileEntry {
  std::string name;
  std::string key;
  std::string title;
  std::string kind;
  int year = 0;
  std::string sha256;
  std::vector<Part> parts;
};

std::string person(Random& random, const std::vector<Work>& works) {
  const Work& w = works[random.below(works.size())];
  return random.pick(kFirstNames) + " " + w.authors.front();
}

FileEntry write_file(std::size_t index, std::size_t target_bytes, std::uint64_t seed,
                     const std::vector<Concept>& concepts,
                     const std::vector<std::string>& label_words, const std::vector<Work>& works,
                     const fs::path& folder) {
  Random random(seed * 1000003u + index);
  FileEntry entry;
  char name[32];
  std::snprintf(name, sizeof name, "g%04zu", index);
  entry.key = name;
  entry.name = entry.key + ".txt";
  entry.year = random.between(1995, 2025);
  const int shape = static_cast<int>(index % 3);  // magazine, book, report
  entry.kind = shape == 0 ? "magazine" : shape == 1 ? "book" : "report";
  entry.title = (shape == 0   ? "Tijdschrift voor "
                 : shape == 1 ? "Werken aan "
                              : "Rapport over ") +
                concepts[random.below(concepts.size())].pref_nl;
  FileWriter writer(random, concepts, label_words, works,
                    shape == 0 ? "Synthese" : "Werken aan Leren", entry.year);
  writer.furniture_ = shape;
  int part_no = 0;
  while (writer.size() < target_bytes) {
    const bool plant = index == 0 && part_no == 0;
    Part part;
    part.first_line = writer.line_count() + 1;
    part.title = concepts[random.skewed(concepts.size())].pref_nl;
    part.title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(part.title[0])));
    part.author = person(random, works);
    ++part_no;
    writer.document(part.title, shape == 2 ? "" : part.author, shape == 1, part_no, plant);
    part.last_line = writer.line_count();
    part.kind = shape == 0 ? (part_no % 4 == 0 ? "interview" : "article") : "chapter";
    char key[48];
    std::snprintf(key, sizeof key, "%s-%s%02d", entry.key.c_str(), shape == 0 ? "p" : "h", part_no);
    part.key = key;
    if (shape != 2) entry.parts.push_back(std::move(part));
  }
  const std::string text = writer.take();
  entry.sha256 = ingest::sha256_hex(text);
  std::ofstream out(folder / entry.name, std::ios::binary);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out) throw std::runtime_error((folder / entry.name).string() + ": cannot be written");
  return entry;
}

void write_manifest(const std::vector<FileEntry>& files, const fs::path& path) {
  std::string out =
      "# generated by tests/bench/gen_corpus — the manifest of a synthetic corpus\nschema = 1\n";
  for (const FileEntry& f : files) {
    out += "\n[[file]]\nname = " + toml_string(f.name) + "\nsha256 = \"" + f.sha256 + "\"\n";
    out += "key = " + toml_string(f.key) + "\ntitle = " + toml_string(f.title) + "\n";
    out += "authors = []\nyear = " + std::to_string(f.year) + "\nkind = \"" + f.kind +
           "\"\nlanguage = \"nl\"\n";
    for (const Part& p : f.parts) {
      out += "\n  [[file.part]]\n  key = " + toml_string(p.key) +
             "\n  title = " + toml_string(p.title) + "\n  authors = [" + toml_string(p.author) +
             "]\n  kind = \"" + p.kind + "\"\n  first_line = " + std::to_string(p.first_line) +
             "\n  last_line = " + std::to_string(p.last_line) + "\n";
    }
  }
  std::ofstream(path, std::ios::binary) << out;
}

// Words of the Dutch labels, for prose that talks about the concepts without naming them.
std::vector<std::string> words_of_labels(const std::vector<Concept>& concepts) {
  std::set<std::string> words;
  for (const Concept& c : concepts) {
    std::size_t at = 0;
    const std::string& label = c.pref_nl;
    while (at < label.size()) {
      std::size_t end = label.find(' ', at);
      if (end == std::string::npos) end = label.size();
      const std::string word = label.substr(at, end - at);
      if (word.size() >= 4 && std::all_of(word.begin(), word.end(), [](char ch) {
            return (ch >= 'a' && ch <= 'z') || static_cast<unsigned char>(ch) >= 0x80;
          }))
        words.insert(word);
      at = end + 1;
    }
  }
  return {words.begin(), words.end()};
}

struct Options {
  fs::path out;
  double megabytes = 0;
  std::uint64_t seed = 1;
  std::size_t concepts = 1000;
  fs::path vocabulary = fs::path(CONCEPTDB_SOURCE_DIR) / "db" / "vocabulary";
};

[[noreturn]] void usage(const std::string& message) {
  throw std::invalid_argument(
      message +
      "\nusage: gen_corpus --out DIR --megabytes N [--seed S] [--concepts C] "
      "[--vocabulary DIR]");
}

Options parse_options(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) usage("missing value after " + arg);
    const std::string value = argv[++i];
    try {
      if (arg == "--out") {
        o.out = value;
      } else if (arg == "--megabytes") {
        o.megabytes = std::stod(value);
      } else if (arg == "--seed") {
        o.seed = std::stoull(value);
      } else if (arg == "--concepts") {
        o.concepts = std::stoul(value);
      } else if (arg == "--vocabulary") {
        o.vocabulary = value;
      } else {
        usage("unknown option " + arg);
      }
    } catch (const std::logic_error&) {
      usage("not a number: " + arg + " " + value);
    }
  }
  if (o.out.empty()) usage("--out DIR is required");
  if (o.megabytes <= 0) usage("--megabytes N is required (N > 0; 1000 is 1 GB)");
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const Options options = parse_options(argc, argv);
    const auto total = static_cast<std::size_t>(options.megabytes * 1e6);
    // Several files even for a small corpus, none above 2 MB: 1 GB is 500 files.
    const std::size_t per_file = std::clamp<std::size_t>(total / 8, 32 * 1024, 2'000'000);
    const std::size_t file_count = std::max<std::size_t>(1, (total + per_file - 1) / per_file);

    Random random(options.seed);
    const std::vector<Concept> concepts =
        make_vocabulary(read_real_vocabulary(options.vocabulary), options.concepts, random);
    const std::vector<std::string> label_words = words_of_labels(concepts);
    const std::vector<Work> works = make_works(std::max<std::size_t>(200, total / 40'000), random);

    const fs::path corpus = options.out / "corpus";
    const fs::path db = options.out / "db";
    fs::create_directories(corpus);
    fs::create_directories(db);
    std::vector<FileEntry> files;
    std::size_t written = 0;
    for (std::size_t i = 0; i < file_count; ++i) {
      const std::size_t target = std::min(per_file, total - std::min(total, written));
      files.push_back(write_file(i, std::max<std::size_t>(target, 4096), options.seed, concepts,
                                 label_words, works, corpus));
      written += fs::file_size(corpus / files.back().name);
    }
    write_manifest(files, db / "corpus.toml");
    fs::remove_all(db / "vocabulary");
    write_vocabulary(concepts, db / "vocabulary", files.front().key);
    std::fprintf(stderr, "gen_corpus: %zu files, %.1f MB, %zu concepts, %zu works in %s\n",
                 files.size(), static_cast<double>(written) / 1e6, concepts.size(), works.size(),
                 options.out.string().c_str());
    return 0;
  } catch (const std::invalid_argument& e) {
    std::fprintf(stderr, "gen_corpus: %s\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "gen_corpus: %s\n", e.what());
    return 1;
  }
}
