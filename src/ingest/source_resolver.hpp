// ingest/source_resolver.hpp — one source per cited work: which citations (and reference
// entries) name the same work, its stable key, and why spellings were merged or kept apart.
//
// Identity is the set of authors' surnames — folded to ASCII, particles and hyphens left out,
// so "Lakerveld" = "van Lakerveld", "Waal" = "De Waal", "Feldman-Barrett" = "Feldman Barrett",
// and "Schön en Argyris" = "Argyris & Schön" — together with the year and its suffix. First
// author and year alone are not a key: "Ruijters 2006" and "Ruijters & Simons 2006" are two
// works. Beyond exact identity, two rules merge and both are recorded with their reason:
//   et al.    "Wenger e.a. (2002)" joins the one work of Wenger with co-authors in 2002;
//   spelling  works of one year with the same first author and the same number of authors
//             whose other names differ by a letter or two ("McKeachen" / "McEachen").
// Look-alikes that stay apart (the same first author and year; the same authors a few years
// apart; a first author one letter off) are listed as decisions for `conceptdb check`.
// Curated overrides (db/sources.toml) merge keys or keep them apart by hand.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace ingest {

// One cited work as one citation or reference entry names it.
struct CitedWork {
  std::vector<std::string> authors;  // surnames as printed
  bool et_al = false;
  bool organisation = false;
  bool legal = false;
  std::string year;  // as printed; empty for a law
};

// Hand-made decisions, keyed by the automatic source keys.
struct SourceOverrides {
  struct Merge {
    std::vector<std::string> keys;  // the first one is kept
    std::string reason;
  };
  struct Apart {
    std::string a, b;
    std::string reason;
  };
  std::vector<Merge> merges;
  std::vector<Apart> aparts;
};

struct ResolvedSource {
  std::string key;
  std::string kind;  // "work", "organisation" or "legal"
  std::vector<std::string> authors;
  std::string first_author;
  bool et_al = false;
  std::string year;
  std::vector<std::pair<std::string, int>> variants;  // authors as printed; how often
  std::string merge_note;
};

struct SourceDecision {
  std::size_t source = 0;
  std::size_t other = 0;
  bool merged = false;
  std::string reason;
};

struct SourceResolution {
  std::vector<ResolvedSource> sources;
  std::vector<std::size_t> source_of;  // per input work: its source's index
  std::vector<SourceDecision> decisions;
};

SourceResolution resolve_sources(const std::vector<CitedWork>& works,
                                 const SourceOverrides& overrides = {});

// A surname as identity compares it: ASCII, lower case, leading particles and everything but
// letters and digits left out ("Van der Waals" -> "waals", "Feldman-Barrett" -> "feldmanbarrett").
std::string surname_identity(const std::string& surname, bool organisation);

// Latin letters with diacritics folded to ASCII ("Schön" -> "Schon", "Caluwé" -> "Caluwe").
std::string fold_to_ascii(const std::string& text);

}  // namespace ingest
