// erm_roadmap_measure_table against erm_roadmap_measures_json: for every
// bundled roadmap and a roadmap of unusual texts, the table read by the
// layout the header documents (ERM_MTH_*, ERM_MTM_*, ERM_MTD_*) gives the
// values of the JSON, measure by measure and field by field.
#include "check.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace {

using Json = nlohmann::json;

const char *const stage_labels[] = {"goals",           "indicators", "data-collection", "monitoring", "analysis",
                                    "recommendations", "measures",   "decisions",       "review"};
const char *const status_labels[] = {"planned", "in_progress", "done", "cancelled", "overdue"};
const char *const kind_labels[] = {"fixed",    "recurring",   "continuous",  "on_demand",
                                   "external", "unspecified", "unrecognized"};

// A measure table read by its documented layout.
class TableReader {
public:
    explicit TableReader(const std::vector<unsigned char> &bytes) : bytes_(bytes) {
        header_ = words(0, ERM_MTH_TEXT_BYTES + 1);
        std::size_t at = header_[ERM_MTH_HEADER_WORDS];
        measures_ = at;
        at += header_[ERM_MTH_MEASURES] * header_[ERM_MTH_MEASURE_WORDS];
        deadlines_ = at;
        at += header_[ERM_MTH_DEADLINES] * header_[ERM_MTH_DEADLINE_WORDS];
        windows_ = at;
        at += header_[ERM_MTH_WINDOWS] * 6;
        sets_ = at;
        at += header_[ERM_MTH_RESPONSIBLE_SETS] * 2;
        mentions_ = at;
        at += header_[ERM_MTH_MENTIONS] * 2;
        text_lists_ = at;
        at += header_[ERM_MTH_TEXT_LISTS] * 2;
        stage_lists_ = at;
        at += header_[ERM_MTH_STAGE_LISTS] * 2;
        lists_ = at;
        at += header_[ERM_MTH_LIST_WORDS];
        offsets_ = at;
        text_ = (at + header_[ERM_MTH_STRINGS] + 1) * 4;
        complete_ = text_ + header_[ERM_MTH_TEXT_BYTES] == bytes_.size();
    }
    std::uint32_t header(std::size_t i) const { return header_[i]; }
    bool complete() const { return complete_; }
    std::uint32_t measure(std::size_t m, std::size_t field) const {
        return word(measures_ + m * header_[ERM_MTH_MEASURE_WORDS] + field);
    }
    std::uint32_t deadline(std::size_t d, std::size_t field) const {
        return word(deadlines_ + d * header_[ERM_MTH_DEADLINE_WORDS] + field);
    }
    std::string date(std::size_t window, std::size_t which) const { // which: 0 start, 1 end
        char out[16];
        const std::size_t at = windows_ + window * 6 + which * 3;
        std::snprintf(out, sizeof out, "%04u-%02u-%02u", word(at), word(at + 1), word(at + 2));
        return out;
    }
    std::uint32_t set(std::size_t s, std::size_t field) const { return word(sets_ + s * 2 + field); }
    std::uint32_t mention(std::size_t m, std::size_t field) const { return word(mentions_ + m * 2 + field); }
    // Text list or stage list @p n: its first list word and count.
    std::uint32_t text_list(std::size_t n, std::size_t field) const { return word(text_lists_ + n * 2 + field); }
    std::uint32_t stage_list(std::size_t n, std::size_t field) const { return word(stage_lists_ + n * 2 + field); }
    std::uint32_t list(std::size_t i) const { return word(lists_ + i); }
    // String @p n as JSON: a text, or null for ERM_MEASURE_TABLE_NONE.
    Json string(std::uint32_t n) const {
        if (n == ERM_MEASURE_TABLE_NONE) return nullptr;
        const std::size_t begin = word(offsets_ + n), end = word(offsets_ + n + 1);
        if (n >= header_[ERM_MTH_STRINGS] || end <= begin || text_ + end > bytes_.size() ||
            bytes_[text_ + end - 1] != '\0')
            return "<bad string>";
        return std::string(reinterpret_cast<const char *>(bytes_.data()) + text_ + begin, end - 1 - begin);
    }

private:
    std::uint32_t word(std::size_t i) const {
        std::uint32_t w = 0;
        if ((i + 1) * 4 <= bytes_.size()) std::memcpy(&w, bytes_.data() + i * 4, 4);
        return w;
    }
    std::vector<std::uint32_t> words(std::size_t first, std::size_t count) const {
        std::vector<std::uint32_t> out;
        for (std::size_t i = 0; i < count; ++i) out.push_back(word(first + i));
        return out;
    }
    const std::vector<unsigned char> &bytes_;
    std::vector<std::uint32_t> header_;
    std::size_t measures_ = 0, deadlines_ = 0, windows_ = 0, sets_ = 0, mentions_ = 0, text_lists_ = 0,
                stage_lists_ = 0, lists_ = 0, offsets_ = 0;
    std::size_t text_ = 0;
    bool complete_ = false;
};

Json texts(const TableReader &t, std::uint32_t n) {
    Json out = Json::array();
    for (std::uint32_t i = 0; i < t.text_list(n, 1); ++i) out.push_back(t.string(t.list(t.text_list(n, 0) + i)));
    return out;
}

Json stages(const TableReader &t, std::uint32_t n) {
    Json out = Json::array();
    for (std::uint32_t i = 0; i < t.stage_list(n, 1); ++i) {
        const std::uint32_t stage = t.list(t.stage_list(n, 0) + i);
        out.push_back(stage < std::size(stage_labels) ? stage_labels[stage] : "?");
    }
    return out;
}

Json deadline_json(const TableReader &t, std::uint32_t d) {
    Json windows = Json::array();
    const std::uint32_t first = t.deadline(d, ERM_MTD_FIRST_WINDOW);
    for (std::uint32_t w = first; w < first + t.deadline(d, ERM_MTD_WINDOW_COUNT); ++w)
        windows.push_back({{"start", t.date(w, 0)}, {"end", t.date(w, 1)}});
    const std::uint32_t kind = t.deadline(d, ERM_MTD_KIND);
    return {{"text", t.string(t.deadline(d, ERM_MTD_TEXT))},
            {"kind", kind < std::size(kind_labels) ? kind_labels[kind] : "?"},
            {"windows", windows},
            {"count", static_cast<int>(t.deadline(d, ERM_MTD_COUNT))},
            {"ambiguous", t.deadline(d, ERM_MTD_AMBIGUOUS) == 1},
            {"note", t.string(t.deadline(d, ERM_MTD_NOTE))}};
}

Json responsibles_json(const TableReader &t, std::uint32_t s) {
    Json out = Json::array();
    const std::uint32_t first = t.set(s, 0);
    for (std::uint32_t m = first; m < first + t.set(s, 1); ++m)
        out.push_back({t.string(t.mention(m, 0)), t.string(t.mention(m, 1))});
    return out;
}

// The row erm_roadmap_measures_json writes for measure @p m, from the table.
Json row_of(const TableReader &t, std::uint32_t m) {
    const auto f = [&](erm_measure_table_measure field) { return t.measure(m, field); };
    const std::uint32_t group = f(ERM_MTM_GROUP);
    return {m,
            t.string(f(ERM_MTM_ID)),
            t.string(f(ERM_MTM_NUMBER)),
            t.string(f(ERM_MTM_TITLE)),
            t.string(f(ERM_MTM_FORM)),
            t.string(f(ERM_MTM_PATH)),
            f(ERM_MTM_SECTION),
            group == ERM_MEASURE_TABLE_NONE ? Json(nullptr) : Json(group),
            deadline_json(t, f(ERM_MTM_DEADLINE)),
            responsibles_json(t, f(ERM_MTM_RESPONSIBLES)),
            t.string(f(ERM_MTM_DIRECTION)),
            t.string(f(ERM_MTM_RESULT)),
            f(ERM_MTM_STAGE) < std::size(stage_labels) ? stage_labels[f(ERM_MTM_STAGE)] : "?",
            f(ERM_MTM_STAGE_INFERRED) == 1,
            f(ERM_MTM_STATUS) < std::size(status_labels) ? status_labels[f(ERM_MTM_STATUS)] : "?",
            t.string(f(ERM_MTM_STATUS_TEXT)),
            texts(t, f(ERM_MTM_ITEMS)),
            texts(t, f(ERM_MTM_INDICATORS)),
            texts(t, f(ERM_MTM_DEPENDS_ON)),
            t.string(f(ERM_MTM_NOTE)),
            stages(t, f(ERM_MTM_STAGE_ALSO))};
}

void check_roadmap(const std::string &path) {
    erm_roadmap *rm = nullptr;
    CHECK_OK(erm_roadmap_load_file(path.c_str(), &rm));
    if (!rm) return;
    char *text = nullptr;
    CHECK_OK(erm_roadmap_measures_json(rm, &text));
    void *buffer = nullptr;
    std::size_t size = 0;
    CHECK_OK(erm_roadmap_measure_table(rm, &buffer, &size));
    CHECK(buffer != nullptr && size > 0);
    CHECK(reinterpret_cast<std::uintptr_t>(buffer) % alignof(std::uint32_t) == 0);
    const std::vector<unsigned char> bytes(static_cast<unsigned char *>(buffer),
                                           static_cast<unsigned char *>(buffer) + size);
    erm_buffer_free(buffer);
    const Json json = Json::parse(text);
    erm_string_free(text);
    const TableReader table(bytes);

    CHECK(table.header(ERM_MTH_MAGIC) == ERM_MEASURE_TABLE_MAGIC);
    CHECK(table.header(ERM_MTH_VERSION) == ERM_MEASURE_TABLE_VERSION);
    CHECK(table.header(ERM_MTH_MEASURE_WORDS) == ERM_MTM_STAGE_ALSO + 1);
    // The empty string and the empty lists come first.
    CHECK(table.string(0) == "" && table.text_list(0, 1) == 0 && table.stage_list(0, 1) == 0);
    CHECK(table.header(ERM_MTH_DEADLINE_WORDS) == ERM_MTD_NOTE + 1);
    CHECK(table.complete()); // the tables and the text fill the buffer exactly
    CHECK(table.header(ERM_MTH_MEASURES) == erm_roadmap_measure_count(rm));
    CHECK(table.header(ERM_MTH_MEASURES) == json["measures"].size());
    // Shared values stand once, as in the JSON's tables.
    CHECK(table.header(ERM_MTH_DEADLINES) == json["deadlines"].size());
    CHECK(table.header(ERM_MTH_RESPONSIBLE_SETS) == json["responsibles"].size());
    CHECK(table.header(ERM_MTH_MEASURES) > 0);

    for (std::uint32_t m = 0; m < table.header(ERM_MTH_MEASURES) && m < json["measures"].size(); ++m) {
        Json expected = json["measures"][m];
        expected[8] = json["deadlines"][expected[8].get<std::size_t>()];     // the tables' entries in place
        expected[9] = json["responsibles"][expected[9].get<std::size_t>()];
        const Json actual = row_of(table, m);
        ++check_count;
        if (actual != expected) {
            ++check_failures;
            std::fprintf(stderr, "%s: measure %u differs:\n table: %s\n  JSON: %s\n", path.c_str(), m,
                         actual.dump().c_str(), expected.dump().c_str());
        }
    }
    erm_roadmap_free(rm);
}

} // namespace

int main() {
    const std::filesystem::path source(ERM_SOURCE_DIR);
    std::vector<std::string> files;
    for (const auto &entry : std::filesystem::directory_iterator(source / "examples"))
        if (entry.path().extension() == ".yaml") files.push_back(entry.path().string());
    CHECK(files.size() >= 5);
    files.push_back((source / "tests" / "fixtures" / "measure_table" / "unusual.yaml").string());
    for (const std::string &file : files) check_roadmap(file);
    return check_summary("capi-measure-table");
}
