// ingest/build.cpp — the build as one transaction into a temporary file, then a rename.
#include "ingest/build.hpp"

#include <chrono>
#include <ctime>

#include "ingest/citation_writer.hpp"
#include "ingest/concept_matcher.hpp"
#include "ingest/concept_writer.hpp"
#include "ingest/corpus.hpp"
#include "ingest/document_writer.hpp"
#include "ingest/hyphenation.hpp"
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

}  // namespace

BuildSummary build_database(const BuildOptions& options) {
  auto report = [&](const std::string& stage, std::size_t done, std::size_t total) {
    if (options.progress) options.progress(stage, done, total);
  };
  LoadedCorpus corpus = load_corpus(options.manifest, options.corpus_dir,
                                    [&](std::size_t done, std::size_t total, const std::string&) {
                                      report("read", done, total);
                                    });

  // The vocabulary is checked against the corpus (its evidence lines) before anything is written.
  const Vocabulary vocabulary = load_vocabulary(
      options.vocabulary,
      [&](const std::string& key) -> std::optional<int> {
        for (const CorpusFile& file : corpus.files) {
          if (file.entry->key == key) return static_cast<int>(file.text.lines.size());
        }
        return std::nullopt;
      },
      options.vocabulary_required);

  BuildSummary summary;
  summary.warnings = corpus.warnings;
  summary.files = corpus.files.size();

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
    // The temporary file is thrown away on any failure, so it needs no journal of its own;
    // durability comes from the fsync before the rename.
    db.exec("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF");
    store::Transaction transaction(db, store::TransactionKind::kImmediate);
    store::create_schema(db);
    write_meta(db, options, vocabulary);
    // Hyphen and drop-cap decisions weigh evidence from the whole corpus, so every file's
    // words are counted before any file is written.
    WordLexicon lexicon;
    for (const CorpusFile& file : corpus.files) {
      for (const std::string& line : file.text.lines)
        lexicon.add_line(line);
    }
    CitationWriter citations(db, lexicon);
    const ConceptMatcher matcher(vocabulary,
                                 [&](std::string_view word) { return lexicon.count(word) > 0; });
    ConceptWriter concepts(db, vocabulary, matcher);
    DocumentWriter writer(db, lexicon, {&citations, &concepts});
    for (std::size_t i = 0; i < corpus.files.size(); ++i) {
      const auto counts = writer.write(corpus.files[i]);
      summary.documents += counts.documents;
      summary.sections += counts.sections;
      summary.passages += counts.passages;
      summary.sentences += counts.sentences;
      summary.excluded_parts += counts.excluded_parts;
      summary.furniture_lines += counts.furniture_lines;
      summary.hyphen_joins += counts.hyphen_joins;
      report("store", i + 1, corpus.files.size());
    }
    const auto cited = citations.finish(load_source_overrides(options.sources));
    summary.citations = cited.citations;
    summary.references = cited.references;
    summary.sources = cited.sources;
    report("sources", 1, 1);
    const auto matched = concepts.finish();
    summary.concepts = matched.concepts;
    summary.labels = matched.labels;
    summary.relations = matched.relations;
    summary.mentions = matched.mentions;
    report("concepts", 1, 1);
    db.exec("INSERT INTO passage_fts(passage_fts) VALUES ('rebuild')");
    transaction.commit();
    db.exec("PRAGMA journal_mode = WAL");
  }
  store::retire_database(options.database);
  store::replace_file(temporary.path(), options.database);
  temporary.keep();
  return summary;
}

}  // namespace ingest
