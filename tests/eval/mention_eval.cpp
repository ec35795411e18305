// tests/eval/mention_eval.cpp — scores the v_mention view of a conceptdb database against
// the hand-labelled mentions of tests/eval/mentions.tsv, inside the completely annotated
// blocks of tests/eval/mention_coverage.tsv. See tests/eval/README.md, "Concept mentions".
//
//   mention_eval --gold FILE --coverage FILE --db FILE
//                [--min-precision X] [--min-recall Y] [--errors]
//
// A gold mention and a found one agree when they name the same concept in the same file and
// the gold line lies within the found mention's lines; each is used once. Exit status: 0 when
// the thresholds are met, 1 when precision or recall is below them, 2 on an input error.
#include <fmt/core.h>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "store/database.hpp"
#include "store/statement.hpp"

namespace {

class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Mention {
  std::string file;
  std::int64_t line = 0;
  std::int64_t line_end = 0;
  std::string concept_key;
  std::string text;
  std::string rule;        // found mentions only
  std::string note;        // gold mentions only
  std::size_t origin = 0;  // TSV line of a gold mention
  bool used = false;
};

struct Block {
  std::string file;
  std::int64_t first = 0;
  std::int64_t last = 0;
};

std::vector<std::string> fields_of(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t at = line.find('\t'); at != std::string::npos; at = line.find('\t', start)) {
    out.push_back(line.substr(start, at - start));
    start = at + 1;
  }
  out.push_back(line.substr(start));
  if (!out.empty() && !out.back().empty() && out.back().back() == '\r') out.back().pop_back();
  return out;
}

std::int64_t number(const std::string& text, const std::string& where) {
  try {
    std::size_t used = 0;
    const long long value = std::stoll(text, &used);
    if (used == text.size() && value > 0) return value;
  } catch (const std::exception&) {
  }
  throw InputError(where + ": '" + text + "' is not a line number");
}

// The rows of a TSV file after its header, each with its line number.
std::vector<std::pair<std::size_t, std::vector<std::string>>> read_tsv(const std::string& path,
                                                                       std::size_t min_fields) {
  std::ifstream in(path);
  if (!in) throw InputError(path + ": cannot be read");
  std::vector<std::pair<std::size_t, std::vector<std::string>>> rows;
  std::string line;
  std::size_t number_of_line = 0;
  while (std::getline(in, line)) {
    if (++number_of_line == 1 || line.empty() || line[0] == '#') continue;
    auto fields = fields_of(line);
    if (fields.size() < min_fields) {
      throw InputError(path + ":" + std::to_string(number_of_line) + ": expected " +
                       std::to_string(min_fields) + " TAB-separated fields, found " +
                       std::to_string(fields.size()));
    }
    rows.emplace_back(number_of_line, std::move(fields));
  }
  return rows;
}

bool covered(const std::vector<Block>& blocks, const std::string& file, std::int64_t line) {
  return std::any_of(blocks.begin(), blocks.end(), [&](const Block& b) {
    return b.file == file && b.first <= line && line <= b.last;
  });
}

struct Score {
  std::size_t gold = 0;
  std::size_t found = 0;
  std::size_t agreed = 0;
  double precision() const { return found == 0 ? 1.0 : static_cast<double>(agreed) / found; }
  double recall() const { return gold == 0 ? 1.0 : static_cast<double>(agreed) / gold; }
};

int run(int argc, char** argv) {
  std::string gold_path;
  std::string coverage_path;
  std::string db_path;
  double min_precision = 0.0;
  double min_recall = 0.0;
  bool show_errors = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw InputError(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--gold") {
      gold_path = value();
    } else if (arg == "--coverage") {
      coverage_path = value();
    } else if (arg == "--db") {
      db_path = value();
    } else if (arg == "--min-precision") {
      min_precision = std::stod(value());
    } else if (arg == "--min-recall") {
      min_recall = std::stod(value());
    } else if (arg == "--errors") {
      show_errors = true;
    } else {
      throw InputError("unknown argument " + arg +
                       " (use --gold, --coverage, --db, --min-precision, --min-recall, --errors)");
    }
  }
  if (gold_path.empty() || coverage_path.empty() || db_path.empty()) {
    throw InputError(
        "usage: mention_eval --gold FILE --coverage FILE --db FILE "
        "[--min-precision X] [--min-recall Y] [--errors]");
  }

  std::vector<Block> blocks;
  for (const auto& [line, f] : read_tsv(coverage_path, 3)) {
    const std::string where = coverage_path + ":" + std::to_string(line);
    blocks.push_back({f[0], number(f[1], where), number(f[2], where)});
  }

  store::Database db = store::Database::open(db_path, store::OpenMode::kReadOnly);
  std::set<std::string> keys;
  for (auto st = db.prepare("SELECT concept_key FROM v_concept"); st.step();) {
    keys.emplace(st.column_text(0));
  }

  std::vector<Mention> gold;
  for (const auto& [line, f] : read_tsv(gold_path, 4)) {
    const std::string where = gold_path + ":" + std::to_string(line);
    Mention m;
    m.file = f[0];
    m.line = m.line_end = number(f[1], where);
    m.concept_key = f[2];
    m.text = f[3];
    m.note = f.size() > 4 ? f[4] : "";
    m.origin = line;
    if (!covered(blocks, m.file, m.line)) {
      throw InputError(where + ": line " + f[1] + " of file " + m.file +
                       " lies in no block of the coverage file");
    }
    if (keys.count(m.concept_key) == 0) {
      throw InputError(where + ": concept '" + m.concept_key + "' is not in the vocabulary");
    }
    gold.push_back(std::move(m));
  }

  std::vector<Mention> found;
  for (auto st = db.prepare("SELECT file, line, line_end, concept_key, text, rule FROM v_mention "
                            "ORDER BY file, line, start");
       st.step();) {
    Mention m;
    m.file = std::string(st.column_text(0));
    m.line = st.column_int64(1);
    m.line_end = st.column_int64(2);
    if (!covered(blocks, m.file, m.line)) continue;
    m.concept_key = std::string(st.column_text(3));
    m.text = std::string(st.column_text(4));
    m.rule = std::string(st.column_text(5));
    found.push_back(std::move(m));
  }

  for (Mention& g : gold) {
    for (Mention& f : found) {
      if (!f.used && f.file == g.file && f.concept_key == g.concept_key && f.line <= g.line &&
          g.line <= f.line_end) {
        f.used = g.used = true;
        break;
      }
    }
  }

  std::map<std::string, Score> per_file;
  Score total;
  for (const Mention& g : gold) {
    ++per_file[g.file].gold;
    ++total.gold;
    if (g.used) ++per_file[g.file].agreed, ++total.agreed;
  }
  for (const Mention& f : found) {
    ++per_file[f.file].found;
    ++total.found;
  }
  fmt::print("{:<6} {:>6} {:>6} {:>6} {:>9} {:>7}\n", "file", "gold", "found", "agreed",
             "precision", "recall");
  for (const auto& [file, s] : per_file) {
    fmt::print("{:<6} {:>6} {:>6} {:>6} {:>9.3f} {:>7.3f}\n", file, s.gold, s.found, s.agreed,
               s.precision(), s.recall());
  }
  const double p = total.precision();
  const double r = total.recall();
  const double f1 = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  fmt::print("{:<6} {:>6} {:>6} {:>6} {:>9.3f} {:>7.3f}   F1 {:.3f}\n", "all", total.gold,
             total.found, total.agreed, p, r, f1);

  if (show_errors) {
    for (const Mention& f : found) {
      if (!f.used) {
        fmt::print("false positive  {}:{}  {}  '{}' ({})\n", f.file, f.line, f.concept_key, f.text,
                   f.rule);
      }
    }
    for (const Mention& g : gold) {
      if (!g.used) {
        fmt::print("missed          {}:{}  {}  '{}'{}  (mentions.tsv:{})\n", g.file, g.line,
                   g.concept_key, g.text, g.note.empty() ? "" : "  [" + g.note + "]", g.origin);
      }
    }
  }
  if (p < min_precision || r < min_recall) {
    fmt::print(
        "below the thresholds: precision {:.3f} (minimum {:.3f}), recall {:.3f} "
        "(minimum {:.3f})\n",
        p, min_precision, r, min_recall);
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const InputError& e) {
    fmt::print(stderr, "mention_eval: {}\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "mention_eval: {}\n", e.what());
    return 2;
  }
}
