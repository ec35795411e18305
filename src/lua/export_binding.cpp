// lua/export_binding.cpp — the C++ half of cdb.export and cdb.graph (cdb._export, used by
// the prelude's export.lua and graph.lua): writers for tables, workbooks, sources, the
// vocabulary and graphs, each writing one file under the --out folder, atomically.
#include "lua/export_binding.hpp"

#include <lua.hpp>

#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "export/atomic_output_file.hpp"
#include "export/bibtex_writer.hpp"
#include "export/csl_json_writer.hpp"
#include "export/dot_writer.hpp"
#include "export/graph.hpp"
#include "export/graph_cooccurrence.hpp"
#include "export/graphml_writer.hpp"
#include "export/ris_writer.hpp"
#include "export/row_file.hpp"
#include "export/row_writer.hpp"
#include "export/skos_writer.hpp"
#include "export/source_record.hpp"
#include "export/vosviewer_writer.hpp"
#include "export/xlsx_workbook.hpp"
#include "lua/host.hpp"
#include "lua/limits.hpp"
#include "lua/output_path.hpp"
#include "lua/script_error.hpp"
#include "lua/sql_binding.hpp"
#include "lua/trampoline.hpp"
#include "lua/userdata.hpp"
#include "lua/values.hpp"
#include "store/statement.hpp"

namespace luahost {

namespace {

namespace fs = std::filesystem;

constexpr const char* kTableWriterType = "cdb.export.table";
constexpr const char* kWorkbookType = "cdb.export.workbook";

fs::path output_path(lua_State* L, int index) {
  return resolve_output_path(Host::from(L).out_dir, luaL_checkstring(L, index));
}

void push_string(lua_State* L, const std::string& text) {
  lua_pushlstring(L, text.data(), text.size());
}

std::string string_field(lua_State* L, int table, const char* field) {
  std::string value;
  if (lua_getfield(L, table, field) == LUA_TSTRING) value = lua_tostring(L, -1);
  lua_pop(L, 1);
  return value;
}

bool bool_field(lua_State* L, int table, const char* field) {
  lua_getfield(L, table, field);
  const bool value = lua_toboolean(L, -1) != 0;
  lua_pop(L, 1);
  return value;
}

exporter::ExportOptions export_options(lua_State* L, int index) {
  exporter::ExportOptions options;
  if (!lua_istable(L, index)) return options;
  const std::string separator = string_field(L, index, "separator");
  if (separator.size() > 1) {
    // Taking the first byte would write a file the reader splits differently than asked.
    throw std::invalid_argument("the separator must be one character, got '" + separator + "'");
  }
  if (!separator.empty()) options.separator = separator[0];
  options.byte_order_mark = bool_field(L, index, "bom");
  options.decimal_comma = bool_field(L, index, "decimal_comma");
  options.sheet_name = string_field(L, index, "sheet");
  return options;
}

std::vector<std::string> string_array(lua_State* L, int index, const char* what) {
  luaL_checktype(L, index, LUA_TTABLE);
  std::vector<std::string> items;
  const lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, index));
  for (lua_Integer i = 1; i <= n; ++i) {
    lua_rawgeti(L, index, i);
    if (lua_type(L, -1) != LUA_TSTRING) {
      throw ScriptError(ErrorCode::kArg, std::string(what) + " " + std::to_string(i) +
                                             " must be a string, got a " + luaL_typename(L, -1));
    }
    items.emplace_back(lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  return items;
}

// The cells of the array at `index` (already made plain by export.lua), `count` of them.
std::vector<store::Value> row_values(lua_State* L, int index, std::size_t count) {
  luaL_checktype(L, index, LUA_TTABLE);
  std::vector<store::Value> values;
  values.reserve(count);
  for (std::size_t c = 1; c <= count; ++c) {
    lua_rawgeti(L, index, static_cast<lua_Integer>(c));
    values.push_back(to_value(L, -1, "a table cell"));
    lua_pop(L, 1);
  }
  return values;
}

std::string checked_format(lua_State* L, int index) {
  std::string format = luaL_checkstring(L, index);
  if (!exporter::is_row_format(format) || format == "table") {
    throw ScriptError(ErrorCode::kArg, "unknown table format '" + format +
                                           "' (csv, tsv, json, ndjson, md, html or xlsx)");
  }
  return format;
}

// ---- one table into one file

struct TableFile {
  std::unique_ptr<exporter::RowWriter> writer;
  std::string shown_path;
  std::size_t columns = 0;
  std::int64_t rows = 0;
};

TableFile& check_table(lua_State* L) {
  TableFile& table = check_userdata<TableFile>(L, 1, kTableWriterType);
  if (!table.writer) throw ScriptError(ErrorCode::kArg, "the export was already closed");
  return table;
}

int table_row(lua_State* L) {
  TableFile& table = check_table(L);
  table.writer->row(row_values(L, 2, table.columns));
  ++table.rows;
  return 0;
}

int table_close(lua_State* L) {
  TableFile& table = check_table(L);
  table.writer->end();  // puts the file in place
  table.writer.reset();
  push_string(L, table.shown_path);
  lua_pushinteger(L, table.rows);
  return 2;
}

// _export.open(format, path, options, columns) → a table writer
int export_open(lua_State* L) {
  const std::string format = checked_format(L, 1);
  const fs::path path = output_path(L, 2);
  const exporter::ExportOptions options = export_options(L, 3);
  const std::vector<std::string> columns = string_array(L, 4, "column");
  auto writer = exporter::open_row_file(path, format, options, output_budget_of(L));
  writer->begin(columns);
  TableFile& table = push_userdata<TableFile>(L, kTableWriterType);
  table.writer = std::move(writer);
  table.shown_path = path.string();
  table.columns = columns.size();
  return 1;
}

// _export.text(format, options, columns, rows) → the table as text
int export_text(lua_State* L) {
  const std::string format = checked_format(L, 1);
  if (!exporter::writes_to_stream(format)) {
    throw ScriptError(ErrorCode::kArg, "cdb.export.text cannot make " + format +
                                           " (a file format): use cdb.export." + format);
  }
  const exporter::ExportOptions options = export_options(L, 2);
  const std::vector<std::string> columns = string_array(L, 3, "column");
  luaL_checktype(L, 4, LUA_TTABLE);
  std::ostringstream out;
  auto writer = exporter::make_row_writer(format, out, options);
  writer->begin(columns);
  const lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, 4));
  for (lua_Integer i = 1; i <= n; ++i) {
    lua_rawgeti(L, 4, i);
    writer->row(row_values(L, lua_gettop(L), columns.size()));
    lua_pop(L, 1);
  }
  writer->end();
  push_string(L, out.str());
  return 1;
}

// _export.query(format, path, options, sql, params) → path, rows: streamed from SQLite.
int export_query(lua_State* L) {
  const std::string format = checked_format(L, 1);
  const fs::path path = output_path(L, 2);
  const exporter::ExportOptions options = export_options(L, 3);
  store::Statement st = Host::from(L).db->prepare(luaL_checkstring(L, 4));
  bind_parameters(L, 5, st);
  std::vector<std::string> columns;
  for (int i = 0; i < st.column_count(); ++i)
    columns.emplace_back(st.column_name(i));
  auto writer = exporter::open_row_file(path, format, options, output_budget_of(L));
  writer->begin(columns);
  std::vector<store::Value> values(columns.size());
  std::int64_t rows = 0;
  while (st.step()) {
    for (std::size_t c = 0; c < values.size(); ++c)
      values[c] = st.column_value(static_cast<int>(c));
    writer->row(values);
    ++rows;
  }
  writer->end();
  push_string(L, path.string());
  lua_pushinteger(L, rows);
  return 2;
}

std::int64_t lua_count(std::size_t n) {
  return static_cast<std::int64_t>(n);
}

// ---- a workbook of several sheets

// Members are destroyed in reverse order: the workbook before the temporary file it writes.
struct Workbook {
  std::unique_ptr<exporter::AtomicOutputFile> file;
  std::unique_ptr<exporter::XlsxWorkbook> book;
  exporter::RowWriter* sheet = nullptr;
  std::size_t columns = 0;
  std::string shown_path;
};

Workbook& check_workbook(lua_State* L) {
  Workbook& book = check_userdata<Workbook>(L, 1, kWorkbookType);
  if (!book.book) throw ScriptError(ErrorCode::kArg, "the workbook was already closed");
  return book;
}

int workbook_sheet(lua_State* L) {
  Workbook& book = check_workbook(L);
  const std::string name = luaL_checkstring(L, 2);
  const std::vector<std::string> columns = string_array(L, 3, "column");
  if (book.sheet != nullptr) book.sheet->end();
  book.sheet = &book.book->add_sheet(name);
  book.sheet->begin(columns);
  book.columns = columns.size();
  return 0;
}

int workbook_row(lua_State* L) {
  Workbook& book = check_workbook(L);
  if (book.sheet == nullptr) throw ScriptError(ErrorCode::kArg, "no sheet to write a row to");
  book.sheet->row(row_values(L, 2, book.columns));
  return 0;
}

int workbook_close(lua_State* L) {
  Workbook& book = check_workbook(L);
  if (book.sheet != nullptr) book.sheet->end();
  book.book->close();
  book.book.reset();
  book.file->commit();
  book.file.reset();
  push_string(L, book.shown_path);
  return 1;
}

// _export.workbook(path) → a workbook
int export_workbook(lua_State* L) {
  const fs::path path = output_path(L, 1);
  auto file = std::make_unique<exporter::AtomicOutputFile>(
      path, exporter::AtomicOutputFile::Access::kByPath, output_budget_of(L));
  auto book = std::make_unique<exporter::XlsxWorkbook>(file->temporary_path());
  Workbook& workbook = push_userdata<Workbook>(L, kWorkbookType);
  workbook.file = std::move(file);
  workbook.book = std::move(book);
  workbook.shown_path = path.string();
  return 1;
}

// _export.format_of(path) → format name or nil
int export_format_of(lua_State* L) {
  const std::string format = exporter::format_from_extension(luaL_checkstring(L, 1));
  if (format.empty()) return 0;
  push_string(L, format);
  return 1;
}

// ---- sources and the vocabulary

// _export.sources(kind, path, keys, all) → path, count; no keys and not all: no sources.
int export_sources(lua_State* L) {
  const std::string kind = luaL_checkstring(L, 1);
  const fs::path path = output_path(L, 2);
  const std::vector<std::string> keys = string_array(L, 3, "source key");
  const bool all = lua_toboolean(L, 4) != 0;
  std::vector<exporter::SourceRecord> records;
  try {
    if (all || !keys.empty()) records = exporter::load_source_records(*Host::from(L).db, keys);
  } catch (const std::invalid_argument& e) {
    throw ScriptError(ErrorCode::kNotFound, e.what());
  }
  exporter::AtomicOutputFile file(path, exporter::AtomicOutputFile::Access::kStream,
                                  output_budget_of(L));
  if (kind == "bibtex") {
    exporter::write_bibtex(records, file.stream());
  } else if (kind == "csl_json") {
    exporter::write_csl_json(records, file.stream());
  } else {
    exporter::write_ris(records, file.stream());
  }
  file.commit();
  push_string(L, path.string());
  lua_pushinteger(L, lua_count(records.size()));
  return 2;
}

// _export.skos(path, base) → path
int export_skos(lua_State* L) {
  const fs::path path = output_path(L, 1);
  const std::string base = luaL_optstring(L, 2, "https://conceptdb.invalid/vocabulary/");
  exporter::AtomicOutputFile file(path, exporter::AtomicOutputFile::Access::kStream,
                                  output_budget_of(L));
  exporter::write_skos_turtle(*Host::from(L).db, file.stream(), base);
  file.commit();
  push_string(L, path.string());
  store::Statement count = Host::from(L).db->prepare("SELECT count(*) FROM concept");
  lua_pushinteger(L, count.step() ? count.column_int64(0) : 0);
  return 2;
}

// ---- graphs

void push_attribute(lua_State* L, const exporter::AttributeValue& value) {
  std::visit(
      [L](const auto& v) {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, std::int64_t>) {
          lua_pushinteger(L, v);
        } else if constexpr (std::is_same_v<V, double>) {
          lua_pushnumber(L, v);
        } else if constexpr (std::is_same_v<V, bool>) {
          lua_pushboolean(L, v);
        } else {
          push_string(L, v);
        }
      },
      value);
}

// A node or edge table: its fixed fields, then its attributes as further fields.
void push_attributes(lua_State* L, const exporter::Attributes& attributes) {
  for (const auto& [name, value] : attributes) {
    push_attribute(L, value);
    lua_setfield(L, -2, name.c_str());
  }
}

// _export.graph(options) → {nodes = {...}, edges = {...}}
int export_graph(lua_State* L) {
  exporter::CooccurrenceOptions options;
  if (lua_istable(L, 1)) {
    const std::string level = string_field(L, 1, "level");
    const std::string measure = string_field(L, 1, "measure");
    const std::string group = string_field(L, 1, "group_by");
    if (!level.empty()) options.level = exporter::cooccurrence_level_from(level);
    if (!measure.empty()) options.measure = exporter::cooccurrence_measure_from(measure);
    if (!group.empty()) options.group_by = exporter::concept_grouping_from(group);
    lua_getfield(L, 1, "min_count");
    if (lua_isinteger(L, -1)) options.min_count = lua_tointeger(L, -1);
    lua_pop(L, 1);
    lua_getfield(L, 1, "top");
    if (lua_isinteger(L, -1) && lua_tointeger(L, -1) > 0)
      options.top_edges = static_cast<std::size_t>(lua_tointeger(L, -1));
    lua_pop(L, 1);
    if (lua_getfield(L, 1, "concepts") == LUA_TTABLE)
      options.concepts = string_array(L, lua_gettop(L), "concept");
    lua_pop(L, 1);
  }
  exporter::Graph graph;
  try {
    graph = exporter::load_cooccurrence_graph(*Host::from(L).db, options);
  } catch (const std::invalid_argument& e) {
    const std::string message = e.what();
    const bool unknown_key =
        message.find("concept") != std::string::npos && message.find("no ") != std::string::npos;
    throw ScriptError(unknown_key ? ErrorCode::kNotFound : ErrorCode::kArg, message);
  }
  lua_createtable(L, 0, 2);
  lua_createtable(L, static_cast<int>(graph.nodes.size()), 0);
  lua_Integer i = 0;
  for (const auto& node : graph.nodes) {
    lua_createtable(L, 0, 4 + static_cast<int>(node.attributes.size()));
    push_attributes(L, node.attributes);
    push_string(L, node.id);
    lua_setfield(L, -2, "id");
    push_string(L, node.label);
    lua_setfield(L, -2, "label");
    lua_pushnumber(L, node.weight);
    lua_setfield(L, -2, "weight");
    push_string(L, node.group);
    lua_setfield(L, -2, "group");
    lua_rawseti(L, -2, ++i);
  }
  lua_setfield(L, -2, "nodes");
  lua_createtable(L, static_cast<int>(graph.edges.size()), 0);
  i = 0;
  for (const auto& edge : graph.edges) {
    lua_createtable(L, 0, 3 + static_cast<int>(edge.attributes.size()));
    push_attributes(L, edge.attributes);
    push_string(L, edge.source);
    lua_setfield(L, -2, "source");
    push_string(L, edge.target);
    lua_setfield(L, -2, "target");
    lua_pushnumber(L, edge.weight);
    lua_setfield(L, -2, "weight");
    lua_rawseti(L, -2, ++i);
  }
  lua_setfield(L, -2, "edges");
  push_string(L, std::string(exporter::measure_name(options.measure)));
  lua_setfield(L, -2, "measure");
  return 1;
}

// The fields of a node or edge table that are not its fixed ones, as typed attributes
// (strings, integers, floats, booleans; other values are left out).
exporter::Attributes attributes_of(lua_State* L, int index,
                                   std::initializer_list<std::string_view> fixed) {
  exporter::Attributes attributes;
  lua_pushnil(L);
  while (lua_next(L, index) != 0) {
    if (lua_type(L, -2) == LUA_TSTRING) {
      const std::string name = lua_tostring(L, -2);
      bool is_fixed = false;
      for (auto f : fixed)
        is_fixed = is_fixed || name == f;
      if (!is_fixed) {
        switch (lua_type(L, -1)) {
          case LUA_TNUMBER:
            if (lua_isinteger(L, -1)) {
              attributes[name] = std::int64_t{lua_tointeger(L, -1)};
            } else {
              attributes[name] = lua_tonumber(L, -1);
            }
            break;
          case LUA_TBOOLEAN:
            attributes[name] = lua_toboolean(L, -1) != 0;
            break;
          case LUA_TSTRING:
            attributes[name] = std::string(lua_tostring(L, -1));
            break;
          default:
            break;
        }
      }
    }
    lua_pop(L, 1);
  }
  return attributes;
}

double number_field(lua_State* L, int table, const char* field, double fallback) {
  lua_getfield(L, table, field);
  const double value = lua_isnumber(L, -1) ? lua_tonumber(L, -1) : fallback;
  lua_pop(L, 1);
  return value;
}

}  // namespace

exporter::Graph graph_from_lua(lua_State* L, int index) {
  luaL_checktype(L, index, LUA_TTABLE);
  exporter::Graph graph;
  if (lua_getfield(L, index, "nodes") != LUA_TTABLE)
    throw ScriptError(ErrorCode::kArg, "the graph has no nodes list");
  const int nodes = lua_gettop(L);
  for (lua_Integer i = 1, n = static_cast<lua_Integer>(lua_rawlen(L, nodes)); i <= n; ++i) {
    lua_rawgeti(L, nodes, i);
    const int t = lua_gettop(L);
    if (!lua_istable(L, t))
      throw ScriptError(ErrorCode::kArg, "node " + std::to_string(i) + " is not a table");
    exporter::Graph::Node node;
    node.id = string_field(L, t, "id");
    if (node.id.empty())
      throw ScriptError(ErrorCode::kArg, "node " + std::to_string(i) + " has no id (a string)");
    node.label = string_field(L, t, "label");
    node.weight = number_field(L, t, "weight", 1);
    node.group = string_field(L, t, "group");
    node.attributes = attributes_of(L, t, {"id", "label", "weight", "group"});
    graph.nodes.push_back(std::move(node));
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  if (lua_getfield(L, index, "edges") == LUA_TTABLE) {
    const int edges = lua_gettop(L);
    for (lua_Integer i = 1, n = static_cast<lua_Integer>(lua_rawlen(L, edges)); i <= n; ++i) {
      lua_rawgeti(L, edges, i);
      const int t = lua_gettop(L);
      if (!lua_istable(L, t))
        throw ScriptError(ErrorCode::kArg, "edge " + std::to_string(i) + " is not a table");
      exporter::Graph::Edge edge;
      edge.source = string_field(L, t, "source");
      edge.target = string_field(L, t, "target");
      edge.weight = number_field(L, t, "weight", 1);
      edge.attributes = attributes_of(L, t, {"source", "target", "weight"});
      graph.edges.push_back(std::move(edge));
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  return graph;
}

namespace {

// _export.write_graph(format, path, graph) → path
int export_write_graph(lua_State* L) {
  const std::string format = luaL_checkstring(L, 1);
  const fs::path path = output_path(L, 2);
  const exporter::Graph graph = graph_from_lua(L, 3);
  exporter::AtomicOutputFile file(path, exporter::AtomicOutputFile::Access::kStream,
                                  output_budget_of(L));
  if (format == "graphml") {
    exporter::write_graphml(graph, file.stream());
  } else if (format == "dot") {
    exporter::write_dot(graph, file.stream());
  } else if (format == "vosviewer") {
    exporter::write_vosviewer_json(graph, file.stream());
  } else {
    throw ScriptError(ErrorCode::kArg,
                      "unknown graph format '" + format + "' (graphml, dot or vosviewer)");
  }
  file.commit();
  push_string(L, path.string());
  return 1;
}

}  // namespace

void push_export_internals(lua_State* L) {
  const luaL_Reg table_methods[] = {
      {"row", guarded<table_row>}, {"close", guarded<table_close>}, {nullptr, nullptr}};
  register_userdata_type<TableFile>(L, kTableWriterType, table_methods);
  const luaL_Reg workbook_methods[] = {{"sheet", guarded<workbook_sheet>},
                                       {"row", guarded<workbook_row>},
                                       {"close", guarded<workbook_close>},
                                       {nullptr, nullptr}};
  register_userdata_type<Workbook>(L, kWorkbookType, workbook_methods);
  const luaL_Reg functions[] = {
      {"open", guarded<export_open>},
      {"text", guarded<export_text>},
      {"query", guarded<export_query>},
      {"workbook", guarded<export_workbook>},
      {"format_of", guarded<export_format_of>},
      {"sources", guarded<export_sources>},
      {"skos", guarded<export_skos>},
      {"graph", guarded<export_graph>},
      {"write_graph", guarded<export_write_graph>},
      {nullptr, nullptr},
  };
  luaL_newlib(L, functions);
}

}  // namespace luahost
