// export/bibtex_writer.cpp — BibTeX entries: escaping, names, titles and the fields of each type.
#include "export/bibtex_writer.hpp"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "export/source_record_fields.hpp"
#include "store/utf8.hpp"

namespace exporter {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";
constexpr const char* kOpeningPunctuation = "([\"'";
constexpr const char* kClosingPunctuation = ".,:;!?)]\"'";

// escape_bibtex, with the choice how to write braces made by the caller.
std::string escape_bibtex_text(std::string_view text, bool escape_braces) {
  std::string out;
  while (!text.empty()) {
    const char c = text[0];
    const auto u = static_cast<unsigned char>(c);
    std::size_t length = 1;
    switch (c) {
      case '&':
      case '%':
      case '$':
      case '#':
      case '_':
        out += '\\';
        out += c;
        break;
      case '{':
        out += escape_braces ? "\\{" : "\\textbraceleft{}";
        break;
      case '}':
        out += escape_braces ? "\\}" : "\\textbraceright{}";
        break;
      case '~':
        out += "\\textasciitilde{}";
        break;
      case '^':
        out += "\\textasciicircum{}";
        break;
      case '\\':
        out += "\\textbackslash{}";
        break;
      case '\n':
      case '\r':
      case '\t':
        out += ' ';
        break;
      default:
        if (u < 0x20 || u == 0x7F) break;  // other control characters have no meaning here
        if (u < 0x80) {
          out += c;
          break;
        }
        length = store::utf8_sequence_length(text);
        if (length == 0) {
          out += kReplacementCharacter;
          length = 1;
        } else {
          out.append(text.substr(0, length));
        }
    }
    text.remove_prefix(length);
  }
  return out;
}

// True when every "}" in `text` closes an earlier "{".
bool braces_pair_up(std::string_view text) {
  int depth = 0;
  for (const char c : text) {
    if (c == '{') ++depth;
    if (c == '}' && --depth < 0) return false;
  }
  return depth == 0;
}

// True when `word` holds a capital at or after code point `from`.
bool has_capital_from(std::string_view word, std::size_t from) {
  std::size_t index = 0;
  while (!word.empty()) {
    const std::size_t length = std::max<std::size_t>(store::utf8_sequence_length(word), 1);
    if (index >= from && starts_with_capital(word.substr(0, length))) return true;
    word.remove_prefix(length);
    ++index;
  }
  return false;
}

// A URL or DOI in a verbatim field: only what would break the field is percent-encoded.
std::string verbatim_address(std::string_view address) {
  std::string out;
  for (const char c : address) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '{' || c == '}' || c == '\\' || c == ' ' || c == '"' || u < 0x20 || u == 0x7F) {
      char escape[4];
      std::snprintf(escape, sizeof escape, "%%%02X", u);
      out += escape;
    } else {
      out += c;
    }
  }
  return out;
}

// "45-67" -> "45--67": BibTeX's en dash for a range.
std::string bibtex_pages(std::string_view pages) {
  std::string out;
  for (const char c : pages) {
    out += c;
    if (c == '-') out += '-';
  }
  return out;
}

std::string two_digits(int n) {
  char text[8];
  std::snprintf(text, sizeof text, "%02d", n);
  return text;
}

// biblatex's date: "2024-11-16", "1955~"; only when a year alone would lose something.
std::string bibtex_date(const SourceRecord& r) {
  std::string date = std::to_string(*r.year);
  if (r.month != 0) {
    date += "-" + two_digits(r.month);
    if (r.day != 0) date += "-" + two_digits(r.day);
  }
  if (r.year_approximate) date += '~';
  return date;
}

bool has_lower_case_particle(const PersonName& name) {
  return !name.particle.empty() && name.particle[0] >= 'a' && name.particle[0] <= 'z';
}

std::string author_field(const SourceRecord& r) {
  std::string out;
  for (const auto& name : r.authors) {
    if (!out.empty()) out += " and ";
    out += bibtex_name(name);
  }
  if (r.et_al && !out.empty()) out += " and others";
  return out;
}

using Field = std::pair<std::string_view, std::string>;  // name, value as written (escaped)

std::vector<Field> fields_of(const SourceRecord& r) {
  std::vector<Field> fields;
  const auto add = [&fields](std::string_view name, std::string value) {
    if (!value.empty()) fields.emplace_back(name, std::move(value));
  };
  add("author", author_field(r));
  add("title", bibtex_title(r.title));
  if (r.type == SourceType::kArticle) add("journal", escape_bibtex(r.container));
  if (r.type == SourceType::kChapter) add("booktitle", escape_bibtex(r.container));
  add("edition", escape_bibtex(r.edition));
  add("volume", escape_bibtex(r.volume));
  add("number", escape_bibtex(r.issue));
  add("pages", bibtex_pages(escape_bibtex(r.pages)));
  add(r.type == SourceType::kReport ? "institution" : "publisher", escape_bibtex(r.publisher));
  add("address", escape_bibtex(r.place));
  if (r.year) {
    const bool more_than_a_year = r.month != 0 || r.year_approximate;
    add(more_than_a_year ? "date" : "year",
        more_than_a_year ? bibtex_date(r) : std::to_string(*r.year));
  }
  if (r.original_year) add("origdate", std::to_string(*r.original_year));
  add("doi", verbatim_address(r.doi));
  add("url", verbatim_address(r.url));
  add("note", escape_bibtex(r.note));
  for (const auto& name : r.authors) {
    if (has_lower_case_particle(name)) {
      add("options", "useprefix=true");
      break;
    }
  }
  return fields;
}

}  // namespace

std::string escape_bibtex(std::string_view text) {
  return escape_bibtex_text(text, braces_pair_up(text));
}

std::string bibtex_title(std::string_view title) {
  // Whether braces can be escaped is a question for the whole title, not each word.
  const bool escape_braces = braces_pair_up(title);
  const auto escape = [escape_braces](std::string_view text) {
    return escape_bibtex_text(text, escape_braces);
  };
  std::string out;
  bool first_word = true;
  while (!title.empty()) {
    const std::size_t space = title.find(' ');
    const std::string_view word = title.substr(0, space);
    if (!word.empty()) {
      // The first letter of the title survives sentence casing; any other capital would not.
      if (has_capital_from(word, first_word ? 1 : 0)) {
        // Punctuation around the word stays outside the braces: "{Great}:", "({PLG})".
        const std::size_t begin = word.find_first_not_of(kOpeningPunctuation);
        const std::size_t end = word.find_last_not_of(kClosingPunctuation) + 1;
        out += escape(word.substr(0, begin)) + "{" + escape(word.substr(begin, end - begin)) + "}" +
               escape(word.substr(end));
      } else {
        out += escape(word);
      }
      first_word = false;
    }
    if (space == std::string_view::npos) break;
    out += ' ';
    title.remove_prefix(space + 1);
  }
  return out;
}

std::string bibtex_name(const PersonName& name) {
  if (name.is_literal()) return "{" + escape_bibtex(name.literal) + "}";
  std::string family = escape_bibtex(name.family);
  const bool one_word = name.family.find_first_of(" ,") == std::string::npos;
  const bool starts_lower = !name.family.empty() && name.family[0] >= 'a' && name.family[0] <= 'z';
  std::string out;
  if (has_lower_case_particle(name)) {
    out = escape_bibtex(name.particle) + " " +
          (one_word && !starts_lower ? family : "{" + family + "}");
  } else if (!name.particle.empty()) {
    out = "{" + escape_bibtex(name.particle) + " " + family + "}";
  } else {
    out = one_word && !starts_lower ? family : "{" + family + "}";
  }
  if (!name.given.empty()) out += ", " + escape_bibtex(name.given);
  return out;
}

std::string_view bibtex_entry_type(SourceType type) {
  switch (type) {
    case SourceType::kArticle:
      return "article";
    case SourceType::kChapter:
      return "incollection";
    case SourceType::kBook:
      return "book";
    case SourceType::kReport:
      return "report";
    case SourceType::kLegislation:
      return "legislation";
    case SourceType::kMisc:
      return "misc";
  }
  return "misc";
}

void write_bibtex(const std::vector<SourceRecord>& records, std::ostream& out) {
  bool first = true;
  for (const auto& record : records) {
    std::string entry = first ? "" : "\n";
    first = false;
    entry += "@" + std::string(bibtex_entry_type(record.type)) + "{" + record.citation_key;
    for (const auto& [name, value] : fields_of(record)) {
      entry += ",\n  " + std::string(name) + " = {" + value + "}";
    }
    entry += "\n}\n";
    out << entry;
  }
}

}  // namespace exporter
