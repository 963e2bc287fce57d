"""scripts/fuzz.sh --summary: the figures of a long run (docs/fuzzing.md),
read from libFuzzer's own lines, and a failing status when a run saved an
input or did not end."""
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]

HEAD = """== fuzz deadline (7200s)
INFO: Seed: 3940481785
#227\tINITED cov: 1658 ft: 3867 corp: 129/4635b exec/s: 0 rss: 44Mb
#229\tNEW    cov: 1664 ft: 3893 corp: 130/4656b lim: 174 exec/s: 0 rss: 44Mb L: 21/174 MS: 2 ManualDict-EraseBytes-
\tNEW_FUNC[1/1]: 0x5611f5077440 in std::operator+
#6066982\tREDUCE cov: 2265 ft: 11182 corp: 2614/217Kb lim: 15670 exec/s: 2409 rss: 538Mb L: 58/2706 MS: 1 EraseBytes-
"""
DONE = """#10000000\tDONE   cov: 2270 ft: 11204 corp: 2630/219Kb lim: 16000 exec/s: 2410 rss: 541Mb
Done 10000000 runs in 4149 second(s)
stat::number_of_executed_units: 10000000
stat::average_exec_per_sec:     2410
stat::new_units_added:          6021
stat::slowest_unit_time_sec:    0
stat::peak_rss_mb:              541
"""
SLOW = """Slowest unit: 12 s:
artifact_prefix='build-asan/fuzz/crashes/load/'; Test unit written to build-asan/fuzz/crashes/load/slow-unit-31827d
"""


def summary(tmp_path, prefix="fuzz-long-", **logs):
    paths = []
    for name, text in logs.items():
        path = tmp_path / f"{prefix}{name}.log"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    done = subprocess.run(["bash", str(ROOT / "scripts" / "fuzz.sh"), "--summary", *paths],
                          capture_output=True, text=True, timeout=60)
    header, *rows = done.stdout.splitlines()
    assert header.split() == ["target", "executions", "seconds", "cov", "ft", "corpus", "rss_mb", "result"]
    return done.returncode, {row.split()[0]: row.split(maxsplit=7)[1:] for row in rows}


def test_a_clean_run_gives_its_figures(tmp_path):
    status, rows = summary(tmp_path, deadline=HEAD + DONE)
    assert status == 0
    assert rows["deadline"] == ["10000000", "4149", "2270", "11204", "2630/219Kb", "541", "clean"]


def test_a_smoke_log_is_named_by_its_target(tmp_path):
    status, rows = summary(tmp_path, prefix="fuzz-", word_xml=HEAD + DONE)
    assert status == 0
    assert rows["word_xml"][0] == "10000000" and rows["word_xml"][-1] == "clean"


def test_a_saved_input_fails_the_summary_and_is_named(tmp_path):
    status, rows = summary(tmp_path, deadline=HEAD + DONE, load=HEAD + SLOW + DONE)
    assert status == 1
    assert rows["deadline"][-1] == "clean"
    assert rows["load"][-1].startswith("FOUND: build-asan/fuzz/crashes/load/slow-unit-31827d")


def test_a_run_that_did_not_end_fails_the_summary(tmp_path):
    status, rows = summary(tmp_path, capi=HEAD)
    assert status == 1
    assert rows["capi"] == ["-", "-", "2265", "11182", "2614/217Kb", "-", "did not finish"]


def test_long_refuses_what_it_cannot_run_before_building_anything():
    for args, message in ((["0"], "number of chains"), (["2", "deadline", "nosuch"], "unknown target nosuch")):
        done = subprocess.run(["bash", str(ROOT / "scripts" / "fuzz.sh"), "--long", *args],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 2 and message in done.stderr and done.stdout == ""
