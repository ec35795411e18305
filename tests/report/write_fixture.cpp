// tests/report/write_fixture.cpp — writes the fixture report into a folder for the client
// checks: fixture.html (figures as <img>), fixture-inline.html (figures as inline <svg>),
// fixture.md with its SVG figures beside it.
//   report_fixture OUT_DIR
#include <filesystem>
#include <fstream>
#include <iostream>

#include "fixture_report.hpp"
#include "report/html_renderer.hpp"
#include "report/markdown_renderer.hpp"

namespace {

void write(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: report_fixture OUT_DIR\n";
    return 2;
  }
  try {
    const std::filesystem::path dir = argv[1];
    std::filesystem::create_directories(dir);
    const report::Report fixture = report_fixture::make_fixture_report();
    write(dir / "fixture.html", report::render_html(fixture));
    report::HtmlOptions inline_figures;
    inline_figures.inline_svg = true;
    write(dir / "fixture-inline.html", report::render_html(fixture, inline_figures));
    const auto markdown = report::render_markdown_with_figures(fixture, "fixture");
    write(dir / "fixture.md", markdown.markdown);
    for (const auto& figure : markdown.figures)
      write(dir / figure.name, figure.svg);
  } catch (const std::exception& error) {
    std::cerr << "report_fixture: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
