// report/html_style.hpp — the report's stylesheet, inlined in every HTML report so that the
// file needs nothing else: system fonts, a ~70-character measure, and a print stylesheet.
#pragma once

#include <string_view>

namespace report {

std::string_view report_stylesheet();

}  // namespace report
