// The C API's former streaming writer of erm_roadmap_measures_json, kept only
// as the reference json_bench measures the library's nlohmann-based
// measures_json() against (the rule: a hand-written writer stays in the
// product only if it is at least twice as fast). It writes the same bytes.
#ifndef EDUROADMAP_BENCH_HANDWRITTEN_MEASURES_JSON_HPP
#define EDUROADMAP_BENCH_HANDWRITTEN_MEASURES_JSON_HPP

#include <eduroadmap/query.hpp>
#include <eduroadmap/resolve.hpp>

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace eduroadmap::bench {

// Appends to one string, no intermediate tree; escapes only `"`, `\` and control characters.
class JsonWriter {
public:
    JsonWriter &begin_object() { return open('{'); }
    JsonWriter &begin_array() { return open('['); }
    JsonWriter &end_object() { return close('}'); }
    JsonWriter &end_array() { return close(']'); }
    JsonWriter &key(std::string_view name) {
        comma();
        quoted(name);
        out_ += ':';
        after_key_ = true;
        return *this;
    }
    JsonWriter &value(std::string_view text) {
        comma();
        quoted(text);
        return *this;
    }
    JsonWriter &value(const char *text) { return value(std::string_view(text)); }
    JsonWriter &value(std::size_t number) { return raw(std::to_string(number)); }
    JsonWriter &value(int number) { return raw(std::to_string(number)); }
    JsonWriter &value(bool flag) { return raw(flag ? "true" : "false"); }
    JsonWriter &null() { return raw("null"); }
    JsonWriter &raw_value(std::string_view json) { return raw(json); }
    JsonWriter &text_or_null(std::string_view text) { return text.empty() ? null() : value(text); }
    std::string &str() { return out_; }

private:
    JsonWriter &open(char c) {
        comma();
        out_ += c;
        first_ = true;
        return *this;
    }
    JsonWriter &close(char c) {
        out_ += c;
        first_ = false;
        return *this;
    }
    JsonWriter &raw(std::string_view literal) {
        comma();
        out_ += literal;
        return *this;
    }
    void comma() {
        if (after_key_) after_key_ = false;
        else if (!first_) out_ += ',';
        first_ = false;
    }
    void quoted(std::string_view s) {
        out_ += '"';
        for (char ch : s) {
            const auto c = static_cast<unsigned char>(ch);
            if (c == '"' || c == '\\') {
                out_ += '\\';
                out_ += ch;
            } else if (c < 0x20) {
                switch (c) {
                case '\n': out_ += "\\n"; break;
                case '\t': out_ += "\\t"; break;
                case '\r': out_ += "\\r"; break;
                default: {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out_ += buf;
                }
                }
            } else {
                out_ += ch;
            }
        }
        out_ += '"';
    }

    std::string out_;
    bool first_ = true;
    bool after_key_ = false;
};

inline void write_deadline(JsonWriter &w, const Deadline &d) {
    w.begin_object().key("text").value(d.text).key("kind").value(to_string(d.kind)).key("windows").begin_array();
    for (const Window &window : d.windows)
        w.begin_object().key("start").value(to_iso(window.start())).key("end").value(to_iso(window.end())).end_object();
    w.end_array().key("count").value(d.count).key("ambiguous").value(d.ambiguous).key("note").value(d.note).end_object();
}

// Each distinct JSON value once, in order of first use.
class JsonTable {
public:
    std::size_t index(std::string json) {
        auto [it, added] = index_.emplace(std::move(json), values_.size());
        if (added) values_.push_back(&it->first);
        return it->second;
    }
    void write(JsonWriter &w) const {
        w.begin_array();
        for (const std::string *json : values_) w.raw_value(*json);
        w.end_array();
    }

private:
    std::unordered_map<std::string, std::size_t> index_;
    std::vector<const std::string *> values_;
};

inline void write_texts(JsonWriter &w, const std::vector<std::string> &texts) {
    w.begin_array();
    for (const std::string &t : texts) w.value(t);
    w.end_array();
}

inline std::string handwritten_measures_json(const ResolvedRoadmap &roadmap) {
    static constexpr const char *fields[] = {
        "index", "id", "number", "title", "form", "path", "section", "group", "deadline", "responsibles", "direction",
        "result", "stage", "stage_inferred", "status", "status_text", "items", "indicators", "depends_on", "note",
        "stage_also"};
    const auto &measures = roadmap.measures;
    JsonTable deadlines, responsibles;
    std::unordered_map<std::string_view, std::vector<std::pair<const Deadline *, std::size_t>>> seen;
    auto deadline_index = [&](const Deadline &d) {
        auto &candidates = seen[d.text];
        for (const auto &[other, index] : candidates)
            if (other->kind == d.kind && other->windows == d.windows && other->count == d.count &&
                other->ambiguous == d.ambiguous && other->note == d.note)
                return index;
        JsonWriter w;
        write_deadline(w, d);
        const std::size_t index = deadlines.index(std::move(w.str()));
        candidates.emplace_back(&d, index);
        return index;
    };
    auto direction_code = [&](std::size_t section) -> std::string_view {
        if (!roadmap.catalog || section >= roadmap.sections.size()) return {};
        const auto &d = roadmap.sections[section].direction;
        return d && *d < roadmap.catalog->directions.size() ? std::string_view(roadmap.catalog->directions[*d].code)
                                                            : std::string_view();
    };
    JsonWriter rows;
    rows.str().reserve(measures.size() * 256);
    rows.begin_array();
    for (std::size_t i = 0; i < measures.size(); ++i) {
        const ResolvedMeasure &rm = measures[i];
        const Measure &m = *rm.ref.measure;
        JsonWriter r;
        r.begin_array();
        for (const ResponsibleMention &mention : rm.responsibles)
            r.begin_array().value(mention.text).text_or_null(mention.id).end_array();
        r.end_array();
        rows.begin_array().value(i).value(rm.id).value(m.number).value(m.title).value(m.form);
        rows.value(rm.ref.path()).value(rm.ref.section);
        rm.ref.group ? rows.value(*rm.ref.group) : rows.null();
        rows.value(deadline_index(rm.deadline)).value(responsibles.index(std::move(r.str())));
        rows.text_or_null(direction_code(rm.ref.section));
        m.result ? rows.value(*m.result) : rows.null();
        rows.value(to_string(rm.stage.stage)).value(rm.stage.inferred);
        rows.value(to_string(status_of(m))).value(m.status_text);
        write_texts(rows, m.items);
        write_texts(rows, m.indicators);
        write_texts(rows, m.depends_on);
        rows.value(m.note).begin_array();
        for (Stage s : rm.stage.also) rows.value(to_string(s));
        rows.end_array().end_array();
    }
    rows.end_array();
    JsonWriter w;
    w.begin_object().key("fields").begin_array();
    for (const char *name : fields) w.value(name);
    w.end_array().key("deadlines");
    deadlines.write(w);
    w.key("responsibles");
    responsibles.write(w);
    w.key("measures").raw_value(rows.str()).end_object();
    return std::move(w.str());
}

} // namespace eduroadmap::bench

#endif
