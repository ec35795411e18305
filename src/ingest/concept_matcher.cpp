// ingest/concept_matcher.cpp — the token trie and the scan over a text.
#include "ingest/concept_matcher.hpp"

#include <algorithm>

namespace ingest {

namespace {

std::string join_rule(std::string_view first, std::string_view second) {
  if (second.empty() || second == "label") return std::string(first);
  return std::string(first) + "+" + std::string(second);
}

int kind_rank(LabelKind kind) {
  switch (kind) {
    case LabelKind::kPreferred:
      return 0;
    case LabelKind::kAlternative:
      return 1;
    case LabelKind::kHidden:
      return 2;
  }
  return 1;
}

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0u) == 0x80u;
}

// Words that join the members of an elliptic compound: "verwervings- en toekenningsprocessen".
bool permitted(const std::vector<bool>* allowed, std::uint32_t concept_index) {
  return allowed == nullptr || (*allowed)[concept_index];
}

bool is_conjunction(std::string_view key) {
  return key == "en" || key == "of" || key == "tot" || key == "noch" || key == "and" ||
         key == "or" || key == "als" || key == "resp" || key == "respectievelijk";
}

}  // namespace

ConceptMatcher::ConceptMatcher(const Vocabulary& vocabulary, WordTest is_word)
    : is_word_(std::move(is_word)) {
  nodes_.emplace_back();
  for (std::size_t ci = 0; ci < vocabulary.concepts.size(); ++ci) {
    const VocabularyConcept& owner = vocabulary.concepts[ci];
    any_nested_ = any_nested_ || owner.nested;
    variants_per_label_.emplace_back(owner.labels.size(), 0);
    for (std::size_t li = 0; li < owner.labels.size(); ++li) {
      const VocabularyLabel& label = owner.labels[li];
      const std::vector<ConceptToken> tokens = tokenize_for_concepts(label.text);
      if (tokens.empty()) continue;
      LabelSpelling spelling;
      spelling.language = label.language == "nl" ? "nl" : "en";
      spelling.case_sensitive = label.case_sensitive;
      spelling.exact = label.exact;
      std::vector<std::string> original;
      for (const ConceptToken& t : tokens) {
        spelling.tokens.push_back(t.key);
        spelling.joined_before.push_back(t.joined_before);
        original.push_back(
            fold_apostrophes(std::string_view(label.text).substr(t.begin, t.end - t.begin)));
      }
      for (LabelVariant& v : label_variants(spelling, is_word_)) {
        ++variants_per_label_[ci][li];
        Entry e;
        e.concept_index = static_cast<std::uint32_t>(ci);
        e.label = static_cast<std::uint32_t>(li);
        e.rule = v.rule;
        e.case_sensitive = label.case_sensitive;
        e.compounds = owner.compounds;
        e.nested = owner.nested;
        e.rank = (v.rule == "label" ? 0 : 10) + kind_rank(label.kind);
        if (label.case_sensitive) {
          // A case-sensitive variant only adds an ending to the last token.
          e.expected = original;
          if (v.tokens.size() == original.size()) {
            e.expected.back() += v.tokens.back().substr(spelling.tokens.back().size());
          }
        }
        add_variant(v.tokens, std::move(e));
      }
    }
  }
  for (Node& node : nodes_) {
    std::stable_sort(
        node.entries.begin(), node.entries.end(),
        [&](std::uint32_t a, std::uint32_t b) { return entries_[a].rank < entries_[b].rank; });
  }
  for (auto& [key, list] : single_words_) {
    std::stable_sort(list.begin(), list.end(), [&](std::uint32_t a, std::uint32_t b) {
      return entries_[a].rank < entries_[b].rank;
    });
  }
}

void ConceptMatcher::add_variant(const std::vector<std::string>& tokens, Entry entry) {
  std::uint32_t node = 0;
  for (const std::string& key : tokens) {
    const auto [id_it, fresh_id] = token_ids_.emplace(key, static_cast<int>(token_ids_.size()));
    const std::uint64_t edge =
        (static_cast<std::uint64_t>(node) << 32) | static_cast<std::uint32_t>(id_it->second);
    const auto found = edges_.find(edge);
    if (found != edges_.end()) {
      node = found->second;
    } else {
      nodes_.emplace_back();
      const auto next = static_cast<std::uint32_t>(nodes_.size() - 1);
      edges_.emplace(edge, next);
      node = next;
    }
  }
  const auto index = static_cast<std::uint32_t>(entries_.size());
  if (tokens.size() == 1) single_words_[tokens[0]].push_back(index);
  entries_.push_back(std::move(entry));
  nodes_[node].entries.push_back(index);
}

int ConceptMatcher::token_id(const std::string& key) const {
  const auto it = token_ids_.find(key);
  return it == token_ids_.end() ? -1 : it->second;
}

bool ConceptMatcher::accepts(const Entry& e, std::string_view text,
                             const std::vector<ConceptToken>& tokens, std::size_t first,
                             std::size_t last) const {
  // A label that ends where a hyphen joins on ("leiderschap-stijl", "PLG-leden") or that
  // opens an elliptic compound ("leider- en volgeridentiteit") is only the first member of
  // a compound, which is not a mention of it.
  if (last + 1 < tokens.size() && tokens[last + 1].joined_before) return false;
  if (tokens[last].dangling_hyphen) return false;
  // The head of a hyphenated compound ("Wmo-werkplaats") counts only for concepts that allow
  // compounds.
  if (tokens[first].joined_before && !e.compounds) return false;
  if (e.case_sensitive) {
    if (e.expected.size() != last - first + 1) return false;
    for (std::size_t k = 0; k < e.expected.size(); ++k) {
      const ConceptToken& t = tokens[first + k];
      if (fold_apostrophes(text.substr(t.begin, t.end - t.begin)) != e.expected[k]) return false;
    }
  }
  return true;
}

ConceptMatcher::Candidate ConceptMatcher::longest_at(std::string_view text,
                                                     const std::vector<ConceptToken>& tokens,
                                                     std::size_t first, std::size_t limit,
                                                     bool nested_only,
                                                     const std::vector<bool>* allowed) const {
  Candidate best;
  std::uint32_t node = 0;
  for (std::size_t j = first; j < limit; ++j) {
    // A label does not run over punctuation: "leren. Leren" is not "leren leren".
    if (j > first && tokens[j].punctuation_before) break;
    const int id = token_id(tokens[j].key);
    if (id < 0) break;
    const auto next =
        edges_.find((static_cast<std::uint64_t>(node) << 32) | static_cast<std::uint32_t>(id));
    if (next == edges_.end()) break;
    node = next->second;
    for (std::uint32_t index : nodes_[node].entries) {
      const Entry& e = entries_[index];
      if ((nested_only && !e.nested) || !permitted(allowed, e.concept_index)) continue;
      if (accepts(e, text, tokens, first, j)) {
        best = {&e, first, j};
        break;
      }
    }
  }
  return best;
}

const ConceptMatcher::Entry* ConceptMatcher::single_word(const std::string& key,
                                                         const std::vector<bool>* allowed) const {
  const auto it = single_words_.find(key);
  if (it == single_words_.end()) return nullptr;
  for (std::uint32_t index : it->second) {
    const Entry& e = entries_[index];
    if (!e.case_sensitive && permitted(allowed, e.concept_index)) return &e;
  }
  return nullptr;
}

bool ConceptMatcher::real_modifier(std::string_view modifier) const {
  if (letter_count(modifier) < 4) return false;
  if (!is_word_) return true;
  if (is_word_(modifier)) return true;
  // A linking -s- or -e(n)- between the members: "leiderschaps|ontwikkeling".
  for (std::string_view link : {"s", "e", "en"}) {
    if (modifier.size() > link.size() + 3 &&
        modifier.substr(modifier.size() - link.size()) == link &&
        is_word_(modifier.substr(0, modifier.size() - link.size()))) {
      return true;
    }
  }
  return false;
}

std::pair<const ConceptMatcher::Entry*, std::size_t> ConceptMatcher::compound_head(
    const std::string& key, const std::vector<bool>* allowed) const {
  if (letter_count(key) < 9) return {nullptr, 0};
  for (std::size_t cut = 4; cut + 5 <= key.size(); ++cut) {
    if (is_continuation_byte(key[cut])) continue;
    const auto it = single_words_.find(key.substr(cut));
    if (it == single_words_.end()) continue;
    if (letter_count(std::string_view(key).substr(cut)) < 5) break;
    for (std::uint32_t index : it->second) {
      const Entry& e = entries_[index];
      if (!e.compounds || e.case_sensitive || !permitted(allowed, e.concept_index)) continue;
      if (real_modifier(std::string_view(key).substr(0, cut))) return {&e, cut};
      break;
    }
  }
  return {nullptr, 0};
}

std::vector<ConceptMatch> ConceptMatcher::match(std::string_view text) const {
  return match(text, tokenize_for_concepts(text));
}

std::vector<ConceptMatch> ConceptMatcher::match(std::string_view text,
                                                const std::vector<ConceptToken>& tokens,
                                                const std::vector<bool>* allowed) const {
  std::vector<ConceptMatch> out;
  struct Span {
    std::size_t first, last;
    std::uint32_t concept_index;
  };
  std::vector<Span> spans;
  auto emit = [&](const Entry& e, std::string rule, std::size_t begin, std::size_t end) {
    out.push_back({e.concept_index, e.label, std::move(rule), begin, end, false});
  };
  const std::size_t n = tokens.size();
  std::size_t i = 0;
  while (i < n) {
    const ConceptToken& t = tokens[i];
    const Candidate c = longest_at(text, tokens, i, n, false, allowed);
    if (c.entry != nullptr) {
      std::string rule = c.entry->rule;
      if (t.joined_before) rule = join_rule("compound", rule);
      emit(*c.entry, rule, t.begin, tokens[c.last].end);
      spans.push_back({c.first, c.last, c.entry->concept_index});
      i = c.last + 1;
      continue;
    }
    if (i + 1 < n && tokens[i + 1].joined_before) {
      // A closed label written with hyphens ("co-creatie" for "cocreatie").
      std::size_t k = i + 1;
      std::string closed = t.key + tokens[k].key;
      while (k + 1 < n && tokens[k + 1].joined_before)
        closed += tokens[++k].key;
      if (!t.joined_before && !(k + 1 < n && tokens[k + 1].dangling_hyphen)) {
        if (const Entry* e = single_word(closed, allowed);
            e != nullptr && !tokens[k].dangling_hyphen) {
          emit(*e, join_rule("spelling", e->rule), t.begin, tokens[k].end);
          spans.push_back({i, k, e->concept_index});
          i = k + 1;
          continue;
        }
      }
    } else {
      if (const auto [head, cut] = compound_head(t.key, allowed); head != nullptr) {
        emit(*head, join_rule("compound", head->rule), t.begin, t.end);
        spans.push_back({i, i, head->concept_index});
        ++i;
        continue;
      }
    }
    if (t.dangling_hyphen) {
      // "verwervings- en toekenningsprocessen": this member borrows the head of the last one.
      std::size_t j = i + 1;
      while (j < n && tokens[j].dangling_hyphen)
        ++j;
      if (j < n && is_conjunction(tokens[j].key)) ++j;
      if (j < n && j > i + 1 && j + 1 < n && tokens[j + 1].joined_before) {
        // "performance- en development-paradigma's": the shared head is hyphenated on.
        std::vector<ConceptToken> borrowed{t, tokens[j + 1]};
        borrowed[0].dangling_hyphen = false;
        borrowed[1].joined_before = true;
        borrowed[0].joined_before = false;
        const Candidate c = longest_at(text, borrowed, 0, 2, false, allowed);
        if (c.entry != nullptr && c.last == 1) {
          emit(*c.entry, join_rule("elliptic", c.entry->rule), t.begin, t.end);
        }
      } else if (j < n && j > i + 1) {
        const std::string& whole = tokens[j].key;
        // From the whole last member ("school-, team- en leergemeenschappen": each is a kind
        // of leergemeenschap) down to its shortest tail.
        for (std::size_t cut = 0; cut + 3 <= whole.size(); ++cut) {
          if (is_continuation_byte(whole[cut])) continue;
          const std::string candidate = t.key + whole.substr(cut);
          if (const Entry* e = single_word(candidate, allowed)) {
            emit(*e, join_rule("elliptic", e->rule), t.begin, t.end);
            break;
          }
          if (const auto [head, at] = compound_head(candidate, allowed);
              head != nullptr && at >= t.key.size()) {
            emit(*head, join_rule("elliptic+compound", head->rule), t.begin, t.end);
            break;
          }
        }
      }
    }
    if (t.leading_hyphen && i >= 2) {
      // "leerprocessen en -resultaten": this member borrows the modifier of the first one.
      const std::size_t x = is_conjunction(tokens[i - 1].key) ? i - 2 : i - 1;
      const std::string& whole = tokens[x].key;
      for (std::size_t cut = whole.size() - 1; cut >= 3; --cut) {
        if (is_continuation_byte(whole[cut])) continue;
        const std::string candidate = whole.substr(0, cut) + t.key;
        if (const Entry* e = single_word(candidate, allowed)) {
          emit(*e, join_rule("elliptic", e->rule), t.begin, t.end);
          break;
        }
      }
    }
    ++i;
  }
  if (any_nested_) {
    for (const Span& span : spans) {
      for (std::size_t s = span.first; s <= span.last; ++s) {
        const Candidate c = longest_at(text, tokens, s, span.last + 1, true, allowed);
        if (c.entry == nullptr || c.entry->concept_index == span.concept_index) continue;
        if (c.first == span.first && c.last == span.last) continue;
        out.push_back({c.entry->concept_index, c.entry->label, c.entry->rule, tokens[c.first].begin,
                       tokens[c.last].end, true});
      }
    }
    std::stable_sort(out.begin(), out.end(), [](const ConceptMatch& a, const ConceptMatch& b) {
      return a.begin < b.begin;
    });
  }
  return out;
}

}  // namespace ingest
