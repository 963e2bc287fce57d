// Where findings stand in the printed document: node paths read back into the
// plan's sections and measures, and those references in words.
#include "findings/document_ref.hpp"

#include "numbering.hpp"
#include "text.hpp"
#include "words.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace eduroadmap {
namespace detail {
namespace {

// Reads `name[N]` at @p pos of @p path; advances past it and a following dot.
std::optional<std::size_t> index_of(std::string_view path, std::string_view name, std::size_t &pos) {
    if (path.substr(pos, name.size()) != name || pos + name.size() >= path.size() || path[pos + name.size()] != '[')
        return std::nullopt;
    std::size_t i = pos + name.size() + 1, value = 0;
    const std::size_t digits = i;
    while (i < path.size() && path[i] >= '0' && path[i] <= '9' && i - digits < 9) value = value * 10 + (path[i++] - '0');
    if (i == digits || i >= path.size() || path[i] != ']') return std::nullopt;
    pos = i + 1;
    if (pos < path.size() && path[pos] == '.') ++pos;
    return value;
}

// The first words of a title, enough to recognise it.
std::string title_start(std::string_view title, std::size_t words = 5) {
    std::string out, text = squeeze_spaces(title);
    std::size_t count = 0, i = 0;
    for (; i < text.size() && count < words; ++count) {
        std::size_t end = text.find(' ', i);
        if (end == std::string::npos) end = text.size();
        out += (out.empty() ? "" : " ") + text.substr(i, end - i);
        i = end + 1;
    }
    return i < text.size() ? out + "…" : out;
}

bool any_section_numbered(const Roadmap &rm) {
    for (const Section &s : rm.sections)
        if (!display_number(s.number).empty()) return true;
    return false;
}

} // namespace

DocumentRef document_ref(const Roadmap &rm, std::string_view path) {
    DocumentRef ref;
    std::size_t pos = 0;
    std::optional<std::size_t> s = index_of(path, "sections", pos);
    if (!s || *s >= rm.sections.size()) return ref;
    const Section &section = rm.sections[*s];
    ref.kind = DocumentRef::Kind::section;
    ref.section = display_number(section.number);
    ref.section_place = *s + 1;
    ref.sections_numbered = any_section_numbered(rm);
    if (ref.section.empty() && ref.sections_numbered) ref.section_title = title_start(section.title);
    const std::vector<Measure> *list = &section.measures;
    if (std::optional<std::size_t> g = index_of(path, "groups", pos)) {
        if (*g >= section.groups.size()) return ref;
        const Group &group = section.groups[*g];
        ref.group = display_number(group.number);
        if (ref.group.empty()) ref.group_title = title_start(group.title);
        list = &group.measures;
    }
    std::optional<std::size_t> m = index_of(path, "measures", pos);
    if (!m || *m >= list->size()) {
        ref.group.clear();
        ref.group_title.clear();
        return ref;
    }
    ref.kind = DocumentRef::Kind::measure;
    ref.measure = display_number((*list)[*m].number);
    ref.row = *m + 1;
    return ref;
}

std::string StablePaths::operator()(std::string_view path) {
    const Roadmap &rm = roadmap_;
    std::string out;
    std::size_t pos = 0;
    std::optional<std::size_t> s = index_of(path, "sections", pos);
    if (s && *s < rm.sections.size()) {
        const Section &section = rm.sections[*s];
        out = "sections{" + display_number(section.number) + "|" + folded(section.title) + "}";
        const std::vector<Measure> *list = &section.measures;
        if (std::optional<std::size_t> g = index_of(path, "groups", pos); g && *g < section.groups.size()) {
            out += ".groups{" + display_number(section.groups[*g].number) + "|" + folded(section.groups[*g].title) + "}";
            list = &section.groups[*g].measures;
        }
        if (std::optional<std::size_t> m = index_of(path, "measures", pos); m && *m < list->size())
            out += ".measures{" + display_number((*list)[*m].number) + "|" + folded((*list)[*m].title) + "}";
        return out + (pos < path.size() ? "." + std::string(path.substr(pos)) : "");
    }
    pos = 0;
    if (std::optional<std::size_t> r = index_of(path, "responsibles", pos); r && *r < rm.responsibles.size())
        return "responsibles{" + rm.responsibles[*r].id + "}" + std::string(path.substr(pos));
    if (std::optional<std::size_t> i = index_of(path, "indicators", pos); i && *i < rm.indicators.size())
        return "indicators{" + rm.indicators[*i].id + "}" + std::string(path.substr(pos));
    if (std::optional<std::size_t> d = index_of(path, "declared_directions", pos); d && *d < rm.declared_directions.size())
        return "declared_directions{" + folded(rm.declared_directions[*d].title) + "}" + std::string(path.substr(pos));
    return std::string(path);
}

const std::string &StablePaths::folded(const std::string &title) {
    auto it = folded_.find(&title);
    if (it == folded_.end()) it = folded_.emplace(&title, fold(title)).first;
    return it->second;
}

} // namespace detail

namespace {

bool ru(Language l) { return l == Language::ru; }

// The section's name: its printed number, the start of its title, or its place.
std::string section_name(const DocumentRef &r) {
    if (!r.section.empty()) return r.section;
    if (!r.section_title.empty()) return "«" + r.section_title + "»";
    return std::to_string(r.section_place);
}

// What follows a measure: « подраздела IV раздела 2.1» / " of group IV of section 2.1".
std::string measure_place(const DocumentRef &r, Language l) {
    std::string out;
    if (!r.group.empty() || !r.group_title.empty()) {
        const std::string group = r.group.empty() ? "«" + r.group_title + "»" : r.group;
        out = ru(l) ? " подраздела " + group : " of group " + group;
    }
    return out + (ru(l) ? " раздела " : " of section ") + section_name(r);
}

std::string unnumbered(std::size_t row, Language l) {
    return ru(l) ? "без номера (строка " + std::to_string(row) + ")" : "unnumbered (row " + std::to_string(row) + ")";
}

// The measures of one section (and sub-heading), folded: «3–7, 12», «без номера (строка 4)».
std::string fold_measures(const std::vector<const DocumentRef *> &refs, Language l) {
    std::string out;
    auto add = [&](const std::string &item) { out += (out.empty() ? "" : ", ") + item; };
    auto consecutive = [](const DocumentRef &a, const DocumentRef &b) {
        const std::vector<unsigned> x = detail::parse_number(a.measure), y = detail::parse_number(b.measure);
        return !x.empty() && !y.empty() && detail::follows(x, y);
    };
    for (std::size_t i = 0; i < refs.size();) {
        if (refs[i]->measure.empty()) {
            add(unnumbered(refs[i]->row, l));
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < refs.size() && !refs[j + 1]->measure.empty() && consecutive(*refs[j], *refs[j + 1])) ++j;
        add(j == i ? refs[i]->measure : refs[i]->measure + "–" + refs[j]->measure);
        i = j + 1;
    }
    return out;
}

} // namespace

std::string describe(const DocumentRef &r, Language l) {
    switch (r.kind) {
    case DocumentRef::Kind::none: return {};
    case DocumentRef::Kind::section: return (ru(l) ? "раздел " : "section ") + section_name(r);
    case DocumentRef::Kind::measure: break;
    }
    if (r.measure.empty())
        return (ru(l) ? "мероприятие без номера (строка " : "unnumbered measure (row ") + std::to_string(r.row) + ")" +
               measure_place(r, l);
    return (ru(l) ? "мероприятие " : "measure ") + r.measure + measure_place(r, l);
}

std::string describe(const std::vector<DocumentRef> &references, Language l) {
    // Sections and sub-headings in the order they first appear, each with its measures.
    struct Part {
        const DocumentRef *first;
        std::vector<const DocumentRef *> measures;
        bool section_itself = false;
    };
    std::vector<Part> parts;
    auto same_place = [](const DocumentRef &a, const DocumentRef &b) {
        return a.section_place == b.section_place && a.group == b.group && a.group_title == b.group_title;
    };
    for (const DocumentRef &r : references) {
        if (r.kind == DocumentRef::Kind::none) continue;
        Part *part = nullptr;
        for (Part &p : parts)
            if (same_place(*p.first, r)) part = &p;
        if (!part) {
            parts.push_back({&r, {}, false});
            part = &parts.back();
        }
        if (r.kind == DocumentRef::Kind::measure)
            part->measures.push_back(&r);
        else
            part->section_itself = true;
    }
    std::string out;
    for (const Part &p : parts) {
        std::string text;
        if (!p.measures.empty()) {
            const bool one = p.measures.size() == 1;
            text = (ru(l) ? (one ? "мероприятие " : "мероприятия ") : (one ? "measure " : "measures ")) +
                   fold_measures(p.measures, l) + measure_place(*p.first, l);
        }
        if (p.section_itself) {
            DocumentRef section = *p.first;
            section.kind = DocumentRef::Kind::section;
            text = text.empty() ? describe(section, l) : describe(section, l) + ", " + text;
        }
        out += (out.empty() ? "" : "; ") + text;
    }
    return out;
}

} // namespace eduroadmap
