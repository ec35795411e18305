// app/script_finder.cpp — the script folders, name lookup and header comments.
#include "app/script_finder.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>

#include "app/paths.hpp"

namespace app {

std::vector<std::filesystem::path> script_folders() {
  std::vector<std::filesystem::path> folders;
  if (auto project = find_upwards(std::filesystem::current_path(), "scripts")) {
    folders.push_back(*project / "scripts");
  }
  if (const char* extra = std::getenv("CONCEPTDB_SCRIPTS")) {
    std::string list = extra;
    std::size_t start = 0;
    while (start <= list.size()) {
      const std::size_t end = std::min(list.find(':', start), list.size());
      if (end > start) folders.emplace_back(list.substr(start, end - start));
      start = end + 1;
    }
  }
  return folders;
}

std::optional<std::filesystem::path> find_script(const std::string& name) {
  std::error_code ec;
  if (std::filesystem::is_regular_file(name, ec)) return std::filesystem::path(name);
  if (name.find('/') != std::string::npos) return std::nullopt;
  for (const auto& folder : script_folders()) {
    for (const std::string& candidate : {name, name + ".lua"}) {
      if (std::filesystem::is_regular_file(folder / candidate, ec)) return folder / candidate;
    }
  }
  return std::nullopt;
}

ScriptInfo read_script_info(const std::filesystem::path& path) {
  ScriptInfo info;
  info.path = path;
  info.name = path.stem().string();
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line) && line.rfind("--", 0) == 0) {
    std::string text = line.substr(2);
    if (!text.empty() && text[0] == ' ') text.erase(0, 1);
    info.header.push_back(text);
  }
  // The summary is the first paragraph of the header, after "scripts/NAME.lua — ".
  std::string paragraph;
  for (const std::string& line : info.header) {
    if (line.empty()) break;
    paragraph += (paragraph.empty() ? "" : " ") + line;
  }
  const std::size_t dash = paragraph.find("— ");
  info.summary =
      dash != std::string::npos ? paragraph.substr(dash + std::string("— ").size()) : paragraph;
  return info;
}

std::vector<ScriptInfo> list_scripts() {
  std::vector<ScriptInfo> out;
  std::set<std::string> seen;
  for (const auto& folder : script_folders()) {
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
      if (entry.path().extension() == ".lua") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      if (seen.insert(file.stem().string()).second) out.push_back(read_script_info(file));
    }
  }
  std::sort(out.begin(), out.end(),
            [](const ScriptInfo& a, const ScriptInfo& b) { return a.name < b.name; });
  return out;
}

}  // namespace app
