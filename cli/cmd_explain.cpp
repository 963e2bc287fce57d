// eduroadmap explain RULE [--lang ru|en]: a rule's entry of docs/rules.md —
// what it catches, why, an example that triggers it and the fix — under its
// summary, message and hint in the chosen language.
#include "command_tree.hpp"
#include "commands.hpp"
#include "configs.hpp"
#include "rule_docs.hpp"

#include <eduroadmap/suggest.hpp>

#include <iostream>
#include <memory>

namespace eduroadmap::cli {
namespace {

struct ExplainArgs {
    std::string rule;
    std::string lang;
};

void run(const ExplainArgs &args) {
    const std::optional<Language> language = command_language("explain", args.lang);
    if (!language) return;
    const bool ru = *language == Language::ru;
    const RuleInfo *rule = find_rule(args.rule);
    if (!rule) {
        std::vector<std::string_view> ids;
        for (const RuleInfo &r : rule_catalog()) ids.push_back(r.id);
        std::cerr << "eduroadmap explain: " << (ru ? "нет правила «" : "no rule '") << args.rule
                  << (ru ? "»" : "'");
        if (std::string best = closest(args.rule, ids); !best.empty())
            std::cerr << (ru ? "; может быть, «" : "; did you mean '") << best << (ru ? "»?" : "'?");
        std::cerr << (ru ? " (список: eduroadmap rules)\n" : " (the list: eduroadmap rules)\n");
        exit_status() = usage;
        return;
    }
    std::cout << rule->id << " (" << to_string(rule->default_severity, *language) << "): "
              << rule_summary(*rule, *language) << "\n"
              << (ru ? "сообщение: " : "message: ") << (ru ? rule->message_ru : rule->message_en) << "\n";
    if (std::string_view hint = ru ? rule->hint_ru : rule->hint_en; !hint.empty())
        std::cout << (ru ? "подсказка: " : "hint: ") << hint << "\n";
    std::cout << "\n" << rule_docs_entry(rule->id);
}

} // namespace

void add_explain_command(CLI::App &app) {
    auto args = std::make_shared<ExplainArgs>();
    CLI::App *cmd = app.add_subcommand("explain", "Explain a rule: its documentation with an example");
    cmd->add_option("rule", args->rule, "Rule id, as in [numbering-gap] (eduroadmap rules lists them)")
        ->required()
        ->type_name(rule_type_name);
    cmd->add_option("--lang", args->lang, "Language (default: the configuration's, else from the locale)")
        ->check(CLI::IsMember({"ru", "en"}));
    cmd->callback([args] { run(*args); });
}

} // namespace eduroadmap::cli
