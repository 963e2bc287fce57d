"""What the CI integration tests share: the roadmaps of the workspace and the
findings the CLI's own JSON report gives for them."""
import json
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLE = "tonkino-2020-2021.yaml"  # no errors: validates with exit status 0
BROKEN = "broken-roadmap.yaml"      # an unknown field: an error, exit status 1
SEVERITIES = ("info", "warning", "error")


def json_findings(env, workspace, paths):
    """(path, line, rule, severity) of every cause `validate --format json` reports (its `groups`: a
    finding of its own, or several findings that share a cause, at the first one's line), sorted.
    SARIF, Code Quality and JUnit give one entry per cause."""
    r = subprocess.run(["eduroadmap", "validate", "--format", "json", *paths], cwd=workspace, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode in (0, 1), r.stderr
    report = json.loads(r.stdout)
    # Every finding belongs to exactly one cause.
    for f in report["files"]:
        assert sum(g["count"] for g in f["groups"]) == len(f["diagnostics"])
    return sorted((f["path"], g["line"], g["rule"], g["severity"]) for f in report["files"] for g in f["groups"])


def at_or_above(severity, fail_level):
    return SEVERITIES.index(severity) >= SEVERITIES.index(fail_level)
