// The plan period as documents state it in their titles and orders, and the
// year rows of a table («2021 год») that date the rows under them.
#ifndef EDUROADMAP_SRC_IMPORT_PERIOD_HPP
#define EDUROADMAP_SRC_IMPORT_PERIOD_HPP

#include <string>
#include <string_view>

namespace eduroadmap::detail::importer {

// The plan period @p text states, in the format's notation, or empty:
//   «на 2020-2021 годы», «на 2022 – 2024 годы», «2021-2024 гг.»,
//   «на период 2021-2024 годов», «с 2021 по 2024 год»   → `2020-2021`, …
//   «на 2023-2024 учебный год», «2022/2023 учебный год»,
//   «в 2023-2024 уч. году», «2023-24 учебный год»       → `2023/2024`
//   «на 2021 год», «в 2023 году», «на 2026 г.»          → `2021`
// A span of several school years («на 2021-2024 учебные годы») is
// `2021-09-01..2024-08-31`. Years are read from 1990 to 2100; a year inside
// a date («01.09.2023») is not a period.
std::string period_in(std::string_view text);

// The period of a year row — a table row that says nothing but a year or a
// school year («2021 год», «2021 г.», «2021», «На 2022 год:», «2023-2024
// учебный год») and dates the rows under it. Empty when @p text is more
// than that.
std::string year_row_period(std::string_view text);

} // namespace eduroadmap::detail::importer

#endif
