// report/wording.cpp — the Dutch and English wording.
#include "report/wording.hpp"

namespace report {

namespace {

constexpr Wording kDutch{
    "Inhoud",
    "Figuur",
    "Tabel",
    "regel",
    "regels",
    "Geen rijen.",
    "Geen gegevens om te tonen.",
    "Geen paren om te tonen.",
    "Sterkste verbanden",
    "Groepen",
    "Waarde",
    "Label",
    "Opmerking",
    ',',
};

constexpr Wording kEnglish{
    "Contents",
    "Figure",
    "Table",
    "line",
    "lines",
    "No rows.",
    "No data to show.",
    "No pairs to show.",
    "Strongest links",
    "Groups",
    "Value",
    "Label",
    "Note",
    '.',
};

}  // namespace

const Wording& wording_for(std::string_view language) {
  const bool dutch = language == "nl" || language.rfind("nl-", 0) == 0 || language == "NL" ||
                     language.rfind("NL-", 0) == 0;
  return dutch ? kDutch : kEnglish;
}

std::string locator(const Wording& wording, std::string_view file, int first_line, int last_line) {
  std::string text(file);
  text += ", ";
  if (first_line == last_line) {
    text += std::string(wording.line) + " " + std::to_string(first_line);
  } else {
    // An en dash between the numbers, as in print.
    text += std::string(wording.lines) + " " + std::to_string(first_line) + "\xE2\x80\x93" +
            std::to_string(last_line);
  }
  return text;
}

}  // namespace report
