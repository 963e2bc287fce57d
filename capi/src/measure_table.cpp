// erm_roadmap_measure_table: every measure in one compact buffer
// (eduroadmap::measure_table), and the free of such buffers.
#include "errors.hpp"
#include "handles.hpp"

#include <eduroadmap/measure_table.hpp>

#include <cstdint>
#include <cstdlib>
#include <new>

namespace table_layout = eduroadmap::measure_table_layout;
using erm::detail::valid;

// The C names of the layout are the C++ ones.
template <class A, class B> constexpr bool same_table_word(A a, B b) {
    return static_cast<std::uint32_t>(a) == static_cast<std::uint32_t>(b);
}
static_assert(same_table_word(ERM_MEASURE_TABLE_MAGIC, table_layout::magic) &&
              same_table_word(ERM_MEASURE_TABLE_VERSION, table_layout::version) &&
              same_table_word(ERM_MEASURE_TABLE_NONE, table_layout::none));
static_assert(same_table_word(ERM_MTH_TEXT_BYTES, table_layout::h_text_bytes) &&
              same_table_word(ERM_MTH_MEASURE_WORDS, table_layout::h_measure_words) &&
              same_table_word(ERM_MTH_LIST_WORDS, table_layout::h_list_words) &&
              same_table_word(ERM_MTH_STAGE_LISTS, table_layout::h_stage_lists));
static_assert(same_table_word(ERM_MTM_STAGE_ALSO + 1, table_layout::measure_words) &&
              same_table_word(ERM_MTM_STATUS, table_layout::m_status) &&
              same_table_word(ERM_MTM_DIRECTION, table_layout::m_direction) &&
              same_table_word(ERM_MTM_NOTE, table_layout::m_note) &&
              same_table_word(ERM_MTM_ITEMS, table_layout::m_items));
static_assert(same_table_word(ERM_MTD_NOTE + 1, table_layout::deadline_words) &&
              same_table_word(ERM_MTD_KIND, table_layout::d_kind) &&
              same_table_word(ERM_MTD_COUNT, table_layout::d_count));

extern "C" {

erm_status erm_roadmap_measure_table(const erm_roadmap *roadmap, void **out, size_t *size) {
    return erm::detail::guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(size != nullptr);
        *size = 0;
        ERM_ASSERT_ARG(valid(roadmap));
        void *table = nullptr;
        std::size_t bytes = 0;
        eduroadmap::write_measure_table(roadmap->resolved, [&](std::size_t n) {
            table = std::malloc(n ? n : 1);
            if (!table) throw std::bad_alloc();
            bytes = n;
            return table;
        });
        *out = table;
        *size = bytes;
        return ERM_OK;
    });
}

void erm_buffer_free(void *buffer) { std::free(buffer); }

} // extern "C"
