/// @file eduroadmap.hpp
/// @brief Umbrella header: the whole C++ API of eduroadmap.
#ifndef EDUROADMAP_EDUROADMAP_HPP
#define EDUROADMAP_EDUROADMAP_HPP

#include <eduroadmap/calendar.hpp>
#include <eduroadmap/catalog.hpp>
#include <eduroadmap/catalog_io.hpp>
#include <eduroadmap/config.hpp>
#include <eduroadmap/coverage.hpp>
#include <eduroadmap/deadline.hpp>
#include <eduroadmap/dependencies.hpp>
#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/diff.hpp>
#include <eduroadmap/diff_html.hpp>
#include <eduroadmap/file.hpp>
#include <eduroadmap/import.hpp>
#include <eduroadmap/indicators.hpp>
#include <eduroadmap/io.hpp>
#include <eduroadmap/json.hpp>
#include <eduroadmap/limits.hpp>
#include <eduroadmap/measure_table.hpp>
#include <eduroadmap/model.hpp>
#include <eduroadmap/query.hpp>
#include <eduroadmap/query_index.hpp>
#include <eduroadmap/resolve.hpp>
#include <eduroadmap/responsibles.hpp>
#include <eduroadmap/schedule.hpp>
#include <eduroadmap/score.hpp>
#include <eduroadmap/score_html.hpp>
#include <eduroadmap/report_html.hpp>
#include <eduroadmap/score_io.hpp>
#include <eduroadmap/source_map.hpp>
#include <eduroadmap/stages.hpp>
#include <eduroadmap/status.hpp>
#include <eduroadmap/status_html.hpp>
#include <eduroadmap/suggest.hpp>
#include <eduroadmap/validate.hpp>
#include <eduroadmap/validate_io.hpp>
#include <eduroadmap/version.hpp>
#include <eduroadmap/window.hpp>
#include <eduroadmap/word.hpp>

#endif
