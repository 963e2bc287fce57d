#include "import/vocabulary.hpp"

#include "text.hpp"
#include "words.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <utility>

namespace eduroadmap::detail {
extern const char import_headings_yaml[];
} // namespace eduroadmap::detail

namespace eduroadmap::detail::importer {
namespace {

constexpr std::array<std::pair<Column, std::string_view>, 8> field_names{{
    {Column::number, "number"},
    {Column::title, "title"},
    {Column::form, "form"},
    {Column::deadline, "deadline"},
    {Column::responsibles, "responsibles"},
    {Column::result, "result"},
    {Column::status, "status"},
    {Column::note, "note"},
}};

std::vector<std::string> strings(const YAML::Node &node) {
    std::vector<std::string> out;
    if (!node) return out;
    if (!node.IsSequence()) throw YAML::Exception(node.Mark(), "expected a list of strings");
    for (const YAML::Node &item : node) out.push_back(item.as<std::string>());
    return out;
}

} // namespace

std::string_view to_string(Column column) noexcept {
    for (auto [c, name] : field_names)
        if (c == column) return name;
    return "other";
}

std::string exact_form(std::string_view heading) {
    std::string f = fold(heading);
    f.erase(std::remove_if(f.begin(), f.end(), [](char c) { return c == ' ' || c == '.'; }), f.end());
    return f;
}

std::vector<ColumnWords> read_vocabulary(std::string_view yaml, std::string &error) {
    std::vector<ColumnWords> out;
    try {
        YAML::Node root = YAML::Load(std::string(yaml));
        const YAML::Node columns = root["columns"];
        if (!columns || !columns.IsSequence()) throw YAML::Exception(root.Mark(), "expected a list `columns`");
        for (const YAML::Node &c : columns) {
            ColumnWords words;
            const std::string field = c["field"].as<std::string>();
            for (auto [column, name] : field_names)
                if (name == field) words.column = column;
            if (words.column == Column::other) throw YAML::Exception(c.Mark(), "unknown field «" + field + "»");
            for (const std::string &e : strings(c["exact"])) words.exact.push_back(exact_form(e));
            for (const std::string &s : strings(c["stems"])) words.stems.push_back(stems_of(s));
            words.headings = strings(c["headings"]);
            out.push_back(std::move(words));
        }
    } catch (const YAML::Exception &e) {
        error = e.what();
        out.clear();
    }
    return out;
}

const std::vector<ColumnWords> &vocabulary() {
    static const std::vector<ColumnWords> words = [] {
        std::string error;
        return read_vocabulary(import_headings_yaml, error);
    }();
    return words;
}

std::string_view vocabulary_text() noexcept { return import_headings_yaml; }

} // namespace eduroadmap::detail::importer
