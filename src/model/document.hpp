// model/document.hpp — documents as typed values, read from the public view v_document.
//
// The model layer speaks only through the public views, so anything built on it (the Lua
// API, reports) keeps working as long as the views keep their columns.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace model {

struct Document {
  std::string file;    // the file's key ('001')
  std::string key;     // the document's key ('001-p03')
  std::string parent;  // the parent document's key, "" for a whole file
  std::string kind;
  std::string title;
  std::string authors;  // "; "-separated, in printed order
  std::optional<int> year;
  int first_line = 0;
  int last_line = 0;
  int passages = 0;
};

// Every document, in file and line order.
std::vector<Document> list_documents(store::Database& db);

// The document with this key, or nullopt when there is none.
std::optional<Document> find_document(store::Database& db, const std::string& key);

}  // namespace model
