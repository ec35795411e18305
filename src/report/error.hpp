// report/error.hpp — the one exception type the report layer throws.
//
// A ReportError says what is wrong, where (the report, the block and its kind) and what to
// do, so that the Lua binding can pass its message to the user unchanged.
#pragma once

#include <stdexcept>
#include <string>

namespace report {

class ReportError : public std::runtime_error {
 public:
  explicit ReportError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace report
