# cmake/embed_lua_prelude.cmake — writes a C++ file that holds the Lua prelude modules
# (src/lua/prelude/*.lua) as named string constants, in the order given.
# Usage: cmake -DINPUTS="a.lua|b.lua" -DOUTPUT=prelude_lua.cpp -P embed_lua_prelude.cmake
string(REPLACE "|" ";" INPUTS "${INPUTS}")
set(body "")
set(count 0)
foreach(input IN LISTS INPUTS)
  file(READ "${input}" content)
  string(FIND "${content}" ")embedded\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${input} contains the raw-string delimiter )embedded\"")
  endif()
  get_filename_component(name "${input}" NAME)
  string(APPEND body "    {\"${name}\", R\"embedded(${content})embedded\"},\n")
  math(EXPR count "${count} + 1")
endforeach()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from src/lua/prelude/*.lua by cmake/embed_lua_prelude.cmake; do not edit.\n"
  "#include <cstddef>\n"
  "// The API reference is longer than the 64 KB a literal must be allowed; clang warns.\n"
  "#if defined(__clang__)\n"
  "#pragma clang diagnostic ignored \"-Woverlength-strings\"\n"
  "#endif\n"
  "namespace luahost::generated {\n"
  "struct PreludeChunk { const char* name; const char* text; };\n"
  "extern const PreludeChunk kPrelude[];\n"
  "extern const std::size_t kPreludeCount;\n"
  "const PreludeChunk kPrelude[] = {\n${body}};\n"
  "const std::size_t kPreludeCount = ${count};\n"
  "}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
