#include "configs.hpp"

#include "commands.hpp"
#include "formats.hpp"

#include <filesystem>
#include <iostream>

namespace eduroadmap::cli {

ConfigChoice::ConfigChoice(std::string explicit_file, bool discover)
    : explicit_file_(std::move(explicit_file)), discover_(discover) {}

const Config *ConfigChoice::load(const std::string &file) {
    auto it = loaded_.find(file);
    if (it != loaded_.end()) return it->second.get();
    ConfigResult r = load_config_file(file);
    std::unique_ptr<Config> config;
    if (r.ok()) {
        config = std::make_unique<Config>(std::move(*r.config));
        config->file = display_path(file);
    } else {
        FileReport problem;
        problem.path = file;
        problem.report.file = file;
        problem.report.diagnostics = std::move(r.diagnostics);
        problems_.push_back(std::move(problem));
    }
    return loaded_.emplace(file, std::move(config)).first->second.get();
}

const Config *ConfigChoice::for_path(const std::string &path) {
    if (!explicit_file_.empty()) return load(explicit_file_);
    if (!discover_) return nullptr;
    namespace fs = std::filesystem;
    std::error_code ec;
    std::string dir = path == "-" ? fs::current_path(ec).string() : fs::absolute(path, ec).parent_path().string();
    auto it = found_in_.find(dir);
    if (it == found_in_.end()) it = found_in_.emplace(dir, find_config(dir).value_or("")).first;
    return it->second.empty() ? nullptr : load(it->second);
}

bool report_config_problems(std::ostream &err, std::string_view command, const ConfigChoice &choice,
                            Language language) {
    for (const FileReport &bad : choice.problems()) {
        err << "eduroadmap " << command << ": "
            << (language == Language::ru ? "файл настроек не может быть использован: "
                                         : "the configuration cannot be used: ")
            << bad.path << "\n";
        write_findings(err, bad, Output{language, false});
    }
    return !choice.problems().empty();
}

std::optional<Language> command_language(std::string_view command, const std::string &flag, const std::string &path) {
    if (auto l = parse_language(flag)) return *l;
    ConfigChoice choice("", true);
    const Config *config = choice.for_path(path);
    const Language language = choose_language(flag, config ? config->language : std::nullopt);
    if (report_config_problems(std::cerr, command, choice, language)) {
        exit_status() = usage;
        return std::nullopt;
    }
    return language;
}

} // namespace eduroadmap::cli
