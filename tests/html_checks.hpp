// Shared by the tests of the HTML pages (tests/diff_html_test.cpp,
// tests/status_html_test.cpp): a roadmap of the source tree, and the parts
// of generated HTML a test reads.
#ifndef EDUROADMAP_TESTS_HTML_CHECKS_HPP
#define EDUROADMAP_TESTS_HTML_CHECKS_HPP

#include <eduroadmap/io.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <string>

namespace html_checks {

// The roadmap of @p path, relative to the source tree; it must load.
inline eduroadmap::Roadmap source_roadmap(const std::string &path) {
    eduroadmap::LoadResult r = eduroadmap::load_file(std::string(ERM_SOURCE_DIR) + "/" + path);
    REQUIRE(r.ok());
    return r.document->roadmap;
}

// How often @p what occurs in @p text.
inline std::size_t count_in(const std::string &text, const std::string &what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// From the element with @p id to its closing @p tag (the same tag must not nest inside).
inline std::string element_by_id(const std::string &html, const std::string &id, const std::string &tag = "section") {
    const std::size_t at = html.find("id=\"" + id + "\"");
    REQUIRE(at != std::string::npos);
    const std::size_t end = html.find("</" + tag + ">", at);
    REQUIRE(end != std::string::npos);
    return html.substr(at, end - at);
}

} // namespace html_checks

#endif
