"""eduroadmap validate and .eduroadmap.yaml: discovery by walking up,
--config and --no-config, disabling and re-grading rules, language, and
configurations that cannot be used (exit status 2)."""
import json

from test_formats import ONE_SECTION
from test_validate import MINIMAL

EMPTY_DEADLINE = MINIMAL.replace("deadline: Ежегодно", 'deadline: ""')  # one deadline-missing warning


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def report(cli, *args):
    r = cli("validate", "--format", "json", *args)
    assert r.returncode in (0, 1), r.stdout + r.stderr
    return r.returncode, json.loads(r.stdout)


def rules_of(rep):
    return [(d["rule"], d["severity"]) for f in rep["files"] for d in f["diagnostics"]]


def test_config_is_found_by_walking_up(cli, tmp_path):
    cfg = write(tmp_path / "repo" / ".eduroadmap.yaml", ONE_SECTION + "  deadline-missing: error\n")
    plan = write(tmp_path / "repo" / "region" / "district" / "plan.yaml", EMPTY_DEADLINE)
    code, rep = report(cli, plan)
    assert rules_of(rep) == [("deadline-missing", "error")]
    assert code == 1
    assert rep["files"][0]["config"] == str(cfg)


def test_nearest_config_wins_per_file(cli, tmp_path):
    write(tmp_path / ".eduroadmap.yaml", ONE_SECTION + "  deadline-missing: error\n")
    inner = write(tmp_path / "quiet" / ".eduroadmap.yaml", ONE_SECTION + "  deadline-missing: off\n")
    a = write(tmp_path / "a.yaml", EMPTY_DEADLINE)
    b = write(tmp_path / "quiet" / "b.yaml", EMPTY_DEADLINE)
    code, rep = report(cli, tmp_path)
    (fa, fb) = rep["files"]
    assert fa["path"] == str(a) and [d["rule"] for d in fa["diagnostics"]] == ["deadline-missing"]
    assert fb["path"] == str(b) and fb["diagnostics"] == [] and fb["config"] == str(inner)
    assert code == 1


def test_explicit_config_overrides_discovery_and_no_config_ignores_it(cli, tmp_path):
    write(tmp_path / "repo" / ".eduroadmap.yaml", ONE_SECTION + "  deadline-missing: error\n")
    plan = write(tmp_path / "repo" / "plan.yaml", EMPTY_DEADLINE)
    other = write(tmp_path / "ci.yaml", ONE_SECTION + "  deadline-missing: info\n")
    code, rep = report(cli, "--config", other, plan)
    assert rules_of(rep) == [("deadline-missing", "info")] and code == 0
    assert rep["files"][0]["config"] == str(other)
    code, rep = report(cli, "--no-config", plan)
    assert ("deadline-missing", "warning") in rules_of(rep) and code == 0
    assert rep["files"][0]["config"] is None
    assert cli("validate", "--config", other, "--no-config", plan).returncode == 2


def test_disabled_rule_is_not_reported(cli, tmp_path):
    write(tmp_path / ".eduroadmap.yaml", ONE_SECTION + "  deadline-missing: off\n")
    plan = write(tmp_path / "plan.yaml", EMPTY_DEADLINE)
    code, rep = report(cli, "--fail-level", "info", plan)
    assert rules_of(rep) == [] and code == 0


def test_config_language_and_the_flag_over_it(cli, tmp_path):
    write(tmp_path / ".eduroadmap.yaml", "language: ru\n")
    plan = write(tmp_path / "plan.yaml", EMPTY_DEADLINE)
    r = cli("validate", plan)
    assert "не указан срок [deadline-missing]" in r.stdout
    assert "проверено файлов: 1" in r.stdout
    r = cli("validate", "--lang", "en", plan)
    assert "has no deadline" in r.stdout and "1 file checked" in r.stdout


def test_config_fail_level_and_the_flag_over_it(cli, tmp_path):
    write(tmp_path / ".eduroadmap.yaml", "fail_level: warning\n")
    plan = write(tmp_path / "plan.yaml", EMPTY_DEADLINE)
    assert cli("validate", plan).returncode == 1
    assert cli("validate", "--fail-level", "error", plan).returncode == 0


def test_config_catalog_is_recorded_as_provenance(cli, tmp_path):
    write(tmp_path / ".eduroadmap.yaml", "catalog: catalogs/region.yaml\n")
    plan = write(tmp_path / "plan.yaml", MINIMAL)
    _, rep = report(cli, plan)
    assert rep["files"][0]["catalog"] == str(tmp_path / "catalogs" / "region.yaml")
    assert rep["tool"]["name"] == "eduroadmap"


def unusable(cli, tmp_path, text, *extra):
    cfg = write(tmp_path / ".eduroadmap.yaml", text)
    plan = write(tmp_path / "plan.yaml", MINIMAL)
    r = cli("validate", "--lang", "en", *extra, plan)
    assert r.returncode == 2, r.stdout + r.stderr
    assert r.stdout == ""  # nothing was validated
    assert f"the configuration cannot be used: {cfg}" in r.stderr
    return r.stderr


def test_unknown_rule_id_is_reported_with_position_and_suggestion(cli, tmp_path):
    err = unusable(cli, tmp_path, "rules:\n  numbring-gap: off\n")
    assert ".eduroadmap.yaml:2:3: error: unknown field 'numbring-gap' in rules (rule ids) [unknown-field]" in err
    assert "hint: did you mean 'numbering-gap'?" in err


def test_unknown_key_duplicate_key_and_wrong_type_are_unusable(cli, tmp_path):
    err = unusable(cli, tmp_path, "langauge: ru\n")
    assert ":1:1: error: unknown field 'langauge' in configuration [unknown-field]" in err
    err = unusable(cli, tmp_path, "language: ru\nlanguage: en\n")
    assert ":2:1: error: key 'language' is repeated (first at line 1) [duplicate-key]" in err
    err = unusable(cli, tmp_path, "fail_level: fatal\n")
    assert ":1:13: error: field 'fail_level': expected error, warning or info" in err
    err = unusable(cli, tmp_path, "rules: {deadline-missing: [x]}\n")
    assert "[wrong-type]" in err
    err = unusable(cli, tmp_path, "rules: {a: b\n")
    assert "[yaml-syntax]" in err


def test_malformed_yaml_cannot_be_configured_away(cli, tmp_path):
    err = unusable(cli, tmp_path, "rules:\n  yaml-syntax: off\n")
    assert ":2:16: error: field 'yaml-syntax': expected error" in err
    unusable(cli, tmp_path, "rules:\n  duplicate-key: info\n")


def test_missing_config_file_exits_two(cli, tmp_path):
    plan = write(tmp_path / "plan.yaml", MINIMAL)
    r = cli("validate", "--config", tmp_path / "none.yaml", plan)
    assert r.returncode == 2
    assert "none.yaml" in r.stderr and "cannot open" in r.stderr


def test_comment_only_config_is_the_defaults(cli, tmp_path):
    cfg = write(tmp_path / ".eduroadmap.yaml", "# defaults for now\n")
    plan = write(tmp_path / "plan.yaml", EMPTY_DEADLINE)
    code, rep = report(cli, plan)
    assert ("deadline-missing", "warning") in rules_of(rep) and code == 0
    assert rep["files"][0]["config"] == str(cfg)


def test_config_limits_apply(cli, tmp_path):
    write(tmp_path / ".eduroadmap.yaml", "limits:\n  max_file_bytes: 64\n")
    plan = write(tmp_path / "plan.yaml", MINIMAL)
    code, rep = report(cli, plan)
    assert rules_of(rep) == [("input-limit", "error")] and code == 1


def test_config_limits_apply_to_standard_input(cli, tmp_path):
    cfg = write(tmp_path / "limits.yaml", "limits:\n  max_file_bytes: 64\n")
    r = cli("validate", "--format", "json", "--config", cfg, "-", input=MINIMAL)
    rep = json.loads(r.stdout)
    assert rules_of(rep) == [("input-limit", "error")] and r.returncode == 1
    assert rep["files"][0]["diagnostics"][0]["message"].endswith("the input has more than 64 bytes")
    # Within the limit, the same text is a roadmap.
    roomy = write(tmp_path / "roomy.yaml", f"limits:\n  max_file_bytes: {len(MINIMAL.encode())}\n")
    r = cli("validate", "--format", "json", "--config", roomy, "-", input=MINIMAL)
    assert "input-limit" not in [rule for rule, _ in rules_of(json.loads(r.stdout))]
