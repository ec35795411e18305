// tests/fuzz/lua_script_grammar.hpp — Lua scripts generated from the input's bytes: a series of
// calls of the cdb API (functions, methods of what earlier calls returned, iteration, field
// access, tostring, #, ..) with odd arguments (nil, NaN, huge and negative numbers, empty,
// long and invalid-UTF-8 strings, paths that try to leave the output folder, hostile SQL,
// tables with throwing metamethods, functions, earlier results). Each call runs under pcall,
// so a script goes on after an error and reaches deeper states.
#pragma once

#include <filesystem>
#include <string>

#include "fuzz_check.hpp"

namespace fuzz {

// The script for `input`. `escape_path` is an absolute path outside the output folder that a
// script tries to write to; it must never appear.
std::string generate_lua_script(ByteReader& input, const std::filesystem::path& escape_path);

}  // namespace fuzz
