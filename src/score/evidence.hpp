// What the component scorers share: the direction being scored and what it
// offers as evidence (its measures by stage, its sections' blocks, its
// indicators), the facts they test about a measure (dated, responsibles,
// cue words), and the reasons they give, in both languages.
#ifndef EDUROADMAP_SRC_SCORE_EVIDENCE_HPP
#define EDUROADMAP_SRC_SCORE_EVIDENCE_HPP

#include <eduroadmap/coverage.hpp>
#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/score.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap::detail {

// The registry's names as folded words, for finding a body named in free text.
using RegistryNames = std::vector<std::vector<std::string>>;
RegistryNames registry_names(const Roadmap &roadmap);

// One catalog direction with sections, as the scorers see it.
struct DirectionContext {
    const ResolvedRoadmap &roadmap;
    const ScoreModel &model;
    const CoverageRow &row;
    const RegistryNames &registry;
    // The direction's indicators, by index into Roadmap::indicators: those
    // whose `direction` names it, those its passports list, those its
    // measures feed; in definition order.
    std::vector<std::size_t> indicators;

    const Roadmap &model_of() const { return *roadmap.roadmap; }
    const ResolvedMeasure &measure(std::size_t i) const { return roadmap.measures[i]; }
};

// The direction's indicators (see DirectionContext::indicators).
std::vector<std::size_t> direction_indicators(const ResolvedRoadmap &roadmap, const CoverageRow &row);

// The row's measures at any of @p stages, in printed order, each once.
std::vector<std::size_t> measures_at(const CoverageRow &row, const std::vector<Stage> &stages);

// A block with text in one of the direction's sections.
struct FoundBlock {
    std::size_t section = 0;
    BlockRef block;
    std::string_view text;
};
// The blocks of @p wanted that hold text, section by section.
std::vector<FoundBlock> blocks_of(const DirectionContext &d, const std::vector<BlockRef> &wanted);

Evidence measure_evidence(const DirectionContext &d, std::size_t measure, bool sound);
Evidence block_evidence(const FoundBlock &block, bool sound);
Evidence indicator_evidence(const DirectionContext &d, std::size_t indicator, bool sound);

// Dated: a fixed, recurring or continuous deadline with a window in the period.
bool dated(const Deadline &deadline) noexcept;
// The end of the last window; nothing when not dated.
std::optional<Date> last_due(const Deadline &deadline);
// When something of the measure has been done: the end of its first window;
// for a first window that runs to the end of @p period (the whole plan, a
// continuous measure), its start — such a measure is carried out throughout.
std::optional<Date> done_by(const Deadline &deadline, const Window &period);
// Number of windows in the period.
std::size_t window_count(const Deadline &deadline) noexcept;

// True when the measure's responsibles cell names somebody.
bool has_responsibles(const ResolvedMeasure &measure) noexcept;

// The measure's title, items and expected result, as one text.
std::string measure_text(const Measure &measure);
// True when @p text holds one of the stem phrases (catalog keyword style: «раз в год»).
bool mentions(std::string_view text, const std::vector<std::string> &phrases);
// True when @p text names a body of the registry by a name, word for word.
bool names_body(std::string_view text, const RegistryNames &registry);

// How a measure is named in a reason: its printed number without trailing
// dots, or its id when it has none.
std::string label(const ResolvedMeasure &measure);

// The evidence listed for people: «мероприятия 11, 12; паспорт: цель» /
// "measures 11, 12; passport: goal". Only the sound items when @p sound_only.
std::string describe(const std::vector<Evidence> &evidence, Language language, bool sound_only);

// A reason's two templates.
struct Texts {
    const char *ru;
    const char *en;
};

// Builds a reason from templates: {evidence} is the evidence described
// (describe; only the sound items for 2 points), {name} the component's
// name, and further values are given by arg(). Below 2 points, the
// component's criterion for 2 is appended («; 2 балла — если …»).
class Because {
public:
    Because(const ComponentRule &rule, const ComponentScore &score) : rule_(rule), score_(score) {}
    Because &arg(std::string name, std::string both);
    Because &arg(std::string name, std::string ru, std::string en);
    ScoreReason say(std::string id, Texts texts) const;

private:
    const ComponentRule &rule_;
    const ComponentScore &score_;
    std::vector<MessageArg> ru_, en_;
};

// What 2 points need for @p rule's component, as a clause.
std::string criterion(const ComponentRule &rule, Language language);

} // namespace eduroadmap::detail

#endif
