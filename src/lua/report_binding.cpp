// lua/report_binding.cpp — the C++ half of cdb.report: a report::Report owned by Lua, its
// blocks added one call at a time (each checked as it is added, so a mistake is reported at
// the script's line), written as HTML or Markdown under the --out folder.
#include "lua/report_binding.hpp"

#include <lua.hpp>

#include <string>
#include <vector>

#include "export/atomic_output_file.hpp"
#include "lua/export_binding.hpp"
#include "lua/host.hpp"
#include "lua/limits.hpp"
#include "lua/output_path.hpp"
#include "lua/script_error.hpp"
#include "lua/trampoline.hpp"
#include "lua/userdata.hpp"
#include "lua/values.hpp"
#include "report/error.hpp"
#include "report/html_renderer.hpp"
#include "report/markdown_renderer.hpp"
#include "report/report.hpp"

namespace luahost {

namespace {

namespace fs = std::filesystem;

constexpr const char* kReportType = "cdb.report.document";

struct ReportObject {
  explicit ReportObject(std::string title) : report(std::move(title)) {}
  report::Report report;
};

report::Report& check_report(lua_State* L) {
  return check_userdata<ReportObject>(L, 1, kReportType).report;
}

std::string text_arg(lua_State* L, int index) {
  std::size_t size = 0;
  const char* text = luaL_checklstring(L, index, &size);
  return std::string(text, size);
}

std::string optional_text(lua_State* L, int index) {
  return lua_isnoneornil(L, index) ? std::string() : text_arg(L, index);
}

int int_arg(lua_State* L, int index, int fallback) {
  return lua_isnoneornil(L, index) ? fallback : static_cast<int>(luaL_checkinteger(L, index));
}

// Adds a block; a ReportError (what is wrong with it) becomes an ARG error at the script.
void add_block(report::Report& r, report::Block block) {
  try {
    r.add(std::move(block));
  } catch (const report::ReportError& e) {
    throw ScriptError(ErrorCode::kArg, e.what());
  }
}

std::vector<std::string> strings_of(lua_State* L, int index) {
  luaL_checktype(L, index, LUA_TTABLE);
  std::vector<std::string> items;
  for (lua_Integer i = 1, n = static_cast<lua_Integer>(lua_rawlen(L, index)); i <= n; ++i) {
    lua_rawgeti(L, index, i);
    std::size_t size = 0;
    const char* text = luaL_tolstring(L, -1, &size);
    items.emplace_back(text, size);
    lua_pop(L, 2);
  }
  return items;
}

// _report.new(title, subtitle, date, language) → a report
int report_new(lua_State* L) {
  std::string title = text_arg(L, 1);
  try {
    ReportObject& object = push_userdata<ReportObject>(L, kReportType, std::move(title));
    object.report.set_subtitle(optional_text(L, 2));
    object.report.set_date(optional_text(L, 3));
    if (!lua_isnoneornil(L, 4)) object.report.set_language(text_arg(L, 4));
  } catch (const report::ReportError& e) {
    throw ScriptError(ErrorCode::kArg, e.what());
  }
  return 1;
}

int report_heading(lua_State* L) {
  report::Report& r = check_report(L);
  add_block(r, report::Heading{int_arg(L, 3, 2), text_arg(L, 2)});
  return 0;
}

int report_paragraph(lua_State* L) {
  report::Report& r = check_report(L);
  add_block(r, report::Paragraph{text_arg(L, 2)});
  return 0;
}

int report_list(lua_State* L) {
  report::Report& r = check_report(L);
  add_block(r, report::BulletList{strings_of(L, 2)});
  return 0;
}

int report_note(lua_State* L) {
  report::Report& r = check_report(L);
  add_block(r, report::Note{text_arg(L, 2), optional_text(L, 3)});
  return 0;
}

// r:_table(columns, rows, caption, decimals): rows are arrays of plain cells.
int report_table(lua_State* L) {
  report::Report& r = check_report(L);
  report::Table table;
  table.columns = strings_of(L, 2);
  luaL_checktype(L, 3, LUA_TTABLE);
  for (lua_Integer i = 1, n = static_cast<lua_Integer>(lua_rawlen(L, 3)); i <= n; ++i) {
    lua_rawgeti(L, 3, i);
    std::vector<store::Value> row;
    for (std::size_t c = 1; c <= table.columns.size(); ++c) {
      lua_rawgeti(L, -1, static_cast<lua_Integer>(c));
      row.push_back(to_value(L, -1, "a table cell"));
      lua_pop(L, 1);
    }
    table.rows.push_back(std::move(row));
    lua_pop(L, 1);
  }
  table.caption = optional_text(L, 4);
  table.decimals = int_arg(L, 5, 2);
  add_block(r, std::move(table));
  return 0;
}

// r:_figures({{label, value}, ...})
int report_figures(lua_State* L) {
  report::Report& r = check_report(L);
  luaL_checktype(L, 2, LUA_TTABLE);
  report::KeyFigures figures;
  for (lua_Integer i = 1, n = static_cast<lua_Integer>(lua_rawlen(L, 2)); i <= n; ++i) {
    lua_rawgeti(L, 2, i);
    lua_rawgeti(L, -1, 1);
    lua_rawgeti(L, -2, 2);
    std::size_t size = 0;
    const char* label = luaL_tolstring(L, -2, &size);
    figures.figures.push_back({std::string(label, size), to_value(L, -2, "a key figure")});
    lua_pop(L, 4);
  }
  add_block(r, std::move(figures));
  return 0;
}

// r:_quote(text, file, first_line, last_line, source)
int report_quote(lua_State* L) {
  report::Report& r = check_report(L);
  report::Quotation quote;
  quote.text = text_arg(L, 2);
  quote.file = text_arg(L, 3);
  quote.first_line = static_cast<int>(luaL_checkinteger(L, 4));
  quote.last_line = int_arg(L, 5, quote.first_line);
  quote.source = optional_text(L, 6);
  add_block(r, std::move(quote));
  return 0;
}

// r:_bar_chart(title, {{label, value}, ...}, unit, decimals)
int report_bar_chart(lua_State* L) {
  report::Report& r = check_report(L);
  report::BarChart chart;
  chart.title = text_arg(L, 2);
  luaL_checktype(L, 3, LUA_TTABLE);
  for (lua_Integer i = 1, n = static_cast<lua_Integer>(lua_rawlen(L, 3)); i <= n; ++i) {
    lua_rawgeti(L, 3, i);
    lua_rawgeti(L, -1, 1);
    lua_rawgeti(L, -2, 2);
    std::size_t size = 0;
    const char* label = luaL_tolstring(L, -2, &size);
    if (!lua_isnumber(L, -2)) {
      throw ScriptError(ErrorCode::kArg, "bar " + std::to_string(i) + " ('" +
                                             std::string(label, size) + "') has no number");
    }
    chart.bars.push_back({std::string(label, size), lua_tonumber(L, -2)});
    lua_pop(L, 4);
  }
  chart.unit = optional_text(L, 4);
  chart.decimals = int_arg(L, 5, 2);
  add_block(r, std::move(chart));
  return 0;
}

// r:_concept_map(title, graph)
int report_concept_map(lua_State* L) {
  report::Report& r = check_report(L);
  const exporter::Graph graph = graph_from_lua(L, 3);
  report::ConceptMap map;
  map.title = text_arg(L, 2);
  for (const auto& node : graph.nodes)
    map.nodes.push_back({node.id, node.label, node.weight, node.group});
  for (const auto& edge : graph.edges)
    map.edges.push_back({edge.source, edge.target, edge.weight});
  add_block(r, std::move(map));
  return 0;
}

void write_text_file(lua_State* L, const fs::path& path, const std::string& text) {
  exporter::AtomicOutputFile file(path, exporter::AtomicOutputFile::Access::kStream,
                                  output_budget_of(L));
  file.stream() << text;
  file.commit();
}

// r:_write(path, format) → path; Markdown also writes its figures beside the file.
int report_write(lua_State* L) {
  report::Report& r = check_report(L);
  const fs::path path = resolve_output_path(Host::from(L).out_dir, luaL_checkstring(L, 2));
  const std::string format = luaL_checkstring(L, 3);
  try {
    if (format == "html") {
      write_text_file(L, path, report::render_html(r));
    } else {
      const auto rendered = report::render_markdown_with_figures(r, path.stem().string());
      // The figures first: a Markdown file is never in place with its images missing.
      for (const auto& figure : rendered.figures)
        write_text_file(L, path.parent_path() / figure.name, figure.svg);
      write_text_file(L, path, rendered.markdown);
    }
  } catch (const report::ReportError& e) {
    throw ScriptError(ErrorCode::kArg, e.what());
  }
  lua_pushstring(L, path.string().c_str());
  return 1;
}

}  // namespace

void push_report_internals(lua_State* L) {
  const luaL_Reg methods[] = {
      {"heading", guarded<report_heading>},
      {"paragraph", guarded<report_paragraph>},
      {"list", guarded<report_list>},
      {"note", guarded<report_note>},
      {"table", guarded<report_table>},
      {"figures", guarded<report_figures>},
      {"quote", guarded<report_quote>},
      {"bar_chart", guarded<report_bar_chart>},
      {"concept_map", guarded<report_concept_map>},
      {"write", guarded<report_write>},
      {nullptr, nullptr},
  };
  register_userdata_type<ReportObject>(L, kReportType, methods);
  const luaL_Reg functions[] = {{"new", guarded<report_new>}, {nullptr, nullptr}};
  luaL_newlib(L, functions);
}

}  // namespace luahost
