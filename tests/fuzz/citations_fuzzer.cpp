// tests/fuzz/citations_fuzzer.cpp — the citation extractor: tokens, author lists and the
// scanner, on passage text made from the input (repaired to valid UTF-8 as the reading stage
// does; with the first byte's low bit set, also normalised as a passage is). What must hold:
//   - tokens are in order, do not overlap, lie inside the text at UTF-8 boundaries and are the
//     text they cover;
//   - every citation's byte range is inside the text at UTF-8 boundaries, citations come in
//     reading order, and every field (authors, year, locator, title) is valid UTF-8; every
//     work but a legal reference has a year;
//   - an author list read from any token range stays inside that range; "et al." lengths
//     stay inside the range asked about.
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_check.hpp"
#include "ingest/author_names.hpp"
#include "ingest/citation_scanner.hpp"
#include "ingest/citation_tokens.hpp"
#include "ingest/hyphenation.hpp"
#include "ingest/normaliser.hpp"

namespace {

bool at_boundary(const std::string& text, std::size_t offset) {
  return offset >= text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

void check_tokens(const std::string& text, const std::vector<ingest::CitationToken>& tokens) {
  std::size_t previous_end = 0;
  for (const auto& t : tokens) {
    fuzz::check(t.begin >= previous_end && t.begin < t.end && t.end <= text.size(),
                "tokens overlap, are empty or leave the text", text);
    fuzz::check(at_boundary(text, t.begin) && at_boundary(text, t.end),
                "a token cuts a UTF-8 sequence", text);
    fuzz::check(t.text == text.substr(t.begin, t.end - t.begin),
                "a token is not the text it covers", text);
    fuzz::check(fuzz::is_valid_utf8(ingest::lower_word(t.text)),
                "a word in lower case is not valid UTF-8", t.text);
    const std::string_view stem = ingest::without_possessive(t.text);
    fuzz::check(std::string_view(t.text).substr(0, stem.size()) == stem,
                "a word without its possessive is not a prefix of it", t.text);
    ingest::starts_upper(t);
    ingest::starts_lower(t);
    ingest::all_capitals(t);
    ingest::inner_capital(t);
    previous_end = t.end;
  }
}

void check_citations(const std::string& text, const ingest::CommonWordTest& is_common) {
  std::size_t previous_begin = 0;
  for (const auto& c : ingest::find_citations(text, is_common)) {
    fuzz::check(c.begin < c.end && c.end <= text.size(), "a citation's range leaves the text",
                text);
    fuzz::check(at_boundary(text, c.begin) && at_boundary(text, c.end),
                "a citation's range cuts a UTF-8 sequence", text);
    fuzz::check(c.begin >= previous_begin, "citations are not in reading order", text);
    previous_begin = c.begin;
    fuzz::check(!c.year.empty() || c.kind == ingest::CitationKind::kLegal,
                "a citation of a work without a year", text);
    for (const std::string* field : {&c.year, &c.locator, &c.title})
      fuzz::check(fuzz::is_valid_utf8(*field), "a citation field is not valid UTF-8", *field);
    for (const std::string& author : c.authors)
      fuzz::check(fuzz::is_valid_utf8(author), "an author is not valid UTF-8", author);
    ingest::citation_kind_name(c.kind);
  }
}

void check_author_lists(const std::string& text, const std::vector<ingest::CitationToken>& tokens,
                        fuzz::ByteReader& choices, const ingest::CommonWordTest& is_common) {
  for (int round = 0; round < 8 && !tokens.empty(); ++round) {
    const std::size_t begin = choices.below(tokens.size());
    const std::size_t end = begin + choices.below(tokens.size() - begin + 1);
    for (const auto form :
         {ingest::AuthorListForm::kParenthetical, ingest::AuthorListForm::kNarrative}) {
      const auto list = ingest::parse_author_list(tokens, begin, end, form, is_common);
      if (!list) continue;
      fuzz::check(list->begin >= begin && list->end <= end && list->begin <= list->end,
                  "an author list leaves its token range", text);
      for (const auto& name : list->names) {
        fuzz::check(name.first_token >= list->begin && name.first_token < list->end,
                    "a name starts outside its list", text);
        fuzz::check(fuzz::is_valid_utf8(name.surname), "a surname is not valid UTF-8", text);
      }
    }
    fuzz::check(ingest::et_al_length(tokens, begin, end) <= end - begin,
                "et al. is longer than the range", text);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::ByteReader in(data, size);
  const std::uint8_t mode = in.byte();
  const std::uint8_t seed = in.byte();
  std::string text = fuzz::repaired_utf8(in.rest());
  ingest::WordLexicon lexicon;
  lexicon.add_line(text);
  if ((mode & 1) != 0) {
    ingest::MappedText passage;
    ingest::NormaliseStats stats;
    ingest::append_normalised_line(passage, text, 1, &lexicon, stats);
    text = passage.text();
  }
  const ingest::CommonWordTest is_common = [&lexicon](std::string_view word) {
    return lexicon.lower_case_count(word) > 0;
  };
  const auto tokens = ingest::tokenize_for_citations(text);
  check_tokens(text, tokens);
  check_citations(text, is_common);
  // The author-list ranges are chosen by the bytes of the text itself, so that they move
  // with it as the fuzzer mutates.
  std::string choice_bytes = text;
  choice_bytes.insert(choice_bytes.begin(), static_cast<char>(seed));
  fuzz::ByteReader choices(reinterpret_cast<const std::uint8_t*>(choice_bytes.data()),
                           choice_bytes.size());
  check_author_lists(text, tokens, choices, is_common);
  return 0;
}
