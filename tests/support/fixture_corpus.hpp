// tests/support/fixture_corpus.hpp — a two-file corpus and its manifest, written by the
// tests themselves: an essay (a.txt) and a small "magazine" (b.txt) with two pieces, an ad
// between them and a page number after them. The checksums were computed with sha256sum.
#pragma once

#include <filesystem>
#include <string>

namespace testing_support {

// a.txt: 7 lines, three paragraphs (lines 1, 3-4, 7).
inline const std::string kEssayText =
    "Titel van het essay\n"
    "\n"
    "Eerste alinea regel een\n"
    "tweede regel\tmet\ttabs  en   spaties.\n"
    "\n"
    "\n"
    "We creëren samen. Tweede alinea.\n";
inline const std::string kEssaySha256 =
    "3b9ca7b3f89c8157b6c9bbc1df958fac1285e91b2b01b0bb65c9e2d7f7962881";

// b.txt: 11 lines, the last without a newline. Parts: b-p01 1-3, b-ad1 5, b-p02 7-9.
inline const std::string kMagazineText =
    "Voorwoord\n"
    "\n"
    "Tekst van het voorwoord.\n"
    "\n"
    "ADVERTENTIE koop nu\n"
    "\n"
    "Artikel titel\n"
    "Artikel tekst loopt\n"
    "door op een tweede regel.\n"
    "\n"
    "Pagina 3";
inline const std::string kMagazineSha256 =
    "96c37efada883f34ea964524380972284b79e2398bc9ca3f6c5645881c8814c6";

inline std::string fixture_manifest(const std::string& essay_sha = kEssaySha256,
                                    int article_last_line = 9) {
  return "schema = 1\n"
         "\n"
         "[[file]]\n"
         "name = \"a.txt\"\n"
         "sha256 = \"" +
         essay_sha +
         "\"\n"
         "key = \"a\"\n"
         "title = \"Een essay\"\n"
         "authors = [\"Anna Auteur\"]\n"
         "year = 2011\n"
         "kind = \"essay\"\n"
         "language = \"nl\"\n"
         "\n"
         "[[file]]\n"
         "name = \"b.txt\"\n"
         "sha256 = \"" +
         kMagazineSha256 +
         "\"\n"
         "key = \"b\"\n"
         "title = \"Blad 1\"\n"
         "kind = \"magazine\"\n"
         "language = \"nl\"\n"
         "\n"
         "  [[file.part]]\n"
         "  key = \"b-p01\"\n"
         "  title = \"Voorwoord\"\n"
         "  authors = [\"Bea Redacteur\"]\n"
         "  kind = \"editorial\"\n"
         "  first_line = 1\n"
         "  last_line = 3\n"
         "\n"
         "  [[file.part]]\n"
         "  key = \"b-ad1\"\n"
         "  title = \"Advertentie\"\n"
         "  kind = \"ad\"\n"
         "  first_line = 5\n"
         "  last_line = 5\n"
         "\n"
         "  [[file.part]]\n"
         "  key = \"b-p02\"\n"
         "  title = \"Artikel titel\"\n"
         "  authors = [\"Cor Schrijver\", \"Dirk Tweede\"]\n"
         "  kind = \"article\"\n"
         "  first_line = 7\n"
         "  last_line = " +
         std::to_string(article_last_line) + "\n";
}

// Writes corpus/a.txt, corpus/b.txt and corpus.toml under `root`.
void write_fixture_corpus(const std::filesystem::path& root);

}  // namespace testing_support
