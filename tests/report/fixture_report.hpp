// tests/report/fixture_report.hpp — the small report behind the golden files and the client
// checks (xmllint, Chromium): every block type, text that needs escaping, empty inputs.
#pragma once

#include "report/report.hpp"

namespace report_fixture {

report::Report make_fixture_report();

}  // namespace report_fixture
