// lua/report_binding.hpp — the C++ half of cdb.report.
//
// push_report_internals pushes the table cdb._report (new(title, subtitle, date, language)
// → a report with heading, paragraph, list, note, table, figures, quote, bar_chart,
// concept_map and write), which the prelude's report.lua wraps into cdb.report.
#pragma once

struct lua_State;

namespace luahost {

void push_report_internals(lua_State* L);

}  // namespace luahost
