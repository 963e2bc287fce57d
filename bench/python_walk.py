#!/usr/bin/env python3
"""Walking every measure of a 100,000-measure roadmap from Python.

    ERM_LIBRARY=build/capi/libeduroadmap_c.so PYTHONPATH=bindings/python \\
        python3 bench/python_walk.py [--measures N] [--repeat R] [--json-path]

Generates a roadmap of N measures (100 sections; deadlines, responsibles and
results drawn from the bundled roadmaps' forms), loads it once, then times:
- `measures()` on a fresh roadmap object: the C library's measure table
  (erm_roadmap_measure_table), read as columns, the text decoded at once,
  and the Measure/Deadline/Window values;
- a walk over the list reading title, deadline kind and due dates;
- `measures()` again (the list is cached on the roadmap).
With --json-path, also the way before the table, side by side: the C
library's JSON of every measure (erm_roadmap_measures_json) decoded row by
row, as the package did until then.
Prints the best of R runs of each, in CPU time of the process."""
from __future__ import annotations

import argparse
import time

import eduroadmap
from eduroadmap import _ffi
from eduroadmap._measures_json import measures_from_json

DEADLINES = ["Ежегодно", "сентябрь-май", "Декабрь 2021", "2 раза в год", "по запросу ОО", "Ежеквартально",
             "В течение 2020-2021 гг.", "Ежегодно (ноябрь)", "до 01.09.2021", "?", "Август 2020 / Август 2021",
             "в соответствии с графиком проведения"]
RESPONSIBLES = ["КО", "КО, ОО", "МБОУ ДО «ТР ДЮЦ»", "ОО"]


def roadmap_text(count: int) -> str:
    sections = 100
    per = count // sections
    out = ["schema: eduroadmap/1", "id: bench", "title: Нагрузочный план", "period: 2020-2022",
           "responsibles:", "  - {id: ko, short: КО, full: комитет образования}", "  - {id: oo, short: ОО}",
           "  - {id: dyuc, short: МБОУ ДО «ТР ДЮЦ»}", "sections:"]
    n = 0
    for s in range(sections):
        out.append(f"  - title: Раздел {s + 1}")
        out.append("    measures:")
        for i in range(per):
            n += 1
            out.append(f'      - number: "{i + 1}."')
            out.append(f"        title: Проведение мониторинга и анализ результатов, мероприятие {n}")
            out.append(f'        deadline: "{DEADLINES[n % len(DEADLINES)]}"')
            out.append(f'        responsibles: "{RESPONSIBLES[n % len(RESPONSIBLES)]}"')
            out.append(f"        result: Аналитическая справка {n}")
    return "\n".join(out) + "\n"


def best(repeat: int, fn, before=None) -> tuple[float, object]:
    """The best of *repeat* runs, in CPU seconds of this process (wall time
    on a shared machine says more about the neighbours than about us).
    *before* runs untimed before each run."""
    times, value = [], None
    for _ in range(repeat):
        if before:
            value = None  # the last run's result is not kept alive through this one
            before()
        start = time.process_time()
        value = fn()
        times.append(time.process_time() - start)
    return min(times), value


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--measures", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json-path", action="store_true", help="also time the JSON path the table replaced")
    args = parser.parse_args()
    text = roadmap_text(args.measures)
    limits = dict(max_file_bytes=64 << 20, max_nodes=4_000_000, max_windows=1_000_000)  # the ceilings (docs/limits.md)

    load_time, rm = best(1, lambda: eduroadmap.loads(text, **limits))
    print(f"roadmap: {len(rm)} measures, {len(text) / 1e6:.1f} MB of YAML; load (C++ parse + resolve): "
          f"{load_time:.2f} s")

    def forget() -> None:
        rm._measures, rm._by_path = None, None  # what a fresh Roadmap object pays (the C roadmap stays loaded)

    cold_time, measures = best(args.repeat, rm.measures, before=forget)

    def walk() -> int:
        due = 0
        for m in measures:
            if m.title and m.deadline.kind is not eduroadmap.DeadlineKind.UNRECOGNIZED:
                due += len(m.deadline.due_dates)
        return due

    walk_time, due = best(args.repeat, walk)
    warm_time, _ = best(args.repeat, rm.measures)
    assert len(measures) == args.measures
    print(f"measures() first call: {cold_time * 1000:.0f} ms ({cold_time / len(measures) * 1e6:.2f} µs per measure)")
    print(f"walk of {len(measures)} measures reading title, kind, due dates ({due} due dates): {walk_time * 1000:.0f} ms")
    print(f"measures() again (cached): {warm_time * 1000:.1f} ms")
    print(f"first measures() + walk: {(cold_time + walk_time) * 1000:.0f} ms")
    if args.json_path:
        def from_json() -> list[eduroadmap.Measure]:
            with rm._use() as h:
                return list(measures_from_json(_ffi.call_string(_ffi.lib().erm_roadmap_measures_json, h)))

        json_time, json_measures = best(args.repeat, from_json, before=forget)
        assert json_measures == measures
        table_time, _ = best(args.repeat, lambda: _ffi.call_buffer(_ffi.lib().erm_roadmap_measure_table, rm._handle))
        text_time, _ = best(args.repeat, lambda: _ffi.call_string(_ffi.lib().erm_roadmap_measures_json, rm._handle))
        print(f"side by side, first measures(): JSON path {json_time * 1000:.0f} ms, measure table "
              f"{cold_time * 1000:.0f} ms ({json_time / cold_time:.1f}x); the C library alone: the JSON text "
              f"{text_time * 1000:.0f} ms, the table {table_time * 1000:.0f} ms")

if __name__ == "__main__":
    main()
