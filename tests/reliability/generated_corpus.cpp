// tests/reliability/generated_corpus.cpp — a seeded word generator, wrapped at 70 columns.
#include "reliability/generated_corpus.hpp"

#include <array>
#include <random>

#include "ingest/sha256.hpp"
#include "support/test_support.hpp"

namespace reliability {

namespace {

constexpr std::array kWords = {
    "de",     "het",    "een",     "school",    "leraren",   "samen",       "leren",
    "vraagt", "team",   "werk",    "ruimte",    "beleid",    "praktijk",    "ontwikkeling",
    "kennis", "groep",  "inzicht", "reflectie", "onderzoek", "organisatie", "cultuur",
    "en",     "van",    "in",      "met",       "voor",      "door",        "wordt",
    "hebben", "tussen", "waarin"};
constexpr std::array kLabels = {
    "gespreid leiderschap", "professionele ruimte", "professionele leergemeenschappen", "PLG",
    "leiderschap",          "leergemeenschap"};
constexpr std::array kAuthors = {"Aalbers", "Brink", "Claassen", "Dekker", "Evers", "Franssen"};

class TextWriter {
 public:
  explicit TextWriter(unsigned variant) : random_(20251121u + variant), variant_(variant) {}

  std::string write(std::size_t bytes) {
    int paragraph = 0;
    while (text_.size() < bytes) {
      if (paragraph % 8 == 0) {
        text_ += "Hoofdstuk deel " + std::to_string(paragraph / 8 + 1) + "\n\n";
      }
      write_paragraph();
      ++paragraph;
    }
    return text_;
  }

 private:
  std::size_t pick(std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(random_);
  }

  std::string sentence() {
    std::string s = kLabels[pick(kLabels.size())];
    s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    const std::size_t words = 6 + pick(10);
    for (std::size_t i = 0; i < words; ++i) {
      s += ' ';
      s += (i == words / 2) ? kLabels[pick(kLabels.size())]
                            : kWords[(pick(kWords.size()) + variant_) % kWords.size()];
    }
    if (pick(3) == 0) {
      s += " (" + std::string(kAuthors[pick(kAuthors.size())]) + ", " +
           std::to_string(1990 + pick(30)) + ")";
    }
    return s + ".";
  }

  void write_paragraph() {
    std::string line;
    const std::size_t sentences = 3 + pick(5);
    for (std::size_t i = 0; i < sentences; ++i) {
      const std::string s = sentence();
      std::size_t start = 0;
      while (start < s.size()) {
        const std::size_t space = s.find(' ', start);
        const std::string word =
            s.substr(start, space == std::string::npos ? std::string::npos : space - start);
        if (!line.empty() && line.size() + 1 + word.size() > 70) {
          text_ += line + "\n";
          line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
        start = space == std::string::npos ? s.size() : space + 1;
      }
    }
    text_ += line + "\n\n";
  }

  std::mt19937 random_;
  unsigned variant_;
  std::string text_;
};

constexpr const char* kVocabulary = R"(theme = "test"

[[concept]]
key = "leiderschap"
pref = { nl = "leiderschap" }
definition = "Richting geven."

[[concept]]
key = "gespreid-leiderschap"
pref = { nl = "gespreid leiderschap", en = "distributed leadership" }
definition = "Leiderschap dat rondgaat."
relations = [{ type = "broader", to = "leiderschap", evidence = "g:3" }]

[[concept]]
key = "professionele-ruimte"
pref = { nl = "professionele ruimte" }
definition = "Zeggenschap over het eigen werk."

[[concept]]
key = "plg"
pref = { nl = "professionele leergemeenschap" }
alt = { nl = ["PLG", "leergemeenschap"] }
definition = "Een groep die samen leert."
)";

}  // namespace

std::string generated_text(std::size_t bytes, unsigned variant) {
  return TextWriter(variant).write(bytes);
}

std::string generated_manifest(const std::string& text) {
  return "schema = 1\n\n[[file]]\nname = \"g.txt\"\nsha256 = \"" + ingest::sha256_hex(text) +
         "\"\nkey = \"g\"\ntitle = \"Een gegenereerd essay\"\nauthors = [\"Gerda Generator\"]\n"
         "year = 2020\nkind = \"essay\"\nlanguage = \"nl\"\n";
}

void write_generated_corpus(const std::filesystem::path& root, std::size_t bytes,
                            unsigned variant) {
  const std::string text = generated_text(bytes, variant);
  std::filesystem::create_directories(root / "corpus");
  std::filesystem::create_directories(root / "vocabulary");
  testing_support::write_file(root / "corpus" / "g.txt", text);
  testing_support::write_file(root / "corpus.toml", generated_manifest(text));
  testing_support::write_file(root / "vocabulary" / "test.toml", kVocabulary);
}

}  // namespace reliability
