// export/ris_writer.cpp — RIS records: one tagged line per field.
#include "export/ris_writer.hpp"

#include <cstdio>
#include <string>

#include "store/utf8.hpp"

namespace exporter {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// `value` on one line: line breaks and tabs as spaces, other control characters dropped,
// invalid UTF-8 as U+FFFD, spaces at the ends trimmed.
std::string one_line(std::string_view value) {
  std::string out;
  while (!value.empty()) {
    const auto u = static_cast<unsigned char>(value[0]);
    std::size_t length = 1;
    if (value[0] == '\n' || value[0] == '\r' || value[0] == '\t') {
      out += ' ';
    } else if (u >= 0x80) {
      length = store::utf8_sequence_length(value);
      if (length == 0) {
        out += kReplacementCharacter;
        length = 1;
      } else {
        out.append(value.substr(0, length));
      }
    } else if (u >= 0x20 && u != 0x7F) {
      out += value[0];
    }
    value.remove_prefix(length);
  }
  const std::size_t first = out.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

void add(std::string& record, std::string_view tag, std::string_view value) {
  const std::string line = one_line(value);
  if (line.empty()) return;
  record += tag;
  record += "  - ";
  record += line;
  record += "\r\n";
}

std::string ris_name(const PersonName& name) {
  if (name.is_literal()) return name.literal;
  std::string out = name.family_with_particle();
  if (!name.given.empty()) out += ", " + name.given;
  return out;
}

// "2024/11/16/" (RIS's date: year/month/day/other).
std::string ris_date(const SourceRecord& r) {
  char text[32];
  if (r.day != 0) {
    std::snprintf(text, sizeof text, "%04d/%02d/%02d/", *r.year, r.month, r.day);
  } else {
    std::snprintf(text, sizeof text, "%04d/%02d//", *r.year, r.month);
  }
  return text;
}

std::string ris_record(const SourceRecord& r) {
  std::string record;
  add(record, "TY", ris_type(r.type));
  add(record, "ID", r.citation_key);
  for (const auto& name : r.authors)
    add(record, "AU", ris_name(name));
  add(record, "TI", r.title);
  add(record, "T2", r.container);
  add(record, "ET", r.edition);
  add(record, "VL", r.volume);
  add(record, "IS", r.issue);
  const std::size_t dash = r.pages.find('-');
  add(record, "SP", r.pages.substr(0, dash));
  if (dash != std::string::npos) add(record, "EP", r.pages.substr(dash + 1));
  add(record, "PB", r.publisher);
  add(record, "CY", r.place);
  if (r.year) {
    add(record, "PY", std::to_string(*r.year));
    if (r.month != 0) add(record, "DA", ris_date(r));
  }
  add(record, "DO", r.doi);
  add(record, "UR", r.url);
  add(record, "N1", r.note);
  record += "ER  - \r\n";
  return record;
}

}  // namespace

std::string_view ris_type(SourceType type) {
  switch (type) {
    case SourceType::kArticle:
      return "JOUR";
    case SourceType::kChapter:
      return "CHAP";
    case SourceType::kBook:
      return "BOOK";
    case SourceType::kReport:
      return "RPRT";
    case SourceType::kLegislation:
      return "STAT";
    case SourceType::kMisc:
      return "GEN";
  }
  return "GEN";
}

void write_ris(const std::vector<SourceRecord>& records, std::ostream& out) {
  bool first = true;
  for (const auto& record : records) {
    if (!first) out << "\r\n";
    first = false;
    out << ris_record(record);
  }
}

}  // namespace exporter
