// ingest/concept_writer.cpp — storing the vocabulary, its mentions and the derived tables.
#include "ingest/concept_writer.hpp"

#include <algorithm>
#include <set>

#include "ingest/abbreviations.hpp"

namespace ingest {

namespace {

// Dutch and English function words: a candidate phrase neither starts nor ends with one.
bool is_function_word(std::string_view w) {
  static const std::set<std::string, std::less<>> kWords = {
      "aan",    "al",     "alle",    "alleen", "als",    "an",    "and",    "are",    "bij",
      "binnen", "dan",    "dat",     "de",     "deze",   "die",   "dit",    "door",   "dus",
      "een",    "eigen",  "en",      "er",     "for",    "geen",  "had",    "heb",    "hebben",
      "heeft",  "het",    "hier",    "hij",    "hoe",    "hun",   "ik",     "in",     "is",
      "je",     "jij",    "kan",     "kun",    "kunnen", "maar",  "meer",   "met",    "na",
      "naar",   "niet",   "nog",     "nu",     "of",     "ok",    "om",     "on",     "ons",
      "onze",   "ook",    "op",      "over",   "te",     "the",   "tot",    "two",    "uit",
      "van",    "veel",   "voor",    "was",    "wat",    "we",    "wel",    "werd",   "wij",
      "wie",    "wordt",  "worden",  "zal",    "ze",     "zich",  "zijn",   "zij",    "zo",
      "zoals",  "zou",    "zowel",   "with",   "this",   "that",  "our",    "their",  "your",
      "mijn",   "jouw",   "hem",     "haar",   "hen",    "mij",   "jou",    "ons",    "u",
      "waar",   "waarin", "waarbij", "welke",  "elke",   "ieder", "iedere", "andere", "ander",
      "goed",   "goede",  "heel",    "erg",    "echt",   "zeer",  "steeds", "vaak",   "soms",
      "moet",   "moeten", "kunt",    "wil",    "willen", "gaat",  "gaan",   "komt",   "komen",
      "doen",   "doet",   "zien",    "ziet",   "weer",   "toe",   "af",     "daar",   "dan",
      "toen",   "omdat",  "terwijl", "zonder", "tussen", "tegen", "onder",  "boven",  "sinds"};
  return kWords.count(w) > 0;
}

bool all_letters(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    if (!((c >= 'a' && c <= 'z') || (static_cast<unsigned char>(c) >= 0x80))) return false;
  }
  return true;
}

}  // namespace

ConceptWriter::ConceptWriter(store::Database& db, const Vocabulary& vocabulary,
                             const ConceptMatcher& matcher)
    : db_(db),
      vocabulary_(vocabulary),
      matcher_(matcher),
      mentions_(db,
                "mention(concept_id, label_id, rule, passage_id, sentence_id, start, end, "
                "first_line, last_line, text, nested)",
                11),
      insert_abbreviation_(db,
                           "INSERT INTO abbreviation(short, expansion, passage_id, first_line, "
                           "short_concept_id, expansion_concept_id) VALUES (?, ?, ?, ?, ?, ?)"),
      occurrences_(db, "concept_occurrence(level, unit_id, concept_id, mentions)", 4),
      tally_(vocabulary.concepts.size(), [this](OccurrenceTally::Level level, std::int64_t unit,
                                                std::size_t concept_index, std::size_t mentions) {
        occurrences_.add(OccurrenceTally::level_name(level)).add(unit);
        occurrences_.add(concept_ids_[concept_index]).add(static_cast<std::int64_t>(mentions));
      }) {
  store_vocabulary();
}

void ConceptWriter::store_vocabulary() {
  auto insert_concept = db_.prepare(
      "INSERT INTO concept(key, theme, definition, scope_note, nested, compounds, "
      "vocabulary_file, vocabulary_line, only_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  auto insert_label = db_.prepare(
      "INSERT INTO label(concept_id, kind, language, text, exact, case_sensitive, variants, "
      "vocabulary_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (std::size_t ci = 0; ci < vocabulary_.concepts.size(); ++ci) {
    const VocabularyConcept& c = vocabulary_.concepts[ci];
    insert_concept.reset();
    insert_concept.bind(1, c.key).bind(2, c.theme).bind(3, c.definition);
    if (c.scope.empty()) {
      insert_concept.bind_null(4);
    } else {
      insert_concept.bind(4, c.scope);
    }
    insert_concept.bind(5, c.nested ? 1 : 0).bind(6, c.compounds ? 1 : 0);
    insert_concept.bind(7, c.file.filename().string()).bind(8, c.line);
    if (c.only_in.empty()) {
      insert_concept.bind_null(9);
    } else {
      std::string keys;
      for (const std::string& k : c.only_in)
        keys += (keys.empty() ? "" : ", ") + k;
      insert_concept.bind(9, keys);
      restricted_ = true;
    }
    insert_concept.run();
    concept_ids_.push_back(db_.last_insert_rowid());
    ++counts_.concepts;
    label_ids_.emplace_back();
    for (std::size_t li = 0; li < c.labels.size(); ++li) {
      const VocabularyLabel& l = c.labels[li];
      insert_label.reset();
      insert_label.bind(1, concept_ids_.back()).bind(2, label_kind_name(l.kind));
      insert_label.bind(3, l.language).bind(4, l.text).bind(5, l.exact ? 1 : 0);
      insert_label.bind(6, l.case_sensitive ? 1 : 0);
      insert_label.bind(7, static_cast<std::int64_t>(matcher_.variant_count(ci, li)));
      insert_label.bind(8, l.line);
      insert_label.run();
      label_ids_.back().push_back(db_.last_insert_rowid());
      ++counts_.labels;
    }
  }
  std::unordered_map<std::string, std::int64_t> by_key;
  for (std::size_t ci = 0; ci < vocabulary_.concepts.size(); ++ci) {
    by_key.emplace(vocabulary_.concepts[ci].key, concept_ids_[ci]);
  }
  auto insert_relation = db_.prepare(
      "INSERT INTO concept_relation(from_id, type, to_id, evidence_file, first_line, last_line, "
      "note, vocabulary_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (std::size_t ci = 0; ci < vocabulary_.concepts.size(); ++ci) {
    for (const VocabularyRelation& r : vocabulary_.concepts[ci].relations) {
      insert_relation.reset();
      insert_relation.bind(1, concept_ids_[ci]).bind(2, r.type).bind(3, by_key.at(r.target));
      insert_relation.bind(4, r.evidence_file).bind(5, r.first_line).bind(6, r.last_line);
      if (r.note.empty()) {
        insert_relation.bind_null(7);
      } else {
        insert_relation.bind(7, r.note);
      }
      insert_relation.bind(8, r.line);
      insert_relation.run();
      ++counts_.relations;
    }
  }
}

const std::vector<bool>* ConceptWriter::allowed_in(std::int64_t document_id) {
  if (!restricted_) return nullptr;
  auto found = allowed_.find(document_id);
  if (found != allowed_.end()) return &found->second;
  auto st = db_.prepare("SELECT key FROM document WHERE id = ?");
  st.bind(1, document_id);
  const std::string key = st.step() ? std::string(st.column_text(0)) : std::string();
  std::vector<bool> allowed;
  for (const VocabularyConcept& c : vocabulary_.concepts) {
    bool ok = c.only_in.empty();
    for (const std::string& scope : c.only_in) {
      ok = ok || key == scope || key.rfind(scope + "-", 0) == 0;
    }
    allowed.push_back(ok);
  }
  return &allowed_.emplace(document_id, std::move(allowed)).first->second;
}

void ConceptWriter::add_passage(std::int64_t document_id, std::int64_t section_id,
                                std::int64_t passage_id, const std::string& kind, bool repeat,
                                const MappedText& text, const std::vector<SentenceRef>& sentences) {
  // A reference list names works, not the ideas discussed; a byline names people; a pull
  // quote repeats a sentence already counted.
  if (repeat || kind == "references" || kind == "byline") return;
  const std::string& t = text.text();
  for (const DefinedAbbreviation& a : find_defined_abbreviations(t)) {
    abbreviations_.push_back({a.short_form, a.expansion, passage_id, text.origin(a.begin).line});
  }
  if (vocabulary_.concepts.empty()) return;
  const std::vector<ConceptToken> tokens = tokenize_for_concepts(t);
  const std::vector<ConceptMatch> matches = matcher_.match(t, tokens, allowed_in(document_id));
  sentence_concepts_.clear();
  for (const ConceptMatch& m : matches) {
    const auto [first, last] = text.line_range(m.begin, m.end);
    mentions_.add(concept_ids_[m.concept_index]).add(label_ids_[m.concept_index][m.label]);
    mentions_.add(m.rule).add(passage_id);
    std::int64_t sentence_id = 0;
    for (const SentenceRef& s : sentences) {
      if (s.begin <= m.begin && m.begin < s.end) sentence_id = s.id;
    }
    if (sentence_id != 0) {
      mentions_.add(sentence_id);
      sentence_concepts_.emplace_back(sentence_id, m.concept_index);
    } else {
      mentions_.add_null();
    }
    tally_.add(OccurrenceTally::kParagraph, passage_id, m.concept_index);
    tally_.add(OccurrenceTally::kSection, section_id, m.concept_index);
    tally_.add(OccurrenceTally::kDocument, document_id, m.concept_index);
    mentions_.add(static_cast<std::int64_t>(m.begin)).add(static_cast<std::int64_t>(m.end));
    mentions_.add(first).add(last);
    mentions_.add(std::string_view(t).substr(m.begin, m.end - m.begin));
    mentions_.add(m.nested ? 1 : 0);
    ++counts_.mentions;
  }
  // The matches need not come in text order (a nested one follows the longer one).
  std::sort(sentence_concepts_.begin(), sentence_concepts_.end());
  for (const auto& [sentence_id, concept_index] : sentence_concepts_)
    tally_.add(OccurrenceTally::kSentence, sentence_id, concept_index);
  // Candidate phrases are counted in every sentence, and apart in those that mention a
  // concept: a phrase found as often without concepts is ordinary prose ("belangrijke rol").
  // Tokens are in text order and do not overlap, so a sentence's tokens are one run of them;
  // the matches are put in text order once, so that a sentence's matches are one run too.
  by_begin_.clear();
  for (const ConceptMatch& m : matches)
    by_begin_.push_back(&m);
  std::stable_sort(
      by_begin_.begin(), by_begin_.end(),
      [](const ConceptMatch* a, const ConceptMatch* b) { return a->begin < b->begin; });
  for (const SentenceRef& s : sentences) {
    auto first_token =
        std::lower_bound(tokens.begin(), tokens.end(), s.begin,
                         [](const ConceptToken& t, std::size_t at) { return t.begin < at; });
    auto end_token = first_token;
    while (end_token != tokens.end() && end_token->end <= s.end)
      ++end_token;
    auto first_match =
        std::lower_bound(by_begin_.begin(), by_begin_.end(), s.begin,
                         [](const ConceptMatch* m, std::size_t at) { return m->begin < at; });
    auto end_match = first_match;
    while (end_match != by_begin_.end() && (*end_match)->begin < s.end)
      ++end_match;
    tally_phrases(t, std::span<const ConceptToken>(first_token, end_token),
                  std::span<const ConceptMatch* const>(first_match, end_match), passage_id, text);
  }
}

void ConceptWriter::end_document() {
  // The mentions go in before the build creates the secondary indexes (after the last file).
  mentions_.flush();
}

void ConceptWriter::tally_phrases(std::string_view text, std::span<const ConceptToken> tokens,
                                  std::span<const ConceptMatch* const> matches,
                                  std::int64_t passage_id, const MappedText& mapped) {
  ++sentence_serial_;
  auto covered = [&](const ConceptToken& t) {
    return std::any_of(matches.begin(), matches.end(),
                       [&](const ConceptMatch* m) { return t.begin < m->end && m->begin < t.end; });
  };
  auto adjacent = [&](const ConceptToken& a, const ConceptToken& b) {
    for (std::size_t i = a.end; i < b.begin; ++i) {
      if (text[i] != ' ' && text[i] != '-') return false;
    }
    return b.begin - a.end <= 1;
  };
  // Per token, once: a usable word (lower case as written, so not a name; letters only,
  // three or more of them; in no match), a function word, joined to the token before it.
  token_shapes_.assign(tokens.size(), {});
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const ConceptToken& t = tokens[k];
    const char first = text[t.begin];
    TokenShape& shape = token_shapes_[k];
    shape.usable = !(first >= 'A' && first <= 'Z') && all_letters(t.key) &&
                   letter_count(t.key) >= 3 && !covered(t);
    shape.function_word = shape.usable && is_function_word(t.key);
    shape.adjacent_to_previous = k > 0 && adjacent(tokens[k - 1], t);
    if (shape.usable) shape.word = word_id(t.key);
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (std::size_t length = 2; length <= 3 && i + length <= tokens.size(); ++length) {
      bool ok = true;
      for (std::size_t k = 0; k < length && ok; ++k) {
        const TokenShape& shape = token_shapes_[i + k];
        const bool edge = k == 0 || k + 1 == length;
        ok = shape.usable && !(edge && shape.function_word) &&
             (k == 0 || shape.adjacent_to_previous);
      }
      if (!ok) continue;
      PhraseKey key{token_shapes_[i].word, token_shapes_[i + 1].word, kNoWord};
      if (length == 3) key[2] = token_shapes_[i + 2].word;
      PhraseTally& tally = phrases_.try_emplace(key).first->second;
      if (tally.last_sentence == sentence_serial_) continue;  // counted once per sentence
      tally.last_sentence = sentence_serial_;
      ++tally.count;
      if (matches.empty()) continue;
      if (tally.beside++ == 0) {
        tally.passage_id = passage_id;
        tally.line = mapped.origin(tokens[i].begin).line;
      }
      for (const ConceptMatch* m : matches)
        tally.add_concept(m->concept_index);
    }
  }
}

std::uint32_t ConceptWriter::word_id(const std::string& key) {
  auto found = word_ids_.find(key);
  if (found == word_ids_.end()) {
    found = word_ids_.emplace(key, static_cast<std::uint32_t>(words_.size())).first;
    words_.push_back(key);
  }
  return found->second;
}

std::string ConceptWriter::phrase_text(const PhraseKey& key) const {
  std::string text;
  for (const std::uint32_t word : key) {
    if (word == kNoWord) break;
    if (!text.empty()) text += ' ';
    text += words_[word];
  }
  return text;
}

void ConceptWriter::store_candidates() {
  std::vector<std::pair<std::string, const PhraseTally*>> ranked;
  for (const auto& [key, tally] : phrases_) {
    // Three times or more beside a concept, and mostly there.
    if (tally.beside >= 3 && tally.beside * 3 >= tally.count * 2)
      ranked.emplace_back(phrase_text(key), &tally);
  }
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.second->beside != b.second->beside ? a.second->beside > b.second->beside
                                                : a.first < b.first;
  });
  if (ranked.size() > 200) ranked.resize(200);
  auto insert = db_.prepare(
      "INSERT INTO phrase_candidate(phrase, count, concept_id, passage_id, first_line) "
      "VALUES (?, ?, ?, ?, ?)");
  for (const auto& [phrase, tally] : ranked) {
    std::size_t best = 0;
    std::size_t best_count = 0;
    for (const auto& [concept_index, n] : tally->concepts) {
      if (n > best_count) best = concept_index, best_count = n;
    }
    insert.reset();
    insert.bind(1, phrase).bind(2, static_cast<std::int64_t>(tally->beside));
    insert.bind(3, concept_ids_[best]).bind(4, tally->passage_id).bind(5, tally->line);
    insert.run();
  }
}

ConceptWriter::Counts ConceptWriter::finish() {
  for (const Abbreviation& a : abbreviations_) {
    insert_abbreviation_.reset();
    insert_abbreviation_.bind(1, a.short_form).bind(2, a.expansion).bind(3, a.passage_id);
    insert_abbreviation_.bind(4, a.line).bind_null(5).bind_null(6);
    for (const ConceptMatch& m : matcher_.match(a.short_form)) {
      insert_abbreviation_.bind(5, concept_ids_[m.concept_index]);
    }
    const auto in_expansion = matcher_.match(a.expansion);
    if (!in_expansion.empty())
      insert_abbreviation_.bind(6, concept_ids_[in_expansion.back().concept_index]);
    insert_abbreviation_.run();
  }
  if (!phrases_.empty() && !concept_ids_.empty()) store_candidates();
  // Which concepts occur in which units was tallied as the mentions were stored; the pairs
  // that share units are counted there too (a self-join in SQL costs a sort of every pair).
  RowBatch pairs(db_, "cooccurrence(level, a_id, b_id, together, a_units, b_units, units)", 7);
  tally_.finish([&](OccurrenceTally::Level level, std::size_t a, std::size_t b,
                    std::size_t together, std::size_t a_units, std::size_t b_units,
                    std::size_t units) {
    pairs.add(OccurrenceTally::level_name(level)).add(concept_ids_[a]).add(concept_ids_[b]);
    pairs.add(static_cast<std::int64_t>(together)).add(static_cast<std::int64_t>(a_units));
    pairs.add(static_cast<std::int64_t>(b_units)).add(static_cast<std::int64_t>(units));
  });
  pairs.flush();
  mentions_.flush();
  occurrences_.flush();
  return counts_;
}

}  // namespace ingest
