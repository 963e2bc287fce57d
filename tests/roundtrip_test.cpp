// Tests for the writers of <eduroadmap/io.hpp>: load(save(x)) == x for every
// example roadmap, and the JSON form has the same content.
#include <eduroadmap/io.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using namespace eduroadmap;

namespace {
std::vector<std::string> example_files() {
    std::vector<std::string> out;
    for (const auto &e : std::filesystem::directory_iterator(ERM_SOURCE_DIR "/examples"))
        if (e.path().extension() == ".yaml") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

TEST_CASE("every example loads without loader errors and survives a YAML round trip") {
    std::vector<std::string> files = example_files();
    REQUIRE(files.size() >= 2);
    for (const std::string &file : files) {
        CAPTURE(file);
        LoadResult first = load_file(file);
        for (const Diagnostic &d : first.diagnostics)
            FAIL_CHECK(d.rule << " at " << d.location.line << ":" << d.location.column << " " << d.path);
        REQUIRE(first.document);
        const Roadmap &original = first.document->roadmap;
        CHECK(measure_count(original) > 0);

        std::string saved = to_yaml(original);
        LoadResult second = load_string(saved, "saved.yaml");
        for (const Diagnostic &d : second.diagnostics)
            FAIL_CHECK(d.rule << " at " << d.location.line << ":" << d.location.column << " " << d.path);
        REQUIRE(second.document);
        CHECK(second.document->roadmap == original);
        // Saving is deterministic: the saved form is a fixed point.
        CHECK(to_yaml(second.document->roadmap) == saved);
    }
}

TEST_CASE("round trip keeps what a naive writer would lose") {
    Roadmap rm;
    rm.id = "edge";
    rm.title = "  leading spaces, «кавычки», colon: and # hash";
    rm.period = {Window(Date(2023, 9, 1), Date(2024, 8, 31)), "2023/2024", true};
    Section s;
    s.title = "line one\nline two\n";
    Measure m;
    m.number = "3.10"; // a float to other YAML readers
    m.title = "true";  // a boolean to other YAML readers
    m.deadline = DeadlineSpec{"", false, std::nullopt, {}, ""};
    m.result = std::string();
    m.responsibles = ResponsibleCell{{"КО", "ОО"}, true};
    DeadlineSpec pinned{"Сентябрь", true, DeadlineKind::fixed, {Window(Date(2023, 9, 1), Date(2023, 9, 30))}, ""};
    Measure p;
    p.number = "~";
    p.title = "null";
    p.deadline = pinned;
    s.measures = {m, p};
    rm.sections = {s};
    Indicator ind;
    ind.id = "i";
    ind.title = "доля";
    ind.baseline = Baseline{{0.1, false, false}, std::nullopt};
    ind.targets = {{"2024", {0, true, true}}};
    rm.indicators = {ind};

    LoadResult back = load_string(to_yaml(rm));
    INFO(to_yaml(rm));
    REQUIRE(back.document);
    CHECK(back.diagnostics.empty());
    CHECK(back.document->roadmap == rm);
}

TEST_CASE("JSON export has the YAML form's structure") {
    LoadResult r = load_file(ERM_SOURCE_DIR "/examples/tosno-2021.yaml");
    REQUIRE(r.document);
    auto j = nlohmann::json::parse(to_json(r.document->roadmap));
    CHECK(j["schema"] == "eduroadmap/1");
    CHECK(j["id"] == r.document->roadmap.id);
    CHECK(j["period"] == "2021-2024");
    REQUIRE(j["sections"].is_array());
    CHECK(j["sections"].size() == r.document->roadmap.sections.size());
    const Measure &first = r.document->roadmap.sections.at(0).measures.at(0);
    CHECK(j["sections"][0]["measures"][0]["title"] == first.title);
    CHECK(j["sections"][0]["measures"][0]["deadline"] == first.deadline->text);
}
