// ingest/build.cpp — the build as one transaction into a temporary file, then a rename.
#include "ingest/build.hpp"

#include <chrono>
#include <ctime>
#include <unordered_map>

#include "ingest/citation_writer.hpp"
#include "ingest/concept_matcher.hpp"
#include "ingest/concept_writer.hpp"
#include "ingest/corpus.hpp"
#include "ingest/document_writer.hpp"
#include "ingest/hyphenation.hpp"
#include "ingest/relation_writer.hpp"
#include "ingest/source_overrides.hpp"
#include "ingest/vocabulary.hpp"
#include "store/file_replace.hpp"
#include "store/schema.hpp"
#include "store/statement.hpp"
#include "store/transaction.hpp"

namespace ingest {

namespace {

std::string utc_timestamp() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

void write_meta(store::Database& db, const BuildOptions& options, const Vocabulary& vocabulary) {
  auto st = db.prepare("INSERT INTO meta(key, value) VALUES (?, ?)");
  const std::pair<const char*, std::string> rows[] = {
      {"tool_version", options.tool_version},
      {"schema_version", std::to_string(store::kSchemaVersion)},
      {"built_at", utc_timestamp()},
      {"manifest", options.manifest.filename().string()},
      {"vocabulary_hash", vocabulary.hash},
      {"vocabulary_files", std::to_string(vocabulary.files.size())},
      {"tokenizer",
       "conceptdb tokens: letters and digits, inner apostrophes; folded to lower "
       "case without diacritics; FTS5 unicode61 remove_diacritics 2"},
  };
  for (const auto& [key, value] : rows) {
    st.reset();
    st.bind(1, key).bind(2, value);
    st.run();
  }
}

// Drops every index or trigger ("index", "trigger") the schema created itself — for indexes
// not the ones behind PRIMARY KEY and UNIQUE, which have no SQL — and returns their
// statements, to run again once the tables are loaded. Why the build defers them:
// - secondary indexes cost a B-tree insert at a random place for every row; built once over
//   the finished tables they cost one sort each;
// - the triggers keep stored counts true when a script changes a row; the build stores those
//   counts itself at the end, so while it loads they would only cost a recount per row.
std::vector<std::string> drop_deferred(store::Database& db, const std::string& type) {
  std::vector<std::pair<std::string, std::string>> objects;
  auto st = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = ? AND sql NOT NULL");
  st.bind(1, type);
  while (st.step())
    objects.emplace_back(std::string(st.column_text(0)), std::string(st.column_text(1)));
  std::vector<std::string> statements;
  for (const auto& [name, sql] : objects) {
    db.exec("DROP " + type + " \"" + name + "\"");
    statements.push_back(sql);
  }
  return statements;
}

// Throws when a stored row points at a row that does not exist: a bug of the build, never
// to be committed.
void check_foreign_keys(store::Database& db) {
  auto st = db.prepare("PRAGMA foreign_key_check");
  if (!st.step()) return;
  throw std::logic_error(
      "the build stored a row of table " + std::string(st.column_text(0)) + " (rowid " +
      std::string(st.column_text(1)) + ") that refers to a missing row of " +
      std::string(st.column_text(2)) +
      "; this is a bug of conceptdb: please report it with the corpus that caused it");
}

}  // namespace

BuildSummary build_database(const BuildOptions& options) {
  auto report = [&](const std::string& stage, std::size_t done, std::size_t total) {
    if (options.progress) options.progress(stage, done, total);
  };
  BuildSummary summary;
  summary.times = StageTimes(options.timings);
  StageTimes* times = &summary.times;
  std::optional<StageTimes::Scope> timed;
  // The corpus is read twice, one file at a time, so that memory does not grow with it: first
  // to check every file before anything is written and to count its words (hyphen and
  // drop-cap decisions weigh evidence from the whole corpus), then to store it.
  timed.emplace(times, Stage::kRead);
  const Manifest manifest = load_corpus_manifest(options.manifest, options.corpus_dir);
  std::unordered_map<std::string, int> lines_of_file;
  WordLexicon lexicon;
  for (std::size_t i = 0; i < manifest.files.size(); ++i) {
    timed.emplace(times, Stage::kRead);
    const CorpusFile file = read_corpus_file(manifest, manifest.files[i], options.corpus_dir);
    if (!options.lenient && file.text.damage.any()) throw SourceError(damage_message(file.text));
    summary.warnings.insert(summary.warnings.end(), file.text.warnings.begin(),
                            file.text.warnings.end());
    lines_of_file.emplace(file.entry->key, static_cast<int>(file.text.lines.size()));
    summary.bytes += file.text.bytes.size();
    timed.emplace(times, Stage::kLexicon);
    for (const std::string& line : file.text.lines)
      lexicon.add_line(line);
    report("read", i + 1, manifest.files.size());
  }

  // The vocabulary is checked against the corpus (its evidence lines) before anything is written.
  timed.emplace(times, Stage::kVocabulary);
  const Vocabulary vocabulary = load_vocabulary(
      options.vocabulary,
      [&](const std::string& key) -> std::optional<int> {
        const auto found = lines_of_file.find(key);
        if (found == lines_of_file.end()) return std::nullopt;
        return found->second;
      },
      options.vocabulary_required);
  timed.reset();

  summary.files = manifest.files.size();

  std::error_code ec;
  if (options.database.has_parent_path() &&
      !std::filesystem::is_directory(options.database.parent_path(), ec)) {
    throw std::runtime_error("the folder for the database does not exist: " +
                             options.database.parent_path().string());
  }
  store::TemporaryFile temporary(store::temporary_path_beside(options.database));
  {
    std::filesystem::remove(temporary.path(), ec);  // a leftover of a killed build
    store::Database db = store::Database::open(temporary.path(), store::OpenMode::kCreate);
    // The temporary file is thrown away on any failure, so it needs no journal of its own
    // and no flush per transaction; durability comes from the fsync before the rename.
    // Temporary b-trees (sorts for GROUP BY, index builds) stay in memory. Rows are mostly
    // appended, so a 64 MB page cache builds as fast as 256 MB did (measured at 100 MB of
    // corpus) and keeps the build's memory from growing with the database.
    db.exec(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; "
        "PRAGMA cache_size = -65536");
    // Every id the build stores it has just been given by SQLite, so checking each foreign
    // key as its row goes in (a B-tree lookup per key per row) only costs time: the keys
    // are checked once, in one pass over the finished tables, before the commit.
    db.exec("PRAGMA foreign_keys = OFF");
    timed.emplace(times, Stage::kRows);
    store::Transaction transaction(db, store::TransactionKind::kImmediate);
    store::create_schema(db);
    const std::vector<std::string> deferred_indexes = drop_deferred(db, "index");
    const std::vector<std::string> deferred_triggers = drop_deferred(db, "trigger");
    write_meta(db, options, vocabulary);
    timed.emplace(times, Stage::kVocabulary);
    CitationWriter citations(db, lexicon);
    const ConceptMatcher matcher(vocabulary,
                                 [&](std::string_view word) { return lexicon.count(word) > 0; });
    ConceptWriter concepts(db, vocabulary, matcher);
    timed.reset();
    DocumentWriter writer(db, lexicon,
                          {{&citations, Stage::kCitations}, {&concepts, Stage::kConcepts}}, times);
    for (std::size_t i = 0; i < manifest.files.size(); ++i) {
      // Checked again: a file that changed since the first pass is refused, not half stored.
      timed.emplace(times, Stage::kRead);
      const CorpusFile file = read_corpus_file(manifest, manifest.files[i], options.corpus_dir);
      timed.reset();
      const auto counts = writer.write(file);
      summary.documents += counts.documents;
      summary.sections += counts.sections;
      summary.passages += counts.passages;
      summary.sentences += counts.sentences;
      summary.excluded_parts += counts.excluded_parts;
      summary.furniture_lines += counts.furniture_lines;
      summary.hyphen_joins += counts.hyphen_joins;
      report("store", i + 1, manifest.files.size());
    }
    timed.emplace(times, Stage::kIndexes);
    for (const std::string& sql : deferred_indexes)
      db.exec(sql);
    timed.emplace(times, Stage::kSources);
    const auto cited = citations.finish(load_source_overrides(options.sources));
    summary.citations = cited.citations;
    summary.references = cited.references;
    summary.sources = cited.sources;
    report("sources", 1, 1);
    timed.emplace(times, Stage::kCooccurrence);
    const auto matched = concepts.finish();
    summary.concepts = matched.concepts;
    summary.labels = matched.labels;
    summary.relations = matched.relations;
    summary.mentions = matched.mentions;
    timed.emplace(times, Stage::kLinks);
    store_concept_sources(db);
    store_concept_tallies(db);
    store_source_tallies(db);
    for (const std::string& sql : deferred_triggers)
      db.exec(sql);
    report("concepts", 1, 1);
    timed.emplace(times, Stage::kIndexes);
    db.exec("INSERT INTO passage_fts(passage_fts) VALUES ('rebuild')");
    check_foreign_keys(db);
    timed.emplace(times, Stage::kCommit);
    transaction.commit();
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA journal_mode = WAL");
  }
  store::retire_database(options.database);
  store::replace_file(temporary.path(), options.database);
  temporary.keep();
  timed.reset();
  return summary;
}

}  // namespace ingest
