// ingest/sentences.hpp — Dutch sentence splitting of one paragraph of normalised text.
//
// A sentence ends at '.', '!' or '?' (with any closing quotes or brackets after it) followed
// by white space and a plausible sentence start — not after an abbreviation (bijv., o.a.,
// e.a., et al., z.j., dr., Prof., p., blz., nr., ...), an initial (J.W.M. Kessels), a number
// in a list or a date, or inside a citation such as "(Kessels, 2001)." or a URL.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace ingest {

// A sentence as byte offsets into the paragraph text: [begin, end), with no white space at
// either end. Sentences are in order, do not overlap, and cover every non-space character.
struct SentenceSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

std::vector<SentenceSpan> split_sentences(std::string_view text);

}  // namespace ingest
