// store/utf8.hpp — recognising valid UTF-8, the encoding of every TEXT value conceptdb stores.
//
// The ground layer holds it so that every layer above (reading corpus files, writing JSON)
// applies one and the same definition: RFC 3629, no overlong forms, no UTF-16 surrogates,
// nothing above U+10FFFF.
#pragma once

#include <cstddef>
#include <string_view>

namespace store {

// Length in bytes of the valid UTF-8 sequence at the start of `s`, or 0 when it is invalid
// (or `s` is empty).
std::size_t utf8_sequence_length(std::string_view s);

}  // namespace store
