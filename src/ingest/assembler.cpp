// ingest/assembler.cpp — the rejoin rule, hyphen cases, and line joining.
#include "ingest/assembler.hpp"

#include <algorithm>

#include "ingest/normaliser.hpp"

namespace ingest {

namespace {

// How far a sentence may be split: blocks and lines between the halves.
constexpr std::size_t kMaxBlocksBetween = 8;
constexpr int kMaxLinesBetween = 80;

std::string_view trim(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && is_space(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && is_space(s.back()))
    s.remove_suffix(1);
  return s;
}

bool is_lower_start(std::string_view s) {
  s = trim(s);
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s[0]);
  if (c >= 'a' && c <= 'z') return true;
  // à..ÿ (U+00E0..U+00FF) in UTF-8: C3 A0..C3 BF
  return c == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) >= 0xA0;
}

// True when the text stops in the middle of a sentence: it ends in a letter, a digit, a
// comma or a hyphen, not in closing punctuation, a quote or a bracket.
bool ends_mid_sentence(std::string_view s) {
  s = trim(s);
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s.back());
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  if (c == ',' || c == '-') return true;
  // A multi-byte letter (é, ë, ï ...) ends in a continuation byte after C3.
  return s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC3;
}

bool can_continue_flow(BlockKind kind) {
  return kind == BlockKind::kBody;
}
bool can_be_spliced_in(BlockKind kind) {
  return kind == BlockKind::kBody || kind == BlockKind::kHeading || kind == BlockKind::kCaption ||
         kind == BlockKind::kPullQuote || kind == BlockKind::kBox;
}

// The block after `from` that continues its sentence, or -1.
int find_continuation(const std::vector<Block>& blocks, const std::vector<std::string>& lines,
                      std::size_t from) {
  const Block& broken = blocks[from];
  for (std::size_t j = from + 1; j < blocks.size() && j <= from + 1 + kMaxBlocksBetween; ++j) {
    if (blocks[j].first_line() - broken.last_line() > kMaxLinesBetween) return -1;
    const std::string& first = lines[static_cast<std::size_t>(blocks[j].first_line() - 1)];
    if (can_continue_flow(blocks[j].kind) && is_lower_start(first)) return static_cast<int>(j);
    if (!can_be_spliced_in(blocks[j].kind)) return -1;
  }
  return -1;
}

}  // namespace

const char* passage_kind_name(BlockKind kind) {
  // A body block is what a reader calls a paragraph; every other kind keeps its name.
  return kind == BlockKind::kBody ? "paragraph" : block_kind_name(kind);
}

std::vector<PassagePlan> plan_passages(const std::vector<Block>& blocks,
                                       const std::vector<std::string>& lines) {
  std::vector<BlockKind> kinds;
  for (const Block& b : blocks)
    kinds.push_back(b.kind);
  std::vector<int> plan_of(blocks.size(), -1);
  std::vector<PassagePlan> plans;

  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (plan_of[i] >= 0) continue;
    PassagePlan plan;
    plan.kind = kinds[i];
    plan.duplicate_of = blocks[i].duplicate_of;  // a block index for now; mapped below
    plan.lines = blocks[i].lines;
    const int index = static_cast<int>(plans.size());
    plan_of[i] = index;
    std::size_t current = i;
    while (can_continue_flow(kinds[current]) &&
           ends_mid_sentence(lines[static_cast<std::size_t>(blocks[current].last_line() - 1)])) {
      const int next = find_continuation(blocks, lines, current);
      if (next < 0 || plan_of[static_cast<std::size_t>(next)] >= 0) break;
      for (std::size_t k = current + 1; k < static_cast<std::size_t>(next); ++k) {
        if (kinds[k] == BlockKind::kBody || kinds[k] == BlockKind::kHeading) {
          kinds[k] = BlockKind::kBox;
        }
      }
      const Block& continuation = blocks[static_cast<std::size_t>(next)];
      plan.lines.insert(plan.lines.end(), continuation.lines.begin(), continuation.lines.end());
      plan.rejoined = true;
      plan_of[static_cast<std::size_t>(next)] = index;
      current = static_cast<std::size_t>(next);
    }
    plans.push_back(std::move(plan));
  }
  // Plans were made in block order, so they are in order of their first line, and the
  // duplicate links can be mapped from blocks to plans.
  for (PassagePlan& plan : plans) {
    if (plan.duplicate_of >= 0) {
      plan.duplicate_of = plan_of[static_cast<std::size_t>(plan.duplicate_of)];
    }
  }
  return plans;
}

std::vector<HyphenCase> collect_hyphen_cases(const std::vector<PassagePlan>& plans,
                                             const std::vector<std::string>& lines) {
  std::vector<HyphenCase> cases;
  for (const PassagePlan& plan : plans) {
    for (std::size_t k = 0; k + 1 < plan.lines.size(); ++k) {
      const std::string_view line = trim(lines[static_cast<std::size_t>(plan.lines[k] - 1)]);
      if (line.size() < 2 || line.back() != '-') continue;
      const std::string_view body = line.substr(0, line.size() - 1);
      const auto space = body.find_last_of(" \t");
      const std::string_view left = space == std::string_view::npos ? body : body.substr(space + 1);
      if (left.empty()) continue;  // a dash standing alone, not a hyphen
      const std::string_view next = trim(lines[static_cast<std::size_t>(plan.lines[k + 1] - 1)]);
      const auto end = next.find_first_of(" \t");
      cases.push_back({std::string(left), std::string(next.substr(0, end)), plan.lines[k]});
    }
  }
  return cases;
}

std::vector<AssembledPassage> build_passages(const std::vector<PassagePlan>& plans,
                                             const std::vector<std::string>& lines,
                                             const std::unordered_map<int, HyphenDecision>& hyphens,
                                             const WordLexicon& lexicon) {
  std::vector<AssembledPassage> out;
  out.reserve(plans.size());
  for (const PassagePlan& plan : plans) {
    AssembledPassage passage;
    passage.kind = passage_kind_name(plan.kind);
    passage.duplicate_of = plan.duplicate_of;
    NormaliseStats stats;
    int previous_line = 0;
    for (const int n : plan.lines) {
      MappedText line_text;
      append_normalised_line(line_text, lines[static_cast<std::size_t>(n - 1)], n, &lexicon, stats);
      if (line_text.empty()) continue;
      if (!passage.text.empty()) {
        const auto decision = hyphens.find(previous_line);
        if (decision == hyphens.end()) {
          passage.text.append_replacement(" ", previous_line,
                                          static_cast<int>(lines[previous_line - 1].size()));
        } else if (decision->second.choice == HyphenChoice::kDrop) {
          passage.text.remove_last_byte();
        } else if (decision->second.choice == HyphenChoice::kKeepSpace) {
          passage.text.append_replacement(" ", previous_line,
                                          static_cast<int>(lines[previous_line - 1].size()));
        }
      }
      passage.text.append(line_text);
      previous_line = n;
    }
    passage.first_line = *std::min_element(plan.lines.begin(), plan.lines.end());
    passage.last_line = *std::max_element(plan.lines.begin(), plan.lines.end());
    passage.replacement_characters = stats.replacement_characters;
    passage.drop_caps_repaired = stats.drop_caps_repaired;
    out.push_back(std::move(passage));
  }
  return out;
}

}  // namespace ingest
