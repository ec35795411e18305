// tests/bench/matcher_bench.cpp — throughput of the concept matcher, as a ratio to loops
// measured in the same run (also printed as RESULT lines for tests/bench/run).
//
// The text is the real corpus (every *.txt in the corpus folder, paragraphs joined as the
// build joins them). The vocabulary is synthetic, 1,000 concepts by default, drawn from the
// corpus's own words so that it matches often: single words and adjacent word pairs of
// middle frequency. Reported: MB/s of the matcher, of its tokenizer alone, and of a raw byte
// loop that only counts word starts; the ratios are what to compare between machines.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/concept_matcher.hpp"
#include "ingest/concept_tokens.hpp"
#include "ingest/vocabulary.hpp"

namespace {

std::vector<std::string> read_paragraphs(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> paragraphs;
  for (const auto& path : files) {
    std::ifstream in(path);
    std::string line;
    std::string paragraph;
    while (std::getline(in, line)) {
      std::replace(line.begin(), line.end(), '\t', ' ');
      if (line.find_first_not_of(' ') == std::string::npos) {
        if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
        paragraph.clear();
        continue;
      }
      if (!paragraph.empty()) paragraph += ' ';
      paragraph += line;
    }
    if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
  }
  return paragraphs;
}

// Concepts from the corpus's own words: the middle of the frequency list, single words of
// five letters or more and pairs of such words, alternating.
ingest::Vocabulary synthetic_vocabulary(const std::vector<std::string>& paragraphs,
                                        std::size_t size) {
  std::map<std::string, std::size_t> words;
  std::map<std::string, std::size_t> pairs;
  for (const std::string& p : paragraphs) {
    const auto tokens = ingest::tokenize_for_concepts(p);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (ingest::letter_count(tokens[i].key) < 5) continue;
      ++words[tokens[i].key];
      if (i + 1 < tokens.size() && ingest::letter_count(tokens[i + 1].key) >= 5) {
        ++pairs[tokens[i].key + " " + tokens[i + 1].key];
      }
    }
  }
  auto by_count = [](const std::map<std::string, std::size_t>& m) {
    std::vector<std::pair<std::size_t, std::string>> v;
    for (const auto& [text, n] : m)
      v.emplace_back(n, text);
    std::sort(v.rbegin(), v.rend());
    return v;
  };
  const auto w = by_count(words);
  const auto p = by_count(pairs);
  ingest::Vocabulary vocabulary;
  for (std::size_t i = 0; vocabulary.concepts.size() < size; ++i) {
    const bool pair = i % 2 == 1;
    const auto& list = pair ? p : w;
    const std::size_t at = 20 + i / 2;  // skip the 20 most frequent of each
    if (at >= list.size()) break;
    ingest::VocabularyConcept c;
    c.key = "c" + std::to_string(vocabulary.concepts.size());
    c.theme = "bench";
    c.definition = "synthetic";
    ingest::VocabularyLabel label;
    label.text = list[at].second;
    label.language = "nl";
    label.kind = ingest::LabelKind::kPreferred;
    c.labels.push_back(label);
    vocabulary.concepts.push_back(std::move(c));
  }
  return vocabulary;
}

template <typename F>
double best_seconds(int repeats, F&& run) {
  double best = 1e30;
  for (int r = 0; r < repeats; ++r) {
    const auto start = std::chrono::steady_clock::now();
    run();
    best = std::min(
        best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: matcher_bench CORPUS_DIR [CONCEPTS [REPEATS]]\n");
    return 2;
  }
  const std::size_t size = argc > 2 ? std::stoul(argv[2]) : 1000;
  const int repeats = argc > 3 ? std::stoi(argv[3]) : 5;
  const auto paragraphs = read_paragraphs(argv[1]);
  std::size_t bytes = 0;
  for (const auto& p : paragraphs)
    bytes += p.size();
  const double mb = static_cast<double>(bytes) / 1e6;

  const auto build_start = std::chrono::steady_clock::now();
  const ingest::Vocabulary vocabulary = synthetic_vocabulary(paragraphs, size);
  const ingest::ConceptMatcher matcher(vocabulary, {});
  const double build_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - build_start).count();

  std::size_t matches = 0;
  const double match_s = best_seconds(repeats, [&] {
    matches = 0;
    for (const auto& p : paragraphs)
      matches += matcher.match(p).size();
  });
  std::size_t tokens = 0;
  const double token_s = best_seconds(repeats, [&] {
    tokens = 0;
    for (const auto& p : paragraphs)
      tokens += ingest::tokenize_for_concepts(p).size();
  });
  std::size_t starts = 0;
  const double raw_s = best_seconds(repeats, [&] {
    starts = 0;
    for (const auto& p : paragraphs) {
      bool in_word = false;
      for (char c : p) {
        const bool word = c != ' ' && c != ',' && c != '.';
        starts += (word && !in_word) ? 1 : 0;
        in_word = word;
      }
    }
  });

  std::printf("text: %.2f MB in %zu paragraphs, %zu tokens\n", mb, paragraphs.size(), tokens);
  std::printf("vocabulary: %zu concepts, %zu variants, trie built in %.3f s\n",
              vocabulary.concepts.size(), matcher.variant_count(), build_seconds);
  std::printf("matcher:        %8.1f MB/s  (%zu matches)\n", mb / match_s, matches);
  std::printf("tokenizer only: %8.1f MB/s\n", mb / token_s);
  std::printf("raw byte loop:  %8.1f MB/s  (%zu word starts)\n", mb / raw_s, starts);
  std::printf("ratio matcher / tokenizer time: %.2f; matcher / raw loop time: %.1f\n",
              match_s / token_s, match_s / raw_s);
  // For tests/bench/run: the same figures as RESULT lines (speed ratios, no target).
  std::printf(
      "RESULT\tmatcher\tconcept matcher, %zu concepts\t%.1f\tMB/s\traw byte loop\t%.1f MB/s"
      "\t%.3f\t-\t-\n",
      vocabulary.concepts.size(), mb / match_s, mb / raw_s, raw_s / match_s);
  std::printf(
      "RESULT\tmatcher\ttokenizer alone\t%.1f\tMB/s\traw byte loop\t%.1f MB/s\t%.3f\t-\t-\n",
      mb / token_s, mb / raw_s, raw_s / token_s);
  return matches > 0 ? 0 : 1;
}
