// app/help_command.cpp — `conceptdb help [NAME]`: the Lua API reference in the terminal, as
// Markdown (--markdown, docs/lua-api.md) and as LuaLS stubs (--luals, docs/lua/cdb.lua).
//
// Everything comes from the one registry, src/lua/prelude/reference.lua, read through
// luahost::load_reference(); nothing about the API is written here.
#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "app/commands.hpp"
#include "lua/reference.hpp"

namespace app {

namespace {

using luahost::EntryKind;
using luahost::Reference;
using luahost::ReferenceEntry;
using luahost::ReferenceItem;
using luahost::ReferenceModule;
using luahost::ReferenceType;

constexpr std::size_t kTextWidth = 92;

std::size_t display_width(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // not a UTF-8 continuation byte
  }));
}

std::string pad(const std::string& text, std::size_t width) {
  const std::size_t w = display_width(text);
  return w >= width ? text : text + std::string(width - w, ' ');
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  return lines;
}

// Words of `text` in lines of at most `width` columns, each line starting with `indent`.
std::string wrap(const std::string& text, const std::string& indent,
                 std::size_t width = kTextWidth) {
  std::istringstream words(text);
  std::string out, line;
  for (std::string word; words >> word;) {
    if (!line.empty() && display_width(indent + line + " " + word) > width) {
      out += indent + line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) out += indent + line + "\n";
  return out;
}

std::string indent_lines(const std::string& text, const std::string& indent) {
  std::string out;
  for (const auto& line : split_lines(text))
    out += (line.empty() ? "" : indent + line) + "\n";
  return out;
}

// The registry types named in a type expression ("List<Concept>" → List, Concept).
std::vector<std::string> types_named(const Reference& ref, const std::string& expression) {
  static const std::regex identifier("[A-Za-z_][A-Za-z0-9_]*");
  std::vector<std::string> out;
  for (std::sregex_iterator it(expression.begin(), expression.end(), identifier), end; it != end;
       ++it) {
    const std::string name = it->str();
    if (ref.find_type(name) && std::find(out.begin(), out.end(), name) == out.end())
      out.push_back(name);
  }
  return out;
}

const ReferenceModule* module_of_type(const Reference& ref, const std::string& type_name) {
  for (const auto& m : ref.modules) {
    for (const auto& t : m.types) {
      if (t.name == type_name) return &m;
    }
  }
  return nullptr;
}

// ------------------------------------------------------------------------------ terminal

std::string text_items(const std::string& heading, const std::vector<ReferenceItem>& items) {
  if (items.empty()) return "";
  std::string out = "  " + heading + "\n";
  for (const auto& item : items) {
    const std::string name = item.name.empty() ? "" : item.name + (item.optional ? "?" : "") + "  ";
    out += "    " + name + item.type + "\n" + wrap(item.what, "        ");
  }
  return out;
}

std::string text_entry(const Reference& ref, const ReferenceEntry& e) {
  std::string out = e.signature() + "\n\n" + wrap(e.summary + ".", "    ");
  if (!e.description.empty()) out += "\n" + wrap(e.description, "    ");
  out += "\n" + text_items("Parameters", e.params) + text_items("Returns", e.returns);
  out += "\n  Example\n" + indent_lines(e.example, "    ");
  std::set<std::string> seen;
  std::vector<std::string> see;
  for (const auto& items : {e.params, e.returns}) {
    for (const auto& item : items) {
      for (const auto& t : types_named(ref, item.type))
        if (seen.insert(t).second) see.push_back(t);
    }
  }
  for (const auto& t : types_named(ref, e.value_type + " " + e.owner_type()))
    if (seen.insert(t).second) see.push_back(t);
  if (!see.empty()) {
    std::string list;
    for (const auto& t : see)
      list += (list.empty() ? "" : ", ") + t;
    out += "\n  Types: " + list + " (`conceptdb help TYPE` shows one).\n";
  }
  return out;
}

std::string text_type(const Reference& ref, const ReferenceType& t) {
  const ReferenceModule* m = module_of_type(ref, t.name);
  std::string out = t.name + " (" + (m ? m->title : "") + ")\n\n" + wrap(t.summary + ".", "    ");
  if (!t.description.empty()) out += "\n" + wrap(t.description, "    ");
  if (!t.fields.empty()) {
    std::size_t name_width = 0, type_width = 0;
    for (const auto& f : t.fields) {
      name_width = std::max(name_width, display_width(f.name));
      type_width = std::max(type_width, display_width(f.type));
    }
    out += "\n  Fields\n";
    for (const auto& f : t.fields)
      out +=
          "    " + pad(f.name, name_width) + "  " + pad(f.type, type_width) + "  " + f.what + "\n";
  }
  const auto methods = ref.methods_of(t.name);
  if (!methods.empty()) {
    std::size_t width = 0;
    for (const auto* e : methods)
      width = std::max(width, display_width(e->call_form()));
    out += "\n  Methods\n";
    for (const auto* e : methods)
      out += "    " + pad(e->call_form(), width) + "  " + e->summary + "\n";
  }
  return out;
}

// A module's part of the index: its title, summary, entries and types.
std::string text_module(const ReferenceModule& m) {
  std::size_t width = 0;
  for (const auto& e : m.entries)
    width = std::max(width, display_width(e.call_form()));
  std::string out = m.title + "\n" + wrap(m.summary, "  ");
  for (const auto& e : m.entries)
    out += "  " + pad(e.call_form(), width) + "  " + e.summary + "\n";
  if (!m.types.empty()) {
    std::string names;
    for (const auto& t : m.types)
      names += (names.empty() ? "" : ", ") + t.name;
    out += wrap("types: " + names, "  ");
  }
  return out;
}

std::string text_index(const Reference& ref) {
  std::string out =
      "The cdb Lua API. `conceptdb help NAME` shows one entry in full with an example\n"
      "(cdb.concept, List:filter, concept, Concept); `--markdown` prints the whole reference,\n"
      "`--luals` stubs for editors (see the README).\n";
  for (const auto& m : ref.modules)
    out += "\n" + text_module(m);
  return out;
}

// ------------------------------------------------------------------------------ lookup

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// "List:filter", "list.filter" and "cdb.List.filter" all normalise to "list.filter".
std::string normalised(const std::string& name) {
  std::string s = lower(name);
  std::replace(s.begin(), s.end(), ':', '.');
  return s.rfind("cdb.", 0) == 0 ? s.substr(4) : s;
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

struct Found {
  std::vector<const ReferenceModule*> modules;
  std::vector<const ReferenceEntry*> entries;
  std::vector<const ReferenceType*> types;
  bool empty() const { return modules.empty() && entries.empty() && types.empty(); }
};

Found find(const Reference& ref, const std::string& query) {
  Found found;
  if (const auto* e = ref.find_entry(query)) found.entries.push_back(e);
  if (const auto* t = ref.find_type(query)) found.types.push_back(t);
  if (!found.empty()) return found;
  const std::string q = normalised(query);
  for (const auto& m : ref.modules) {
    for (const auto& e : m.entries)
      if (normalised(e.name) == q) found.entries.push_back(&e);
    for (const auto& t : m.types)
      if (lower(t.name) == q) found.types.push_back(&t);
  }
  if (!found.empty()) return found;
  for (const auto& m : ref.modules) {  // "sql", "cdb.relations", "errors", "domain objects"
    if (normalised(m.key) == q || lower(m.title) == q) found.modules.push_back(&m);
  }
  if (!found.empty()) return found;
  for (const auto& m : ref.modules) {  // "filter" → List:filter; "count" → every count
    for (const auto& e : m.entries)
      if (lower(e.short_name()) == q) found.entries.push_back(&e);
  }
  return found;
}

std::vector<std::string> closest_names(const Reference& ref, const std::string& query) {
  const std::string q = normalised(query);
  std::vector<std::pair<std::size_t, std::string>> scored;
  auto score = [&](const std::string& name, const std::string& short_name) {
    const std::string n = normalised(name);
    std::size_t s = std::min(edit_distance(q, n), edit_distance(q, lower(short_name)));
    if (q.size() >= 3 && n.find(q) != std::string::npos) s = std::min<std::size_t>(s, 1);
    scored.emplace_back(s, name);
  };
  for (const auto& m : ref.modules) {
    for (const auto& e : m.entries)
      score(e.name, e.short_name());
    for (const auto& t : m.types)
      score(t.name, t.name);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  const std::size_t close = std::max<std::size_t>(2, q.size() / 2);
  std::vector<std::string> out;
  for (const auto& [s, name] : scored) {
    if (out.size() >= 5 || (out.size() >= 3 && s > close)) break;
    out.push_back(name);
  }
  return out;
}

// ------------------------------------------------------------------------------ Markdown

std::string md_cell(const std::string& text) {
  std::string out;
  for (char c : text)
    out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

// GitHub's heading ids: lower case, punctuation dropped, spaces to '-', repeats numbered.
class Slugger {
 public:
  std::string slug(const std::string& heading) {
    std::string s;
    for (unsigned char c : lower(heading)) {
      if (std::isalnum(c) || c == '-' || c == '_' || c >= 0x80) s += static_cast<char>(c);
      if (c == ' ') s += '-';
    }
    const int n = used_[s]++;
    return n == 0 ? s : s + "-" + std::to_string(n);
  }

 private:
  std::map<std::string, int> used_;
};

struct MarkdownAnchors {
  std::map<std::string, std::string> module, entry, type;
};

// Headings in the order markdown() writes them, so that the ids match GitHub's.
MarkdownAnchors markdown_anchors(const Reference& ref) {
  Slugger slugger;
  MarkdownAnchors a;
  slugger.slug("The cdb Lua API");
  slugger.slug("Contents");
  for (const auto& m : ref.modules) {
    a.module[m.key] = slugger.slug(m.title);
    for (const auto& e : m.entries)
      a.entry[e.name] = slugger.slug(e.name);
    for (const auto& t : m.types)
      a.type[t.name] = slugger.slug(t.name);
  }
  return a;
}

std::string md_items(const std::string& heading, const std::vector<ReferenceItem>& items) {
  if (items.empty()) return "";
  std::string out = "**" + heading + "**\n\n";
  for (const auto& item : items) {
    if (item.name.empty()) {
      out += "- `" + item.type + "`: " + item.what + "\n";
    } else {
      out += "- `" + item.name + (item.optional ? "?" : "") + "` (`" + item.type +
             "`): " + item.what + "\n";
    }
  }
  return out + "\n";
}

std::string markdown(const Reference& ref) {
  const MarkdownAnchors anchors = markdown_anchors(ref);
  std::string out =
      "# The cdb Lua API\n\n"
      "<!-- Generated by `conceptdb help --markdown` from src/lua/prelude/reference.lua; "
      "do not edit: run `make docs`. -->\n\n"
      "Every script has one global, `cdb` (also `require \"cdb\"`). This reference lists every "
      "function, method and value of it, and the objects they return; each example runs "
      "against the corpus database (the tests run them). In the terminal, `conceptdb help "
      "NAME` shows one entry; `docs/lua/cdb.lua` holds the same as LuaLS stubs for editors.\n\n"
      "Types: `X?` is X or nil, `List<X>` a `cdb.List` of X, `{name?: type}` a table of "
      "options.\n\n## Contents\n\n";
  for (const auto& m : ref.modules)
    out += "- [" + m.title + "](#" + anchors.module.at(m.key) + ") — " + m.summary + "\n";
  for (const auto& m : ref.modules) {
    out += "\n## " + m.title + "\n\n" + m.summary + "\n\n| | |\n|---|---|\n";
    for (const auto& e : m.entries)
      out += "| [`" + md_cell(e.call_form()) + "`](#" + anchors.entry.at(e.name) + ") | " +
             md_cell(e.summary) + " |\n";
    for (const auto& t : m.types)
      out +=
          "| [" + t.name + "](#" + anchors.type.at(t.name) + ") | " + md_cell(t.summary) + " |\n";
    for (const auto& e : m.entries) {
      out += "\n### " + e.name + "\n\n```lua\n" + e.signature() + "\n```\n\n" + e.summary + ".\n\n";
      if (!e.description.empty()) out += e.description + "\n\n";
      out += md_items("Parameters", e.params) + md_items("Returns", e.returns);
      out += "**Example**\n\n```lua\n" + e.example + "\n```\n";
    }
    for (const auto& t : m.types) {
      out += "\n### " + t.name + "\n\n" + t.summary + ".";
      if (!t.description.empty()) out += " " + t.description;
      out += "\n";
      if (!t.fields.empty()) {
        out += "\n| field | type | |\n|---|---|---|\n";
        for (const auto& f : t.fields)
          out += "| `" + f.name + "` | `" + md_cell(f.type) + "` | " + md_cell(f.what) + " |\n";
      }
      const auto methods = ref.methods_of(t.name);
      if (!methods.empty()) {
        out += "\nMethods:";
        for (std::size_t i = 0; i < methods.size(); ++i)
          out += std::string(i == 0 ? " " : ", ") + "[`" + methods[i]->name + "`](#" +
                 anchors.entry.at(methods[i]->name) + ")";
        out += ".\n";
      }
    }
  }
  return out;
}

// ------------------------------------------------------------------------------ LuaLS

// A registry type expression in LuaLS syntax: registry types get the cdb. prefix
// (Concept → cdb.Concept) and List<X> becomes cdb.List|X[] (methods and typed items).
std::string luals_type(const Reference& ref, const std::string& expression) {
  static const std::regex identifier("[A-Za-z_][A-Za-z0-9_]*");
  std::string out;
  std::size_t last = 0;
  for (std::sregex_iterator it(expression.begin(), expression.end(), identifier), end; it != end;
       ++it) {
    const std::size_t at = static_cast<std::size_t>(it->position());
    const std::size_t after = at + it->str().size();
    const std::string rest = expression.substr(after, 2);
    const bool field_name = rest.rfind(":", 0) == 0 || rest == "?:";
    const bool qualified = at > 0 && expression[at - 1] == '.';
    out += expression.substr(last, at - last);
    out += (!field_name && !qualified && ref.find_type(it->str())) ? "cdb." + it->str() : it->str();
    last = after;
  }
  out += expression.substr(last);
  static const std::regex list_of("cdb\\.List<([^<>]+)>");
  return std::regex_replace(out, list_of, "cdb.List|$1[]");
}

std::string luals_comment(const std::string& text) {
  std::string out;
  for (const auto& line : split_lines(text))
    out += "---" + line + "\n";
  return out;
}

std::string luals_doc(const std::string& summary, const std::string& description) {
  return luals_comment(summary) + (description.empty() ? "" : "---\n" + luals_comment(description));
}

std::string luals_params(const Reference& ref, const ReferenceEntry& e) {
  std::string out;
  for (const auto& p : e.params)
    out += "---@param " + p.name + (p.optional ? "?" : "") + " " + luals_type(ref, p.type) + " # " +
           p.what + "\n";
  return out;
}

std::string luals_returns(const Reference& ref, const ReferenceEntry& e) {
  std::string out;
  for (const auto& r : e.returns)
    out += "---@return " + luals_type(ref, r.type) + " # " + r.what + "\n";
  return out;
}

std::string luals_arguments(const ReferenceEntry& e) {
  std::string out;
  for (const auto& p : e.params)
    out += (out.empty() ? "" : ", ") + p.name;
  return out;
}

// The constructor entry of a callable type table (cdb.List), if any.
const ReferenceEntry* constructor_of(const Reference& ref, const ReferenceType& t) {
  return t.table.empty() ? nullptr : ref.find_entry(t.table);
}

std::string luals_class(const Reference& ref, const ReferenceType& t) {
  std::string out = "\n" + luals_doc(t.summary, t.description) + "---@class cdb." + t.name + "\n";
  for (const auto& f : t.fields)
    out += "---@field " + f.name + " " + luals_type(ref, f.type) + " # " + f.what + "\n";
  if (const ReferenceEntry* make = constructor_of(ref, t)) {
    std::string params;
    for (const auto& p : make->params)
      params += (params.empty() ? "" : ", ") + p.name + (p.optional ? "?" : "") + ": " +
                luals_type(ref, p.type);
    out += "---@overload fun(" + params + "): " + luals_type(ref, make->returns.at(0).type) + "\n";
  }
  const bool has_methods = !ref.methods_of(t.name).empty();
  if (!t.table.empty()) return out + t.table + " = {}\n";
  if (has_methods) return out + "local " + t.name + " = {}\n";
  return out;
}

std::string luals_entry(const Reference& ref, const ReferenceEntry& e) {
  std::string out = "\n" + luals_doc(e.summary, e.description);
  if (e.kind == EntryKind::kValue) {
    return out + "---@type " + luals_type(ref, e.value_type) + "\n" + e.name + " = nil\n";
  }
  out += luals_params(ref, e) + luals_returns(ref, e);
  std::string name = e.name;
  if (e.kind == EntryKind::kMethod) {
    const ReferenceType* owner = ref.find_type(e.owner_type());
    if (owner && !owner->table.empty()) name = owner->table + name.substr(name.find(':'));
  }
  return out + "function " + name + "(" + luals_arguments(e) + ") end\n";
}

std::string luals(const Reference& ref) {
  std::string out =
      "---@meta cdb\n"
      "-- The cdb Lua API for the Lua language server (LuaLS): completion and types in editors.\n"
      "-- Generated by `conceptdb help --luals` from src/lua/prelude/reference.lua; do not edit:\n"
      "-- run `make docs`. Use it with .luarc.json: { \"workspace.library\": [\"docs/lua\"] }.\n";
  std::set<std::string> tables = {"cdb"};
  std::set<std::string> callables;
  for (const auto& m : ref.modules) {
    for (const auto& t : m.types)
      if (!t.table.empty()) callables.insert(t.table);
  }
  for (const auto& m : ref.modules) {
    out += "\n-- " + std::string(80, '-') + " " + m.title + "\n";
    if (m.key == "cdb") out += "\n" + luals_comment(m.summary) + "---@class cdb\ncdb = {}\n";
    for (const auto& t : m.types)
      out += luals_class(ref, t);
    for (const auto& e : m.entries) {
      if (callables.count(e.name)) continue;  // an ---@overload of its class
      const std::string parent =
          e.kind == EntryKind::kMethod ? std::string() : e.name.substr(0, e.name.find_last_of('.'));
      if (!parent.empty() && !callables.count(parent) && tables.insert(parent).second) {
        const std::string doc = parent == m.key ? luals_comment(m.summary) : "";
        out += "\n" + doc + parent + " = {}\n";
      }
      out += luals_entry(ref, e);
    }
  }
  return out + "\nreturn cdb\n";  // for `local cdb = require "cdb"`
}

// ------------------------------------------------------------------------------ command

struct HelpArgs {
  std::string name;
  bool markdown = false;
  bool luals = false;
};

int run_help(const HelpArgs& args) {
  const Reference ref = luahost::load_reference();
  if (args.markdown) {
    fmt::print("{}", markdown(ref));
    return 0;
  }
  if (args.luals) {
    fmt::print("{}", luals(ref));
    return 0;
  }
  if (args.name.empty()) {
    fmt::print("{}", text_index(ref));
    return 0;
  }
  const Found found = find(ref, args.name);
  if (found.empty()) {
    std::string names;
    for (const auto& name : closest_names(ref, args.name))
      names += (names.empty() ? "" : ", ") + name;
    fmt::print(stderr,
               "conceptdb: '{}' is not in the Lua reference; did you mean {}?\n"
               "Run `conceptdb help` for the whole index.\n",
               args.name, names);
    return 1;
  }
  std::string out;
  for (const auto* m : found.modules)
    out += (out.empty() ? "" : "\n") + text_module(*m);
  for (const auto* e : found.entries)
    out += (out.empty() ? "" : "\n") + text_entry(ref, *e);
  for (const auto* t : found.types)
    out += (out.empty() ? "" : "\n") + text_type(ref, *t);
  fmt::print("{}", out);
  return 0;
}

}  // namespace

void register_help_command(CLI::App& cli, int& exit_code) {
  auto args = std::make_shared<HelpArgs>();
  CLI::App* cmd = cli.add_subcommand(
      "help",
      "The Lua API reference: the index, one entry with its example, Markdown, LuaLS stubs.");
  cmd->add_option("name", args->name,
                  "a function, method or type: cdb.concept, List:filter, concept, Concept");
  CLI::Option* markdown = cmd->add_flag("--markdown", args->markdown,
                                        "print the whole reference as Markdown (docs/lua-api.md)");
  CLI::Option* luals = cmd->add_flag("--luals", args->luals,
                                     "print LuaLS ---@meta stubs for editors (docs/lua/cdb.lua)");
  markdown->excludes(luals);
  markdown->excludes("name");
  luals->excludes("name");
  cmd->callback([args, &exit_code] { exit_code = run_help(*args); });
}

}  // namespace app
