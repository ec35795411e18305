// report/data_uri.hpp — an SVG document as a data: URI (base64), to embed a figure in an
// HTML page as an <img> without a second file.
#pragma once

#include <string>
#include <string_view>

namespace report {

// "data:image/svg+xml;base64,…" for `svg`.
std::string svg_data_uri(std::string_view svg);

// Standard base64 (RFC 4648, with padding) of `bytes`.
std::string base64(std::string_view bytes);

}  // namespace report
