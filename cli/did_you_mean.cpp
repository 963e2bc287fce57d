#include "did_you_mean.hpp"

#include <eduroadmap/suggest.hpp>

namespace eduroadmap::cli {

namespace {

// The long and short names of @p app's options, as typed: --format, -o.
std::vector<std::string> option_names(const CLI::App &app) {
    std::vector<std::string> names;
    for (const CLI::Option *o : app.get_options()) {
        for (const std::string &n : o->get_lnames()) names.push_back("--" + n);
        for (const std::string &n : o->get_snames()) names.push_back("-" + n);
    }
    return names;
}

std::string closest_of(const std::string &word, const std::vector<std::string> &names) {
    return closest(word, std::vector<std::string_view>(names.begin(), names.end()));
}

} // namespace

std::string unknown_subcommand(const CLI::App &app, const std::vector<std::string> &args) {
    for (const std::string &a : args) {
        if (!a.empty() && a.front() == '-') continue; // the tool's own options (--help, --version)
        for (const CLI::App *sub : app.get_subcommands({}))
            if (sub->check_name(a)) return {};
        return a;
    }
    return {};
}

std::string suggestions(const CLI::App &app, const std::vector<std::string> &args) {
    if (std::string typed = unknown_subcommand(app, args); !typed.empty()) {
        std::vector<std::string> names;
        for (const CLI::App *sub : app.get_subcommands({})) names.push_back(sub->get_name());
        std::string out = "eduroadmap: unknown command '" + typed + "'";
        if (std::string best = closest_of(typed, names); !best.empty()) out += "; did you mean '" + best + "'?";
        return out + "\n";
    }
    std::string out;
    std::vector<const CLI::App *> apps{&app};
    for (const CLI::App *sub : app.get_subcommands()) apps.push_back(sub);
    for (const CLI::App *a : apps)
        for (const std::string &extra : a->remaining()) {
            // Long options only: one letter off a one-letter option is a guess, not a misspelling.
            if (extra.size() < 3 || extra.compare(0, 2, "--") != 0) continue;
            const std::string typed = extra.substr(0, extra.find('=')); // --formt=json
            if (std::string best = closest_of(typed, option_names(*a)); !best.empty())
                out += "eduroadmap: unknown option '" + typed + "'; did you mean '" + best + "'?\n";
        }
    return out;
}

} // namespace eduroadmap::cli
