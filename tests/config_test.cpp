// config.hpp: reading `.eduroadmap.yaml`, its problems with positions, and
// finding it by walking up from a roadmap.
#include <eduroadmap/config.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>

using namespace eduroadmap;

namespace {

// The single diagnostic of a result, checked to be the only one.
const Diagnostic &only(const ConfigResult &r) {
    REQUIRE(r.diagnostics.size() == 1);
    return r.diagnostics.front();
}

// A fresh directory under the system's temporary directory, removed at the end.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::random_device rd;
        path = std::filesystem::temp_directory_path() / ("erm-config-test-" + std::to_string(rd()));
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    void write(const std::filesystem::path &rel, const std::string &text) const {
        std::filesystem::create_directories((path / rel).parent_path());
        std::ofstream(path / rel, std::ios::binary) << text;
    }
};

} // namespace

TEST_CASE("a complete configuration sets every option") {
    ConfigResult r = load_config_string(R"(language: ru
catalog: fioko-2020
fail_level: warning
rules:
  numbering-gap: off
  deadline-ambiguous: warning
  responsible-unknown: error
  result-missing: on
required_stages: [monitoring, analysis, data-collection]
limits:
  max_file_bytes: 1000
  max_depth: 8
  max_nodes: 500
)",
                                        "cfg.yaml");
    REQUIRE(r.ok());
    const Config &c = *r.config;
    CHECK(c.file == "cfg.yaml");
    CHECK(c.language == Language::ru);
    CHECK(c.fail_level == Severity::warning);
    CHECK(c.validate.catalog == "fioko-2020");
    REQUIRE(c.validate.rules.size() == 3); // `on` restores the default: no entry
    CHECK(c.validate.rules.at("numbering-gap") == std::nullopt);
    CHECK(c.validate.rules.at("deadline-ambiguous") == Severity::warning);
    CHECK(c.validate.rules.at("responsible-unknown") == Severity::error);
    CHECK(c.validate.rules.count("result-missing") == 0);
    CHECK(c.validate.required_stages ==
          std::vector<Stage>{Stage::monitoring, Stage::analysis, Stage::data_collection});
    CHECK(c.validate.limits.max_file_bytes == 1000);
    CHECK(c.validate.limits.max_depth == 8);
    CHECK(c.validate.limits.max_nodes == 500);
}

TEST_CASE("an empty or comment-only configuration is the defaults") {
    for (const char *text : {"", "# nothing yet\n\n", "\xEF\xBB\xBF# with a byte-order mark\n", "---\n"}) {
        ConfigResult r = load_config_string(text, "c.yaml");
        REQUIRE(r.ok());
        CHECK(r.config->validate.rules.empty());
        CHECK_FALSE(r.config->language);
        CHECK_FALSE(r.config->fail_level);
        CHECK(r.config->validate.limits.max_depth == Limits{}.max_depth);
    }
}

TEST_CASE("problems carry rule, line and column, and make the configuration unusable") {
    SUBCASE("unknown key or rule id (with the closest one), duplicate key") {
        struct Case {
            const char *text, *rule;
            int line, column;
            const char *suggestion;
        };
        for (Case c : {Case{"language: en\nfail-level: warning\n", "unknown-field", 2, 1, "fail_level"},
                       Case{"rules:\n  numbring-gap: off\n", "unknown-field", 2, 3, "numbering-gap"},
                       Case{"language: en\nlanguage: ru\n", "duplicate-key", 2, 1, ""}}) {
            CAPTURE(c.text);
            ConfigResult r = load_config_string(c.text, "c.yaml");
            CHECK_FALSE(r.config);
            const Diagnostic &d = only(r);
            CHECK(d.rule == c.rule);
            CHECK(d.location == Location{"c.yaml", c.line, c.column});
            CHECK(d.arg("suggestion") == c.suggestion);
        }
        CHECK(message(only(load_config_string("fail-level: x\n")), Language::en) ==
              "unknown field 'fail-level' in configuration");
    }
    SUBCASE("wrong types and values") {
        struct Case {
            const char *text;
            int line, column;
        };
        for (Case c : {Case{"language: de\n", 1, 11}, Case{"fail_level: fatal\n", 1, 13},
                       Case{"rules:\n  deadline-missing: sometimes\n", 2, 21}, Case{"rules: [a]\n", 1, 8},
                       Case{"required_stages: [monitoring, planning]\n", 1, 31},
                       Case{"limits:\n  max_depth: -3\n", 2, 14}, Case{"limits:\n  max_nodes: 0\n", 2, 14},
                       Case{"limits:\n  max_file_bytes: 1.5\n", 2, 19},
                       Case{"limits:\n  max_file_bytes: \"100\"\n", 2, 19},
                       // include/exclude: a list of non-empty texts
                       Case{"exclude: drafts\n", 1, 10}, Case{"include:\n  - ''\n", 2, 5},
                       Case{"exclude:\n  - {a: 1}\n", 2, 5}}) {
            CAPTURE(c.text);
            ConfigResult r = load_config_string(c.text, "c.yaml");
            CHECK_FALSE(r.config);
            const Diagnostic &d = only(r);
            CHECK(d.rule == "wrong-type");
            CHECK(d.location.line == c.line);
            CHECK(d.location.column == c.column);
        }
    }
    SUBCASE("malformed YAML") {
        ConfigResult r = load_config_string("rules: {a: b\n", "c.yaml");
        CHECK_FALSE(r.config);
        REQUIRE_FALSE(r.diagnostics.empty());
        CHECK(r.diagnostics.front().rule == "yaml-syntax");
        CHECK(r.diagnostics.front().location.line >= 1);
    }
    SUBCASE("the YAML rules cannot be turned off or lowered") {
        for (const char *rule : {"yaml-syntax", "input-limit", "duplicate-key"}) {
            CAPTURE(rule);
            CHECK(only(load_config_string(std::string("rules:\n  ") + rule + ": off\n", "c.yaml")).rule ==
                  "wrong-type");
            CHECK(only(load_config_string(std::string("rules:\n  ") + rule + ": warning\n", "c.yaml")).rule ==
                  "wrong-type");
            CHECK(load_config_string(std::string("rules:\n  ") + rule + ": error\n", "c.yaml").ok());
        }
        CHECK(is_structural_rule("duplicate-key"));
        CHECK_FALSE(is_structural_rule("unknown-field"));
    }
}

TEST_CASE("a relative catalog path is relative to the configuration file") {
    CHECK(load_config_string("catalog: catalogs/region.yaml\n", "repo/ci/.eduroadmap.yaml").config->validate.catalog ==
          "repo/ci/catalogs/region.yaml");
    CHECK(load_config_string("catalog: ../region.yml\n", "/srv/repo/.eduroadmap.yaml").config->validate.catalog ==
          "/srv/region.yml");
    CHECK(load_config_string("catalog: /etc/region.yaml\n", "repo/.eduroadmap.yaml").config->validate.catalog ==
          "/etc/region.yaml");
    // A built-in id is not a path.
    CHECK(load_config_string("catalog: fioko-2020\n", "repo/.eduroadmap.yaml").config->validate.catalog ==
          "fioko-2020");
}

// Their wrong types are among the cases of "problems carry rule, line and column".
TEST_CASE("include and exclude are lists of globs, kept as written") {
    ConfigResult r = load_config_string("include: [roadmaps/*, '*.yaml']\nexclude:\n  - roadmaps/archive\n", "c.yaml");
    REQUIRE(r.ok());
    CHECK(r.config->include == std::vector<std::string>{"roadmaps/*", "*.yaml"});
    CHECK(r.config->exclude == std::vector<std::string>{"roadmaps/archive"});
    CHECK(load_config_string("language: en\n", "c.yaml").config->include.empty());
}

TEST_CASE("the configuration's options change what validate reports") {
    // The golden fixture of the CLI tests has one deadline-missing warning.
    const std::string roadmap = ERM_SOURCE_DIR "/tests/cli/golden/fixture.yaml";
    auto missing = [](const Report &r) {
        for (const Diagnostic &d : r.diagnostics)
            if (d.rule == "deadline-missing") return std::optional<Severity>(d.severity);
        return std::optional<Severity>();
    };
    CHECK(missing(validate_file(roadmap)) == Severity::warning);
    ConfigResult raised = load_config_string("rules: {deadline-missing: error}\n");
    REQUIRE(raised.ok());
    CHECK(missing(validate_file(roadmap, raised.config->validate)) == Severity::error);
    ConfigResult off = load_config_string("rules: {deadline-missing: off}\n");
    REQUIRE(off.ok());
    CHECK(missing(validate_file(roadmap, off.config->validate)) == std::nullopt);
    ConfigResult small = load_config_string("limits: {max_file_bytes: 100}\n");
    REQUIRE(small.ok());
    Report limited = validate_file(roadmap, small.config->validate);
    REQUIRE(limited.diagnostics.size() == 1);
    CHECK(limited.diagnostics.front().rule == "input-limit");
    ConfigResult catalog = load_config_string("catalog: fioko-2020\n");
    CHECK(validate_file(roadmap, catalog.config->validate).catalog == "fioko-2020");
    CHECK(validate_file(roadmap).catalog == "fioko-2020"); // the roadmap's own (the default)
}

TEST_CASE("find_config walks up from the roadmap's directory") {
    TempDir tmp;
    tmp.write("repo/.eduroadmap.yaml", "language: ru\n");
    tmp.write("repo/region/district/plan.yaml", "x: 1\n");
    tmp.write("repo/region/.eduroadmap.yaml", "language: en\n");
    tmp.write("repo/other/plan.yaml", "x: 1\n");
    const auto p = [&](const char *rel) { return (tmp.path / rel).string(); };
    CHECK(find_config(p("repo/region/district/plan.yaml")) == p("repo/region/.eduroadmap.yaml"));
    CHECK(find_config(p("repo/region/district")) == p("repo/region/.eduroadmap.yaml"));
    CHECK(find_config(p("repo/region/district/")) == p("repo/region/.eduroadmap.yaml"));
    CHECK(find_config(p("repo/other/plan.yaml")) == p("repo/.eduroadmap.yaml"));
    CHECK(find_config(p("repo/.eduroadmap.yaml")) == p("repo/.eduroadmap.yaml"));
    // Nothing above the temporary directory is expected to hold one.
    tmp.write("lonely/plan.yaml", "x: 1\n");
    if (!find_config(tmp.path.parent_path().string())) CHECK_FALSE(find_config(p("lonely/plan.yaml")));

    ConfigResult r = load_config_file(p("repo/region/.eduroadmap.yaml"));
    REQUIRE(r.ok());
    CHECK(r.config->language == Language::en);
    CHECK(r.config->file == p("repo/region/.eduroadmap.yaml"));
    ConfigResult missing = load_config_file(p("repo/none.yaml"));
    CHECK_FALSE(missing.config);
    CHECK(only(missing).rule == "yaml-syntax");
    CHECK(only(missing).arg("detail").find("cannot open") == 0);
}
