// lua/export_binding.hpp — the C++ half of cdb.export and cdb.graph.
//
// push_export_internals pushes the table cdb._export, which the prelude (export.lua,
// graph.lua) wraps into the public functions and then removes from cdb.
#pragma once

#include "export/graph.hpp"

struct lua_State;

namespace luahost {

void push_export_internals(lua_State* L);

// The graph table at `index` ({nodes = {{id, label, weight, group, ...}}, edges = {{source,
// target, weight, ...}}}) as an exporter::Graph; other fields become typed attributes.
exporter::Graph graph_from_lua(lua_State* L, int index);

}  // namespace luahost
