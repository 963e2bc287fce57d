"""Issue 17's reproducers through the CLI: each ends in a finding or a clean
result. The bounds are checked by construction (a finding instead of the
work), never by timing; bench/hostile.py measures time and memory."""
import json

HEADER = """schema: eduroadmap/1
id: hostile
title: План мероприятий
period: {period}
sections:
  - title: Мониторинг
    measures:
"""
MEASURE = """      - number: "{n}."
        title: Мониторинг {n}
        deadline: "{deadline}"
"""


def roadmap(period, count, deadline="еженедельно"):
    return HEADER.format(period=period) + "".join(MEASURE.format(n=i + 1, deadline=deadline) for i in range(count))


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def rules_of(stdout):
    report = json.loads(stdout)
    return [d["rule"] for f in report["files"] for d in f["diagnostics"]]


def test_a_period_up_to_9999_is_period_invalid(cli, tmp_path):
    plan = write(tmp_path / "r.yaml", roadmap("1400-01-01..9999-12-31", 100))
    r = cli("validate", "--no-config", "--format", "json", plan)
    assert r.returncode == 1
    assert "period-invalid" in rules_of(r.stdout)
    for command in ("query", "calendar"):
        r = cli(command, plan)
        assert r.returncode == 1, command
        assert "period-invalid" in r.stderr


def test_too_many_windows_is_input_limit_and_refused_by_the_listing_commands(cli, tmp_path):
    # 600 weekly measures over four years: 126,000 windows (210 weeks touch 2021–2024), over the default budget of 100,000.
    plan = write(tmp_path / "r.yaml", roadmap("2021-2024", 600))
    r = cli("validate", "--no-config", "--format", "json", plan)
    assert r.returncode == 1
    assert rules_of(r.stdout).count("input-limit") == 1
    for command in ("query", "calendar", "coverage"):
        r = cli(command, plan)
        assert r.returncode == 1, command
        assert "input-limit" in r.stderr and "126000" in r.stderr, command
    # A configuration may raise the budget up to its ceiling.
    write(tmp_path / ".eduroadmap.yaml", "limits:\n  max_windows: 200000\n")
    r = cli("query", plan, "--due-between", "2022-09", "--format", "json")
    assert r.returncode == 0, r.stderr
    measures = json.loads(r.stdout)["measures"]
    assert len(measures) == 600 and all(len(m["windows"]) == 4 for m in measures)


def test_a_limit_above_its_ceiling_makes_the_configuration_unusable(cli, tmp_path):
    plan = write(tmp_path / "r.yaml", roadmap("2021", 1, "2021"))
    write(tmp_path / ".eduroadmap.yaml", "limits:\n  max_depth: 1000000\n")
    r = cli("validate", plan)
    assert r.returncode == 2
    assert "wrong-type" in r.stdout + r.stderr
    r = cli("query", plan)
    assert r.returncode == 2


def test_text_report_reads_only_the_lines_it_prints(cli, tmp_path):
    # A finding on line 5 of a file whose later lines are huge: the report
    # shows line 5 and nothing of the rest.
    text = roadmap("2022-2020", 1, "2021") + "# " + "я" * 200000 + "\n"
    plan = write(tmp_path / "r.yaml", text)
    r = cli("validate", "--no-config", plan)
    assert r.returncode == 1
    assert "period: 2022-2020" in r.stdout
    assert "яяя" not in r.stdout


def test_deadline_from_standard_input_skips_an_overlong_line(cli):
    lines = "2021\n" + "x" * 100000 + "\nежегодно\n"
    r = cli("deadline", "--period", "2021", "--format", "text", "-", input=lines)
    assert r.returncode == 1
    assert "line 2" in r.stderr
    out = r.stdout.splitlines()
    assert len(out) == 2 and out[0].startswith("2021 →") and out[1].startswith("ежегодно →")


def test_deadline_period_beyond_the_plan_calendar_is_refused(cli):
    r = cli("deadline", "--period", "1400-01-01..9999-12-31", "ежемесячно")
    assert r.returncode == 2
    assert "1900" in r.stderr


def test_nul_bytes_and_tags_are_findings(cli, tmp_path):
    plan = tmp_path / "r.yaml"
    plan.write_bytes(roadmap("2021", 1, "2021").encode() + b"\x00\x00\x00")
    r = cli("validate", "--no-config", "--format", "json", plan)
    assert r.returncode == 1
    report = json.loads(r.stdout)
    [d] = report["files"][0]["diagnostics"]
    assert d["rule"] == "yaml-syntax" and "NUL" in d["message"]
    write(plan, roadmap("2021", 1, "2021").replace("title: План мероприятий", "title: !!binary aGVsbG8="))
    r = cli("validate", "--no-config", "--format", "json", plan)
    assert r.returncode == 1
    assert "yaml-syntax" in rules_of(r.stdout)
