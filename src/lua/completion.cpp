// lua/completion.cpp — reading the word before the cursor and listing what can follow it.
#include "lua/completion.hpp"

#include <lua.hpp>

#include <algorithm>
#include <array>
#include <new>
#include <set>

namespace luahost {

namespace {

// How many metatables deep `__index` tables are followed (a chain of classes).
constexpr int kMaxIndexDepth = 8;

constexpr std::array<std::string_view, 22> kKeywords = {
    "and",      "break",  "do",   "else", "elseif", "end",  "false", "for",
    "function", "goto",   "if",   "in",   "local",  "nil",  "not",   "or",
    "repeat",   "return", "then", "true", "until",  "while"};

bool is_keyword(std::string_view name) {
  return std::find(kKeywords.begin(), kKeywords.end(), name) != kKeywords.end();
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool is_identifier(std::string_view name) {
  if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
  return std::all_of(name.begin(), name.end(), is_name_char) && !is_keyword(name);
}

// The level of a long bracket opening at text[i] ("[[" is 0, "[==[" is 2), or -1.
int long_bracket_level(std::string_view text, std::size_t i) {
  if (text[i] != '[') return -1;
  std::size_t j = i + 1;
  while (j < text.size() && text[j] == '=')
    ++j;
  if (j < text.size() && text[j] == '[') return static_cast<int>(j - i - 1);
  return -1;
}

// True when the end of `text` lies inside a string or a comment.
bool ends_inside_string_or_comment(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"' || c == '\'') {
      for (++i; i < text.size() && text[i] != c; ++i) {
        if (text[i] == '\\') ++i;
      }
      if (i >= text.size()) return true;
    } else if (c == '-' && i + 1 < text.size() && text[i + 1] == '-') {
      return true;  // a comment runs to the end of the line
    } else if (const int level = long_bracket_level(text, i); level >= 0) {
      const std::string close = "]" + std::string(static_cast<std::size_t>(level), '=') + "]";
      const std::size_t end = text.find(close, i + 2 + static_cast<std::size_t>(level));
      if (end == std::string_view::npos) return true;
      i = end + close.size() - 1;
    }
  }
  return false;
}

// Replaces the value on top of the stack by the `__index` table of its metatable; returns
// false (and pops it) when there is none.
bool step_to_index_table(lua_State* L) {
  if (lua_getmetatable(L, -1) == 0) {
    lua_pop(L, 1);
    return false;
  }
  lua_pushliteral(L, "__index");
  lua_rawget(L, -2);
  lua_remove(L, -2);  // the metatable
  lua_remove(L, -2);  // the value
  if (lua_type(L, -1) == LUA_TTABLE) return true;
  lua_pop(L, 1);
  return false;
}

// Replaces the value on top of the stack by its field `name`, found in the value or along
// its `__index` tables (raw reads only); by nil when there is none.
void step_to_field(lua_State* L, std::string_view name) {
  for (int depth = 0; depth < kMaxIndexDepth; ++depth) {
    if (lua_type(L, -1) == LUA_TTABLE) {
      lua_pushlstring(L, name.data(), name.size());
      if (lua_rawget(L, -2) != LUA_TNIL) {
        lua_remove(L, -2);
        return;
      }
      lua_pop(L, 1);
    }
    if (!step_to_index_table(L)) {
      lua_pushnil(L);
      return;
    }
  }
  lua_pop(L, 1);
  lua_pushnil(L);
}

struct NameFilter {
  std::string_view prefix;
  bool functions_only = false;

  bool accepts(std::string_view name) const {
    if (name.substr(0, prefix.size()) != prefix || !is_identifier(name)) return false;
    return name[0] != '_' || (!prefix.empty() && prefix[0] == '_');
  }
};

// Adds the string keys of the value on top of the stack, and of its `__index` tables, that
// pass the filter; pops the value.
void collect_names(lua_State* L, const NameFilter& filter, std::set<std::string>& names) {
  for (int depth = 0; depth < kMaxIndexDepth; ++depth) {
    if (lua_type(L, -1) == LUA_TTABLE) {
      lua_pushnil(L);
      while (lua_next(L, -2) != 0) {
        // lua_tolstring only on string keys: converting a number key would upset lua_next.
        if (lua_type(L, -2) == LUA_TSTRING &&
            (!filter.functions_only || lua_type(L, -1) == LUA_TFUNCTION)) {
          std::size_t size = 0;
          const char* key = lua_tolstring(L, -2, &size);
          if (filter.accepts({key, size})) names.emplace(key, size);
        }
        lua_pop(L, 1);
      }
    }
    if (!step_to_index_table(L)) return;
  }
  lua_pop(L, 1);
}

// The parts of the word before the cursor: `cdb.sql.ro` is path {cdb, sql}, separator '.',
// partial "ro"; `pri` is an empty path with no separator.
struct Word {
  std::size_t start = 0;
  std::vector<std::string_view> path;
  char separator = 0;
  std::string_view partial;
};

// Splits the word ending at `cursor`; false when it is no path of names (`f().x`, `1.5`).
bool split_word(std::string_view line, std::size_t cursor, Word& word) {
  std::size_t start = cursor;
  while (start > 0 &&
         (is_name_char(line[start - 1]) || line[start - 1] == '.' || line[start - 1] == ':'))
    --start;
  const std::string_view text = line.substr(start, cursor - start);
  word.start = start;
  const std::size_t last = text.find_last_of(".:");
  if (last == std::string_view::npos) {
    word.partial = text;
    return text.empty() || !(text[0] >= '0' && text[0] <= '9');
  }
  word.separator = text[last];
  word.partial = text.substr(last + 1);
  std::string_view path = text.substr(0, last);
  while (true) {
    const std::size_t dot = path.find('.');
    const std::string_view name = path.substr(0, dot);
    if (!is_identifier(name)) return false;  // also refuses "a:b.c" and "a..b"
    word.path.push_back(name);
    if (dot == std::string_view::npos) break;
    path = path.substr(dot + 1);
  }
  // Something just before the word (`f().x`, `t[1].x`, `"s".x`) makes it no plain path.
  if (start > 0) {
    const char before = line[start - 1];
    if (before == ')' || before == ']' || before == '"' || before == '\'' || before == '}')
      return false;
  }
  return true;
}

struct Request {
  std::string_view line;
  std::size_t cursor;
  Completion* result;
};

int complete_protected(lua_State* L) {
  const auto& request = *static_cast<const Request*>(lua_touserdata(L, 1));
  Word word;
  if (ends_inside_string_or_comment(request.line.substr(0, request.cursor)) ||
      !split_word(request.line, request.cursor, word)) {
    return 0;
  }
  std::set<std::string> names;
  const NameFilter filter{word.partial, word.separator == ':'};
  lua_pushglobaltable(L);
  for (const std::string_view name : word.path)
    step_to_field(L, name);
  collect_names(L, filter, names);
  if (word.path.empty()) {
    for (const std::string_view keyword : kKeywords) {
      if (keyword.substr(0, word.partial.size()) == word.partial) names.emplace(keyword);
    }
  }
  Completion& result = *request.result;
  result.start = word.start;
  const std::string lead(
      request.line.substr(word.start, request.cursor - word.start - word.partial.size()));
  for (const std::string& name : names)
    result.candidates.push_back(lead + name + (word.separator == ':' ? "(" : ""));
  return 0;
}

}  // namespace

Completion complete_lua(lua_State* L, std::string_view line, std::size_t cursor) {
  Request request{line, std::min(cursor, line.size()), nullptr};
  Completion result;
  result.start = request.cursor;
  request.result = &result;
  // A collection step could run a __gc metamethod: Lua code, which completing must not run.
  const bool collecting = lua_gc(L, LUA_GCISRUNNING) != 0;
  lua_gc(L, LUA_GCSTOP);
  lua_pushcfunction(L, complete_protected);
  lua_pushlightuserdata(L, &request);
  const int status = lua_pcall(L, 1, 0, 0);
  if (status != LUA_OK) lua_pop(L, 1);
  if (collecting) lua_gc(L, LUA_GCRESTART);
  if (status == LUA_ERRMEM) throw std::bad_alloc();
  if (status != LUA_OK) result.candidates.clear();
  return result;
}

}  // namespace luahost
