// report/report.cpp — the checks a block passes before it joins a report.
//
// Every problem is found here, once, so that the renderers can trust their input: a renderer
// never throws for a block that add() accepted (except when Graphviz itself fails).
#include "report/report.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include "report/error.hpp"

namespace report {

namespace {

// "block 4 (table "Bronnen")": what the user needs to find the block in their script.
class BlockProblem {
 public:
  BlockProblem(const std::string& report_title, std::size_t position, std::string kind,
               const std::string& name)
      : where_("report \"" + report_title + "\", block " + std::to_string(position) + " (" +
               std::move(kind) + (name.empty() ? "" : " \"" + name + "\"") + ")") {}

  [[noreturn]] void raise(const std::string& what, const std::string& what_to_do) const {
    throw ReportError(where_ + ": " + what + "; " + what_to_do);
  }

 private:
  std::string where_;
};

void check_decimals(const BlockProblem& problem, int decimals) {
  if (decimals < 0 || decimals > 6)
    problem.raise("decimals is " + std::to_string(decimals), "give a number from 0 to 6");
}

void check_weight(const BlockProblem& problem, double weight, const std::string& of) {
  if (!std::isfinite(weight) || weight < 0)
    problem.raise("the weight of " + of + " is " + std::to_string(weight),
                  "weights must be finite numbers >= 0");
}

struct BlockChecker {
  const BlockProblem& problem;

  void operator()(const Heading& heading) const {
    if (heading.level < 1 || heading.level > 3)
      problem.raise("level " + std::to_string(heading.level) + " is not a heading level",
                    "use 1, 2 or 3");
    if (heading.text.empty()) problem.raise("the heading has no text", "give it a text");
  }
  void operator()(const Paragraph&) const {}
  void operator()(const BulletList&) const {}
  void operator()(const Note&) const {}

  void operator()(const Table& table) const {
    check_decimals(problem, table.decimals);
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
      if (table.rows[i].size() != table.columns.size())
        problem.raise("row " + std::to_string(i + 1) + " has " +
                          std::to_string(table.rows[i].size()) + " values but the table has " +
                          std::to_string(table.columns.size()) + " columns",
                      "give every row one value per column");
    }
  }

  void operator()(const KeyFigures& figures) const {
    for (const auto& figure : figures.figures) {
      if (figure.label.empty())
        problem.raise("a key figure has no label", "give every figure a label");
    }
  }

  void operator()(const Quotation& quotation) const {
    if (quotation.file.empty())
      problem.raise("the quotation names no file", "give the corpus file it comes from");
    if (quotation.first_line < 1 || quotation.last_line < quotation.first_line)
      problem.raise("lines " + std::to_string(quotation.first_line) + "-" +
                        std::to_string(quotation.last_line) + " are not a line range",
                    "give 1 <= first_line <= last_line");
  }

  void operator()(const BarChart& chart) const {
    check_decimals(problem, chart.decimals);
    for (const auto& bar : chart.bars) {
      if (!std::isfinite(bar.value) || bar.value < 0)
        problem.raise("the bar \"" + bar.label + "\" has the value " + std::to_string(bar.value),
                      "bar values must be finite numbers >= 0");
    }
  }

  void operator()(const ConceptMap& map) const {
    std::set<std::string> ids;
    for (const auto& node : map.nodes) {
      if (node.id.empty()) problem.raise("a node has an empty id", "give every node an id");
      if (!ids.insert(node.id).second)
        problem.raise("two nodes have the id \"" + node.id + "\"", "node ids must be unique");
      check_weight(problem, node.weight, "node \"" + node.id + "\"");
    }
    std::set<std::pair<std::string, std::string>> pairs;
    for (const auto& edge : map.edges) {
      const std::string name = "edge \"" + edge.source + "\"-\"" + edge.target + "\"";
      for (const auto* end : {&edge.source, &edge.target}) {
        if (!ids.count(*end))
          problem.raise(name + " names the node \"" + *end + "\", which is not among the nodes",
                        "add the node or leave the edge out");
      }
      if (edge.source == edge.target)
        problem.raise(name + " joins a node to itself", "leave the edge out");
      const auto pair = std::minmax(edge.source, edge.target);
      if (!pairs.insert(std::make_pair(pair.first, pair.second)).second)
        problem.raise(name + " appears twice", "give each pair of nodes one edge");
      check_weight(problem, edge.weight, name);
    }
  }
};

struct BlockName {
  std::pair<std::string, std::string> operator()(const Heading& b) const {
    return {"heading", b.text};
  }
  std::pair<std::string, std::string> operator()(const Paragraph&) const {
    return {"paragraph", ""};
  }
  std::pair<std::string, std::string> operator()(const BulletList&) const { return {"list", ""}; }
  std::pair<std::string, std::string> operator()(const Note& b) const { return {"note", b.title}; }
  std::pair<std::string, std::string> operator()(const Table& b) const {
    return {"table", b.caption};
  }
  std::pair<std::string, std::string> operator()(const KeyFigures&) const {
    return {"key figures", ""};
  }
  std::pair<std::string, std::string> operator()(const Quotation& b) const {
    return {"quotation", b.file};
  }
  std::pair<std::string, std::string> operator()(const BarChart& b) const {
    return {"bar chart", b.title};
  }
  std::pair<std::string, std::string> operator()(const ConceptMap& b) const {
    return {"concept map", b.title};
  }
};

bool is_language_tag(const std::string& tag) {
  if (tag.empty()) return false;
  for (const char c : tag) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

Report::Report(std::string title) : title_(std::move(title)) {
  if (title_.empty())
    throw ReportError("a report needs a title: pass a non-empty title to report::Report");
}

void Report::set_language(std::string language) {
  if (!is_language_tag(language))
    throw ReportError("report \"" + title_ + "\": \"" + language +
                      "\" is not a language tag; give one such as \"nl\" or \"en-GB\"");
  language_ = std::move(language);
}

void Report::add(Block block) {
  const auto [kind, name] = std::visit(BlockName{}, block);
  const BlockProblem problem(title_, blocks_.size() + 1, kind, name);
  std::visit(BlockChecker{problem}, block);
  blocks_.push_back(std::move(block));
}

}  // namespace report
