// lua/reference.hpp — the Lua API reference (src/lua/prelude/reference.lua) as C++ structs.
//
// The registry is Lua data in the prelude, `cdb._reference`; load_reference() reads it from a
// fresh state (no database needed) so that `conceptdb help`, the generated docs and the tests
// all see the same table. A malformed registry is a bug of the program: std::logic_error.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace luahost {

// A parameter, a return value or a field: a name (empty for returns), a type expression
// ("string", "Concept?", "List<Concept>", "{level?: string}") and what it is.
struct ReferenceItem {
  std::string name;
  std::string type;
  std::string what;
  // For parameters: the name ends in "?" in the registry ("options?"); `name` is without it.
  bool optional = false;
};

enum class EntryKind { kFunction, kMethod, kValue };

struct ReferenceEntry {
  std::string name;  // "cdb.concept", "List:filter", "cdb.null"
  EntryKind kind = EntryKind::kFunction;
  std::vector<ReferenceItem> params;
  std::vector<ReferenceItem> returns;
  std::string value_type;  // for kValue: the value's type
  std::string summary;
  std::string description;  // may be empty
  std::string example;      // Lua that runs against the corpus database
  std::string expect;       // ECMAScript regex the example's output must match; may be empty

  // "cdb.concept(name: string) → Concept?", "cdb.null: Null".
  std::string signature() const;
  // "cdb.concept(name)", "List:sort(key?, order?)", "cdb.null": the short form for indexes.
  std::string call_form() const;
  // The part after the last '.' or ':' ("concept", "filter").
  std::string short_name() const;
  // "List" for "List:filter", empty for functions and values.
  std::string owner_type() const;
};

struct ReferenceType {
  std::string name;       // "Concept"
  std::string metatable;  // its __name ("cdb.Concept"); empty for plain records
  std::string table;      // where its methods live when that is a field of cdb ("cdb.List")
  std::string summary;
  std::string description;
  std::vector<ReferenceItem> fields;
};

struct ReferenceModule {
  std::string key;    // "cdb.sql"
  std::string title;  // "cdb.sql", "domain objects"
  std::string summary;
  std::vector<ReferenceEntry> entries;
  std::vector<ReferenceType> types;
};

struct Reference {
  std::vector<ReferenceModule> modules;

  const ReferenceEntry* find_entry(const std::string& name) const;
  const ReferenceType* find_type(const std::string& name) const;
  // The methods of a type ("Concept" → Concept:labels, ...), in registry order.
  std::vector<const ReferenceEntry*> methods_of(const std::string& type_name) const;
};

// Reads cdb._reference from a fresh state with the cdb module loaded.
Reference load_reference();

// The method names of every userdata type the cdb module registers, by metatable name
// ("cdb.sql.statement" → {"close", "exec", ...}, sorted). Scripts cannot see these
// metatables (they are protected), so the completeness test asks here.
std::map<std::string, std::vector<std::string>> userdata_method_names();

}  // namespace luahost
