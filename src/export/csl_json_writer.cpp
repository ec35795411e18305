// export/csl_json_writer.cpp — CSL-JSON items, one per record, indented for people to read.
#include "export/csl_json_writer.hpp"

#include <string>

#include "export/json_writer.hpp"
#include "export/source_record_fields.hpp"

namespace exporter {

namespace {

// Appends `"name": "value"` (both quoted) when `value` is not empty.
void add_string(std::string& item, std::string_view name, std::string_view value) {
  if (value.empty()) return;
  item += ",\n    ";
  append_json_string(item, name);
  item += ": ";
  append_json_string(item, value);
}

std::string csl_name(const PersonName& name) {
  std::string out = "{";
  const auto part = [&out](std::string_view key, std::string_view value) {
    if (value.empty()) return;
    if (out.size() > 1) out += ", ";
    append_json_string(out, key);
    out += ": ";
    append_json_string(out, value);
  };
  if (name.is_literal()) {
    part("literal", name.literal);
  } else if (name.particle.empty() || starts_with_capital(name.particle)) {
    // "De Caluwé", "Van Lieshout": a capitalised particle is kept in the family name, as the
    // BibTeX writer keeps it, so that no style moves it behind the name ("Caluwé, De").
    part("family", name.family_with_particle());
    part("given", name.given);
  } else {
    part("family", name.family);
    part("given", name.given);
    part("non-dropping-particle", name.particle);
  }
  return out + "}";
}

// {"date-parts": [[2024, 11, 16]], "circa": true}
std::string csl_date(int year, int month, int day, bool approximate) {
  std::string out = "{\"date-parts\": [[" + std::to_string(year);
  if (month != 0) {
    out += ", " + std::to_string(month);
    if (day != 0) out += ", " + std::to_string(day);
  }
  out += "]]";
  if (approximate) out += ", \"circa\": true";
  return out + "}";
}

std::string csl_item(const SourceRecord& r) {
  std::string item = "  {\n    \"id\": ";
  append_json_string(item, r.citation_key);
  add_string(item, "type", csl_type(r.type));
  if (!r.authors.empty()) {
    item += ",\n    \"author\": [";
    for (std::size_t i = 0; i < r.authors.size(); ++i) {
      item += i == 0 ? "\n      " : ",\n      ";
      item += csl_name(r.authors[i]);
    }
    item += "\n    ]";
  }
  add_string(item, "title", r.title);
  add_string(item, "container-title", r.container);
  add_string(item, "edition", r.edition);
  add_string(item, "volume", r.volume);
  add_string(item, "issue", r.issue);
  add_string(item, "page", r.pages);
  add_string(item, "publisher", r.publisher);
  add_string(item, "publisher-place", r.place);
  if (r.year) {
    item += ",\n    \"issued\": " + csl_date(*r.year, r.month, r.day, r.year_approximate);
  }
  if (r.original_year) {
    item += ",\n    \"original-date\": " + csl_date(*r.original_year, 0, 0, false);
  }
  add_string(item, "DOI", r.doi);
  add_string(item, "URL", r.url);
  add_string(item, "note", r.note);
  return item + "\n  }";
}

}  // namespace

std::string_view csl_type(SourceType type) {
  switch (type) {
    case SourceType::kArticle:
      return "article-journal";
    case SourceType::kChapter:
      return "chapter";
    case SourceType::kBook:
      return "book";
    case SourceType::kReport:
      return "report";
    case SourceType::kLegislation:
      return "legislation";
    case SourceType::kMisc:
      return "document";
  }
  return "document";
}

void write_csl_json(const std::vector<SourceRecord>& records, std::ostream& out) {
  out << "[";
  for (std::size_t i = 0; i < records.size(); ++i) {
    out << (i == 0 ? "\n" : ",\n") << csl_item(records[i]);
  }
  out << (records.empty() ? "]\n" : "\n]\n");
}

}  // namespace exporter
