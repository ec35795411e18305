// export/source_record.cpp — reading sources, their authors and their first reference entry
// into SourceRecords.
#include "export/source_record.hpp"

#include <map>
#include <set>
#include <stdexcept>

#include "export/source_record_fields.hpp"
#include "store/statement.hpp"

namespace exporter {

namespace {

// A source's own fields win over its entry's: the build copies the entry's title, container,
// publisher and URL into the source, and may have corrected them there.
constexpr const char* kSelectSources =
    "SELECT s.key, s.kind, coalesce(s.year, ''), s.et_al, coalesce(s.title, ''), "
    "coalesce(s.container, r.container, ''), coalesce(s.publisher, r.publisher, ''), "
    "coalesce(s.url, r.url, ''), coalesce(s.title_from, ''), coalesce(r.text, ''), "
    "coalesce(r.date, ''), coalesce(r.details, ''), coalesce(r.place, ''), s.id "
    "FROM source s LEFT JOIN reference_entry r ON r.id = "
    "(SELECT min(id) FROM reference_entry WHERE source_id = s.id) "
    "WHERE ?1 IS NULL OR s.key = ?1 ORDER BY s.key";

constexpr const char* kSelectAuthors =
    "SELECT name FROM source_author WHERE source_id = ? ORDER BY position";

std::string text(const store::Statement& st, int column) {
  return std::string(st.column_text(column));
}

SourceType type_of(const SourceRecord& r, std::string_view entry_text) {
  if (r.kind == "legal") return SourceType::kLegislation;
  if (!r.container.empty()) {
    return entry_names_a_book(entry_text, r.container) ? SourceType::kChapter
                                                       : SourceType::kArticle;
  }
  if (r.kind == "organisation" && !r.title.empty()) return SourceType::kReport;
  // A date with a month is a newspaper's or a website's, never a book's.
  if (!r.title.empty() && !r.publisher.empty() && r.month == 0) return SourceType::kBook;
  return SourceType::kMisc;
}

void read_year(SourceRecord& r, std::string_view entry_date) {
  const PublicationYear year = parse_publication_year(r.year_as_printed);
  r.year = year.year;
  r.year_suffix = year.suffix;
  r.original_year = year.original;
  r.year_approximate = year.approximate;
  if (r.year) {
    const MonthDay date = parse_month_day(entry_date);
    r.month = date.month;
    r.day = date.day;
  }
}

void read_authors(store::Statement& authors, std::int64_t source_id, std::string_view entry_text,
                  SourceRecord& r) {
  authors.reset();
  authors.bind(1, source_id);
  while (authors.step()) {
    const std::string name = text(authors, 0);
    if (r.kind != "work") {
      PersonName organisation;
      organisation.literal = name;
      r.authors.push_back(std::move(organisation));
      continue;
    }
    PersonName person = person_name(name);
    if (!entry_text.empty()) person.given = initials_in_entry(entry_text, name);
    r.authors.push_back(std::move(person));
  }
}

SourceRecord read_record(const store::Statement& st, store::Statement& authors,
                         const std::map<std::string, std::string>& citation_keys) {
  SourceRecord r;
  r.source_key = text(st, 0);
  r.citation_key = citation_keys.at(r.source_key);
  r.kind = text(st, 1);
  r.year_as_printed = text(st, 2);
  r.et_al = st.column_int64(3) != 0;
  r.title = text(st, 4);
  r.container = text(st, 5);
  r.publisher = text(st, 6);
  const WebAddress address = split_doi(text(st, 7));
  r.url = address.url;
  r.doi = address.doi;
  r.title_from = text(st, 8);
  const std::string entry_text = text(st, 9);
  const std::string entry_date = text(st, 10);
  const EntryDetails details = parse_entry_details(text(st, 11));
  r.place = text(st, 12);
  r.volume = details.volume;
  r.issue = details.issue;
  r.pages = details.pages;
  r.edition = details.edition;
  r.note = details.note;
  read_year(r, entry_date);
  read_authors(authors, st.column_int64(13), entry_text, r);
  r.type = type_of(r, entry_text);
  return r;
}

// Every source's citation key, made unique over the whole database so that a key does not
// depend on which sources are exported together.
std::map<std::string, std::string> all_citation_keys(store::Database& db) {
  store::Statement st = db.prepare("SELECT key FROM source ORDER BY key");
  std::vector<std::string> source_keys;
  while (st.step())
    source_keys.push_back(text(st, 0));
  const std::vector<std::string> keys = unique_citation_keys(source_keys);
  std::map<std::string, std::string> out;
  for (std::size_t i = 0; i < keys.size(); ++i)
    out.emplace(source_keys[i], keys[i]);
  return out;
}

}  // namespace

std::vector<SourceRecord> load_source_records(store::Database& db,
                                              const std::vector<std::string>& keys) {
  const std::map<std::string, std::string> citation_keys = all_citation_keys(db);
  store::Statement sources = db.prepare(kSelectSources);
  store::Statement authors = db.prepare(kSelectAuthors);
  std::vector<SourceRecord> records;
  if (keys.empty()) {
    sources.bind_null(1);
    while (sources.step())
      records.push_back(read_record(sources, authors, citation_keys));
    return records;
  }
  std::set<std::string> seen;
  for (const auto& key : keys) {
    if (!seen.insert(key).second) continue;
    sources.reset();
    sources.bind(1, key);
    if (!sources.step()) {
      throw std::invalid_argument("unknown source key '" + key + "' in " + db.path().string() +
                                  ": the database holds no such source (see v_source for the "
                                  "keys)");
    }
    records.push_back(read_record(sources, authors, citation_keys));
  }
  return records;
}

}  // namespace exporter
