// eduroadmap rules [--lang ru|en] [--format text|json]: every rule with its
// default severity and what it catches, in catalog order (rule_catalog()).
#include "columns.hpp"
#include "commands.hpp"
#include "configs.hpp"
#include "rule_docs.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace eduroadmap::cli {
namespace {

struct RulesArgs {
    std::string lang;
    std::string format = "text";
};

void run(const RulesArgs &args) {
    const std::optional<Language> language = command_language("rules", args.lang);
    if (!language) return;
    if (args.format == "json") {
        nlohmann::ordered_json rules = nlohmann::ordered_json::array();
        for (const RuleInfo &r : rule_catalog())
            rules.push_back({{"id", r.id},
                             {"severity", to_string(r.default_severity)},
                             {"category", to_string(r.category)},
                             {"summary", rule_summary(r, *language)},
                             {"docs", r.docs}});
        std::cout << nlohmann::ordered_json{{"rules", std::move(rules)}}.dump(2, ' ', false,
                                                                               nlohmann::json::error_handler_t::replace)
                  << "\n";
        return;
    }
    std::size_t width = 0;
    for (const RuleInfo &r : rule_catalog()) width = std::max(width, r.id.size());
    const bool ru = *language == Language::ru;
    std::cout << pad(ru ? "правило" : "rule", width + 2) << pad(ru ? "уровень" : "severity", 16)
              << (ru ? "что находит" : "what it catches") << "\n";
    for (const RuleInfo &r : rule_catalog())
        std::cout << pad(std::string(r.id), width + 2)
                  << pad(std::string(to_string(r.default_severity, *language)), 16)
                  << rule_summary(r, *language) << "\n";
}

} // namespace

void add_rules_command(CLI::App &app) {
    auto args = std::make_shared<RulesArgs>();
    CLI::App *cmd = app.add_subcommand("rules", "List the rules: id, default severity, what each catches");
    cmd->add_option("--lang", args->lang, "Language (default: the configuration's, else from the locale)")
        ->check(CLI::IsMember({"ru", "en"}));
    cmd->add_option("--format", args->format, "Output: text (a table) or json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([args] { run(*args); });
}

} // namespace eduroadmap::cli
